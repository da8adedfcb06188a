// Every role × every operation × a target inside and outside the actor's scope, as the org
// policy table (api/org/org.policy.ts) says: an operation succeeds inside scope for the roles
// its entry admits, and everything else is FORBIDDEN. A second district exists so that even the district admin
// and the district-wide partner have something outside their scope.
import { ApolloServer } from "@apollo/server";
import { Role } from "../../api/auth/actor";
import { admits } from "../../api/auth/policy";
import { ORG_POLICY } from "../../api/org/org.policy";
import { createContext, type GridnetContext } from "../../api/context";
import { guardItem, unitItem } from "../../api/org/org.store";
import { buildContractSchema, permissions, RESOLVERS } from "../../api/server";
import { formatError } from "../../api/errors";
import { applyMiddleware } from "graphql-middleware";
import { buildSchemaSync, Query, Resolver } from "type-graphql";
import { batchPut } from "../../api/store/ops";
import { NEIGHBOUR_GRID, neighbourDistrict } from "../helpers/fixtures";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;

interface Actor {
  role: Role;
  scope: string;
  inside: string;
  outside: string;
}

beforeAll(async () => {
  h = await createHarness();
  await batchPut(
    h.db,
    neighbourDistrict().flatMap((u) => [unitItem(u), guardItem(u)]),
  );
});
afterAll(() => h.close());

// Targets are grids: each actor gets one grid inside its scope and one outside.
const actors = (): Actor[] => {
  const grid = (name: string) => h.unit(name).id;
  return [
    { role: Role.DISTRICT_ADMIN, scope: "500106", inside: grid("凤凰山社区第1网格"), outside: NEIGHBOUR_GRID },
    { role: Role.STREET_ADMIN, scope: h.unit("磁器口街道").id, inside: grid("凤凰山社区第1网格"), outside: grid("香榭里社区第1网格") },
    { role: Role.COMMUNITY_ADMIN, scope: h.unit("凤凰山社区").id, inside: grid("凤凰山社区第2网格"), outside: grid("金蓉社区第1网格") },
    { role: Role.GRID_WORKER, scope: grid("凤凰山社区第1网格"), inside: grid("凤凰山社区第1网格"), outside: grid("凤凰山社区第2网格") },
    { role: Role.VOLUNTEER, scope: h.unit("金蓉社区").id, inside: grid("金蓉社区第1网格"), outside: grid("凤凰山社区第1网格") },
    { role: Role.RESIDENT, scope: h.unit("凤凰山社区").id, inside: grid("凤凰山社区第1网格"), outside: grid("金蓉社区第2网格") },
    { role: Role.PARTNER, scope: "500106", inside: grid("凤凰山社区第2网格"), outside: NEIGHBOUR_GRID },
  ];
};

let segment = 100;
const nextSegment = () => String((segment += 1));
/** A new unit's segment and an idempotency key of its own, so each creation is a new request. */
const fresh = (s: string) => ({ segment: s, idempotencyKey: `building-${s}` });

/** Each operation against one target grid. */
/** A read through `orgUnit(id)`: HIDDEN when the lookup answers null (it does for a unit you may not see). */
async function throughLookup(token: string, grid: string, selection: string): Promise<string> {
  const res = await h.gql(token, `query($g: ID!) { orgUnit(id: $g) { ${selection} } }`, { g: grid });
  return outcome(res) === "OK" && res.data!.orgUnit === null ? "HIDDEN" : outcome(res);
}

const operations: Record<string, { write: boolean; lookup?: true; run: (token: string, grid: string) => Promise<string> }> = {
  orgUnit: { write: false, lookup: true, run: (t, g) => throughLookup(t, g, "id") },
  orgUnits: { write: false, run: async (t, g) => outcome(await h.gql(t, `query($g: ID!) { orgUnits(kind: BUILDING, under: $g) { edges { node { id } } } }`, { g })) },
  searchOrgUnits: { write: false, run: async (t, g) => outcome(await h.gql(t, `query($g: ID!) { searchOrgUnits(name: "栋", under: $g) { edges { node { id } } } }`, { g })) },
  children: { write: false, lookup: true, run: (t, g) => throughLookup(t, g, "children { edges { node { id } } }") },
  gridWorkers: { write: false, lookup: true, run: (t, g) => throughLookup(t, g, "gridWorkers { id }") },
  createOrgUnit: {
    write: true,
    run: async (t, g) =>
      outcome(
        await h.gql(t, `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }`, { i: { parentId: g, kind: "BUILDING", name: "新楼", ...fresh(nextSegment()) } }),
      ),
  },
  renameOrgUnit: {
    write: true,
    run: async (t, g) => outcome(await h.gql(t, `mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { id } }`, { i: { id: g, name: `网格${nextSegment()}` } })),
  },
  moveOrgUnit: {
    write: true,
    run: async (t, g) => {
      const building = h.demo.units.find((u) => u.parentId === g)?.id ?? `${g}001`;
      return outcome(await h.gql(t, `mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) { id } }`, { i: { id: building, newParentId: g, segment: nextSegment() } }));
    },
  },
  setPartyBranch: {
    write: true,
    run: async (t, g) =>
      outcome(
        await h.gql(t, `mutation($i: SetPartyBranchInput!) { setPartyBranch(input: $i) { id } }`, { i: { gridId: g, name: "网格党支部", secretary: "张敏", memberCount: 12 } }),
      ),
  },
  assignGridWorker: {
    write: true,
    run: async (t, g) => outcome(await h.gql(t, `mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { id } }`, { i: { gridId: g, userId: `gw-${g}` } })),
  },
};

/** The policy entry an operation is governed by (nested reads by the query that reaches them). */
const ENTRY: Record<string, keyof typeof ORG_POLICY> = {
  orgUnit: "orgUnit",
  orgUnits: "orgUnits",
  searchOrgUnits: "searchOrgUnits",
  children: "orgUnit",
  gridWorkers: "orgUnit",
  createOrgUnit: "createOrgUnit",
  renameOrgUnit: "renameOrgUnit",
  moveOrgUnit: "moveOrgUnit",
  setPartyBranch: "setPartyBranch",
  assignGridWorker: "assignGridWorker",
};

it("has an operation for every row of the org policy table", () => {
  // `me` has no target to be in or out of scope: the actor's own scope (tests/auth/tokens.test.ts).
  const rows = Object.keys(ORG_POLICY).filter((row) => row !== "me");
  expect(rows.filter((row) => !Object.values(ENTRY).includes(row as keyof typeof ORG_POLICY))).toEqual([]);
});

describe.each(Object.values(Role))("%s", (role) => {
  it.each(Object.keys(operations))("%s: inside scope as expected, outside scope FORBIDDEN (a lookup: null)", async (name) => {
    const actor = actors().find((a) => a.role === role)!;
    const token = await h.token(role, actor.scope);
    const op = operations[name];
    const allowed = admits(ORG_POLICY[ENTRY[name]].who, role);
    expect(op.write).toBe(ORG_POLICY[ENTRY[name]].who !== "signedIn");
    expect(await op.run(token, actor.inside)).toBe(allowed ? "OK" : "FORBIDDEN");
    expect(await op.run(token, actor.outside)).toBe(op.lookup ? "HIDDEN" : "FORBIDDEN");
  });
});

describe("defence in depth", () => {
  it("keeps scope even on a server with no shield rules at all", async () => {
    const bare = new ApolloServer<GridnetContext>({ schema: buildContractSchema() });
    await bare.start();
    try {
      const token = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id);
      const contextValue = await createContext(h.db, h.auth, `Bearer ${token}`);
      const elsewhere = h.unit("金蓉社区第1网格").id;
      const read = await bare.executeOperation(
        { query: `query($g: ID!) { orgUnits(kind: BUILDING, under: $g) { edges { node { id } } } }`, variables: { g: elsewhere } },
        { contextValue },
      );
      const lookup = await bare.executeOperation(
        { query: `query($g: ID!) { orgUnit(id: $g) { children { edges { node { id } } } } }`, variables: { g: elsewhere } },
        { contextValue },
      );
      expect(lookup.body.kind === "single" && lookup.body.singleResult).toEqual({ data: { orgUnit: null } });
      const write = await bare.executeOperation(
        { query: `mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { id } }`, variables: { i: { id: elsewhere, name: "越权" } } },
        { contextValue },
      );
      for (const res of [read, write]) {
        const body = res.body.kind === "single" ? res.body.singleResult : null;
        expect(body?.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      }
      const resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id);
      const asResident = await createContext(h.db, h.auth, `Bearer ${resident}`);
      const mine = h.unit("凤凰山社区第1网格").id;
      const residentWrite = await bare.executeOperation(
        { query: `mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { id } }`, variables: { i: { id: mine, name: "越权" } } },
        { contextValue: asResident },
      );
      expect(residentWrite.body.kind === "single" && residentWrite.body.singleResult.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await bare.stop();
    }
  });

  it("refuses an operation that no policy table names (fallback deny)", async () => {
    @Resolver()
    class ForgottenResolver {
      @Query(() => String)
      forgotten(): string {
        return "leaked";
      }
    }
    const contract = buildSchemaSync({ resolvers: [...RESOLVERS, ForgottenResolver], validate: false });
    const schema = applyMiddleware(contract, permissions(contract));
    const server = new ApolloServer<GridnetContext>({ schema, formatError });
    await server.start();
    try {
      const token = await h.token(Role.DISTRICT_ADMIN, "500106");
      const contextValue = await createContext(h.db, h.auth, `Bearer ${token}`);
      const res = await server.executeOperation({ query: "{ forgotten }" }, { contextValue });
      const body = res.body.kind === "single" ? res.body.singleResult : null;
      expect(body?.data?.forgotten ?? null).toBeNull();
      expect(body?.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    } finally {
      await server.stop();
    }
  });
});
