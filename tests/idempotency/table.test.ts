// How each mutation repeats is declared by its feature (<feature>.idempotency.ts): every mutation
// the schema serves is declared once, its shape agrees with its input, docs/idempotency.md's
// table is what the declarations say (npm run docs:idempotency), and repeats.test.ts exercises
// each one. A mutation added without a declaration (or one left behind) fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, getNamedType, isInputObjectType, isNonNullType, type GraphQLField } from "graphql";
import { IDEMPOTENCY_DOC, repeatsTable, withTable } from "../../api/cli/idempotency-doc";
import { FEATURES } from "../../api/features";
import { SCENARIOS } from "./scenarios";

const root = join(__dirname, "..", "..");
const schema = buildSchema(readFileSync(join(root, "schema", "schema.graphql"), "utf8"));
const mutations = schema.getMutationType()!.getFields();

/** The declarations of every feature: mutation → shape (a mutation declared twice is refused). */
function declaredRows(): Map<string, string> {
  const rows = new Map<string, string>();
  for (const feature of FEATURES) {
    for (const [mutation, rule] of Object.entries(feature.repeats ?? {})) {
      if (rows.has(mutation)) throw new Error(`${mutation} is declared twice (again by ${feature.name})`);
      rows.set(mutation, rule.shape);
    }
  }
  return rows;
}

/** The fields of a mutation's `input` argument (none for a mutation without one). */
function inputFields(field: GraphQLField<unknown, unknown>) {
  const input = field.args.find((a) => a.name === "input");
  const type = input && getNamedType(input.type);
  return type && isInputObjectType(type) ? type.getFields() : {};
}

const rows = declaredRows();

it("declares every mutation of the schema once, and nothing else", () => {
  expect([...rows.keys()].sort()).toEqual(Object.keys(mutations).sort());
});

it("has docs/idempotency.md's table say what the declarations say (npm run docs:idempotency writes it)", () => {
  const doc = readFileSync(IDEMPOTENCY_DOC, "utf8");
  expect(withTable(doc, repeatsTable())).toBe(doc);
});

it.each(Object.keys(mutations).sort())("%s: its documented shape matches its input", (name) => {
  const shape = rows.get(name);
  expect(["key", "version", "value", "natural"]).toContain(shape);
  const fields = inputFields(mutations[name]);
  const key = fields.idempotencyKey;
  // A creation takes a required key; nothing else takes one (it would promise what it does not do).
  expect([name, shape === "key"]).toEqual([name, key !== undefined && isNonNullType(key.type) && getNamedType(key.type).name === "String"]);
  if (shape === "version") expect([name, Object.keys(fields)]).toEqual([name, expect.arrayContaining(["expectedVersion"])]);
});

it("exercises every documented row in repeats.test.ts", () => {
  expect(Object.keys(SCENARIOS).sort()).toEqual([...rows.keys()].sort());
  for (const [name, cases] of Object.entries(SCENARIOS)) expect([name, cases.length > 0]).toEqual([name, true]);
});
