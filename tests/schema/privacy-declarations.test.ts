// Every string the API returns declares its privacy class, and every id an input names declares
// what it references — read from the built schema, so a field added without a declaration fails
// here, as a root field without a policy entry fails the policy test. docs/personal-data.md
// lists every class; this test holds the list and the code together.
import { readFileSync } from "node:fs";
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { PRIVACY_CLASSES, REFERENCE, REFERENCE_KIND } from "../../schema/common/privacy";
import { referenceSources } from "../../api/context";
import { buildContractSchema } from "../../api/server";
import { privacyClassOf } from "../../api/privacy/privacy.layer";

const schema: GraphQLSchema = buildContractSchema();
const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith("__"));

/** Every String or [String] field of an output type, as `Type.field`, with its declared class. */
function stringFields(): [string, string | undefined][] {
  return types.flatMap((type) =>
    isObjectType(type) || isInterfaceType(type)
      ? Object.values(type.getFields())
          .filter((f) => getNamedType(f.type).name === "String")
          .map((f): [string, string | undefined] => [`${type.name}.${f.name}`, privacyClassOf(f.extensions)])
      : [],
  );
}

/** Every input field (and mutation argument) that names an object by id. */
function idFields(): { name: string; kind: unknown; typename: unknown }[] {
  const looksLikeId = (name: string) => /(^ids?|Id|Ids)$/.test(name);
  const inputs = types.flatMap((type) =>
    isInputObjectType(type)
      ? Object.values(type.getFields())
          .filter((f) => looksLikeId(f.name))
          .map((f) => ({ name: `${type.name}.${f.name}`, kind: f.extensions?.[REFERENCE_KIND], typename: f.extensions?.[REFERENCE] }))
      : [],
  );
  const args = Object.values(schema.getMutationType()!.getFields()).flatMap((f) =>
    f.args.filter((a) => looksLikeId(a.name)).map((a) => ({ name: `Mutation.${f.name}(${a.name})`, kind: a.extensions?.[REFERENCE_KIND], typename: a.extensions?.[REFERENCE] })),
  );
  return [...inputs, ...args];
}

it("finds the strings and ids it judges (not vacuous)", () => {
  expect(stringFields().length).toBeGreaterThan(90);
  expect(idFields().length).toBeGreaterThan(50);
});

it("every String field of every output type declares its privacy class", () => {
  const undeclared = stringFields()
    .filter(([, kind]) => kind === undefined)
    .map(([name]) => name);
  expect(undeclared).toEqual([]);
  for (const [, kind] of stringFields()) expect(PRIVACY_CLASSES).toContain(kind);
});

it("every id an input names declares what it references, and each referenced type has a single read", () => {
  const undeclared = idFields()
    .filter((f) => f.kind === undefined)
    .map((f) => f.name);
  expect(undeclared).toEqual([]);
  const served = new Set(referenceSources().map((s) => s.typename));
  const unserved = idFields()
    .filter((f) => f.kind === "REFERENCE" && !served.has(String(f.typename)))
    .map((f) => `${f.name} → ${f.typename}`);
  expect(unserved).toEqual([]);
  for (const f of idFields().filter((f) => f.kind === "SUBJECT" || f.kind === "REFERENCE")) expect(schema.getType(String(f.typename))).toBeDefined();
});

it("docs/personal-data.md lists every string field with its class", () => {
  const doc = readFileSync("docs/personal-data.md", "utf8");
  const rows = new Map([...doc.matchAll(/^\| `([A-Za-z]+\.[A-Za-z]+)` \| ([A-Z]+) \|/gm)].map((m) => [m[1], m[2]]));
  const wrong = stringFields()
    .filter(([name, kind]) => rows.get(name) !== kind)
    .map(([name, kind]) => `| \`${name}\` | ${kind} |`);
  expect(wrong).toEqual([]);
  const stale = [...rows.keys()].filter((name) => !stringFields().some(([n]) => n === name));
  expect(stale).toEqual([]);
});
