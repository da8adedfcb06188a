// Input checks shared by every feature's rules. Each throws BAD_USER_INPUT naming the field.
import { parseDateTime } from "../../schema/common/date-time";
import { badInput } from "../errors";

// Control characters and unpaired surrogates never belong in a name shown on a screen; nor do
// invisible and direction-changing characters (zero-width spaces and joiners, the left-to-right
// and right-to-left marks, bidirectional embeddings, overrides and isolates, the byte-order
// mark): they make two different titles look alike, or make a title read other than it is
// stored. They are refused, not stripped, so what is stored is exactly what was sent.
// Invisible ones are looked for before trimming: trim() would quietly drop a leading U+FEFF.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

// Error messages quote at most a short start of a bad value (the rule lives with formatError).
export { excerpt } from "../errors";

/** A trimmed, non-empty, bounded, printable text. */
export function text(value: string, field: string, max: number, min = 1): string {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (trimmed.length < min) throw badInput(`${field} must not be empty.`, field);
  if ([...trimmed].length > max) throw badInput(`${field} must be at most ${max} characters.`, field);
  if (CONTROL.test(trimmed) || INVISIBLE.test(value) || !trimmed.isWellFormed()) throw badInput(`${field} contains characters that are not allowed.`, field);
  return trimmed;
}

/** The highest version any record reaches: far beyond any real history, low enough to stay exact. */
export const MAX_VERSION = 1_000_000_000;

/** The version a command's sender read (`expectedVersion`). */
export function version(value: number, field = "expectedVersion"): number {
  return integer(value, field, 1, MAX_VERSION);
}

export function integer(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${field} must be a whole number from ${min} to ${max}.`, field);
  return value;
}

/** An id as this API issues them: short, printable, no separators used in keys. */
export function id(value: string, field: string): string {
  if (typeof value !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw badInput(`${field} is not a valid id.`, field);
  return value;
}

/**
 * An optional id: null when absent (null or undefined), checked like `id` otherwise. An empty
 * string is not "absent": it is refused, so a client's bug never silently drops a field.
 */
export function optionalId(value: string | null | undefined, field: string): string | null {
  return value === null || value === undefined ? null : id(value, field);
}

/** An optional key or code (e.g. categoryCode): null when absent, checked like `key` otherwise; "" is refused. */
export function optionalKey(value: string | null | undefined, field: string, max = 64): string | null {
  return value === null || value === undefined ? null : key(value, field, max);
}

/** A client-chosen key or code: letters, digits and - _ . : only. */
export function key(value: string, field: string, max = 64): string {
  if (typeof value !== "string" || !new RegExp(`^[A-Za-z0-9_.:-]{1,${max}}$`).test(value)) {
    throw badInput(`${field} must be 1–${max} letters, digits or - _ . :`, field);
  }
  return value;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time that names a real day: Date.parse alone rolls 30 February
 * over to 2 March, so the calendar day is checked as well.
 */
export function isoDate(value: string, field: string): string {
  const match = typeof value === "string" ? ISO.exec(value) : null;
  const time = match ? Date.parse(value) : Number.NaN;
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const realDay = calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
  if (!match || Number.isNaN(time) || !realDay) throw badInput(`${field} must be an ISO 8601 date or date-time (e.g. 2026-11-26 or 2026-11-26T08:00:00Z).`, field);
  return value;
}

/** An optional text: null when absent, checked like `text` otherwise. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value === null || value === undefined ? null : text(value, field, max);
}

/** One of an enum's values (GraphQL checks enum inputs; rules called from elsewhere are checked here too). */
export function oneOf<E extends string>(values: Record<string, E>, value: unknown, field: string): E {
  if (typeof value !== "string" || !(Object.values(values) as string[]).includes(value)) throw badInput(`${field} is not one of the allowed values.`, field);
  return value as E;
}

/** An optional phone number as people write them: 3–20 digits, spaces or + - ( ). */
export function phone(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string" || !/^[0-9+\-() ]{3,20}$/.test(value)) throw badInput(`${field} must be 3–20 digits, spaces or + - ( ).`, field);
  return value;
}

/** An RFC 3339 date-time with a zone (the DateTime scalar's rule, for values that reach the rules another way). */
export function dateTime(value: string, field: string): string {
  try {
    return parseDateTime(value);
  } catch {
    throw badInput(`${field} must be an RFC 3339 date-time with a zone.`, field);
  }
}
