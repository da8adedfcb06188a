// Rule 1 of the contract (docs/contract.md): every type, field, argument, input field and enum
// value a client can see says what it is. The built schema is walked — not the SDL file — so a
// description cannot be faked by editing schema/schema.graphql, and the figure printed is the
// contract's coverage as served.
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from "graphql";
import { buildContractSchema } from "../../api/server";

// graphql-js's own scalars are described by the spec, not by us.
const BUILT_IN = new Set(["String", "Int", "Float", "Boolean", "ID"]);

/** Every described-or-not element of the schema, as `Type`, `Type.field`, `Type.field(arg)` or `Enum.VALUE`. */
function elements(schema: GraphQLSchema): { path: string; described: boolean }[] {
  const out: { path: string; described: boolean }[] = [];
  const add = (path: string, description: string | null | undefined) => out.push({ path, described: Boolean(description?.trim()) });
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || BUILT_IN.has(type.name)) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field.description);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
    }
    // Scalars and unions have only their own description, added above.
  }
  return out;
}

it("describes every type, field, argument, input field and enum value", () => {
  const all = elements(buildContractSchema());
  const missing = all.filter((e) => !e.described).map((e) => e.path);
  const described = all.length - missing.length;
  console.log(`schema descriptions: ${described} of ${all.length} elements (${((100 * described) / all.length).toFixed(1)}%)`);
  expect(missing).toEqual([]);
});

it("counts arguments and enum values among the elements it checks (the walk is not vacuous)", () => {
  const paths = elements(buildContractSchema()).map((e) => e.path);
  expect(paths).toContain("Query.issue(id)");
  expect(paths).toContain("IssueState.REPORTED");
  expect(paths).toContain("ReportIssueInput.idempotencyKey");
  expect(paths).toContain("Node.id");
});
