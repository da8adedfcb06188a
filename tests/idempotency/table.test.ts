// docs/idempotency.md is the contract for repeated mutations: every mutation the schema serves
// has one row there, its shape agrees with its input, and repeats.test.ts exercises each row.
// A mutation added without a row (or a row left behind by a removed one) fails here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, getNamedType, isInputObjectType, isNonNullType, type GraphQLField } from "graphql";
import { SCENARIOS } from "./scenarios";

const root = join(__dirname, "..", "..");
const schema = buildSchema(readFileSync(join(root, "schema", "schema.graphql"), "utf8"));
const mutations = schema.getMutationType()!.getFields();

/** The rows of the "Every mutation" table: mutation → shape. */
function documentedRows(): Map<string, string> {
  const doc = readFileSync(join(root, "docs", "idempotency.md"), "utf8");
  const section = doc.split(/^## Every mutation$/m)[1]?.split(/^## /m)[0];
  if (!section) throw new Error("docs/idempotency.md has no '## Every mutation' section");
  const rows = new Map<string, string>();
  for (const line of section.split("\n")) {
    const match = /^\| `(\w+)` \| (\w+) \|/.exec(line);
    if (!match) continue;
    if (rows.has(match[1])) throw new Error(`${match[1]} has two rows`);
    rows.set(match[1], match[2]);
  }
  return rows;
}

/** The fields of a mutation's `input` argument (none for a mutation without one). */
function inputFields(field: GraphQLField<unknown, unknown>) {
  const input = field.args.find((a) => a.name === "input");
  const type = input && getNamedType(input.type);
  return type && isInputObjectType(type) ? type.getFields() : {};
}

const rows = documentedRows();

it("documents every mutation of the schema once, and nothing else", () => {
  expect([...rows.keys()].sort()).toEqual(Object.keys(mutations).sort());
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
