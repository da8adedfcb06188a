// Ids a client's idempotency key derives: a retried creation lands on the same id, so even a
// key whose claim has expired (api/store/idempotency.ts) cannot make a second council or meeting.
import { sha256 } from "../kit/digest";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** `<prefix>_` and 26 Crockford base32 characters (the shape of a ULID) hashed from the actor and the key. */
export function derivedId(prefix: string, actorId: string, key: string): string {
  const digest = sha256(`${prefix}\u0000${actorId}\u0000${key}`);
  let out = "";
  for (let i = 0; i < 26; i += 1) out += CROCKFORD[digest[i] % 32];
  return `${prefix}_${out}`;
}
