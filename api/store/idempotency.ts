// Idempotency keys, written once for every feature (docs/idempotency.md). A mutation that
// creates something takes a client-chosen key; its transaction puts a claim
//   pk IDEM#<actor>#<key>  sk IDEM   { resultId, requestHash, expiresAt }
// only if absent, so of any number of attempts with one key exactly one commits. A later (or
// concurrent, losing) attempt reads the claim: the same request gets the first result back, a
// different request under the same key is BAD_USER_INPUT. Keys belong to their actor and to
// no mutation in particular: reusing one for another kind of request is a different request.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { badInput, conflict } from "../errors";
import type { Db } from "./dynamo";
import type { TransactItem } from "./ops";

/** How long a key is remembered (DynamoDB TTL): longer than any client keeps retrying. */
export const IDEMPOTENCY_DAYS = 7;

export interface Claim {
  /** The id of what the first request created or changed. */
  resultId: string;
  requestHash: string;
}

const claimKey = (actor: string, key: string) => ({ pk: `IDEM#${actor}#${key}`, sk: "IDEM" });

/** The claim a request puts in its own transaction: absent → this request is the first. */
export function claimItem(db: Db, actor: string, key: string, claim: Claim, now: Date): TransactItem {
  const expiresAt = Math.floor(now.getTime() / 1000) + IDEMPOTENCY_DAYS * 86400;
  return {
    Put: {
      TableName: db.table,
      Item: { ...claimKey(actor, key), type: "Idempotency", ...claim, expiresAt },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

export async function readClaim(db: Db, actor: string, key: string): Promise<Claim | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: claimKey(actor, key), ConsistentRead: true }));
  return out.Item ? { resultId: String(out.Item.resultId), requestHash: String(out.Item.requestHash) } : null;
}

/** The claim of a concurrent attempt that won the race (its transaction may still be landing). */
export async function awaitClaim(db: Db, actor: string, key: string): Promise<Claim> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const found = await readClaim(db, actor, key);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
  }
  throw conflict("Another request with this idempotency key is still being written; retry.");
}

/** A repeat must be the same request; `what` names it for the message ("report", "comment"). */
export function sameRequest(claim: Claim, hash: string, what: string): string {
  if (claim.requestHash !== hash) throw reusedKey(what);
  return claim.resultId;
}

/** The answer to a key sent again with different content. */
export function reusedKey(what: string) {
  return badInput(`This idempotency key was already used for a different request; use a new key for a new ${what}.`, "idempotencyKey");
}
