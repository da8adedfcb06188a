// Opaque page cursors without a database: what encodeCursor writes decodeCursor reads back,
// and anything else a client could send — altered, forged for another list, oversized — is
// refused as BAD_USER_INPUT on `after` before it could reach a query.
import { GraphQLError } from "graphql";
import { MAX_CURSOR_CHARS, MAX_KEY_BYTES, decodeCursor, encodeCursor } from "../../api/store/cursor";

const NAMES = ["pk", "sk"];
const LIST = { pk: "UI#500106#ALL" };
const KEY = { pk: "UI#500106#ALL", sk: "2026-03-02T08:00:00.000Z#01J0000000000000000000000A" };

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64url");

/** The refusal decodeCursor throws for `cursor`. */
function refusal(cursor: string, names: readonly string[] = NAMES, fixed: Record<string, string> = LIST, options = {}) {
  try {
    decodeCursor(cursor, names, fixed, options);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { code, field } = (error as GraphQLError).extensions;
    return { code, field, message: (error as GraphQLError).message };
  }
  throw new Error(`cursor accepted: ${cursor}`);
}
const NOT_OURS = { code: "BAD_USER_INPUT", field: "after", message: "The cursor is not one this API issued." };
const NOT_THIS_LIST = { code: "BAD_USER_INPUT", field: "after", message: "The cursor does not belong to this list." };

it("reads back the key it encoded, as URL-safe text", () => {
  const cursor = encodeCursor(KEY);
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(decodeCursor(cursor, NAMES, LIST)).toEqual(KEY);
  const han = { pk: "UI#500106#ALL", sk: "凤凰山社区/第1网格" };
  expect(decodeCursor(encodeCursor(han), NAMES, LIST)).toEqual(han);
});

it.each([
  ["characters outside base64url", `${encodeCursor(KEY)}=`],
  ["a plus sign", encodeCursor(KEY).replace(/.$/, "+")],
  ["an empty string", ""],
  ["base64 of something that is not JSON", b64("pk=UI#500106#ALL")],
  ["a truncated cursor", encodeCursor(KEY).slice(0, 20)],
])("refuses %s as not issued here", (_what, cursor) => {
  expect(refusal(cursor)).toEqual(NOT_OURS);
});

it.each([["null"], ["[1,2]"], ["42"], ['"text"']])("refuses JSON %s that is not an object", (json) => {
  expect(refusal(b64(json))).toEqual(NOT_OURS);
});

it("refuses a cursor longer than any list issues, before reading it", () => {
  expect(refusal("A".repeat(MAX_CURSOR_CHARS + 1))).toEqual(NOT_OURS);
});

it.each([
  ["another partition", { ...KEY, pk: "UI#500106017#ALL" }],
  ["a missing sort key", { pk: KEY.pk }],
  ["an extra attribute", { ...KEY, gsi1pk: "x" }],
  ["a renamed attribute", { pk: KEY.pk, sort: KEY.sk }],
  ["an empty sort key", { ...KEY, sk: "" }],
])("refuses a well-formed cursor with %s as belonging elsewhere", (_what, key) => {
  expect(refusal(encodeCursor(key as Record<string, string>))).toEqual(NOT_THIS_LIST);
});

it("refuses key values that are not strings", () => {
  expect(refusal(b64(JSON.stringify({ ...KEY, sk: 7 })))).toEqual(NOT_THIS_LIST);
  expect(refusal(b64(JSON.stringify({ ...KEY, sk: { S: "x" } })))).toEqual(NOT_THIS_LIST);
});

it("counts a key value's length in UTF-8 bytes, as DynamoDB does", () => {
  const fits = { pk: KEY.pk, sk: "x".repeat(MAX_KEY_BYTES) };
  expect(decodeCursor(encodeCursor(fits), NAMES, LIST)).toEqual(fits);
  expect(refusal(encodeCursor({ pk: KEY.pk, sk: "x".repeat(MAX_KEY_BYTES + 1) }))).toEqual(NOT_THIS_LIST);
  // 342 characters, but three bytes each: over the limit.
  expect(refusal(encodeCursor({ pk: KEY.pk, sk: "网".repeat(342) }))).toEqual(NOT_THIS_LIST);
});

it("never echoes the cursor it refuses", () => {
  const cursor = encodeCursor({ pk: "UI#secret-partition", sk: "x" });
  expect(refusal(cursor).message).not.toContain(cursor);
});

// A merged list (several partitions read at once) keys its cursor by partition: each holds
// where that partition stopped, "" before it was read.
describe("a merged list's cursor", () => {
  const PARTITIONS = ["UI#500106#ASSIGNED", "UI#500106#IN_PROGRESS", "UI#500106#RESOLVED"];
  const POSITIONS = { "UI#500106#ASSIGNED": "2026-03-02#01J0A", "UI#500106#IN_PROGRESS": "", "UI#500106#RESOLVED": "~" };
  const merged = (cursor: string, partitions = PARTITIONS) => decodeCursor(cursor, partitions, {}, { emptyAllowed: true });

  it("reads back every partition's position, not-started ones included", () => {
    expect(merged(encodeCursor(POSITIONS))).toEqual(POSITIONS);
  });

  it("refuses a cursor from a list of other partitions", () => {
    const fewer = PARTITIONS.slice(0, 2);
    expect(refusal(encodeCursor(POSITIONS), fewer, {}, { emptyAllowed: true })).toEqual(NOT_THIS_LIST);
    const other = { ...POSITIONS, "UI#500106017#ASSIGNED": "" };
    expect(refusal(encodeCursor(other), PARTITIONS, {}, { emptyAllowed: true })).toEqual(NOT_THIS_LIST);
    const swapped = { "UI#500106#ASSIGNED": "a", "UI#500106#IN_PROGRESS": "b", "UI#500106017#RESOLVED": "c" };
    expect(refusal(encodeCursor(swapped), PARTITIONS, {}, { emptyAllowed: true })).toEqual(NOT_THIS_LIST);
  });

  it("refuses a single list's cursor, and lets only a merged list have empty positions", () => {
    expect(refusal(encodeCursor(KEY), PARTITIONS, {}, { emptyAllowed: true })).toEqual(NOT_THIS_LIST);
    expect(refusal(encodeCursor(POSITIONS), PARTITIONS, {})).toEqual(NOT_THIS_LIST);
  });

  it("holds a position to the same byte limit as a key", () => {
    const long = { ...POSITIONS, "UI#500106#RESOLVED": "网".repeat(342) };
    expect(refusal(encodeCursor(long), PARTITIONS, {}, { emptyAllowed: true })).toEqual(NOT_THIS_LIST);
  });
});
