// The overdue sweep: open, assigned issues past their deadline get one automatic supervision
// per deadline, a timeline event, and a notice to the level above the handling unit.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../../api/auth/actor";
import { sweepOverdue } from "../../api/issues/sweep";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let admin: string;
let worker: string;
let grid: string;

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  grid = h.unit("凤凰山社区第1网格").id;
  admin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
  worker = await h.token(Role.GRID_WORKER, grid, `gw-${grid}`);
});
afterAll(() => h.close());

async function assignedIssue(categoryCode: string) {
  const report = await h.gql(worker, `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id } } }`, {
    i: { idempotencyKey: `sweep-${categoryCode}`, title: "待办", description: "待办事项", categoryCode, gridId: grid, channel: "GRID_PATROL" },
  });
  const id = report.data!.reportIssue.issue.id as string;
  await h.gql(admin, `mutation($i: AcceptIssueInput!) { acceptIssue(input: $i) { id } }`, { i: { id } });
  const assigned = await h.gql(admin, `mutation($i: AssignIssueInput!) { assignIssue(input: $i) { dueAt } }`, { i: { id, assigneeId: `gw-${grid}` } });
  return { id, dueAt: assigned.data!.assignIssue.dueAt as string };
}

const ISSUE = `query($id: ID!) { issue(id: $id) { supervisionCount timeline { kind automatic actorId note } } }`;

it("supervises each overdue issue once per deadline and notifies the level above", async () => {
  const lockout = await assignedIssue("LOCKOUT"); // 1 h SLA
  const waste = await assignedIssue("SANITATION_WASTE"); // 72 h SLA
  const inTwoHours = new Date(Date.parse(lockout.dueAt) + 3_600_000);

  const first = await sweepOverdue(h.db, { now: inTwoHours });
  expect(first).toMatchObject({ districts: 1, overdue: 1, supervised: 1 });
  const view = (await h.gql(admin, ISSUE, { id: lockout.id })).data!.issue;
  expect(view.supervisionCount).toBe(1);
  expect(view.timeline.at(-1)).toMatchObject({ kind: "SUPERVISED", automatic: true, actorId: null });
  expect((await h.gql(admin, ISSUE, { id: waste.id })).data!.issue.supervisionCount).toBe(0);

  // The street (the level above the community that handles it) hears of it, and the assignee.
  const street = await h.db.doc.send(
    new QueryCommand({ TableName: h.db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": `NOTE#U:${h.unit("磁器口街道").id}` } }),
  );
  expect((street.Items ?? []).map((n) => [n.kind, n.subject])).toEqual([["OVERDUE", { type: "ISSUE", id: lockout.id }]]);
  const mine = await h.gql(worker, `{ myNotifications(first: 1) { edges { node { kind subject { id } } } } }`);
  expect(mine.data!.myNotifications.edges[0].node).toEqual({ kind: "OVERDUE", subject: { id: lockout.id } });

  // Running again supervises nothing new; later, the second deadline passes too.
  expect(await sweepOverdue(h.db, { now: inTwoHours })).toMatchObject({ overdue: 1, supervised: 0, skipped: 1 });
  const later = await sweepOverdue(h.db, { now: new Date(Date.parse(waste.dueAt) + 60_000) });
  expect(later).toMatchObject({ overdue: 2, supervised: 1, skipped: 1 });
});

it("leaves issues alone once they are resolved", async () => {
  const { id, dueAt } = await assignedIssue("FACILITY_ELEVATOR");
  await h.gql(worker, `mutation($i: IssueNoteInput!) { startIssue(input: $i) { id } }`, { i: { id } });
  await h.gql(worker, `mutation($i: ResolveIssueInput!) { resolveIssue(input: $i) { id } }`, { i: { id, outcome: "FIXED", result: "已修复" } });
  const result = await sweepOverdue(h.db, { now: new Date(Date.parse(dueAt) + 3_600_000) });
  const view = (await h.gql(admin, ISSUE, { id })).data!.issue;
  expect(view.supervisionCount).toBe(0);
  expect(result.supervised).toBe(0);
});
