// Input checks shared by every feature's rules. Each throws BAD_USER_INPUT naming the field.
import { badInput } from "../errors";

// Control characters and unpaired surrogates never belong in a name shown on a screen.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A trimmed, non-empty, bounded, printable text. */
export function text(value: string, field: string, max: number, min = 1): string {
  const trimmed = typeof value === "string" ? value.trim() : "";
  if (trimmed.length < min) throw badInput(`${field} must not be empty.`, field);
  if ([...trimmed].length > max) throw badInput(`${field} must be at most ${max} characters.`, field);
  if (CONTROL.test(trimmed) || !trimmed.isWellFormed()) throw badInput(`${field} contains characters that are not allowed.`, field);
  return trimmed;
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

/** A client-chosen key or code: letters, digits and - _ . : only. */
export function key(value: string, field: string, max = 64): string {
  if (typeof value !== "string" || !new RegExp(`^[A-Za-z0-9_.:-]{1,${max}}$`).test(value)) {
    throw badInput(`${field} must be 1–${max} letters, digits or - _ . :`, field);
  }
  return value;
}
