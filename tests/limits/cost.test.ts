// An operation's cost is weighed, with its variables, before anything runs: a connection's
// page size multiplies the cost of what is under it, so nested pages of nested pages are
// refused (GRAPHQL_VALIDATION_FAILED with `cost` and `maxCost`) without a DynamoDB request,
// while every screen the TypeScript client ships still passes at the largest page size.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { Role } from "../../api/auth/actor";
import { MAX_COST, operationCost } from "../../api/common/query-limits";
import { createContext } from "../../api/context";
import { listChildren } from "../../api/org/org.store";
import { buildContractSchema } from "../../api/server";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let partner = "";
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 2, buildingsPerGrid: 0 } });
  partner = await h.token(Role.PARTNER, "500106", "u-partner");
  await h.gql(partner, "{ me { id } }"); // the scope path is cached from here on
});
afterAll(() => h.close());

/** Runs `call` and counts the DynamoDB requests it makes. */
async function counting<T>(call: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const send = h.db.doc.send.bind(h.db.doc);
  let requests = 0;
  h.db.doc.send = ((command: never, ...rest: never[]) => {
    requests += 1;
    return send(command, ...rest);
  }) as typeof h.db.doc.send;
  try {
    return { result: await call(), requests };
  } finally {
    h.db.doc.send = send;
  }
}

// The reviewer's 155-byte query: 100 communities × 100 children × 100 children.
const ATTACK = "{ orgUnits(kind: COMMUNITY, first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } } } } }";

describe("refused before it runs", () => {
  it("the reviewer's nested-children query, as PARTNER: GRAPHQL_VALIDATION_FAILED, no DynamoDB request", async () => {
    expect(Buffer.byteLength(ATTACK)).toBe(155);
    const { result: res, requests } = await counting(() => h.gql(partner, ATTACK));
    expect(outcome(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors![0].extensions).toMatchObject({ maxCost: MAX_COST });
    expect(res.errors![0].extensions!.cost as number).toBeGreaterThan(MAX_COST);
    expect(res.errors![0].message).toMatch(/cost/);
    expect(res.data ?? null).toBeNull();
    expect(requests).toBe(0);
  });

  it("three aliases of it", async () => {
    const inner = ATTACK.slice(1, -1);
    const { result: res, requests } = await counting(() => h.gql(partner, `{ a: ${inner} b: ${inner} c: ${inner} }`));
    expect(outcome(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(requests).toBe(0);
  });

  it("the same shape with its page sizes in variables", async () => {
    const doc = `query($a: Int, $b: Int, $c: Int) { orgUnits(kind: COMMUNITY, first: $a) { edges { node { children(first: $b) { edges { node { children(first: $c) { edges { node { id } } } } } } } } } }`;
    expect(outcome(await h.gql(partner, doc, { a: 100, b: 100, c: 100 }))).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(outcome(await h.gql(partner, doc, { a: 10, b: 10, c: 10 }))).toBe("OK");
  });

  it("the same shape hidden in fragments", async () => {
    const doc = `{ orgUnits(kind: COMMUNITY, first: 100) { ...Level } }
      fragment Level on OrgUnitConnection { edges { node { children(first: 100) { ...Leaf } } } }
      fragment Leaf on OrgUnitConnection { edges { node { children(first: 100) { edges { node { id } } } } } }`;
    expect(outcome(await h.gql(partner, doc))).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("a page size left out counts as the default page (50)", async () => {
    const doc = "{ orgUnits(kind: COMMUNITY) { edges { node { children { edges { node { children { edges { node { id } } } } } } } } } }";
    expect(outcome(await h.gql(partner, doc))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("legitimate deep pages pass", () => {
  it("50 communities with 50 children each, as PARTNER", async () => {
    const doc = "{ orgUnits(kind: COMMUNITY, first: 50) { edges { node { id name children(first: 50) { edges { node { id name kind } } pageInfo { hasNextPage } } } } } }";
    const res = await h.gql(partner, doc);
    expect(outcome(res)).toBe("OK");
    const communities = h.demo.units.filter((u) => u.kind === "COMMUNITY");
    expect(res.data!.orgUnits.edges).toHaveLength(Math.min(50, communities.length));
    for (const { node } of res.data!.orgUnits.edges) {
      const expected = h.demo.units
        .filter((u) => u.parentId === node.id)
        .map((u) => u.id)
        .sort();
      expect(node.children.edges.map((e: any) => e.node.id).sort()).toEqual(expected);
    }
  });

  it("a page of 100 issues with their details", async () => {
    const doc = `{ issues(first: 100) { edges { node { id title state description mediaUrls grid { id name ancestors { id name } } handlingUnit { name }
      assignee { name } reporter { name } attributes { code values } timeline { version kind at actorId note } } } pageInfo { endCursor } } }`;
    expect(outcome(await h.gql(partner, doc))).toBe("OK");
  });
});

// ---- every operation the TypeScript client ships, at the largest page size ----

/** A value the variable's type accepts: every page size the largest, everything else minimal. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType as GraphQLInputType, name);
  if (isListType(type)) return [];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0].value;
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type, f.name)]));
  }
  if (name === "first") return 100;
  // A DateTime must be one (a zone included) or the variables are refused before the cost is weighed.
  return { Int: 1, Float: 1, Boolean: true, DateTime: "2030-01-01T00:00:00+08:00" }[named.name] ?? "x";
}

const OPERATIONS = join(__dirname, "../../clients/sdk/operations");
const schema: GraphQLSchema = buildContractSchema({ skipCheck: true });
const clientOperations = readdirSync(OPERATIONS)
  .filter((f) => f.endsWith(".graphql"))
  .flatMap((file) => {
    const document = parse(readFileSync(join(OPERATIONS, file), "utf8"));
    return document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => [`${file}: ${operation.name?.value}`, document, operation] as const);
  });

it("finds the client's operations", () => {
  expect(clientOperations.length).toBeGreaterThan(10);
});

it.each(clientOperations)("%s costs at most MAX_COST with first: 100", (_name, document, operation) => {
  const variables = Object.fromEntries(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, sample(typeFromAST(schema, d.type as never) as GraphQLInputType, d.variable.name.value)]),
  );
  const cost = operationCost(schema, document, operation, variables);
  expect(cost).not.toBeNull();
  expect(cost!).toBeLessThanOrEqual(MAX_COST);
});

// ---- the children loader: one Query per distinct page, issued together ----

/** One page of a unit's children through the request's loader, as org.rules reads them. */
const loadChildren = (ctx: Awaited<ReturnType<typeof createContext>>, parentId: string, first: number) => ctx.loaders.children.load({ parentId, first });

describe("the children loader", () => {
  it("reads each distinct page once, whatever asks for it twice, and returns what listChildren does", async () => {
    const ctx = await createContext(h.db, h.auth, `Bearer ${partner}`);
    const communities = h.demo.units
      .filter((u) => u.kind === "COMMUNITY")
      .slice(0, 3)
      .map((u) => u.id);
    const { result: pages, requests } = await counting(() => Promise.all([...communities, communities[0], communities[1]].map((id) => loadChildren(ctx, id, 10))));
    expect(requests).toBe(3);
    expect(pages[3]).toBe(pages[0]);
    for (const [i, id] of communities.entries()) expect(pages[i]).toEqual(await listChildren(h.db, id, 10));
    // Another page size or cursor is another page.
    const { requests: more } = await counting(() => Promise.all([loadChildren(ctx, communities[0], 1), loadChildren(ctx, communities[0], 10)]));
    expect(more).toBe(1);
  });

  it("keeps no page from one request for the next", async () => {
    const first = await createContext(h.db, h.auth, `Bearer ${partner}`);
    const second = await createContext(h.db, h.auth, `Bearer ${partner}`);
    const id = h.unit("凤凰山社区").id;
    await loadChildren(first, id, 5);
    const { requests } = await counting(() => loadChildren(second, id, 5));
    expect(requests).toBe(1);
  });
});
