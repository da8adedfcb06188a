// Integrity under contention: parallel transitions of one issue, and a mini-program retrying
// a report on a bad network, against a real DynamoDB Local.
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { Role } from "../../api/auth/actor";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let grid: string;
let admin: string;
let worker: string;

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  grid = h.unit("凤凰山社区第1网格").id;
  admin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
  worker = await h.token(Role.GRID_WORKER, grid, `gw-${grid}`);
});
afterAll(() => h.close());

const REPORT = `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { created issue { id version } } }`;
const reportInput = (key: string) => ({
  idempotencyKey: key,
  title: "电梯困人",
  description: "2栋电梯停在两层之间",
  categoryCode: "FACILITY_ELEVATOR",
  gridId: grid,
  channel: "MINI_PROGRAM",
});

async function items(pk: string) {
  const out = await h.db.doc.send(new QueryCommand({ TableName: h.db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": pk } }));
  return out.Items ?? [];
}

it("50 parallel transitions of one issue: exactly one wins, one timeline event is written", async () => {
  const reported = await h.gql(worker, REPORT, { i: reportInput("race-1") });
  const id = reported.data!.reportIssue.issue.id;
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, n) =>
      h.gql(admin, `mutation($i: AcceptIssueInput!) { acceptIssue(input: $i) { version } }`, { i: { id, expectedVersion: 1, note: `attempt ${n}` } }),
    ),
  );
  const codes = results.map(outcome);
  expect(codes.filter((c) => c === "OK")).toHaveLength(1);
  expect(codes.filter((c) => c !== "OK").every((c) => c === "CONFLICT")).toBe(true);
  const collection = await items(`ISSUE#${id}`);
  const events = collection.filter((i) => i.type === "IssueEvent");
  expect(events.map((e) => e.kind)).toEqual(["REPORTED", "ACCEPTED"]);
  expect(collection.find((i) => i.type === "Issue")).toMatchObject({ state: "ACCEPTED", version: 2 });
});

it("parallel different transitions without a version: one wins, the others conflict or find the state moved on", async () => {
  const id = (await h.gql(worker, REPORT, { i: reportInput("race-2") })).data!.reportIssue.issue.id;
  const accept = () => h.gql(admin, `mutation($i: AcceptIssueInput!) { acceptIssue(input: $i) { state } }`, { i: { id } });
  const reject = () => h.gql(admin, `mutation($i: RejectIssueInput!) { rejectIssue(input: $i) { state } }`, { i: { id, reason: "重复" } });
  const results = await Promise.all(Array.from({ length: 20 }, (_, n) => (n % 2 ? accept() : reject())));
  const codes = results.map(outcome);
  expect(codes.filter((c) => c === "OK")).toHaveLength(1);
  expect(codes.every((c) => ["OK", "CONFLICT", "INVALID_TRANSITION"].includes(c))).toBe(true);
  expect((await items(`ISSUE#${id}`)).filter((i) => i.type === "IssueEvent")).toHaveLength(2);
});

it("20 parallel reports with one idempotency key create one issue", async () => {
  const results = await Promise.all(Array.from({ length: 20 }, () => h.gql(worker, REPORT, { i: reportInput("retry-on-bad-network") })));
  expect(results.map(outcome).every((c) => c === "OK")).toBe(true);
  const ids = new Set(results.map((r) => r.data!.reportIssue.issue.id));
  expect(ids.size).toBe(1);
  expect(results.filter((r) => r.data!.reportIssue.created)).toHaveLength(1);
  const [id] = [...ids];
  const listed = await items(`UI#${grid}#ALL`);
  expect(listed.filter((i) => i.issueId === id)).toHaveLength(1);
  expect((await items(`ISSUE#${id}`)).filter((i) => i.type === "IssueEvent")).toHaveLength(1);
});

it("a retry later returns the same issue; the same key with a different report is refused", async () => {
  const first = await h.gql(worker, REPORT, { i: reportInput("retry-later") });
  const again = await h.gql(worker, REPORT, { i: reportInput("retry-later") });
  expect(again.data!.reportIssue).toEqual({ created: false, issue: first.data!.reportIssue.issue });
  const other = await h.gql(worker, REPORT, { i: { ...reportInput("retry-later"), title: "另一件事" } });
  expect(outcome(other)).toBe("BAD_USER_INPUT");
  // Keys belong to their reporter: another person's same key is a new report.
  const someoneElse = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
  const theirs = await h.gql(someoneElse, REPORT, { i: reportInput("retry-later") });
  expect(theirs.data!.reportIssue.created).toBe(true);
});
