// The one digest of gridnet: what a request sent (a repeat is recognised by it), and the short
// digests derived ids and cursors are made of. One canonical form, so the same request digests
// the same however its input object was built.
import { createHash } from "node:crypto";

/** SHA-256 of a text (or bytes, in order), as bytes. */
export function sha256(...parts: (string | Uint8Array)[]): Buffer {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest();
}

/**
 * A stable digest of a request: the mutation and what was sent, object keys sorted, absent and
 * null values dropped. Stored with the claim or the event a request writes, so a repeat of the
 * same request is recognised and a different one under the same key is not.
 */
export function requestDigest(mutation: string, content: unknown): string {
  return sha256(JSON.stringify([mutation, canonical(content)])).toString("base64url");
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}
