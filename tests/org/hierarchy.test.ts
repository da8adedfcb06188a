// The org hierarchy end to end: queries, mutations, scope, and bad input that writes nothing.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../../api/auth/actor";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let district: string;
let ciqikouAdmin: string;
let fenghuangshanAdmin: string;

beforeAll(async () => {
  h = await createHarness();
  district = await h.token(Role.DISTRICT_ADMIN, "500106");
  ciqikouAdmin = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id);
  fenghuangshanAdmin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id);
});
afterAll(() => h.close());

async function stored(id: string) {
  const out = await h.db.doc.send(new GetCommand({ TableName: h.db.table, Key: { pk: `ORG#${id}`, sk: "UNIT" } }));
  return out.Item;
}

describe("reading the hierarchy", () => {
  it("lists a community's grids for its community admin", async () => {
    const res = await h.gql(fenghuangshanAdmin, `{ orgUnits(kind: GRID) { edges { node { name kind path } } } }`);
    expect(res.errors).toBeUndefined();
    const names = res.data!.orgUnits.edges.map((e: any) => e.node.name);
    expect(names).toEqual(["凤凰山社区第1网格", "凤凰山社区第2网格"]);
  });

  it("refuses the same list for a community of another street", async () => {
    const tuzhuCommunity = h.demo.units.find((u) => u.parentId === h.unit("土主街道").id)!;
    const res = await h.gql(fenghuangshanAdmin, `query($u: ID!) { orgUnits(kind: GRID, under: $u) { edges { node { id } } } }`, { u: tuzhuCommunity.id });
    expect(outcome(res)).toBe("FORBIDDEN");
  });

  it("answers one unit with its parent, ancestors and children", async () => {
    const grid = h.unit("凤凰山社区第1网格");
    const res = await h.gql(
      fenghuangshanAdmin,
      `query($id: ID!) { orgUnit(id: $id) { code path parent { name } ancestors { name kind } children { edges { node { name kind } } } gridWorkers { name phone } partyBranch { name memberCount } } }`,
      { id: grid.id },
    );
    expect(res.errors).toBeUndefined();
    const unit = res.data!.orgUnit;
    expect(unit.code).toBe("50010600400101");
    expect(unit.path).toBe("/500106/004/001/01");
    expect(unit.parent.name).toBe("凤凰山社区");
    expect(unit.ancestors.map((a: any) => a.kind)).toEqual(["DISTRICT", "STREET", "COMMUNITY"]);
    expect(unit.children.edges.map((e: any) => e.node.name)).toEqual(["百年世家"]);
    expect(unit.gridWorkers.length).toBeGreaterThanOrEqual(1);
    expect(unit.gridWorkers[0].phone).toMatch(/^139\d{8}$/);
    expect(unit.partyBranch.name).toBe("凤凰山社区第1网格党支部");
  });

  it("lets an actor see the units above their scope but not list their children", async () => {
    const up = await h.gql(fenghuangshanAdmin, `{ orgUnit(id: "500106004") { name } }`);
    expect(up.data?.orgUnit.name).toBe("磁器口街道");
    const sideways = await h.gql(fenghuangshanAdmin, `{ orgUnit(id: "500106004") { children { edges { node { name } } } } }`);
    expect(outcome(sideways)).toBe("FORBIDDEN");
  });

  it("pages a subtree of one kind with opaque cursors and no repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await h.gql(
        district,
        `query($a: String) { orgUnits(kind: COMMUNITY, first: 40, after: $a) { edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { a: after },
      );
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data.orgUnits;
      // Forward-only paging: a page has items before it exactly when it was read from a cursor.
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      expect(pageInfo.startCursor).toBe(edges[0].cursor);
      expect(pageInfo.endCursor).toBe(edges[edges.length - 1].cursor);
      seen.push(...edges.map((e: any) => e.node.id));
      after = res.data.orgUnits.pageInfo.hasNextPage ? res.data.orgUnits.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    const communities = h.demo.units.filter((u) => u.kind === "COMMUNITY").length;
    expect(seen).toHaveLength(communities);
    expect(new Set(seen).size).toBe(communities);
    expect(pages).toBe(Math.ceil(communities / 40));
  });

  it("serves a page of 50 grids with their workers and party branches in 2 DynamoDB requests", async () => {
    const { createContext } = await import("../../api/context");
    const contextValue = await createContext(h.db, h.auth, `Bearer ${district}`);
    const before = h.db.stats.requests;
    const res = await h.server.executeOperation(
      { query: `{ orgUnits(kind: GRID, first: 50) { edges { node { name partyBranch { name } gridWorkers { name phone } } } } }` },
      { contextValue },
    );
    const body = res.body.kind === "single" ? res.body.singleResult : null;
    expect(body?.errors).toBeUndefined();
    const grids = (body!.data as any).orgUnits.edges;
    expect(grids).toHaveLength(50);
    expect(grids.every((e: any) => e.node.gridWorkers.length > 0)).toBe(true);
    // The scope unit (for the path prefix) and the Query: no read per grid.
    expect(h.db.stats.requests - before).toBeLessThanOrEqual(2);
  });

  it("rejects a tampered or foreign cursor as BAD_USER_INPUT", async () => {
    const first = await h.gql(district, `{ orgUnits(kind: GRID, first: 1) { pageInfo { endCursor } } }`);
    const good = first.data!.orgUnits.pageInfo.endCursor as string;
    const forged = Buffer.from(JSON.stringify({ pk: "USER#x", sk: "PROFILE", gsi2pk: "KIND#BUILDING", gsi2sk: "/" })).toString("base64url");
    for (const cursor of ["not-a-cursor!", "e30", good.slice(0, -3), forged]) {
      const res = await h.gql(district, `query($a: String) { orgUnits(kind: GRID, after: $a) { edges { node { id } } } }`, { a: cursor });
      expect(outcome(res)).toBe("BAD_USER_INPUT");
    }
    // A cursor of one list is not accepted by another list.
    const other = await h.gql(district, `query($a: String) { orgUnit(id: "500106") { children(after: $a) { edges { node { id } } } } }`, { a: good });
    expect(outcome(other)).toBe("BAD_USER_INPUT");
  });

  it("searches by name within scope only", async () => {
    const mine = await h.gql(ciqikouAdmin, `{ searchOrgUnits(name: "凤凰山") { edges { node { name } } } }`);
    expect(mine.data!.searchOrgUnits.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(["凤凰山社区", "凤凰山社区第1网格", "凤凰山社区第2网格"]));
    const theirs = await h.gql(ciqikouAdmin, `{ searchOrgUnits(name: "香榭里") { edges { node { name } } } }`);
    expect(theirs.data!.searchOrgUnits.edges).toEqual([]);
    const outside = await h.gql(ciqikouAdmin, `{ searchOrgUnits(name: "香榭里", under: "500106016") { edges { node { name } } } }`);
    expect(outcome(outside)).toBe("FORBIDDEN");
  });

  it("rejects a page size outside 1..100", async () => {
    expect(outcome(await h.gql(district, `{ orgUnits(kind: GRID, first: 101) { edges { node { id } } } }`))).toBe("BAD_USER_INPUT");
    expect(outcome(await h.gql(district, `{ orgUnits(kind: GRID, first: 0) { edges { node { id } } } }`))).toBe("BAD_USER_INPUT");
  });

  it("refuses a query nested deeper than the limit", async () => {
    const deep = `{ orgUnit(id: "500106") { ${"parent { ".repeat(11)}id${" }".repeat(11)} } }`;
    expect(outcome(await h.gql(district, deep))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("changing the hierarchy", () => {
  const create = `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id code path name version } }`;

  it("creates a grid under a community and finds it among the children", async () => {
    const community = h.unit("凤凰山社区");
    const res = await h.gql(fenghuangshanAdmin, create, { i: { parentId: community.id, kind: "GRID", segment: "09", name: "凤凰山社区第9网格", idempotencyKey: "grid-09" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createOrgUnit).toMatchObject({ code: "50010600400109", path: "/500106/004/001/09", version: 1 });
    const list = await h.gql(fenghuangshanAdmin, `query($id: ID!) { orgUnit(id: $id) { children { edges { node { name } } } } }`, { id: community.id });
    expect(list.data!.orgUnit.children.edges.map((e: any) => e.node.name)).toContain("凤凰山社区第9网格");
  });

  it("gives a taken segment to exactly one of two concurrent creates", async () => {
    const community = h.unit("金蓉社区");
    const results = await Promise.all(
      ["甲", "乙"].map((n, k) =>
        h.gql(ciqikouAdmin, create, { i: { parentId: community.id, kind: "GRID", segment: "07", name: `金蓉社区${n}网格`, idempotencyKey: `grid-07-${k}` } }),
      ),
    );
    expect(results.map(outcome).sort()).toEqual(["CONFLICT", "OK"]);
  });

  it("refuses bad input with BAD_USER_INPUT or NOT_FOUND and writes nothing", async () => {
    const community = h.unit("凤凰山社区");
    const cases: [Record<string, unknown>, string][] = [
      [{ parentId: community.id, kind: "GRID", segment: "10", name: "   ", idempotencyKey: "k-bad" }, "BAD_USER_INPUT"],
      [{ parentId: community.id, kind: "GRID", segment: "10", name: "网".repeat(61), idempotencyKey: "k-bad" }, "BAD_USER_INPUT"],
      [{ parentId: community.id, kind: "GRID", segment: "10", name: "bad\u0000name", idempotencyKey: "k-bad" }, "BAD_USER_INPUT"],
      [{ parentId: community.id, kind: "GRID", segment: "1", name: "短码", idempotencyKey: "k-bad" }, "BAD_USER_INPUT"],
      [{ parentId: community.id, kind: "GRID", segment: "ab", name: "字母", idempotencyKey: "k-bad" }, "BAD_USER_INPUT"],
      [{ parentId: community.id, kind: "STREET", segment: "010", name: "错层", idempotencyKey: "k-bad" }, "BAD_USER_INPUT"],
      [{ parentId: "no-such-unit", kind: "GRID", segment: "10", name: "无主", idempotencyKey: "k-bad" }, "NOT_FOUND"],
      [{ parentId: "bad id with spaces", kind: "GRID", segment: "10", name: "无主", idempotencyKey: "k-bad" }, "BAD_USER_INPUT"],
      [{ parentId: community.id, kind: "GRID", segment: "10", name: "好名", idempotencyKey: "k bad" }, "BAD_USER_INPUT"],
    ];
    for (const [input, code] of cases) {
      expect([JSON.stringify(input), outcome(await h.gql(fenghuangshanAdmin, create, { i: input }))]).toEqual([JSON.stringify(input), code]);
    }
    const children = await h.gql(fenghuangshanAdmin, `query($id: ID!) { orgUnit(id: $id) { children { edges { node { segment } } } } }`, { id: community.id });
    expect(children.data!.orgUnit.children.edges.map((e: any) => e.node.segment)).not.toContain("10");
  });

  it("renames with a version check: a stale version is CONFLICT and changes nothing", async () => {
    const grid = h.unit("凤凰山社区第2网格");
    const rename = `mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { name version } }`;
    const ok = await h.gql(fenghuangshanAdmin, rename, { i: { id: grid.id, name: "凤凰山社区二号网格", expectedVersion: 1 } });
    expect(ok.data!.renameOrgUnit).toEqual({ name: "凤凰山社区二号网格", version: 2 });
    const stale = await h.gql(fenghuangshanAdmin, rename, { i: { id: grid.id, name: "又改名", expectedVersion: 1 } });
    expect(outcome(stale)).toBe("CONFLICT");
    expect(await stored(grid.id)).toMatchObject({ name: "凤凰山社区二号网格", version: 2 });
    const blank = await h.gql(fenghuangshanAdmin, rename, { i: { id: grid.id, name: "" } });
    expect(outcome(blank)).toBe("BAD_USER_INPUT");
    expect(outcome(await h.gql(fenghuangshanAdmin, rename, { i: { id: "nope", name: "x" } }))).toBe("NOT_FOUND");
    expect(await stored(grid.id)).toMatchObject({ name: "凤凰山社区二号网格", version: 2 });
  });

  it("moves a grid with its buildings to another community; codes and paths follow, ids stay", async () => {
    const grid = h.unit("金蓉社区第2网格");
    const building = h.demo.units.find((u) => u.parentId === grid.id)!;
    const target = h.unit("凤凰山社区");
    const move = `mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) { id code path parent { name } } }`;
    const res = await h.gql(ciqikouAdmin, move, { i: { id: grid.id, newParentId: target.id, segment: "05" } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.moveOrgUnit).toEqual({ id: grid.id, code: "50010600400105", path: "/500106/004/001/05", parent: { name: "凤凰山社区" } });
    expect(await stored(building.id)).toMatchObject({
      path: "/500106/004/001/05/001",
      code: "50010600400105001",
      ancestorIds: ["500106", "500106004", target.id, grid.id],
    });
    // The moved grid is now in the community admin's scope.
    const seen = await h.gql(fenghuangshanAdmin, `query($id: ID!) { orgUnit(id: $id) { name } }`, { id: building.id });
    expect(seen.errors).toBeUndefined();
    // Taking a segment that is in use is a CONFLICT; moving under itself is bad input.
    const clash = await h.gql(ciqikouAdmin, move, { i: { id: grid.id, newParentId: target.id, segment: "01" } });
    expect(outcome(clash)).toBe("CONFLICT");
    const loop = await h.gql(ciqikouAdmin, move, { i: { id: target.id, newParentId: grid.id } });
    expect(outcome(loop)).toBe("BAD_USER_INPUT");
  });

  it("refuses to move a unit outside the admin's scope", async () => {
    const grid = h.unit("凤凰山社区第1网格");
    const elsewhere = h.unit("香榭里社区");
    const res = await h.gql(ciqikouAdmin, `mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) { id } }`, { i: { id: grid.id, newParentId: elsewhere.id } });
    expect(outcome(res)).toBe("FORBIDDEN");
    expect(await stored(grid.id)).toMatchObject({ path: "/500106/004/001/01" });
  });

  it("assigns a grid worker, taking them off their previous grid", async () => {
    const from = h.unit("凤凰山社区第1网格");
    const to = h.unit("凤凰山社区第2网格");
    const worker = h.demo.people.find((p) => p.orgId === from.id && p.role === Role.GRID_WORKER && p.id.startsWith("gw-"))!;
    const assign = `mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { name gridWorkers { id } } }`;
    const res = await h.gql(fenghuangshanAdmin, assign, { i: { gridId: to.id, userId: worker.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignGridWorker.gridWorkers.map((w: any) => w.id)).toContain(worker.id);
    const old = await h.gql(fenghuangshanAdmin, `query($id: ID!) { orgUnit(id: $id) { gridWorkers { id } } }`, { id: from.id });
    expect(old.data!.orgUnit.gridWorkers.map((w: any) => w.id)).not.toContain(worker.id);
    // Not a grid, not a grid worker, not a user.
    expect(outcome(await h.gql(fenghuangshanAdmin, assign, { i: { gridId: h.unit("凤凰山社区").id, userId: worker.id } }))).toBe("BAD_USER_INPUT");
    expect(outcome(await h.gql(fenghuangshanAdmin, assign, { i: { gridId: to.id, userId: "u-resident" } }))).toBe("BAD_USER_INPUT");
    expect(outcome(await h.gql(fenghuangshanAdmin, assign, { i: { gridId: to.id, userId: "nobody" } }))).toBe("NOT_FOUND");
  });

  it("records a grid's party branch and masks the secretary for partners", async () => {
    const grid = h.unit("凤凰山社区第1网格");
    const set = `mutation($i: SetPartyBranchInput!) { setPartyBranch(input: $i) { partyBranch { name secretary memberCount } } }`;
    const res = await h.gql(fenghuangshanAdmin, set, { i: { gridId: grid.id, name: "百年世家党支部", secretary: "王红梅", memberCount: 23 } });
    expect(res.data!.setPartyBranch.partyBranch).toEqual({ name: "百年世家党支部", secretary: "王红梅", memberCount: 23 });
    expect(outcome(await h.gql(fenghuangshanAdmin, set, { i: { gridId: grid.id, name: "x", secretary: "y", memberCount: -1 } }))).toBe("BAD_USER_INPUT");
    const partner = await h.token(Role.PARTNER, "500106");
    const masked = await h.gql(partner, `query($id: ID!) { orgUnit(id: $id) { partyBranch { secretary } gridWorkers { name phone } } }`, { id: grid.id });
    expect(masked.data!.orgUnit.partyBranch.secretary).toBe("王**");
    for (const w of masked.data!.orgUnit.gridWorkers) expect(w.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
  });
});
