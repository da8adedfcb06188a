// Every mutation the SDK ships, with the first answer of each call lost: the request reaches the
// real local server, the server acts and answers, and the connection breaks before the answer
// reaches the client (a mini-program going into a lift). A mutation carrying an idempotency key
// or an expected version is sent again and must resolve with exactly the answer the lost one
// carried, applied once; any other mutation must be sent once, reject with NETWORK_ERROR, and be
// applied once. What was applied is read back as an admin through GraphQL (ballots, which no
// reader sees before they are counted, from the table), never from the client's own answer.
// The documents are enumerated from the generated module, so a new mutation document without a
// case here fails the coverage test.
import { startStandaloneServer } from "@apollo/server/standalone";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { buildSchema, isInputObjectType, Kind, type OperationDefinitionNode, parse } from "graphql";
import { Role } from "../../api/auth/actor";
import { ballotPrefix } from "../../api/councils/council.keys";
import { createContext } from "../../api/context";
import { createApolloServer } from "../../api/server";
import { type Document, type Fetch, GridnetClient, GridnetError } from "../../clients/sdk/src";
import * as generated from "../../clients/sdk/src/generated/graphql";
import { createHarness, type Harness, ok } from "../helpers/harness";

/** What a mutation document is: its field, the input type it takes, and the document itself. */
interface Shipped {
  exportName: string;
  field: string;
  inputType: string;
  document: Document<any, any>;
}

/** Every mutation document of the generated module, read with graphql's parser. */
function shippedMutations(): Shipped[] {
  const out: Shipped[] = [];
  for (const [exportName, value] of Object.entries(generated)) {
    if (!(value instanceof generated.TypedDocumentString)) continue;
    for (const definition of parse(value.toString()).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== "mutation") continue;
      const op = definition as OperationDefinitionNode;
      const selection = op.selectionSet.selections[0];
      const variable = op.variableDefinitions?.[0];
      if (op.selectionSet.selections.length !== 1 || selection.kind !== Kind.FIELD || op.variableDefinitions?.length !== 1 || !variable) {
        throw new Error(`${exportName}: expected one field and one input variable; give this document a case of its own`);
      }
      const type = variable.type.kind === Kind.NON_NULL_TYPE ? variable.type.type : variable.type;
      if (type.kind !== Kind.NAMED_TYPE) throw new Error(`${exportName}: the input variable is a list`);
      out.push({ exportName, field: selection.name.value, inputType: type.name.value, document: value as Document<any, any> });
    }
  }
  return out;
}

const SHIPPED = shippedMutations();
const schema = buildSchema(readFileSync(join(__dirname, "../../schema/schema.graphql"), "utf8"));

/** Whether the mutation's input can carry what makes a repeat recognisable (docs/idempotency.md). */
function carriesKeyOrVersion(inputType: string): boolean {
  const type = schema.getType(inputType);
  if (!isInputObjectType(type)) throw new Error(`${inputType} is not an input type`);
  const fields = type.getFields();
  return "idempotencyKey" in fields || "expectedVersion" in fields;
}

/**
 * The shipped mutations that carry neither a key nor a version: sent once, whatever happens.
 * A registration and a ballot are put-if-absent on their own key (docs/idempotency.md,
 * "natural"), so a repeat would be harmless, but nothing in their input tells the SDK so.
 */
const SENT_ONCE = ["castBallot", "markNotificationsRead", "registerForMeeting"];

let h: Harness;
let url: string;
let stop: () => Promise<void>;
let grid: string;
let admin: string;
let worker: string;
let district: string;
let resident: string;
let community: string;
let n = 0;

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 2, buildingsPerGrid: 0 } });
  const server = createApolloServer({ requestLog: false });
  ({ url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" }, context: ({ req }) => createContext(h.db, h.auth, req.headers.authorization) }));
  stop = () => server.stop();
  grid = h.unit("凤凰山社区第1网格").id;
  admin = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
  worker = await h.token(Role.GRID_WORKER, grid, "u-grid-worker");
  district = await h.token(Role.DISTRICT_ADMIN, h.unit("沙坪坝区").id, "u-district-admin");
  community = h.unit("凤凰山社区").id;
  resident = await h.token(Role.RESIDENT, community, "u-resident");
});
afterAll(async () => {
  await stop();
  await h.close();
});

/** What one call through the SDK did on a network that loses the first answer of the call. */
interface Call {
  /** What the call resolved with, or undefined when it rejected. */
  data?: any;
  error?: unknown;
  /** How many times the request was sent. */
  sends: number;
  /** The server's real answer to the first attempt, which the client never saw. */
  lost: any;
}

/**
 * One SDK call over a fetch that forwards each attempt to the real server and waits for its
 * whole answer; the first attempt's answer is then dropped (thrown as the network error a
 * broken connection gives), every later attempt's answer goes through.
 */
async function callDroppingFirstAnswer(token: string, document: Document<any, any>, variables: Record<string, unknown>): Promise<Call> {
  const bodies: string[] = [];
  let lost: any;
  const dropping: Fetch = async (target, init) => {
    bodies.push(init.body);
    const response = await fetch(target, init);
    if (bodies.length > 1) return response;
    lost = JSON.parse(await response.text());
    throw new TypeError("fetch failed");
  };
  const client = new GridnetClient({ url, token, fetch: dropping });
  const call: Call = { sends: 0, lost: undefined };
  try {
    call.data = await client.request(document, variables);
  } catch (error) {
    call.error = error;
  }
  // Every attempt of a call is the same request, byte for byte (the same key, the same version).
  expect(new Set(bodies).size).toBe(1);
  return { ...call, sends: bodies.length, lost };
}

const ISSUE = `query($id: ID!) { issue(id: $id) { id state version handlingLevel supervisionCount reworkCount returnCount duplicateIds timeline { version kind actorId note } } }`;

/** The issue as the community admin reads it now. */
async function issue(id: string): Promise<any> {
  return (await ok(h.gql(admin, ISSUE, { id }))).issue;
}

const LEVELS = ["COMMUNITY", "STREET", "DISTRICT"];

/** The counts a transition may add to: one event each, and the counters some transitions keep. */
async function issueCounts(id: string): Promise<Record<string, number>> {
  const i = await issue(id);
  return {
    events: i.timeline.length,
    level: LEVELS.indexOf(i.handlingLevel),
    supervisions: i.supervisionCount,
    reworks: i.reworkCount,
    returns: i.returnCount,
    duplicates: i.duplicateIds.length,
  };
}

type From = "REPORTED" | "ACCEPTED" | "ASSIGNED" | "IN_PROGRESS" | "RESOLVED";
const WALK: [From, () => string, string, string, Record<string, unknown>][] = [
  ["ACCEPTED", () => admin, "acceptIssue", "AcceptIssueInput", {}],
  ["ASSIGNED", () => admin, "assignIssue", "AssignIssueInput", { assigneeId: "u-grid-worker" }],
  ["IN_PROGRESS", () => worker, "startIssue", "IssueNoteInput", {}],
  ["RESOLVED", () => worker, "resolveIssue", "ResolveIssueInput", { outcome: "FIXED", result: "已更换灯泡" }],
];

/** A new issue reported by the grid worker and walked (in-process, not over the lossy network) to `state`. */
async function issueAt(state: From): Promise<{ id: string; version: number }> {
  const reported = await ok(
    h.gql(worker, `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id version } } }`, {
      i: { idempotencyKey: `walk-${++n}`, title: `路灯不亮 ${n}`, description: "巡查发现", categoryCode: "FACILITY_STREETLIGHT", gridId: grid, channel: "GRID_PATROL" },
    }),
  );
  const id: string = reported.reportIssue.issue.id;
  for (const [to, as, field, input, extra] of WALK) {
    if (state === "REPORTED") break;
    await ok(h.gql(as(), `mutation($i: ${input}!) { ${field}(input: $i) { id } }`, { i: { id, ...extra } }));
    if (to === state) break;
  }
  return { id, version: (await issue(id)).version };
}

/** One driven call: who sends what, and the counts it must add to exactly once. */
interface Case {
  token: string;
  variables: Record<string, unknown>;
  counts(): Promise<Record<string, number>>;
  /** How each count must change; counts not named must not change. */
  adds: Record<string, number>;
  /** Compares the answer with the lost one (default: equal). */
  sameAnswer?(got: any, lost: any): void;
}

/** A transition from `from` by `as`, at the version read, that adds `adds` to the issue's counts. */
function transition(from: From, as: () => string, payload: Record<string, unknown>, adds: Record<string, number> = {}) {
  return async (): Promise<Case> => {
    const { id, version } = await issueAt(from);
    return { token: as(), variables: { input: { id, expectedVersion: version, ...payload } }, counts: () => issueCounts(id), adds: { events: 1, ...adds } };
  };
}

/** Notifications of the grid worker about `issueId`, and how many of them are read. */
async function workerNotifications(issueId: string): Promise<{ id: string; read: boolean }[]> {
  const page = await ok(h.gql(worker, `{ myNotifications(first: 100) { edges { node { id read subject { id } } } } }`));
  return page.myNotifications.edges.map((e: any) => e.node).filter((node: any) => node.subject.id === issueId);
}

/** Issues under the grid titled `title`, as the community admin counts them. */
async function issuesTitled(title: string): Promise<number> {
  const page = await ok(h.gql(admin, `query($g: ID!) { issues(filter: { under: $g }, first: 100) { edges { node { title } } } }`, { g: grid }));
  return page.issues.edges.filter((e: any) => e.node.title === title).length;
}

// ---- Councils, meetings, places and mediation (docs/councils.md, docs/places.md). Everything a
// case needs is made in its setup through GraphQL by the community admin, who runs the councils,
// places and cases of 凤凰山社区.

/** A council of five named members in 凤凰山社区, adopting by a simple majority of votes cast. */
async function council(): Promise<{ id: string; memberIds: string[] }> {
  const made = await ok(
    h.gql(admin, `mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id members { id } } }`, {
      i: {
        idempotencyKey: `drop-council-setup-${++n}`,
        kind: "RESIDENT_COUNCIL",
        name: `议事会 ${n}`,
        unitId: community,
        cadence: "MONTHLY",
        quorumPercent: 50,
        members: Array.from({ length: 5 }, (_, m) => ({ role: "OWNER_REPRESENTATIVE", name: `代表${m + 1}`, organisation: "业主委员会" })),
      },
    }),
  );
  return { id: made.createCouncil.id, memberIds: made.createCouncil.members.map((m: any) => m.id) };
}

const MEETING = `query($id: ID!) { meeting(id: $id) { id state version registrationCount presentCount membersPresent demandIssueIds
  agenda { id resolutionIssueIds vote { for against abstain } } } }`;

/** The meeting as the admin who runs its council reads it now. */
async function meeting(id: string): Promise<any> {
  return (await ok(h.gql(admin, MEETING, { id }))).meeting;
}

/** The counts a meeting command may add to: its version (one per event) and what it records. */
async function meetingCounts(id: string): Promise<Record<string, number>> {
  const m = await meeting(id);
  return {
    version: m.version,
    inSession: Number(m.state === "IN_SESSION"),
    closed: Number(m.state === "CLOSED"),
    cancelled: Number(m.state === "CANCELLED"),
    registrations: m.registrationCount,
    present: m.presentCount,
    membersPresent: m.membersPresent,
    decided: m.agenda.filter((item: any) => item.vote).length,
    votesFor: m.agenda.reduce((sum: number, item: any) => sum + (item.vote?.for ?? 0), 0),
    resolutionIssues: m.agenda.reduce((sum: number, item: any) => sum + item.resolutionIssueIds.length, 0),
    demandIssues: m.demandIssueIds.length,
  };
}

/** A new council's meeting with two agenda items, walked (in-process) to the stage a case needs. */
async function meetingAt(stage: "SCHEDULED" | "IN_SESSION" | "ATTENDED" | "ADOPTED" | "BALLOT_CAST") {
  const c = await council();
  const scheduled = await ok(
    h.gql(admin, `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { id agenda { id } } }`, {
      i: {
        idempotencyKey: `drop-meeting-setup-${++n}`,
        councilId: c.id,
        title: `二月议事会 ${n}`,
        startsAt: "2030-03-01T11:00:00+08:00",
        place: "社区活动室",
        public: true,
        agenda: [
          { title: "路灯维修", plannedMinutes: 30 },
          { title: "停车管理", plannedMinutes: 30 },
        ],
      },
    }),
  );
  const id: string = scheduled.scheduleMeeting.id;
  const items: string[] = scheduled.scheduleMeeting.agenda.map((item: any) => item.id);
  const run = (field: string, input: string, i: Record<string, unknown>) =>
    ok(h.gql(admin, `mutation($i: ${input}!) { ${field}(input: $i) { id } }`, { i: { meetingId: id, ...i } }));
  if (stage === "BALLOT_CAST") await ok(h.gql(resident, `mutation($i: RegisterForMeetingInput!) { registerForMeeting(input: $i) { personId } }`, { i: { meetingId: id } }));
  if (stage !== "SCHEDULED") await run("openMeeting", "MeetingCommandInput", {});
  if (stage === "ATTENDED" || stage === "ADOPTED") await run("recordAttendance", "RecordAttendanceInput", { attendees: c.memberIds.slice(0, 3).map((memberId) => ({ memberId })) });
  if (stage === "ADOPTED") await run("recordShowOfHands", "ShowOfHandsInput", { itemId: items[0], for: 3, against: 0, abstain: 0 });
  if (stage === "BALLOT_CAST") {
    await run("recordAttendance", "RecordAttendanceInput", { attendees: [{ memberId: c.memberIds[0] }, { personId: "u-resident" }] });
    await ok(h.gql(resident, `mutation($i: CastBallotInput!) { castBallot(input: $i) { choice } }`, { i: { meetingId: id, itemId: items[0], choice: "FOR" } }));
  }
  return { id, items, council: c, version: (await meeting(id)).version };
}

/**
 * Ballots cast on one item. Ballots are secret: no reader sees them until countBallots, which
 * also closes the item, so this count is the one read straight from the table (the ballot keys
 * of api/councils/council.keys.ts).
 */
async function ballotsOn(meetingId: string, itemId: string): Promise<number> {
  const out = await h.db.doc.send(
    new QueryCommand({
      TableName: h.db.table,
      KeyConditionExpression: "pk = :p and begins_with(sk, :s)",
      ExpressionAttributeValues: { ":p": `MEETING#${meetingId}`, ":s": ballotPrefix(itemId) },
      ConsistentRead: true,
    }),
  );
  return out.Count ?? 0;
}

/** The council's notebook counts, as the admin reads them. */
async function progress(councilId: string): Promise<Record<string, number>> {
  const c = (await ok(h.gql(admin, `query($id: ID!) { council(id: $id) { progress { open overdue closed dropped } } }`, { id: councilId }))).council;
  return { ...c.progress };
}

/** A task of a council filed as an issue in the grid, titled `title`. */
const councilTask = (title: string) => ({ title, description: `${title}（议事会决议）`, categoryCode: "FACILITY_STREETLIGHT", gridId: grid });

/** A new place of 凤凰山社区, filed by its admin. */
async function place(): Promise<{ id: string; version: number }> {
  const made = await ok(
    h.gql(admin, `mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id version } }`, {
      i: {
        idempotencyKey: `drop-place-setup-${++n}`,
        kind: "SERVICE_POINT",
        name: `服务点 ${n}`,
        address: "凤凰山路1号",
        latitude: 29.583,
        longitude: 106.4561,
        unitId: community,
      },
    }),
  );
  return made.createPlace;
}

const PLACE = `query($id: ID!) { place(id: $id) { id version timetable { version slots { weekday } } } }`;

/** The counts a place command may add to: the place's version, its timetable's version and sessions. */
async function placeCounts(id: string): Promise<Record<string, number>> {
  const p = (await ok(h.gql(admin, PLACE, { id }))).place;
  return { version: p.version, timetableVersion: p.timetable?.version ?? 0, sessions: p.timetable?.slots.length ?? 0 };
}

/** Places of 凤凰山社区 named `name`. */
async function placesNamed(name: string): Promise<number> {
  const page = await ok(h.gql(admin, `query($u: ID) { places(unitId: $u, first: 100) { edges { node { name } } } }`, { u: community }));
  return page.places.edges.filter((e: any) => e.node.name === name).length;
}

const CASE = `{ id version state parties { id } sessions { id } obligations { id fulfilledAt } }`;

/** A new mediation case of 凤凰山社区, walked (in-process) to the stage a case needs. */
async function caseAt(stage: "OPEN" | "IN_MEDIATION" | "AGREED" | "REFERRED"): Promise<{ id: string; version: number; partyIds: string[]; obligationIds: string[] }> {
  let c = (
    await ok(
      h.gql(admin, `mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) ${CASE} }`, {
        i: {
          idempotencyKey: `drop-case-setup-${++n}`,
          category: "NEIGHBOUR",
          title: `楼上漏水纠纷 ${n}`,
          summary: "楼上漏水，协商未果。",
          parties: [
            { kind: "PERSON", side: "APPLICANT", name: "王芳" },
            { kind: "ORGANISATION", side: "RESPONDENT", name: "百年世家物业公司" },
          ],
          mediatorIds: ["u-grid-worker"],
        },
      }),
    )
  ).openMediationCase;
  const run = async (field: string, input: string, i: Record<string, unknown>) =>
    (await ok(h.gql(admin, `mutation($i: ${input}!) { ${field}(input: $i) ${CASE} }`, { i: { caseId: c.id, expectedVersion: c.version, ...i } })))[field];
  if (stage !== "OPEN") c = await run("recordMediationSession", "RecordMediationSessionInput", { kind: "MEDIATION", at: "2026-02-10T10:00:00+08:00", note: "第一次调解" });
  if (stage === "REFERRED") c = await run("concludeMediation", "ConcludeMediationInput", { outcome: "REFERRED_TO_COURT" });
  if (stage === "AGREED") {
    const owed = (description: string) => ({ partyId: c.parties[1].id, description, amountYuan: 500, dueAt: "2030-06-30T00:00:00+08:00" });
    c = await run("concludeMediation", "ConcludeMediationInput", { outcome: "AGREEMENT", agreementText: "物业公司负责维修并赔偿", obligations: [owed("维修"), owed("赔偿")] });
  }
  return { id: c.id, version: c.version, partyIds: c.parties.map((p: any) => p.id), obligationIds: c.obligations.map((o: any) => o.id) };
}

/** The counts a case command may add to: its version (one per event) and what it records. */
async function caseCounts(id: string): Promise<Record<string, number>> {
  const c = (await ok(h.gql(admin, `query($id: ID!) { mediationCase(id: $id) ${CASE} }`, { id }))).mediationCase;
  return {
    version: c.version,
    sessions: c.sessions.length,
    obligations: c.obligations.length,
    fulfilled: c.obligations.filter((o: any) => o.fulfilledAt).length,
    closed: Number(c.state === "CLOSED"),
  };
}

/** Cases of 凤凰山社区, as its admin counts them. */
async function casesOfCommunity(): Promise<number> {
  return (await ok(h.gql(admin, `query($u: ID) { mediationCounts(unitId: $u) { total } }`, { u: community }))).mediationCounts.total;
}

/** A meeting command at the version read: one event, plus what `adds` says. */
function meetingCommand(
  stage: "SCHEDULED" | "IN_SESSION" | "ATTENDED",
  payload: (m: { items: string[]; memberIds: string[] }) => Record<string, unknown>,
  adds: Record<string, number>,
) {
  return async (): Promise<Case> => {
    const m = await meetingAt(stage);
    return {
      token: admin,
      variables: { input: { meetingId: m.id, expectedVersion: m.version, ...payload({ items: m.items, memberIds: m.council.memberIds }) } },
      counts: () => meetingCounts(m.id),
      adds: { version: 1, ...adds },
    };
  };
}

/** A case command at the version read: one event, plus what `adds` says. */
function caseCommand(
  stage: "OPEN" | "IN_MEDIATION" | "AGREED" | "REFERRED",
  payload: (c: { partyIds: string[]; obligationIds: string[] }) => Record<string, unknown>,
  adds: Record<string, number>,
) {
  return async (): Promise<Case> => {
    const c = await caseAt(stage);
    return { token: admin, variables: { input: { caseId: c.id, expectedVersion: c.version, ...payload(c) } }, counts: () => caseCounts(c.id), adds: { version: 1, ...adds } };
  };
}

/** One case per shipped mutation document, keyed by its field (closeIssue twice: close and rework). */
const CASES: Record<string, Record<string, () => Promise<Case>>> = {
  reportIssue: {
    "a report": async () => {
      const title = `井盖缺失 ${++n}`;
      return {
        token: worker,
        variables: { input: { idempotencyKey: `drop-report-${n}`, title, description: "人行道井盖缺失", categoryCode: "FACILITY_DRAIN", gridId: grid, channel: "MINI_PROGRAM" } },
        counts: async () => ({ issues: await issuesTitled(title) }),
        adds: { issues: 1 },
        // The one documented difference: the repeat says it did not create the issue (docs/idempotency.md).
        sameAnswer(got, lost) {
          expect(lost.reportIssue.created).toBe(true);
          expect(got.reportIssue.created).toBe(false);
          expect({ ...got.reportIssue, created: true }).toEqual(lost.reportIssue);
        },
      };
    },
  },
  commentIssue: {
    "a comment": async () => {
      const { id } = await issueAt("ASSIGNED");
      const text = `已派人查看 ${++n}`;
      return {
        token: admin,
        variables: { input: { id, text, idempotencyKey: `drop-comment-${n}` } },
        counts: async () => ({ ...(await issueCounts(id)), comments: (await issue(id)).timeline.filter((e: any) => e.kind === "COMMENTED" && e.note === text).length }),
        adds: { events: 1, comments: 1 },
      };
    },
  },
  acceptIssue: { "an accept": transition("REPORTED", () => admin, { priority: "HIGH" }) },
  rejectIssue: { "a rejection": transition("REPORTED", () => admin, { reason: "不属实" }) },
  mergeIssue: {
    "a merge": async () => {
      const { id, version } = await issueAt("REPORTED");
      const into = await issueAt("REPORTED");
      return {
        token: admin,
        variables: { input: { id, expectedVersion: version, duplicateOfId: into.id } },
        counts: async () => ({ ...(await issueCounts(id)), intoDuplicates: (await issue(into.id)).duplicateIds.length }),
        adds: { events: 1, intoDuplicates: 1 },
      };
    },
  },
  assignIssue: {
    "an assignment": async () => {
      const { id, version } = await issueAt("ACCEPTED");
      return {
        token: admin,
        variables: { input: { id, expectedVersion: version, assigneeId: "u-grid-worker" } },
        // The assignee is told once.
        counts: async () => ({ ...(await issueCounts(id)), told: (await workerNotifications(id)).length }),
        adds: { events: 1, told: 1 },
      };
    },
  },
  escalateIssue: { "an escalation": transition("ACCEPTED", () => admin, { reason: "需要街道协调" }, { level: 1 }) },
  returnIssue: { "a return": transition("ASSIGNED", () => worker, { reason: "不属于本网格" }, { returns: 1 }) },
  startIssue: { "a start": transition("ASSIGNED", () => worker, { note: "出发" }) },
  resolveIssue: { "a resolution": transition("IN_PROGRESS", () => worker, { outcome: "FIXED", result: "已修复" }) },
  closeIssue: {
    "a close (satisfied)": transition("RESOLVED", () => worker, { satisfaction: 5 }),
    "a close sending it back for rework": transition("RESOLVED", () => worker, { satisfaction: 2 }, { reworks: 1 }),
  },
  // A reopening sends the issue back for rework: the rework counter moves with it.
  reopenIssue: { "a reopening": transition("RESOLVED", () => worker, { reason: "又坏了" }, { reworks: 1 }) },
  superviseIssue: { "a supervision": transition("ASSIGNED", () => district, { note: "请尽快办结" }, { supervisions: 1 }) },
  markNotificationsRead: {
    "marking a notification read": async () => {
      const { id } = await issueAt("ASSIGNED");
      const [told] = await workerNotifications(id);
      return {
        token: worker,
        variables: { input: { ids: [told.id] } },
        counts: async () => ({ read: (await workerNotifications(id)).filter((x) => x.read).length }),
        adds: { read: 1 },
      };
    },
  },
  createCouncil: {
    "a council": async () => {
      const name = `居民议事会 ${++n}`;
      const councilsNamed = async () =>
        (await ok(h.gql(admin, `query($u: ID) { councils(unitId: $u, first: 100) { edges { node { name } } } }`, { u: community }))).councils.edges.filter(
          (e: any) => e.node.name === name,
        ).length;
      return {
        token: admin,
        variables: {
          input: {
            idempotencyKey: `drop-council-${n}`,
            kind: "RESIDENT_COUNCIL",
            name,
            unitId: community,
            cadence: "MONTHLY",
            quorumPercent: 50,
            members: [
              { role: "PROPERTY_MANAGEMENT", name: "张经理", organisation: "物业公司" },
              { role: "OWNER_REPRESENTATIVE", name: "李代表", organisation: "业主委员会" },
            ],
          },
        },
        counts: async () => ({ councils: await councilsNamed() }),
        adds: { councils: 1 },
      };
    },
  },
  scheduleMeeting: {
    "a meeting": async () => {
      const c = await council();
      const title = `三月议事会 ${++n}`;
      const meetingsTitled = async () =>
        (await ok(h.gql(admin, `query($id: ID!) { council(id: $id) { meetings(first: 100) { edges { node { title } } } } }`, { id: c.id }))).council.meetings.edges.filter(
          (e: any) => e.node.title === title,
        ).length;
      return {
        token: admin,
        variables: {
          input: {
            idempotencyKey: `drop-meeting-${n}`,
            councilId: c.id,
            title,
            startsAt: "2030-04-01T11:00:00+08:00",
            place: "社区活动室",
            public: true,
            agenda: [{ title: "路灯维修", plannedMinutes: 30 }],
          },
        },
        counts: async () => ({ meetings: await meetingsTitled() }),
        adds: { meetings: 1 },
      };
    },
  },
  openMeeting: { "opening a meeting": meetingCommand("SCHEDULED", () => ({}), { inSession: 1 }) },
  closeMeeting: { "closing a meeting": meetingCommand("IN_SESSION", () => ({ report: "议定路灯维修事项" }), { inSession: -1, closed: 1 }) },
  cancelMeeting: { "cancelling a meeting": meetingCommand("SCHEDULED", () => ({ reason: "暴雨改期" }), { cancelled: 1 }) },
  registerForMeeting: {
    "a registration": async () => {
      const m = await meetingAt("SCHEDULED");
      return { token: resident, variables: { input: { meetingId: m.id } }, counts: () => meetingCounts(m.id), adds: { registrations: 1 } };
    },
  },
  recordAttendance: {
    "an attendance": meetingCommand("IN_SESSION", (m) => ({ attendees: m.memberIds.slice(0, 3).map((memberId) => ({ memberId })), othersPresent: 2 }), {
      present: 5,
      membersPresent: 3,
    }),
  },
  recordShowOfHands: {
    "a show of hands": meetingCommand("ATTENDED", (m) => ({ itemId: m.items[0], for: 3, against: 0, abstain: 0 }), { decided: 1, votesFor: 3 }),
  },
  castBallot: {
    "a ballot": async () => {
      const m = await meetingAt("IN_SESSION");
      await ok(h.gql(resident, `mutation($i: RegisterForMeetingInput!) { registerForMeeting(input: $i) { personId } }`, { i: { meetingId: m.id } }));
      await ok(
        h.gql(admin, `mutation($i: RecordAttendanceInput!) { recordAttendance(input: $i) { id } }`, {
          i: { meetingId: m.id, attendees: [{ memberId: m.council.memberIds[0] }, { personId: "u-resident" }] },
        }),
      );
      return {
        token: resident,
        variables: { input: { meetingId: m.id, itemId: m.items[0], choice: "FOR" } },
        counts: async () => ({ ballots: await ballotsOn(m.id, m.items[0]) }),
        adds: { ballots: 1 },
      };
    },
  },
  countBallots: {
    // Two events: the item closed to ballots, then its tally.
    "a count": async () => {
      const m = await meetingAt("BALLOT_CAST");
      return {
        token: admin,
        variables: { input: { meetingId: m.id, expectedVersion: m.version, itemId: m.items[0] } },
        counts: () => meetingCounts(m.id),
        adds: { version: 2, decided: 1, votesFor: 1 },
      };
    },
  },
  createResolutionIssues: {
    "filing an adopted item's tasks": async () => {
      const m = await meetingAt("ADOPTED");
      const titles = [`更换路灯 ${++n}`, `修补井盖 ${n}`];
      return {
        token: admin,
        variables: { input: { idempotencyKey: `drop-resolve-${n}`, meetingId: m.id, itemId: m.items[0], tasks: titles.map(councilTask) } },
        counts: async () => ({
          ...(await meetingCounts(m.id)),
          ...(await progress(m.council.id)),
          issues: (await issuesTitled(titles[0])) + (await issuesTitled(titles[1])),
        }),
        adds: { resolutionIssues: 2, open: 2, issues: 2 },
      };
    },
  },
  raiseDemands: {
    "raising residents' demands": async () => {
      const m = await meetingAt("IN_SESSION");
      const titles = [`居民诉求：摩托车停放 ${++n}`];
      return {
        token: admin,
        variables: { input: { idempotencyKey: `drop-demands-${n}`, meetingId: m.id, demands: titles.map(councilTask) } },
        counts: async () => ({ ...(await meetingCounts(m.id)), ...(await progress(m.council.id)), issues: await issuesTitled(titles[0]) }),
        adds: { demandIssues: 1, open: 1, issues: 1 },
      };
    },
  },
  createPlace: {
    "a place": async () => {
      const name = `凤凰山书屋 ${++n}`;
      return {
        token: admin,
        variables: { input: { idempotencyKey: `drop-place-${n}`, kind: "LIBRARY", name, address: "凤凰山路30号", latitude: 29.583, longitude: 106.4561, unitId: community } },
        counts: async () => ({ places: await placesNamed(name) }),
        adds: { places: 1 },
      };
    },
  },
  updatePlace: {
    "renaming a place": async () => {
      const p = await place();
      return { token: admin, variables: { input: { id: p.id, expectedVersion: p.version, name: `改名服务点 ${++n}` } }, counts: () => placeCounts(p.id), adds: { version: 1 } };
    },
  },
  setPlaceTimetable: {
    "a place's first week": async () => {
      const p = await place();
      const slots = [
        { weekday: "MONDAY", start: "09:00", end: "11:00", department: "组织部", service: "党史课" },
        { weekday: "WEDNESDAY", start: "14:00", end: "16:00", department: "司法所", service: "法律咨询" },
      ];
      return { token: admin, variables: { input: { placeId: p.id, expectedVersion: 0, slots } }, counts: () => placeCounts(p.id), adds: { timetableVersion: 1, sessions: 2 } };
    },
  },
  openMediationCase: {
    "a case": async () => ({
      token: admin,
      variables: {
        input: {
          idempotencyKey: `drop-case-${++n}`,
          category: "PROPERTY_MANAGEMENT",
          title: `车库排水纠纷 ${n}`,
          summary: "车库积水，业主与物业协商未果。",
          parties: [
            { kind: "PERSON", side: "APPLICANT", name: "赵先生" },
            { kind: "ORGANISATION", side: "RESPONDENT", name: "物业公司" },
          ],
          mediatorIds: ["u-grid-worker"],
        },
      },
      counts: async () => ({ cases: await casesOfCommunity() }),
      adds: { cases: 1 },
    }),
  },
  recordMediationSession: {
    "a mediation session": caseCommand("OPEN", () => ({ kind: "MEDIATION", at: "2026-02-10T10:00:00+08:00", note: "第一次调解" }), { sessions: 1 }),
  },
  concludeMediation: {
    "an agreement with two obligations": caseCommand(
      "IN_MEDIATION",
      (c) => ({
        outcome: "AGREEMENT",
        agreementText: "物业公司负责维修并赔偿",
        obligations: ["维修", "赔偿"].map((description) => ({ partyId: c.partyIds[1], description, amountYuan: 500, dueAt: "2030-06-30T00:00:00+08:00" })),
      }),
      { obligations: 2 },
    ),
  },
  fulfilObligation: { "meeting one obligation of two": caseCommand("AGREED", (c) => ({ obligationId: c.obligationIds[0], note: "已维修" }), { fulfilled: 1 }) },
  closeMediationCase: { "closing a referred case": caseCommand("REFERRED", () => ({ note: "法院已判决" }), { closed: 1 }) },
};

it("covers every mutation document the SDK ships, and sends once exactly those that carry neither key nor version", () => {
  expect(Object.keys(CASES).sort()).toEqual(SHIPPED.map((m) => m.field).sort());
  expect(SHIPPED.filter((m) => !carriesKeyOrVersion(m.inputType)).map((m) => m.field)).toEqual(SENT_ONCE);
});

/** The counts after minus before, for every count either names. */
function changes(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys({ ...before, ...after }).map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
}

/** The expected change of every count: `adds`, and zero for the rest. */
function expected(before: Record<string, number>, adds: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys({ ...before, ...adds }).map((k) => [k, adds[k] ?? 0]));
}

const driven = SHIPPED.flatMap((m) => Object.entries(CASES[m.field] ?? {}).map(([what, setup]) => [`${m.exportName}: ${what}`, m, setup] as const));

describe.each(driven)("%s, its first answer lost", (_name, mutation, setup) => {
  it(
    SENT_ONCE.includes(mutation.field) ? "is sent once, rejects with NETWORK_ERROR, and was applied once" : "is sent again and resolves with the lost answer, applied once",
    async () => {
      const c = await setup();
      const before = await c.counts();
      const call = await callDroppingFirstAnswer(c.token, mutation.document, c.variables);
      // The server did act on the first attempt, and answered it without errors.
      expect(call.lost.errors).toBeUndefined();
      expect(changes(before, await c.counts())).toEqual(expected(before, c.adds));
      if (SENT_ONCE.includes(mutation.field)) {
        expect(call.sends).toBe(1);
        expect(call.error).toBeInstanceOf(GridnetError);
        expect(call.error).toMatchObject({ code: "NETWORK_ERROR", status: undefined });
      } else {
        expect(call.error).toBeUndefined();
        expect(call.sends).toBe(2);
        if (c.sameAnswer) c.sameAnswer(call.data, call.lost.data);
        else expect(call.data).toEqual(call.lost.data);
      }
    },
  );
});

it("sends a transition without its expectedVersion once: an escalation lost on the way climbs one level, not two", async () => {
  const { id } = await issueAt("ACCEPTED");
  const before = await issueCounts(id);
  const call = await callDroppingFirstAnswer(admin, generated.EscalateIssueDocument, { input: { id, reason: "需要街道协调" } });
  expect(call.lost.errors).toBeUndefined();
  expect(call.sends).toBe(1);
  expect(call.error).toMatchObject({ code: "NETWORK_ERROR", status: undefined });
  expect(changes(before, await issueCounts(id))).toEqual(expected(before, { events: 1, level: 1 }));
});
