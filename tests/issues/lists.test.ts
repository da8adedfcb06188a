// Issue lists: every filter is a Query on its own key, newest first or due soonest, paged
// with opaque cursors, clamped to the actor's scope — and a page of 50 with its grids, units
// and assignees costs a handful of DynamoDB requests.
import { Role } from "../../api/auth/actor";
import { createContext } from "../../api/context";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let district: string;

beforeAll(async () => {
  h = await createHarness();
  await h.seedIssues(160);
  district = await h.token(Role.DISTRICT_ADMIN, "500106");
}, 120_000);
afterAll(() => h.close());

const LIST = `query($f: IssueFilter, $first: Int, $after: String) { issues(filter: $f, first: $first, after: $after) {
  edges { node { id state categoryCode priority createdAt dueAt overdue grid { path } } } pageInfo { hasNextPage endCursor } } }`;

async function all(token: string, filter: Record<string, unknown>, first = 50) {
  const nodes: any[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 200; pages += 1) {
    const res: any = await h.gql(token, LIST, { f: filter, first, after });
    expect(res.errors).toBeUndefined();
    nodes.push(...res.data.issues.edges.map((e: any) => e.node));
    if (!res.data.issues.pageInfo.hasNextPage) break;
    after = res.data.issues.pageInfo.endCursor;
  }
  return nodes;
}

const newestFirst = (nodes: any[]) => nodes.every((n, i) => i === 0 || nodes[i - 1].createdAt >= n.createdAt);

it("lists every issue under the district, newest first, without repeats", async () => {
  const nodes = await all(district, {});
  expect(nodes).toHaveLength(160);
  expect(new Set(nodes.map((n) => n.id)).size).toBe(160);
  expect(newestFirst(nodes)).toBe(true);
});

it("lists issues under a street, a community and a grid from their own keys", async () => {
  const everything = await all(district, {});
  for (const name of ["磁器口街道", "凤凰山社区", "凤凰山社区第1网格"]) {
    const unit = h.unit(name);
    const nodes = await all(district, { under: unit.id });
    const expected = everything.filter((n) => n.grid.path.startsWith(`${unit.path}/`) || n.grid.path === unit.path);
    expect(nodes.map((n) => n.id).sort()).toEqual(expected.map((n) => n.id).sort());
  }
});

it("filters by one state, several states, a category, a priority and a created range", async () => {
  const everything = await all(district, {});
  const count = (pred: (n: any) => boolean) => everything.filter(pred).length;
  const closed = await all(district, { states: ["CLOSED"] });
  expect(closed.every((n) => n.state === "CLOSED")).toBe(true);
  expect(closed).toHaveLength(count((n) => n.state === "CLOSED"));
  // Several states merge one partition per state, paged small to cross partition boundaries.
  const open = await all(district, { states: ["ASSIGNED", "IN_PROGRESS", "REPORTED"] }, 7);
  expect(open).toHaveLength(count((n) => ["ASSIGNED", "IN_PROGRESS", "REPORTED"].includes(n.state)));
  expect(new Set(open.map((n) => n.id)).size).toBe(open.length);
  expect(newestFirst(open)).toBe(true);
  // One item a page: most pages leave some partition unread; none may be skipped.
  const oneByOne = await all(district, { states: ["REJECTED", "MERGED", "RESOLVED"] }, 1);
  expect(oneByOne.map((n) => n.id)).toEqual(everything.filter((n) => ["REJECTED", "MERGED", "RESOLVED"].includes(n.state)).map((n) => n.id));
  const lockouts = await all(district, { categoryCode: "LOCKOUT" });
  expect(lockouts).toHaveLength(count((n) => n.categoryCode === "LOCKOUT"));
  const urgent = await all(district, { priority: "URGENT" });
  expect(urgent).toHaveLength(count((n) => n.priority === "URGENT"));
  const middle = everything[Math.floor(everything.length / 2)].createdAt;
  const recent = await all(district, { createdAfter: middle });
  expect(recent).toHaveLength(count((n) => n.createdAt >= middle));
});

it("lists open assigned issues due soonest, and the overdue ones", async () => {
  const due = await all(district, { sort: "DUE_SOONEST" });
  expect(due.length).toBeGreaterThan(0);
  expect(due.every((n) => ["ASSIGNED", "IN_PROGRESS"].includes(n.state))).toBe(true);
  expect(due.every((n, i) => i === 0 || due[i - 1].dueAt <= n.dueAt)).toBe(true);
  const overdue = await all(district, { overdue: true });
  expect(overdue.length).toBeGreaterThan(0);
  expect(overdue.every((n) => n.overdue)).toBe(true);
  expect(overdue).toHaveLength(due.filter((n) => n.overdue).length);
});

it("lists my reports and an assignee's work", async () => {
  const gridId = h.unit("凤凰山社区第1网格").id;
  const worker = await h.token(Role.GRID_WORKER, gridId, `gw-${gridId}`);
  const mine = await all(worker, { reportedByMe: true });
  const assigned = await all(worker, { assigneeId: `gw-${gridId}` });
  const everything = await all(district, { under: gridId });
  expect(mine.length + assigned.length).toBeGreaterThan(0);
  for (const n of [...mine, ...assigned]) expect(everything.map((e) => e.id)).toContain(n.id);
});

it("clamps lists to the actor's scope", async () => {
  const admin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id);
  expect(outcome(await h.gql(admin, LIST, { f: { under: h.unit("金蓉社区").id } }))).toBe("FORBIDDEN");
  expect(outcome(await h.gql(admin, LIST, { f: { under: "500106" } }))).toBe("FORBIDDEN");
  const mine = await all(admin, {});
  expect(mine.every((n) => n.grid.path.startsWith(h.unit("凤凰山社区").path))).toBe(true);
  expect(outcome(await h.gql(admin, LIST, { f: { assigneeId: `gw-${h.unit("金蓉社区第1网格").id}` } }))).toBe("FORBIDDEN");
});

it("refuses filters no single key serves, and tampered cursors", async () => {
  expect(outcome(await h.gql(district, LIST, { f: { states: ["CLOSED"], categoryCode: "LOCKOUT" } }))).toBe("BAD_USER_INPUT");
  expect(outcome(await h.gql(district, LIST, { f: { sort: "DUE_SOONEST", priority: "HIGH" } }))).toBe("BAD_USER_INPUT");
  expect(outcome(await h.gql(district, LIST, { f: { createdAfter: "yesterday" } }))).toBe("BAD_USER_INPUT");
  const page = await h.gql(district, LIST, { f: { states: ["CLOSED", "REJECTED"] }, first: 2 });
  const merged = page.data!.issues.pageInfo.endCursor;
  expect(outcome(await h.gql(district, LIST, { f: { states: ["CLOSED"] }, after: merged }))).toBe("BAD_USER_INPUT");
  // A well-formed cursor of another unit's list (土主街道) cannot steer this one.
  expect(outcome(await h.gql(district, LIST, { f: {}, after: "eyJwayI6IlVJIzUwMDEwNjAxNyNBTEwiLCJzayI6InoifQ" }))).toBe("BAD_USER_INPUT");
});

it("serves a page of 50 issues with grid, handling unit and assignee in at most 4 DynamoDB requests", async () => {
  const contextValue = await createContext(h.db, h.auth, `Bearer ${district}`);
  const before = h.db.stats.requests;
  const res = await h.server.executeOperation(
    { query: `{ issues(first: 50) { edges { node { id title grid { name } handlingUnit { name } assignee { name } } } } }` },
    { contextValue },
  );
  const body = res.body.kind === "single" ? res.body.singleResult : null;
  expect(body?.errors).toBeUndefined();
  const nodes = (body!.data as any).issues.edges.map((e: any) => e.node);
  expect(nodes).toHaveLength(50);
  expect(nodes.some((n: any) => n.assignee)).toBe(true);
  const requests = h.db.stats.requests - before;
  console.log(`page of 50 issues with grid, handling unit and assignee: ${requests} DynamoDB requests`);
  expect(requests).toBeLessThanOrEqual(4);
});
