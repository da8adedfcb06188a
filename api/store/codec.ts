// Decoding DynamoDB items into records, checked field by field. A store never casts an item to
// a record type: what comes back from the table (or a stream) is data of unknown shape until a
// codec says otherwise, and a record that does not fit fails loudly as an internal fault —
// logged, answered as INTERNAL_SERVER_ERROR — instead of travelling on half-formed.

/** An item in the table that does not have the shape its codec expects. */
export class CorruptRecord extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
    what = "record",
  ) {
    super(`${what}: ${path || "item"} is not ${expected}`);
    this.name = "CorruptRecord";
  }
}

export type Decoder<T> = (value: unknown, path: string) => T;

const fail = (path: string, expected: string): never => {
  throw new CorruptRecord(path, expected);
};

export const str: Decoder<string> = (v, p) => (typeof v === "string" ? v : fail(p, "a string"));
export const num: Decoder<number> = (v, p) => (typeof v === "number" && Number.isFinite(v) ? v : fail(p, "a number"));
export const int: Decoder<number> = (v, p) => (typeof v === "number" && Number.isInteger(v) ? v : fail(p, "a whole number"));
export const bool: Decoder<boolean> = (v, p) => (typeof v === "boolean" ? v : fail(p, "true or false"));

/** Absent or null → null (older items may lack an attribute added later). */
export const nullable =
  <T>(d: Decoder<T>): Decoder<T | null> =>
  (v, p) =>
    v === undefined || v === null ? null : d(v, p);

/** Absent → `fallback`. */
export const withDefault =
  <T>(d: Decoder<T>, fallback: T): Decoder<T> =>
  (v, p) =>
    v === undefined ? fallback : d(v, p);

export const oneOf =
  <E extends string>(values: readonly E[] | Record<string, E>): Decoder<E> =>
  (v, p) => {
    const allowed: readonly string[] = Array.isArray(values) ? values : Object.values(values);
    return typeof v === "string" && allowed.includes(v) ? (v as E) : fail(p, `one of ${allowed.join(", ")}`);
  };

export const arrayOf =
  <T>(d: Decoder<T>): Decoder<T[]> =>
  (v, p) =>
    Array.isArray(v) ? v.map((x, i) => d(x, `${p}[${i}]`)) : fail(p, "a list");

type Shape = Record<string, Decoder<unknown>>;
/** The record type a decoder yields: a record's type is written once, as its codec. */
export type Infer<D> = D extends Decoder<infer T> ? T : never;
export type Decoded<S extends Shape> = { [K in keyof S]: ReturnType<S[K]> };

/** An object with exactly the fields of `shape` (other attributes, such as keys, are dropped). */
export const object =
  <S extends Shape>(shape: S): Decoder<Decoded<S>> =>
  (v, p) => {
    if (!v || typeof v !== "object" || Array.isArray(v)) return fail(p, "an object");
    const source = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, decode] of Object.entries(shape)) out[key] = decode(source[key], p ? `${p}.${key}` : key);
    return out as Decoded<S>;
  };

/** Decodes one item, naming the entity in the error. */
export function decode<T>(decoder: Decoder<T>, item: unknown, what: string): T {
  try {
    return decoder(item, "");
  } catch (error) {
    throw error instanceof CorruptRecord ? new CorruptRecord(error.path, error.expected, what) : error;
  }
}
