// One guard over everything a request hands in — its variables and the literal arguments in
// its document — run once per operation before any resolver: no string longer than
// MAX_STRING_BYTES, no list longer than MAX_LIST_ITEMS, no empty ID. The domain rules keep
// their own tighter, per-field limits (docs/limits.md); this guard makes sure no field was
// forgotten, and that nothing oversize reaches graphql-js's coercion (which quotes bad
// values back) or DynamoDB (which refuses items over 400 KB with an internal error).
import {
  Kind,
  TypeInfo,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import { badInput } from "../errors";

/** The longest string in any input: a 2,000-character description of 4-byte characters fits. */
export const MAX_STRING_BYTES = 8192;
/** The longest list in any input (the largest legitimate one: 100 notification ids). */
export const MAX_LIST_ITEMS = 100;
/** The most fields one input object may carry (gridnet's largest input type has 14). */
export const MAX_OBJECT_FIELDS = 50;
/** Input nesting (gridnet's deepest: CategoryInput.attributes[].values[].key is 5 levels). */
export const MAX_INPUT_DEPTH = 8;

type Where = string;

const segment = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

/** Refuses the first value over a limit with BAD_USER_INPUT naming its path. */
function checkValue(value: unknown, type: GraphQLInputType | null, path: Where, depth: number): void {
  if (value === null || value === undefined) return;
  if (depth > MAX_INPUT_DEPTH) throw badInput(`${path} is nested more than ${MAX_INPUT_DEPTH} levels deep.`, path);
  const unwrapped = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) throw badInput(`${path} holds ${value.length} items; at most ${MAX_LIST_ITEMS} are accepted.`, path);
    const item = unwrapped && isListType(unwrapped) ? (unwrapped.ofType as GraphQLInputType) : null;
    value.forEach((v, i) => checkValue(v, item, `${path}[${i}]`, depth + 1));
    return;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > MAX_OBJECT_FIELDS) throw badInput(`${path} has more than ${MAX_OBJECT_FIELDS} fields.`, path);
    const named = unwrapped ? getNamedType(unwrapped) : null;
    const fields = named && isInputObjectType(named) ? named.getFields() : {};
    for (const [name, v] of entries) checkValue(v, fields[name]?.type ?? null, `${path}.${segment(name)}`, depth + 1);
    return;
  }
  if (typeof value === "string") checkString(value, unwrapped, path);
}

function checkString(value: string, type: GraphQLInputType | null, path: Where): void {
  // Byte length, as DynamoDB counts it; length * 3 bounds it, so most strings skip the count.
  if (value.length * 3 > MAX_STRING_BYTES && Buffer.byteLength(value, "utf8") > MAX_STRING_BYTES) {
    throw badInput(`${path} is longer than ${MAX_STRING_BYTES} bytes.`, path);
  }
  // No id is empty: an empty ID is a client's bug, never "not given" (null means that).
  if (value === "" && type && getNamedType(type).name === "ID") throw badInput(`${path} must not be empty; omit it or send null.`, path);
}

/** A literal in the document, as the plain value it stands for (variables are checked on their own). */
function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      return null;
  }
}

/**
 * Checks the operation's variables (against their declared types) and every argument written
 * into the document (against the argument's type), fragments included.
 */
export function checkInputs(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): void {
  const declared = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  for (const [name, value] of Object.entries(variables ?? {})) {
    const definition = declared.get(name);
    const type = definition ? ((typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined) ?? null) : null;
    checkValue(value, type, `$${segment(name)}`, 0);
  }
  const typeInfo = new TypeInfo(schema);
  const fieldNames: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter: (node) => void fieldNames.push(node.name.value),
        leave: () => void fieldNames.pop(),
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        const path = `${fieldNames.at(-1) ?? segment(node.name.value)}.${segment(node.name.value)}`;
        checkValue(literal(node.value), argument?.type ?? null, path, 0);
        return false;
      },
    }),
  );
}
