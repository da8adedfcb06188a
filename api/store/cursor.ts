// Opaque cursors for Relay connections. A cursor is the DynamoDB key where the next page
// starts, base64url-encoded. Decoding checks the shape and that the key belongs to the
// partition being queried, so a tampered cursor is BAD_USER_INPUT and can never steer a
// query into another partition.
import { badInput } from "../errors";

export type Key = Record<string, string>;

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * @param expected attribute names the key must have, and the values some of them must equal
 *   (the partition key of the query).
 */
export function decodeCursor(cursor: string, names: readonly string[], fixed: Key): Key {
  let parsed: unknown;
  try {
    if (cursor.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error("shape");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw badInput("The cursor is not one this API issued.", "after");
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw badInput("The cursor is not one this API issued.", "after");
  const record = parsed as Record<string, unknown>;
  const keys = Object.keys(record);
  const sameNames = keys.length === names.length && names.every((n) => typeof record[n] === "string");
  const samePartition = Object.entries(fixed).every(([k, v]) => record[k] === v);
  if (!sameNames || !samePartition) throw badInput("The cursor does not belong to this list.", "after");
  return record as Key;
}
