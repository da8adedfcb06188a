// Resolutions become work: an adopted item's tasks and residents' demands are filed as issues
// through the loop (channel COUNCIL), and the council's notebook — open, overdue, closed,
// dropped — follows each issue through the loop, read from the council's task keys. Also the
// demo's councils.
import { Role } from "../../api/auth/actor";
import { XIANGXIELI_COUNCIL_ID } from "../../api/councils";
import { seedCouncils } from "../../api/councils/council.seed";
import { contextAs } from "../../api/context";
import { createHarness, ok, outcome, type Harness } from "../helpers/harness";
import { ATTEND, DEMANDS, HANDS, key, makeCouncil, makeMeeting, PROGRESS, RESOLVE } from "./helpers";

let h: Harness;
let admin: string;
let community: string;
let grid: string;

beforeAll(async () => {
  h = await createHarness();
  community = h.unit("凤凰山社区").id;
  grid = h.demo.units.find((u) => u.parentId === community)!.id;
  admin = await h.token(Role.COMMUNITY_ADMIN, community, "u-fenghuangshan-admin");
}, 60_000);
afterAll(() => h.close());

/** A council with a meeting in session whose first item is adopted and second rejected. */
async function decidedMeeting() {
  const council = await makeCouncil(h, admin, community, { quorumCount: 2 });
  const meeting = await makeMeeting(h, admin, council.id, { open: true, items: 2 });
  await ok(h.gql(admin, ATTEND, { i: { meetingId: meeting.id, attendees: council.memberIds.slice(0, 3).map((memberId) => ({ memberId })) } }));
  await ok(h.gql(admin, HANDS, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, for: 3, against: 0, abstain: 0 } }));
  await ok(h.gql(admin, HANDS, { i: { meetingId: meeting.id, itemId: meeting.agenda[1].id, for: 1, against: 2, abstain: 0 } }));
  return { council, meeting };
}

const task = (title: string, dueAt?: string) => ({ title, description: `${title}（议事会决议）`, categoryCode: "FACILITY_STREETLIGHT", gridId: grid, ...(dueAt ? { dueAt } : {}) });
const progress = async (councilId: string) => (await ok(h.gql(admin, PROGRESS, { id: councilId }))).council;

it("files an adopted item's tasks as COUNCIL issues once per key, and only for an adopted item", async () => {
  const { council, meeting } = await decidedMeeting();
  const input = { meetingId: meeting.id, itemId: meeting.agenda[0].id, idempotencyKey: key("res"), tasks: [task("路灯维修"), task("楼道照明")] };
  const first = (await ok(h.gql(admin, RESOLVE, { i: input }))).createResolutionIssues.issues;
  expect(first.map((i: any) => [i.state, i.channel])).toEqual([
    ["REPORTED", "COUNCIL"],
    ["REPORTED", "COUNCIL"],
  ]);
  const again = (await ok(h.gql(admin, RESOLVE, { i: input }))).createResolutionIssues.issues;
  expect(again.map((i: any) => i.id)).toEqual(first.map((i: any) => i.id));
  expect((await progress(council.id)).progress).toEqual({ open: 2, overdue: 0, closed: 0, dropped: 0 });
  expect(outcome(await h.gql(admin, RESOLVE, { i: { ...input, itemId: meeting.agenda[1].id, idempotencyKey: key("rej") } }))).toBe("INVALID_TRANSITION");
  const item = await ok(h.gql(admin, "query($id: ID!) { meeting(id: $id) { agenda { resolutionIssueIds } } }", { id: meeting.id }));
  expect(item.meeting.agenda[0].resolutionIssueIds.sort()).toEqual(first.map((i: any) => i.id).sort());
});

it("keeps the notebook in step as the issues run through the loop: overdue by due date, closed, dropped", async () => {
  const { council, meeting } = await decidedMeeting();
  const issues = (
    await ok(
      h.gql(admin, RESOLVE, {
        i: {
          meetingId: meeting.id,
          itemId: meeting.agenda[0].id,
          idempotencyKey: key("loop"),
          tasks: [task("已逾期的任务", "2020-01-01T00:00:00Z"), task("将关闭的任务"), task("将驳回的任务")],
        },
      }),
    )
  ).createResolutionIssues.issues;
  const demands = (await ok(h.gql(admin, DEMANDS, { i: { meetingId: meeting.id, idempotencyKey: key("dem"), demands: [task("居民诉求：摩托车停放")] } }))).raiseDemands.issues;
  expect((await progress(council.id)).progress).toEqual({ open: 4, overdue: 1, closed: 0, dropped: 0 });

  const [, toClose, toReject] = issues.map((i: any) => i.id);
  const step = (field: string, type: string, input: Record<string, unknown>) => ok(h.gql(admin, `mutation($i: ${type}!) { ${field}(input: $i) { state } }`, { i: input }));
  await step("acceptIssue", "AcceptIssueInput", { id: toClose });
  await step("assignIssue", "AssignIssueInput", { id: toClose });
  await step("startIssue", "IssueNoteInput", { id: toClose });
  await step("resolveIssue", "ResolveIssueInput", { id: toClose, outcome: "FIXED", result: "已修复" });
  await step("closeIssue", "CloseIssueInput", { id: toClose, satisfaction: 5 });
  await step("rejectIssue", "RejectIssueInput", { id: toReject, reason: "重复" });

  const after = await progress(council.id);
  expect(after.progress).toEqual({ open: 2, overdue: 1, closed: 1, dropped: 1 });
  const open = after.tasks.edges.map((e: any) => e.node);
  expect(open.map((t: any) => [t.issueId, t.overdue, t.origin])).toEqual([
    [issues[0].id, true, "RESOLUTION"],
    [demands[0].id, false, "DEMAND"],
  ]);
});

it("seeds the article's councils: 光荣社区's February meeting with its adopted demands tracked, 土主街道's hall ledger, 香榭里社区's council id", async () => {
  // The harness seeds without walking records; walk the councils' part as `npm start` does.
  await seedCouncils({ db: h.db, demo: h.demo, scale: 1, log: () => {}, contextAs: (actor, now) => contextAs(h.db, actor, now) });
  const district = await h.token(Role.DISTRICT_ADMIN, h.unit("沙坪坝区").id, "u-district-admin");
  const halls = await ok(h.gql(district, "{ councils(kind: HALL) { edges { node { name ledger { residentsReceived problemsClosed } } } } }"));
  expect(halls.councils.edges.map((e: any) => e.node)).toEqual([{ name: "土主街道红色议事厅", ledger: { residentsReceived: 3500, problemsClosed: 462 } }]);
  const xiangxieli = await ok(h.gql(district, "query($id: ID!) { council(id: $id) { name kind } }", { id: XIANGXIELI_COUNCIL_ID }));
  expect(xiangxieli.council).toEqual({ name: "香榭里社区议事会", kind: "RESIDENT_COUNCIL" });
  const february = await ok(
    h.gql(
      district,
      'query($u: ID!) { meetings(unitId: $u, from: "2026-02-01T00:00:00Z", to: "2026-03-01T00:00:00Z") { edges { node { title state agenda { vote { method outcome } } } } } }',
      {
        u: h.unit("光荣社区").id,
      },
    ),
  );
  expect(february.meetings.edges.map((e: any) => e.node)).toEqual([
    {
      title: "光荣社区二月议事会",
      state: "CLOSED",
      agenda: [{ vote: { method: "SHOW_OF_HANDS", outcome: "ADOPTED" } }, { vote: { method: "SHOW_OF_HANDS", outcome: "ADOPTED" } }],
    },
  ]);
  const council = (await ok(h.gql(district, "query($u: ID!) { councils(unitId: $u) { edges { node { id } } } }", { u: h.unit("光荣社区").id }))).councils.edges[0].node.id;
  expect((await ok(h.gql(district, PROGRESS, { id: council }))).council.progress).toEqual({ open: 5, overdue: 0, closed: 0, dropped: 0 });
});
