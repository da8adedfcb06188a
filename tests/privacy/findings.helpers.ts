// What tests/privacy/findings.test.ts shares: the planted personal data, a sweep of every
// string of an answer, and "refused with this code, and nothing written".
import { outcome, type GqlResult, type Harness } from "../helpers/harness";
import { snapshot } from "../councils/helpers";

/** Personal data planted in free text; a reader not entitled to it must find none of it. */
export const PLANTED = {
  phone: "13912345678",
  idNumber: "500106198001011234",
  house: "3栋2单元501",
  /** A name the masking layer can recognise only from the record's other texts (联系人张伟). */
  name: "张伟",
} as const;

/** Every string anywhere in a value (an answer's data, errors included when passed). */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/** The strings of `value` that contain any of `secrets` (empty: the answer is clean). */
export function leaks(value: unknown, secrets: readonly string[]): string[] {
  return stringsIn(value).filter((s) => secrets.some((secret) => s.includes(secret)));
}

/** The answer's data, failing loudly (with the errors) when the read itself failed. */
export function dataOf<T = any>(res: GqlResult<T>): T {
  if (res.errors?.length) throw new Error(`read failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/**
 * Runs a command that must be refused with `code` and must leave the whole table as it was.
 * Returns the answer so the caller can look at the message.
 */
export async function refusedWithoutWrites(h: Harness, token: string, query: string, variables: Record<string, unknown>, code: string): Promise<GqlResult> {
  const before = await snapshot(h);
  const res = await h.gql(token, query, variables);
  expect({ code: outcome(res), message: res.errors?.[0]?.message }).toEqual({ code, message: expect.any(String) });
  expect(await snapshot(h)).toBe(before);
  return res;
}

/** An id of the right shape that names nothing. */
export const MADE_UP = {
  person: "u-nobody-at-all",
  issue: "is_01ZZZZZZZZZZZZZZZZZZZZZZZZ",
  council: "co_01ZZZZZZZZZZZZZZZZZZZZZZZZ",
  place: "pl_01ZZZZZZZZZZZZZZZZZZZZZZZZ",
} as const;
