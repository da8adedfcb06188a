// One way to create something exactly once: every mutation that creates (a report, a council, a
// meeting, a case, a place) takes the client's idempotency key, and its transaction puts the
// actor's claim on that key beside the new record. Of any number of attempts with one key
// exactly one commits; the others — earlier, later or racing — answer with what the first one
// created, and the same key with different content is BAD_USER_INPUT (docs/idempotency.md).
import { requireActor } from "../auth/guards";
import type { GridnetContext } from "../context";
import { conflict } from "../errors";
import { awaitClaim, claimItem, readClaim, sameRequest } from "../store/idempotency";
import type { TransactItem, TransactOutcome } from "../store/ops";
import { pauseAfterLostRace, RACE_ATTEMPTS } from "./race";

export interface Creation<R extends { id: string }, V> {
  /** The client's key, already checked, and what is created ("report", "meeting"), for messages. */
  key: string;
  what: string;
  /** The digest of the whole request (digest.ts). */
  requestHash: string;
  /** The record to create. */
  build(now: Date): R | Promise<R>;
  /** One transaction creating `record`, with `claim` at `claimIndex`. */
  write(record: R, claim: TransactItem): Promise<TransactOutcome>;
  claimIndex: number;
  /** The answer to a repeat: what the key's first request created, as it is now. */
  answer(id: string): Promise<V>;
  /** The answer to the request that created `record`. */
  created(record: R, now: Date): V | Promise<V>;
  /**
   * A failed condition other than the claim: throw the error that says why, "retry" to try again,
   * or "answer" when the record itself is already there (an id derived from the key, whose claim
   * has expired: the record then tells a repeat). Default: CONFLICT.
   */
  otherFailure?(failed: number[], record: R): Promise<"retry" | "answer" | "conflict"> | "retry" | "answer" | "conflict";
}

export async function createOnce<R extends { id: string }, V>(ctx: GridnetContext, creation: Creation<R, V>): Promise<V> {
  const actor = requireActor(ctx);
  const { key, requestHash, what } = creation;
  const existing = await readClaim(ctx.db, actor.sub, key);
  if (existing) return creation.answer(sameRequest(existing, requestHash, what));
  const now = ctx.now();
  const record = await creation.build(now);
  const claim = claimItem(ctx.db, actor.sub, key, { resultId: record.id, requestHash }, now);
  for (let attempt = 0; ; attempt += 1) {
    const outcome = await creation.write(record, claim);
    if (outcome.ok) return creation.created(record, now);
    // Another attempt with the same key won the race: answer as it did.
    if (outcome.failed.includes(creation.claimIndex)) return creation.answer(sameRequest(await awaitClaim(ctx.db, actor.sub, key), requestHash, what));
    // No condition failed: the transaction met another one on the same items (a racing attempt
    // with this key, or a report on the same grid's count) — try again, and the claim tells.
    const next = outcome.failed.length === 0 ? "retry" : creation.otherFailure ? await creation.otherFailure(outcome.failed, record) : "conflict";
    if (next === "answer") return creation.answer(record.id);
    if (next === "conflict" || attempt >= RACE_ATTEMPTS - 1) throw conflict(`The ${what} could not be saved: something it depends on changed meanwhile; send it again.`);
    await pauseAfterLostRace(attempt);
  }
}
