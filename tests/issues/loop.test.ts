// The whole closed loop as the people in it would walk it, through the real server:
// a grid worker reports, the community admin assesses and assigns, the assignee handles and
// reports back, the reporter closes with a satisfaction score — every step on the timeline,
// with the notifications it owes.
import { Role } from "../../api/auth/actor";
import { TRANSITION_INPUTS, transitionDocuments, type TransitionName } from "../helpers/fixtures";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let grid: string;
let community: string;
let worker: string; // the grid worker of 凤凰山社区第1网格, who reports and then handles
let workerId: string;
let admin: string;
let streetAdmin: string;
let resident: string;

const ISSUE = `id state version priority categoryCode handlingLevel handlingUnit { name } assignedUnit { name } assignee { id name }
  dueAt overdue supervisionCount reworkCount returnCount satisfaction resolution { outcome note } mergedIntoId duplicateIds
  reporter { kind anonymous personId name } timeline { version kind fromState toState actorId note automatic }`;

async function report(token: string, extra: Record<string, unknown> = {}) {
  const res = await h.gql(token, `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { created issue { ${ISSUE} } duplicateSuggestions { id } } }`, {
    i: {
      idempotencyKey: `k-${Math.random().toString(36).slice(2)}`,
      title: "楼道灯不亮",
      description: "3单元楼道灯坏了一周",
      categoryCode: "FACILITY_STREETLIGHT",
      gridId: grid,
      channel: "GRID_PATROL",
      ...extra,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.reportIssue;
}

const TRANSITIONS = transitionDocuments(`{ ${ISSUE} }`);
const byField = new Map(Object.entries(TRANSITION_INPUTS).map(([name, [field]]) => [field as string, name as TransitionName]));

async function act(token: string, mutation: string, input: Record<string, unknown>) {
  return h.gql(token, TRANSITIONS[byField.get(mutation)!], { i: input });
}

async function ok(token: string, mutation: string, input: Record<string, unknown>) {
  const res = await act(token, mutation, input);
  expect([mutation, res.errors?.[0]?.message]).toEqual([mutation, undefined]);
  return res.data![mutation];
}

beforeAll(async () => {
  h = await createHarness();
  grid = h.unit("凤凰山社区第1网格").id;
  community = h.unit("凤凰山社区").id;
  workerId = `gw-${grid}`;
  worker = await h.token(Role.GRID_WORKER, grid, workerId);
  admin = await h.token(Role.COMMUNITY_ADMIN, community, "u-fenghuangshan-admin");
  streetAdmin = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin");
  resident = await h.token(Role.RESIDENT, community, "u-resident");
});
afterAll(() => h.close());

it("walks report → accept → assign → start → resolve → close, every step on the timeline", async () => {
  const { issue: reported, created } = await report(worker);
  expect(created).toBe(true);
  expect(reported).toMatchObject({ state: "REPORTED", version: 1, handlingLevel: "COMMUNITY", handlingUnit: { name: "凤凰山社区" } });
  expect(reported.reporter).toMatchObject({ kind: "GRID_WORKER", personId: workerId });

  const accepted = await ok(admin, "acceptIssue", { id: reported.id, expectedVersion: 1, priority: "HIGH" });
  expect(accepted).toMatchObject({ state: "ACCEPTED", priority: "HIGH", version: 2 });
  const assigned = await ok(admin, "assignIssue", { id: reported.id, expectedVersion: 2, unitId: grid, assigneeId: workerId });
  expect(assigned).toMatchObject({ state: "ASSIGNED", assignee: { id: workerId }, assignedUnit: { name: "凤凰山社区第1网格" }, overdue: false });
  // HIGH has the district default of 24 h (the streetlight category overrides nothing).
  const hours = (Date.parse(assigned.dueAt) - Date.now()) / 3_600_000;
  expect(hours).toBeGreaterThan(23.9);
  expect(hours).toBeLessThanOrEqual(24);

  await ok(worker, "startIssue", { id: reported.id, expectedVersion: 3 });
  const resolved = await ok(worker, "resolveIssue", { id: reported.id, expectedVersion: 4, outcome: "FIXED", result: "已更换灯泡" });
  expect(resolved.resolution).toEqual({ outcome: "FIXED", note: "已更换灯泡" });
  const closed = await ok(worker, "closeIssue", { id: reported.id, expectedVersion: 5, satisfaction: 5 });
  expect(closed).toMatchObject({ state: "CLOSED", satisfaction: 5, version: 6 });
  expect(closed.timeline.map((e: any) => [e.version, e.kind, e.toState])).toEqual([
    [1, "REPORTED", "REPORTED"],
    [2, "ACCEPTED", "ACCEPTED"],
    [3, "ASSIGNED", "ASSIGNED"],
    [4, "STARTED", "IN_PROGRESS"],
    [5, "RESOLVED", "RESOLVED"],
    [6, "CLOSED", "CLOSED"],
  ]);

  // The outbox: the assignee heard of the assignment, the reporter of the result, the unit of the close.
  const mine = await h.gql(worker, `{ myNotifications { edges { node { kind subject { type id } read } } } }`);
  expect(mine.data!.myNotifications.edges.map((e: any) => e.node.kind)).toEqual(expect.arrayContaining(["ASSIGNED", "RESOLVED", "CLOSED"]));
  const unit = await h.gql(admin, `{ unitNotifications { edges { node { id kind } } } }`);
  const kinds = unit.data!.unitNotifications.edges.map((e: any) => e.node.kind);
  expect(kinds).toEqual(expect.arrayContaining(["RESOLVED", "CLOSED"]));
  const ids = unit.data!.unitNotifications.edges.map((e: any) => e.node.id);
  const marked = await h.gql(admin, `mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { markedCount } }`, { i: { ids, unitId: community } });
  expect(marked.data!.markNotificationsRead.markedCount).toBe(ids.length);
  const after = await h.gql(admin, `{ unitNotifications { edges { node { read } } } }`);
  expect(after.data!.unitNotifications.edges.every((e: any) => e.node.read)).toBe(true);
});

it("sends an unsatisfied close back for rework, counted against the handler", async () => {
  const { issue } = await report(resident, { channel: "MINI_PROGRAM" });
  await ok(admin, "acceptIssue", { id: issue.id });
  await ok(admin, "assignIssue", { id: issue.id, assigneeId: workerId });
  await ok(worker, "startIssue", { id: issue.id });
  await ok(worker, "resolveIssue", { id: issue.id, outcome: "FIXED", result: "已处理" });
  const rework = await ok(resident, "closeIssue", { id: issue.id, satisfaction: 2 });
  expect(rework).toMatchObject({ state: "ASSIGNED", reworkCount: 1, satisfaction: 2, resolution: null });
  const notes = await h.gql(worker, `{ myNotifications(first: 5) { edges { node { kind subject { type id } } } } }`);
  expect(notes.data!.myNotifications.edges[0].node).toEqual({ kind: "REOPENED", subject: { type: "ISSUE", id: issue.id } });
  // The timeline records rework as its own event, never as a close.
  const timeline = await h.gql(resident, `query($id: ID!) { issue(id: $id) { timeline { kind fromState toState } } }`, { id: issue.id });
  const last = timeline.data!.issue.timeline.at(-1);
  expect(last).toEqual({ kind: "REWORKED", fromState: "RESOLVED", toState: "ASSIGNED" });
  expect(timeline.data!.issue.timeline.some((e: any) => e.kind === "CLOSED")).toBe(false);
  // Handled again, then the reporter is satisfied.
  await ok(worker, "startIssue", { id: issue.id });
  await ok(worker, "resolveIssue", { id: issue.id, outcome: "FIXED", result: "返工完成" });
  expect(await ok(resident, "closeIssue", { id: issue.id, satisfaction: 4 })).toMatchObject({ state: "CLOSED", reworkCount: 1, satisfaction: 4 });
});

it("keeps FIXED apart from NOT_FIXABLE and NOT_RESPONSIBLE", async () => {
  const { issue } = await report(worker);
  await ok(admin, "acceptIssue", { id: issue.id });
  await ok(admin, "assignIssue", { id: issue.id, assigneeId: workerId });
  await ok(worker, "startIssue", { id: issue.id });
  const resolved = await ok(worker, "resolveIssue", { id: issue.id, outcome: "NOT_RESPONSIBLE", result: "属供电公司产权，已转告" });
  expect(resolved.resolution.outcome).toBe("NOT_RESPONSIBLE");
});

it("returns a wrong dispatch to the handling unit, and reopens a failed verification", async () => {
  const { issue } = await report(worker);
  await ok(admin, "acceptIssue", { id: issue.id });
  await ok(admin, "assignIssue", { id: issue.id, assigneeId: workerId });
  const returned = await ok(worker, "returnIssue", { id: issue.id, reason: "不属于本网格" });
  expect(returned).toMatchObject({ state: "ACCEPTED", returnCount: 1, assignee: null, dueAt: null });
  await ok(admin, "assignIssue", { id: issue.id, assigneeId: workerId });
  await ok(worker, "startIssue", { id: issue.id });
  await ok(worker, "resolveIssue", { id: issue.id, outcome: "FIXED", result: "处理完毕" });
  const reopened = await ok(admin, "reopenIssue", { id: issue.id, reason: "复核未通过" });
  expect(reopened).toMatchObject({ state: "ASSIGNED", reworkCount: 1 });
});

it("escalates community → street → district, and the district cannot escalate further", async () => {
  const { issue } = await report(worker);
  await ok(admin, "acceptIssue", { id: issue.id });
  const up = await ok(admin, "escalateIssue", { id: issue.id, reason: "需街道协调" });
  expect(up).toMatchObject({ state: "ACCEPTED", handlingLevel: "STREET", handlingUnit: { name: "磁器口街道" } });
  // The community no longer handles it.
  expect(outcome(await act(admin, "assignIssue", { id: issue.id }))).toBe("FORBIDDEN");
  const top = await ok(streetAdmin, "escalateIssue", { id: issue.id, reason: "需区级部门" });
  expect(top).toMatchObject({ handlingLevel: "DISTRICT", handlingUnit: { name: "沙坪坝区" } });
  const district = await h.token(Role.DISTRICT_ADMIN, "500106");
  expect(outcome(await act(district, "escalateIssue", { id: issue.id, reason: "再上报" }))).toBe("INVALID_TRANSITION");
});

it("lets a level above supervise, counting each urge, and notifies the assignee", async () => {
  const { issue } = await report(worker);
  await ok(admin, "acceptIssue", { id: issue.id });
  await ok(admin, "assignIssue", { id: issue.id, assigneeId: workerId });
  expect(outcome(await act(admin, "superviseIssue", { id: issue.id, note: "同级不能督办" }))).toBe("FORBIDDEN");
  await ok(streetAdmin, "superviseIssue", { id: issue.id, note: "请今日内处理" });
  const twice = await ok(streetAdmin, "superviseIssue", { id: issue.id, note: "再次督办" });
  expect(twice).toMatchObject({ state: "ASSIGNED", supervisionCount: 2 });
  expect(twice.timeline.filter((e: any) => e.kind === "SUPERVISED")).toHaveLength(2);
  const notes = await h.gql(worker, `{ myNotifications(first: 2) { edges { node { kind } } } }`);
  expect(notes.data!.myNotifications.edges.map((e: any) => e.node.kind)).toEqual(["SUPERVISED", "SUPERVISED"]);
});

it("merges a duplicate into the open issue, linked both ways, and suggests it on report", async () => {
  const first = (await report(worker, { latitude: 29.5801, longitude: 106.4508 })).issue;
  // ~20 m away: suggested. ~2 km away: not.
  const near = await report(resident, { channel: "MINI_PROGRAM", latitude: 29.5802, longitude: 106.4509 });
  expect(near.duplicateSuggestions.map((d: any) => d.id)).toContain(first.id);
  const far = await report(resident, { channel: "MINI_PROGRAM", latitude: 29.599, longitude: 106.4508 });
  expect(far.duplicateSuggestions.map((d: any) => d.id)).not.toContain(first.id);

  const merged = await ok(admin, "mergeIssue", { id: near.issue.id, duplicateOfId: first.id });
  expect(merged).toMatchObject({ state: "MERGED", mergedIntoId: first.id });
  const target = await h.gql(admin, `query($id: ID!) { issue(id: $id) { duplicateIds } }`, { id: first.id });
  expect(target.data!.issue.duplicateIds).toEqual([near.issue.id]);
  // A closed issue is no merge target.
  const closedTarget = await h.gql(admin, `query($id: ID!) { issue(id: $id) { state } }`, { id: merged.id });
  expect(closedTarget.data!.issue.state).toBe("MERGED");
  expect(outcome(await act(admin, "mergeIssue", { id: far.issue.id, duplicateOfId: near.issue.id }))).toBe("BAD_USER_INPUT");
});

it("hides an anonymous reporter from everyone but the reporter and the handling unit's admins", async () => {
  const { issue } = await report(resident, { channel: "MINI_PROGRAM", anonymous: true });
  const seen = async (token: string) =>
    (await h.gql(token, `query($id: ID!) { issue(id: $id) { reporter { personId anonymous } description timeline { kind actorId } } }`, { id: issue.id })).data!.issue;
  expect((await seen(resident)).reporter.personId).toBe("u-resident");
  expect((await seen(admin)).reporter.personId).toBe("u-resident");
  const fellowWorker = await seen(worker);
  expect(fellowWorker.reporter).toEqual({ personId: null, anonymous: true });
  expect(fellowWorker.timeline[0]).toEqual({ kind: "REPORTED", actorId: null });
  const partner = await seen(await h.token(Role.PARTNER, "500106"));
  expect(partner.reporter.personId).toBeNull();
});

it("shows residents the public status of their community's issues, not the details", async () => {
  const { issue } = await report(worker, { address: "凤凰山社区3单元" });
  const neighbour = await h.token(Role.RESIDENT, community, "resident-neighbour");
  const view = (await h.gql(neighbour, `query($id: ID!) { issue(id: $id) { title state description location { address } reporter { personId } } }`, { id: issue.id })).data!.issue;
  expect(view).toEqual({ title: "楼道灯不亮", state: "REPORTED", description: "", location: { address: null }, reporter: { personId: null } });
  // Outside their community: nothing at all.
  const elsewhere = await h.token(Role.RESIDENT, h.unit("金蓉社区").id, "resident-elsewhere");
  expect((await h.gql(elsewhere, `query($id: ID!) { issue(id: $id) { id } }`, { id: issue.id })).data).toEqual({ issue: null });
});

it("lets anyone who sees the issue comment, except partners, without changing its state", async () => {
  const { issue } = await report(worker);
  const commented = await h.gql(resident, `mutation($i: CommentIssueInput!) { commentIssue(input: $i) { state version timeline { kind note } } }`, {
    i: { id: issue.id, text: "我家门口也是", idempotencyKey: "c-door" },
  });
  expect(commented.data!.commentIssue).toMatchObject({ state: "REPORTED", version: 2 });
  const partner = await h.token(Role.PARTNER, "500106");
  expect(
    outcome(await h.gql(partner, `mutation($i: CommentIssueInput!) { commentIssue(input: $i) { id } }`, { i: { id: issue.id, text: "x", idempotencyKey: "c-partner" } })),
  ).toBe("FORBIDDEN");
});

it("refuses to move a unit that has issues, which would stay listed under its old ancestors", async () => {
  await report(worker);
  const street = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id);
  const res = await h.gql(street, `mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) { path } }`, {
    i: { id: grid, newParentId: h.unit("金蓉社区").id, segment: "08" },
  });
  expect(outcome(res)).toBe("CONFLICT");
  expect((await h.gql(street, `query($id: ID!) { orgUnit(id: $id) { path } }`, { id: grid })).data!.orgUnit.path).toBe("/500106/004/001/01");
});
