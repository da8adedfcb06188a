// The masking layer on the schema itself. Every String field of every output type declares its
// privacy class (schema/common/privacy.ts); here each non-SAFE field is wrapped so that what it
// answers passes the masking layer unless the reader is entitled to its object's personal data.
// Whether they are comes from the object's audience (api/privacy/audience.ts): tagged on the
// object by its type's presentation, or inherited from the nearest tagged object above it in
// the answer — a meeting's agenda items are masked as their meeting is, an issue's timeline as
// its issue. A field without a class is treated as free text, and an object with no audience
// as one the reader is not entitled to: what nobody declared is masked, never leaked.
import { defaultFieldResolver, getNamedType, isCompositeType, isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { Path } from "graphql/jsutils/Path";
import { PRIVACY, type PrivacyClass } from "../../schema/common/privacy";
import { maskName, maskPhone, maskText } from "../people/masking";
import { audienceOf, type Audience } from "./audience";

/** The audiences of the objects each resolved field answered, by the field's place in the answer. */
type Shape = Audience | undefined | Shape[];
const answered = new WeakMap<Path, Shape>();

/** The class a field declares; undefined when it declares none (a test refuses that). */
export function privacyClassOf(extensions: Readonly<Record<string, unknown>> | null | undefined): PrivacyClass | undefined {
  return extensions?.[PRIVACY] as PrivacyClass | undefined;
}

/** Wraps every object type's fields in the schema (in place) and returns it. */
export function applyPrivacy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const resolve = field.resolve ?? defaultFieldResolver;
      if (isCompositeType(named)) field.resolve = remembering(resolve);
      else if (named.name === "String") {
        const kind = privacyClassOf(field.extensions) ?? "TEXT";
        if (kind !== "SAFE") field.resolve = masking(resolve, kind);
      }
    }
  }
  return schema;
}

/** An object field: answers as before, and remembers the audience of each object it answered. */
function remembering(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const remember = (value: unknown) => {
      answered.set(info.path, shapeOf(value, audienceAbove(source, info)));
      return value;
    };
    const value = resolve(source, args, context, info);
    return isPromise(value) ? value.then(remember) : remember(value);
  };
}

/** A personal string field: answers masked unless its object's reader is entitled. */
function masking(resolve: GraphQLFieldResolver<unknown, unknown>, kind: Exclude<PrivacyClass, "SAFE">): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const reader = audienceAbove(source, info);
    const value = resolve(source, args, context, info);
    if (reader?.entitled) return value;
    const mask = async (v: unknown) => masked(v, kind, reader ? await reader.names() : []);
    return isPromise(value) ? value.then(mask) : mask(value);
  };
}

function masked(value: unknown, kind: Exclude<PrivacyClass, "SAFE">, names: readonly string[]): unknown {
  if (Array.isArray(value)) return kind === "WITHHELD" ? [] : value.map((v) => masked(v, kind, names));
  if (typeof value !== "string") return value ?? null;
  switch (kind) {
    case "WITHHELD":
      return null;
    case "NAME":
      return maskName(value);
    case "PHONE":
      return maskPhone(value);
    case "TEXT":
    case "ADDRESS":
      return maskText(value, names);
  }
}

/** The audience of the object a field belongs to: its own tag, else the one it was answered under. */
function audienceAbove(source: unknown, info: GraphQLResolveInfo): Audience | undefined {
  return audienceOf(source) ?? answeredAt(info.path.prev);
}

function answeredAt(path: Path | undefined): Audience | undefined {
  const indices: number[] = [];
  let at = path;
  while (at && typeof at.key === "number") {
    indices.unshift(at.key);
    at = at.prev;
  }
  let shape: Shape = at ? answered.get(at) : undefined;
  for (const index of indices) if (Array.isArray(shape)) shape = shape[index];
  return Array.isArray(shape) ? undefined : shape;
}

function shapeOf(value: unknown, above: Audience | undefined): Shape {
  if (Array.isArray(value)) return value.map((v) => shapeOf(v, above));
  return audienceOf(value) ?? above;
}

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === "function";
