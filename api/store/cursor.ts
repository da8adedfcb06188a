// Opaque cursors for Relay connections. A cursor is the DynamoDB key where the next page
// starts, base64url-encoded. Decoding checks the shape and that the key belongs to the
// partition being queried, so a tampered cursor is BAD_USER_INPUT and can never steer a
// query into another partition. Every key value it yields is one DynamoDB accepts (a
// non-empty string within the key size limits), so no cursor can turn into an internal error.
// A cursor also carries a digest of the list it came from (index, partition, key condition,
// filter): one from another unit's subtree, another filter or another field is refused even
// when its key would lie in this list's range.
import { sha256 } from "../kit/digest";
import { badInput } from "../errors";

/** A cursor's longest encoded form: the longest gridnet issues (several partitions) is under 1,000. */
export const MAX_CURSOR_CHARS = 2048;
/** DynamoDB's limit on a sort key value (a partition key may hold 2,048 bytes; no gridnet key comes near). */
export const MAX_KEY_BYTES = 1024;

export type Key = Record<string, string>;

/** The attribute a bound cursor keeps its list's digest in (no table attribute is named so). */
const LIST = "~list";

/** A short digest naming one list: whatever identifies the query the cursor continues. */
export function listDigest(list: unknown): string {
  return sha256(JSON.stringify(list)).toString("base64url").slice(0, 12);
}

/** The cursor of `key`; bound to `list` (a digest from listDigest) when given. */
export function encodeCursor(key: Key, list?: string): string {
  return Buffer.from(JSON.stringify(list === undefined ? key : { ...key, [LIST]: list }), "utf8").toString("base64url");
}

/**
 * @param names attribute names the key must have, and none other.
 * @param fixed the values some of them must equal (the partition key of the query).
 * @param options.emptyAllowed values may be "" (positions in a merged cursor: "not started").
 * @param options.list the digest of the list being read: the cursor must have come from it.
 */
export function decodeCursor(cursor: string, names: readonly string[], fixed: Key, options: { emptyAllowed?: boolean; list?: string } = {}): Key {
  let parsed: unknown;
  try {
    if (typeof cursor !== "string" || cursor.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("shape");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput("The cursor is not one this API issued.", "after");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw badInput("The cursor is not one this API issued.", "after");
  const record = { ...(parsed as Record<string, unknown>) };
  if (options.list !== undefined) {
    if (record[LIST] !== options.list) throw badInput("The cursor does not belong to this list.", "after");
    delete record[LIST];
  }
  const keys = Object.keys(record);
  const sameNames = keys.length === names.length && names.every((n) => usable(record[n], options.emptyAllowed ?? false));
  const samePartition = Object.entries(fixed).every(([k, v]) => record[k] === v);
  if (!sameNames || !samePartition) throw badInput("The cursor does not belong to this list.", "after");
  return record as Key;
}

function usable(value: unknown, emptyAllowed: boolean): boolean {
  return typeof value === "string" && (emptyAllowed || value.length > 0) && Buffer.byteLength(value, "utf8") <= MAX_KEY_BYTES;
}
