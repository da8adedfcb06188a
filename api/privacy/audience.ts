// Who is reading an object, as the masking layer needs to know it: entitled to the object's
// personal data (it is shown as written), or not (every personal field is masked, with the
// names the record knows redacted from all of its free text). The one visibility rule of each
// type decides whether the reader sees the object at all; its presentation then tags the copy
// it answers with an audience, and the layer (privacy.layer.ts) does the rest on every field.
// An object that reaches a personal field with no audience, its own or inherited from the
// object above it, is masked: forgetting to tag fails closed.

const AUDIENCE = Symbol("gridnet audience");

export interface Audience {
  /** True when the reader may read the object's personal data as written. */
  readonly entitled: boolean;
  /** The names to redact from the object's free text (asked once, only when a field needs them). */
  names(): Promise<readonly string[]>;
}

/** The reader may read the object as written. */
export const ENTITLED: Audience = Object.freeze({ entitled: true, names: async () => [] as const });

/** The reader gets the object masked; `names` (computed at most once) are redacted from every free text. */
export function maskedAudience(names: () => Promise<readonly string[]> | readonly string[] = () => []): Audience {
  let found: Promise<readonly string[]> | null = null;
  return {
    entitled: false,
    names: () => {
      found ??= Promise.resolve().then(names);
      return found;
    },
  };
}

/** The audience for a reader who is entitled, or not. */
export const audience = (entitled: boolean, names?: () => Promise<readonly string[]> | readonly string[]): Audience => (entitled ? ENTITLED : maskedAudience(names));

/** A copy of `value` tagged with its reader's audience (the record itself is not changed). */
export function tagged<T extends object>(value: T, reader: Audience): T {
  return { ...value, [AUDIENCE]: reader };
}

/** The audience an object was tagged with, if any. */
export function audienceOf(value: unknown): Audience | undefined {
  return value !== null && typeof value === "object" ? ((value as Record<symbol, unknown>)[AUDIENCE] as Audience | undefined) : undefined;
}

/** A copy of `value` read as `of` is (a wrapper around a presented object); masked when `of` has no audience. */
export function readAs<T extends object>(value: T, of: unknown): T {
  return tagged(value, audienceOf(of) ?? maskedAudience());
}
