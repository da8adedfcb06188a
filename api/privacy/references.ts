// Checked references: every id an input names declares what it references
// (schema/common/privacy.ts). Before a mutation's resolver runs — so before any write — each id
// declared a REFERENCE is loaded by its type's single read for the actor, and a reference that
// does not exist or that the actor may not see is NOT_FOUND with the same message: whether an
// id exists outside your scope is not information you get, and a refusal names no role or
// attribute of the object. SUBJECT and PART ids are the command's own to load and judge; so
// that an actor who may not see the subject learns nothing else first, the references are
// checked only when every subject the call names passes its own single read (the command then
// refuses the rest with its policy's answer). A malformed id is BAD_USER_INPUT, as everywhere.
import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { REFERENCE, REFERENCE_KIND } from "../../schema/common/privacy";
import { requireActor } from "../auth/guards";
import type { GridnetContext } from "../context";
import type { ReferenceSource } from "../feature";
import * as valid from "../common/validate";
import { DomainError, excerpt } from "../errors";

export type { ReferenceSource };

/** One reference an input can hold: where it sits (field path from the argument) and its type. */
interface Slot {
  path: string[];
  typename: string;
  kind: "REFERENCE" | "SUBJECT";
}

/** The answer for a reference the actor may not use, whether it is absent or out of sight. */
export const unknownReference = (typename: string, id: string, field: string) =>
  new DomainError("NOT_FOUND", `${field}: there is no ${typename} ${excerpt(id)} that you may see.`, { field });

/** Wraps every mutation that takes references so that they are checked before it runs. */
export function applyReferenceChecks(schema: GraphQLSchema, sources: () => readonly ReferenceSource[]): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const slots = field.args.flatMap((arg) => slotsOf(arg));
    if (!slots.some((slot) => slot.kind === "REFERENCE")) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (async (source, args, ctx: GridnetContext, info) => {
      await checkReferences(ctx, args as Record<string, unknown>, slots, sources());
      return resolve(source, args, ctx, info);
    }) as GraphQLFieldResolver<unknown, GridnetContext>;
  }
  return schema;
}

/** Every REFERENCE and SUBJECT field reachable from an argument, through input objects and lists. */
function slotsOf(arg: GraphQLArgument): Slot[] {
  const slots: Slot[] = [];
  const declared = (extensions: Readonly<Record<string, unknown>> | null | undefined, path: string[]) => {
    const kind = extensions?.[REFERENCE_KIND];
    if (kind !== "REFERENCE" && kind !== "SUBJECT") return false;
    slots.push({ path, typename: String(extensions?.[REFERENCE]), kind });
    return true;
  };
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    for (const f of Object.values(named.getFields())) {
      if (!declared(f.extensions, [...path, f.name])) walk(f.type, [...path, f.name], new Set([...seen, named.name]));
    }
  };
  if (!declared(arg.extensions, [arg.name]) && (isInputObjectType(getNamedType(arg.type)) || isListType(unwrap(arg.type)))) walk(arg.type, [arg.name], new Set());
  return slots;
}

const unwrap = (type: GraphQLInputType) => (isNonNullType(type) ? type.ofType : type);

/** The ids found at a slot's path in the arguments, each with the field path to name in an error. */
function idsAt(value: unknown, path: readonly string[], where: string): { id: string; field: string }[] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => idsAt(v, path, `${where}[${i}]`));
  if (path.length === 0) return typeof value === "string" ? [{ id: value, field: where }] : [];
  if (typeof value !== "object") return [];
  const [head, ...rest] = path;
  return idsAt((value as Record<string, unknown>)[head], rest, where ? `${where}.${head}` : head);
}

async function checkReferences(ctx: GridnetContext, args: Record<string, unknown>, slots: readonly Slot[], sources: readonly ReferenceSource[]) {
  const named = slots.flatMap((slot) => idsAt(args, slot.path, "").map((found) => ({ ...found, typename: slot.typename, kind: slot.kind })));
  const references = named.filter((n) => n.kind === "REFERENCE");
  if (references.length === 0) return;
  requireActor(ctx);
  for (const { id, field } of references) valid.id(id, field.replace(/^input\./, ""));
  const loads = new Map<string, Promise<object | null>>();
  const load = (typename: string, id: string): Promise<object | null> | null => {
    const source = sources.find((s) => s.typename === typename);
    if (!source) return null;
    const key = `${typename}|${id}`;
    if (!loads.has(key)) loads.set(key, source.matches(id) && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? source.load(ctx, id) : Promise.resolve(null));
    return loads.get(key)!;
  };
  // A subject the actor may not see: say nothing about the references; the command refuses.
  const subjects = await Promise.all(named.filter((n) => n.kind === "SUBJECT").map((n) => load(n.typename, n.id) ?? Promise.resolve({})));
  if (subjects.some((s) => s === null)) return;
  const results = await Promise.all(
    references.map(({ id, typename }) => {
      const found = load(typename, id);
      if (!found) throw new Error(`No reference source serves ${typename}: list it in a feature's nodes or references.`);
      return found;
    }),
  );
  const missing = references.findIndex((_, i) => results[i] === null);
  if (missing >= 0) throw unknownReference(references[missing].typename, references[missing].id, references[missing].field.replace(/^input\./, ""));
}
