// Opaque cursors for Relay connections. A cursor is the DynamoDB key where the next page
// starts, base64url-encoded. Decoding checks the shape and that the key belongs to the
// partition being queried, so a tampered cursor is BAD_USER_INPUT and can never steer a
// query into another partition. Every key value it yields is one DynamoDB accepts (a
// non-empty string within the key size limits), so no cursor can turn into an internal error.
import { badInput } from "../errors";

/** A cursor's longest encoded form: the longest gridnet issues (several partitions) is under 1,000. */
export const MAX_CURSOR_CHARS = 2048;
/** DynamoDB's limit on a sort key value (a partition key may hold 2,048 bytes; no gridnet key comes near). */
export const MAX_KEY_BYTES = 1024;

export type Key = Record<string, string>;

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * @param names attribute names the key must have, and none other.
 * @param fixed the values some of them must equal (the partition key of the query).
 * @param options.emptyAllowed values may be "" (positions in a merged cursor: "not started").
 */
export function decodeCursor(cursor: string, names: readonly string[], fixed: Key, options: { emptyAllowed?: boolean } = {}): Key {
  let parsed: unknown;
  try {
    if (typeof cursor !== "string" || cursor.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("shape");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput("The cursor is not one this API issued.", "after");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw badInput("The cursor is not one this API issued.", "after");
  const record = parsed as Record<string, unknown>;
  const keys = Object.keys(record);
  const sameNames = keys.length === names.length && names.every((n) => usable(record[n], options.emptyAllowed ?? false));
  const samePartition = Object.entries(fixed).every(([k, v]) => record[k] === v);
  if (!sameNames || !samePartition) throw badInput("The cursor does not belong to this list.", "after");
  return record as Key;
}

function usable(value: unknown, emptyAllowed: boolean): boolean {
  return typeof value === "string" && (emptyAllowed || value.length > 0) && Buffer.byteLength(value, "utf8") <= MAX_KEY_BYTES;
}
