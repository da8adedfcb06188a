// "Every string in any input is at most 8 KiB, every list at most 100 items" — checked for every
// string, id and list field of every mutation's input, found by walking the built schema (not
// a hand-kept list): each oversize value is refused with BAD_USER_INPUT naming its path, before
// anything runs, and the table is left as it was.
import { getNamedType, isInputObjectType, isListType, isNonNullType, isCompositeType, type GraphQLInputType, type GraphQLSchema } from "graphql";
import { Role } from "../../api/auth/actor";
import { MAX_LIST_ITEMS, MAX_STRING_BYTES } from "../../api/common/input-limits";
import { buildContractSchema } from "../../api/server";
import { snapshot } from "../councils/helpers";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  admin = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
});
afterAll(() => h.close());

interface Case {
  mutation: string;
  argument: string;
  argumentType: string;
  /** Where the oversize value sits, from the argument: field names, and 0 for a list's first item. */
  path: (string | 0)[];
  kind: "string" | "list";
  selection: string;
}

/** Every string, id and list field reachable from every mutation argument, through nested inputs. */
function cases(schema: GraphQLSchema): Case[] {
  const out: Case[] = [];
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    const selection = isCompositeType(getNamedType(field.type)) ? "{ __typename }" : "";
    for (const arg of field.args) {
      const walk = (type: GraphQLInputType, path: (string | 0)[], seen: string[]) => {
        const bare = isNonNullType(type) ? type.ofType : type;
        if (isListType(bare)) {
          out.push({ mutation: field.name, argument: arg.name, argumentType: arg.type.toString(), path, kind: "list", selection });
          walk(bare.ofType as GraphQLInputType, [...path, 0], seen);
          return;
        }
        const named = getNamedType(bare);
        if (named.name === "String" || named.name === "ID")
          out.push({ mutation: field.name, argument: arg.name, argumentType: arg.type.toString(), path, kind: "string", selection });
        if (isInputObjectType(named) && !seen.includes(named.name)) {
          for (const f of Object.values(named.getFields())) walk(f.type, [...path, f.name], [...seen, named.name]);
        }
      };
      walk(arg.type, [], []);
    }
  }
  return out;
}

/** A value holding `leaf` at `path` (lists as one-item lists), nothing else. */
function valueAt(path: readonly (string | 0)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  return head === 0 ? [valueAt(rest, leaf)] : { [head]: valueAt(rest, leaf) };
}

const ALL = cases(buildContractSchema());

it("finds the inputs it checks (the walk is not vacuous)", () => {
  expect(ALL.filter((c) => c.kind === "string").length).toBeGreaterThan(150);
  expect(ALL.filter((c) => c.kind === "list").length).toBeGreaterThan(15);
  expect(new Set(ALL.map((c) => c.mutation)).size).toBe(Object.keys(buildContractSchema().getMutationType()!.getFields()).length);
});

it("refuses an oversize string or list in every input field of every mutation, naming it, and writes nothing", async () => {
  const before = await snapshot(h);
  const refusedWrong: string[] = [];
  for (const c of ALL) {
    const oversize = c.kind === "string" ? "a".repeat(MAX_STRING_BYTES + 1) : Array.from({ length: MAX_LIST_ITEMS + 1 }, () => null);
    const doc = `mutation($v: ${c.argumentType}) { ${c.mutation}(${c.argument}: $v) ${c.selection} }`;
    const res = await h.gql(admin, doc, { v: valueAt(c.path, oversize) });
    const error = res.errors?.[0];
    const where = `$v${c.path.map((p) => (p === 0 ? "[0]" : `.${p}`)).join("")}`;
    if (error?.extensions?.code !== "BAD_USER_INPUT" || error.extensions.field !== where)
      refusedWrong.push(`${c.mutation} ${where}: ${error?.extensions?.code} ${error?.extensions?.field}`);
  }
  expect(refusedWrong).toEqual([]);
  expect(await snapshot(h)).toEqual(before);
}, 120_000);
