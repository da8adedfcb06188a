// The councils feature under one visibility rule per type, on every path that returns its
// objects (docs/councils.md, docs/places.md, docs/personal-data.md). The schema is enumerated:
// every field that returns a council, a meeting, an agenda item, a council task, a service
// place or a mediation case — directly or through a connection, a payload or a wrapper — must
// have a probe here. Each probe runs as every role, and every object it returns must be one
// that role's single read shows: council(id), meeting(id), place(id), mediationCase(id); an
// agenda item its meeting's, a council task its issue's (issue(id)); node(id:) answers exactly
// as the single reads do. Then every answer partners, residents who are no party and a party
// reading their own case got is swept for the mediation parties' names and phone numbers.
import { getNamedType, isObjectType, type GraphQLSchema } from "graphql";
import { Role } from "../../api/auth/actor";
import { contextAs } from "../../api/context";
import { seedCouncils } from "../../api/councils/council.seed";
import { seedMediation } from "../../api/mediation/mediation.seed";
import { buildContractSchema } from "../../api/server";
import { ok, createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";
import { ATTEND, HANDS, OPEN, SCHEDULE, key } from "./helpers";

let h: Harness;
const DISTRICT = "500106";
const FROM = "2000-01-01T00:00:00Z";
const TO = "2100-01-01T00:00:00Z";

interface ActorSpec {
  label: string;
  role: Role;
  orgId: string;
  sub: string;
  token: string;
}
const actors: ActorSpec[] = [];
/** Every answer each actor got, as JSON: the personal-data sweep reads them. */
const answers = new Map<string, string[]>();

/** The fixtures this file makes on top of the demo (its 光荣 meeting and two mediation cases). */
const made = {
  council: "", // 凤凰山社区's residents' council, 李德文 (u-resident) a member with his account
  publicMeeting: "",
  privateMeeting: "", // public: false — its admins only; its item's task is filed as an issue
  privateItem: "",
  fenghuangPlace: "",
  fenghuangCase: "", // 李德文 against 钱小红, mediated by 凤凰山's grid worker and 金蓉's volunteer
  landCase: "", // the demo's 永宁村 land-transfer case (中梁镇)
  garageCase: "", // the demo's 香榭里 garage case
  points: [] as { latitude: number; longitude: number }[],
};

/** The mediation parties' personal data: no partner and no one who is not a party's runner may read it. */
const PARTY_SECRETS = ["王德明", "李桂英", "13983001234", "赵文斌", "13908881234", "钱小红", "13700001111"];

async function ask(actor: ActorSpec, query: string, variables?: Record<string, unknown>): Promise<GqlResult> {
  const res = await h.gql(actor.token, query, variables);
  answers.get(actor.label)!.push(JSON.stringify(res));
  return res;
}

beforeAll(async () => {
  h = await createHarness();
  const env = { db: h.db, demo: h.demo, scale: 1, log: () => {}, contextAs: (actor: any, now: () => Date) => contextAs(h.db, actor, now) };
  // The demo's walked records (npm start makes them; the small test demo does not): 光荣's
  // February meeting with its five council tasks, and the two mediation cases.
  await seedCouncils(env);
  const fenghuang = h.unit("凤凰山社区");
  const district = await h.token(Role.DISTRICT_ADMIN, DISTRICT, "u-district-admin");
  const placeList = (
    await ok(h.gql(district, `query($u: ID) { places(unitId: $u, first: 100) { edges { node { id name unitId latitude longitude } } } }`, { u: DISTRICT }))
  ).places.edges.map((e: any) => e.node);
  await seedMediation(env);
  made.fenghuangPlace = placeList.find((p: any) => p.unitId === fenghuang.id).id;
  made.points = placeList.filter((_: any, i: number) => i % 7 === 0).map((p: any) => ({ latitude: p.latitude, longitude: p.longitude }));

  const admin = await h.token(Role.COMMUNITY_ADMIN, fenghuang.id, "u-fenghuangshan-admin");
  const grid1 = h.unit("凤凰山社区第1网格");
  made.council = (
    await ok(
      h.gql(admin, "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }", {
        i: {
          idempotencyKey: "vis-council",
          kind: "RESIDENT_COUNCIL",
          name: "凤凰山社区议事会",
          unitId: fenghuang.id,
          cadence: "MONTHLY",
          members: [
            { role: "OWNER_REPRESENTATIVE", personId: "u-resident" },
            { role: "PROPERTY_MANAGEMENT", name: "物业代表", organisation: "凤凰山物业" },
          ],
          quorumCount: 1,
        },
      }),
    )
  ).createCouncil.id;
  // A public and a non-public meeting, each with one adopted item that becomes work.
  const meetingWithWork = async (isPublic: boolean, work: "demands" | "resolution", title: string, by = admin, councilId = made.council, gridId = grid1.id) => {
    const m = (
      await ok(
        h.gql(by, SCHEDULE, {
          i: {
            idempotencyKey: key("vis-meeting"),
            councilId,
            title: isPublic ? "三月议事会" : "物业内部协调会",
            startsAt: "2030-03-01T11:00:00+08:00",
            place: "社区活动室",
            public: isPublic,
            agenda: [{ title: "议题", plannedMinutes: 30 }],
          },
        }),
      )
    ).scheduleMeeting;
    await ok(h.gql(by, OPEN, { i: { meetingId: m.id } }));
    await ok(h.gql(by, ATTEND, { i: { meetingId: m.id, attendees: [{ memberId: "m1" }, { memberId: "m2" }] } }));
    await ok(h.gql(by, HANDS, { i: { meetingId: m.id, itemId: m.agenda[0].id, for: 2, against: 0, abstain: 0 } }));
    const task = { title, description: "议事会议定。", categoryCode: "FACILITY_STREETLIGHT", gridId };
    if (work === "demands") {
      await ok(
        h.gql(by, "mutation($i: RaiseDemandsInput!) { raiseDemands(input: $i) { issues { id } } }", {
          i: { idempotencyKey: key("vis-demands"), meetingId: m.id, demands: [task] },
        }),
      );
    } else {
      await ok(
        h.gql(by, "mutation($i: CreateResolutionIssuesInput!) { createResolutionIssues(input: $i) { issues { id } } }", {
          i: { idempotencyKey: key("vis-resolve"), meetingId: m.id, itemId: m.agenda[0].id, tasks: [task] },
        }),
      );
    }
    return m;
  };
  // A resident's demand worded with her name and number, as demands are taken down at a meeting.
  made.publicMeeting = (await meetingWithWork(true, "demands", "钱小红(13700001111)反映单元门口路灯不亮")).id;
  const hidden = await meetingWithWork(false, "resolution", "更换单元门禁");
  made.privateMeeting = hidden.id;
  made.privateItem = hidden.agenda[0].id;
  // 磁器口街道's hall serves 凤凰山's residents too; its demand here is filed in 金蓉社区, an
  // issue 凤凰山's residents may not read.
  const street = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin");
  const hall = (
    await ok(
      h.gql(street, "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id } }", {
        i: {
          idempotencyKey: "vis-hall",
          kind: "HALL",
          name: "磁器口街道红色议事厅",
          unitId: h.unit("磁器口街道").id,
          cadence: "WEEKLY",
          members: [
            { role: "COMMUNITY_STAFF", personId: "u-ciqikou-admin" },
            { role: "LOCAL_UNIT", name: "驻街单位代表", organisation: "驻街单位" },
          ],
          quorumCount: 1,
        },
      }),
    )
  ).createCouncil.id;
  const jinrongGrid = h.demo.units.find((u) => u.parentId === h.unit("金蓉社区").id)!.id;
  await meetingWithWork(true, "demands", "金蓉社区健身器材损坏", street, hall, jinrongGrid);

  // Opened by the street admin: the 金蓉 volunteer it names as mediator is someone they may read
  // (a community admin may name only people of their own community).
  made.fenghuangCase = (
    await ok(
      h.gql(street, "mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) { id } }", {
        i: {
          idempotencyKey: "vis-case",
          unitId: fenghuang.id,
          category: "NEIGHBOUR",
          title: "楼上漏水纠纷",
          summary: "钱小红(13700001111)家卫生间漏水，楼下李德文家天花板受损。",
          parties: [
            { kind: "PERSON", side: "APPLICANT", name: "李德文", personId: "u-resident" },
            { kind: "PERSON", side: "RESPONDENT", name: "钱小红", phone: "13700001111" },
          ],
          mediatorIds: ["u-grid-worker", "u-volunteer"],
        },
      }),
    )
  ).openMediationCase.id;
  const cases = (await ok(h.gql(district, `{ mediationCases(unitId: "${DISTRICT}", first: 100) { edges { node { id title } } } }`))).mediationCases.edges.map((e: any) => e.node);
  made.landCase = cases.find((c: any) => c.title.includes("土地流转")).id;
  made.garageCase = cases.find((c: any) => c.title.includes("车库")).id;

  const yongning = h.unit("永宁村");
  const villageWorker = h.demo.people.find((p) => p.role === Role.GRID_WORKER && p.orgId?.startsWith(yongning.code))!;
  const roles: [string, Role, string, string][] = [
    ["district admin", Role.DISTRICT_ADMIN, DISTRICT, "u-district-admin"],
    ["土主 street admin", Role.STREET_ADMIN, h.unit("土主街道").id, "u-tuzhu-admin"],
    ["磁器口 street admin", Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin"],
    ["中梁镇 town admin", Role.STREET_ADMIN, h.unit("中梁镇").id, "u-zhongliang-admin"],
    ["凤凰山 community admin", Role.COMMUNITY_ADMIN, fenghuang.id, "u-fenghuangshan-admin"],
    ["香榭里 community admin", Role.COMMUNITY_ADMIN, h.unit("香榭里社区").id, "u-xiangxieli-admin"],
    ["凤凰山 grid worker (a mediator)", Role.GRID_WORKER, grid1.id, "u-grid-worker"],
    ["永宁村 grid worker", Role.GRID_WORKER, villageWorker.orgId!, villageWorker.id],
    ["金蓉 volunteer (a mediator)", Role.VOLUNTEER, h.unit("金蓉社区").id, "u-volunteer"],
    ["凤凰山 resident (a party, a member)", Role.RESIDENT, fenghuang.id, "u-resident"],
    ["凤凰山 resident", Role.RESIDENT, fenghuang.id, "u-resident-2"],
    ["光荣 resident", Role.RESIDENT, h.unit("光荣社区").id, "u-guangrong-resident"],
    ["香榭里 resident", Role.RESIDENT, h.unit("香榭里社区").id, "u-xiangxieli-resident"],
    ["凤凰山 partner", Role.PARTNER, fenghuang.id, "u-partner-fhs"],
    ["district partner", Role.PARTNER, DISTRICT, "u-partner"],
  ];
  for (const [label, role, orgId, sub] of roles) {
    actors.push({ label, role, orgId, sub, token: await h.token(role, orgId, sub) });
    answers.set(label, []);
  }
}, 180_000);
afterAll(() => h.close());

// ---- the single reads ----

type Kind = "Council" | "Meeting" | "AgendaItem" | "CouncilTask" | "Place" | "MediationCase";
const KINDS: readonly string[] = ["Council", "Meeting", "AgendaItem", "CouncilTask", "Place", "MediationCase"];
interface Ref {
  kind: Kind;
  id: string;
}

const SINGLE: Record<Exclude<Kind, "AgendaItem" | "CouncilTask">, string> = {
  Council: "query($id: ID!) { one: council(id: $id) { id } }",
  Meeting: "query($id: ID!) { one: meeting(id: $id) { id } }",
  Place: "query($id: ID!) { one: place(id: $id) { id } }",
  MediationCase: "query($id: ID!) { one: mediationCase(id: $id) { id } }",
};

const singles = new Map<string, boolean>();
/** Whether `actor`'s single read shows the object: an agenda item with its meeting, a council task with its issue. */
async function maySee(actor: ActorSpec, ref: Ref): Promise<boolean> {
  const cacheKey = `${actor.label}|${ref.kind}|${ref.id}`;
  if (!singles.has(cacheKey)) {
    let seen: boolean;
    if (ref.kind === "AgendaItem") {
      // An item's id is its meeting's with another prefix and its position: ai_<meeting>_<n>.
      const meetingId = `mt_${ref.id.slice(3, ref.id.lastIndexOf("_"))}`;
      const res = await ask(actor, "query($id: ID!) { meeting(id: $id) { agenda { id } } }", { id: meetingId });
      expect([actor.label, outcome(res)]).toEqual([actor.label, "OK"]);
      seen = res.data!.meeting?.agenda.some((i: any) => i.id === ref.id) ?? false;
    } else if (ref.kind === "CouncilTask") {
      const res = await ask(actor, "query($id: ID!) { issue(id: $id) { id } }", { id: ref.id });
      seen = outcome(res) === "OK" && res.data!.issue !== null;
    } else {
      // Partners are refused council(id) and meeting(id) outright (they read counts): not shown either.
      const res = await ask(actor, SINGLE[ref.kind], { id: ref.id });
      const refusal = actor.role === Role.PARTNER && (ref.kind === "Council" || ref.kind === "Meeting") ? "FORBIDDEN" : "OK";
      expect([actor.label, ref, outcome(res)]).toEqual([actor.label, ref, refusal]);
      seen = refusal === "OK" && res.data!.one !== null;
    }
    singles.set(cacheKey, seen);
  }
  return singles.get(cacheKey)!;
}

/** Every object of the feature an answer holds, wherever it sits in it (selections ask for __typename). */
function refsIn(value: unknown, out: Ref[] = []): Ref[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.__typename === "string" && KINDS.includes(o.__typename)) {
      const id = o.__typename === "CouncilTask" ? o.issueId : o.id;
      if (typeof id === "string") out.push({ kind: o.__typename as Kind, id });
    }
    for (const v of Object.values(o)) refsIn(v, out);
  }
  return out;
}

async function leaks(actor: ActorSpec, refs: Ref[]): Promise<Ref[]> {
  const unique = [...new Map(refs.map((r) => [`${r.kind}|${r.id}`, r])).values()];
  const out: Ref[] = [];
  for (let i = 0; i < unique.length; i += 20) {
    const chunk = unique.slice(i, i + 20);
    const seen = await Promise.all(chunk.map((r) => maySee(actor, r)));
    out.push(...chunk.filter((_, j) => !seen[j]));
  }
  return out;
}

// ---- the probes: each returns the answers it got ----

const MEETING_SEL = "__typename id council { __typename id } venue { __typename id } agenda { __typename id }";
const TASKS = ["OPEN", "CLOSED", "DROPPED"].map((s) => `${s.toLowerCase()}: tasks(standing: ${s}, first: 100) { edges { node { __typename issueId meetingId } } }`).join(" ");
const COUNCIL_SEL = `__typename id place { __typename id } meetings(from: "${FROM}", first: 100) { edges { node { ${MEETING_SEL} } } } ${TASKS}`;
/** In lists, lighter nested pages: the API prices nested lists by their page sizes. */
const COUNCIL_LIST_SEL = `__typename id meetings(from: "${FROM}", first: 10) { edges { node { __typename id } } } open: tasks(first: 10) { edges { node { __typename issueId } } }`;
const CASE_SEL = "__typename id council { __typename id } place { __typename id } sessions { place { __typename id } }";

function units(): (string | null)[] {
  return [null, DISTRICT, ...["土主街道", "磁器口街道", "联芳街道", "石井坡街道", "中梁镇", "凤凰山社区", "香榭里社区", "光荣社区", "永宁村"].map((n) => h.unit(n).id)];
}

/** An answer's data, or nothing when the query is refused (a refusal carries no data). */
function dataOf(actor: ActorSpec, field: string, res: GqlResult): unknown[] {
  if (res.errors) {
    // A refused nullable root answers null beside its error: nothing of the feature either way.
    expect([actor.label, field, outcome(res), refsIn(res.data)]).toEqual([actor.label, field, expect.stringMatching(/^(FORBIDDEN|BAD_USER_INPUT|NOT_FOUND)$/), []]);
    return [];
  }
  return [res.data];
}

type Probe = (actor: ActorSpec) => Promise<unknown[]>;

const byUnit =
  (field: string, doc: string, extra: Record<string, unknown>[] = [{}]): Probe =>
  async (actor) => {
    const out: unknown[] = [];
    for (const u of units()) for (const more of extra) out.push(...dataOf(actor, field, await ask(actor, doc, { u, ...more })));
    return out;
  };

const councilsProbe = byUnit("Query.councils", `query($u: ID) { councils(unitId: $u, first: 100) { edges { node { ${COUNCIL_LIST_SEL} } } } }`);
const meetingsProbe = byUnit("Query.meetings", `query($u: ID) { meetings(unitId: $u, from: "${FROM}", to: "${TO}", first: 100) { edges { node { ${MEETING_SEL} } } } }`);

/** The nested fields reached from the single reads of everything there is. */
const nestedProbe: Probe = async (actor) => {
  const out: unknown[] = [];
  for (const id of await everything("Council")) out.push(...dataOf(actor, "Council.*", await ask(actor, `query($id: ID!) { council(id: $id) { ${COUNCIL_SEL} } }`, { id })));
  for (const id of await everything("Meeting")) out.push(...dataOf(actor, "Meeting.*", await ask(actor, `query($id: ID!) { meeting(id: $id) { ${MEETING_SEL} } }`, { id })));
  return out;
};

const nearProbe: Probe = async (actor) => {
  const out: unknown[] = [];
  for (const p of made.points) {
    const res = await ask(
      actor,
      "query($a: Float!, $o: Float!) { placesNear(latitude: $a, longitude: $o, radiusMetres: 2500, first: 100) { edges { node { place { __typename id } } } } }",
      {
        a: p.latitude,
        o: p.longitude,
      },
    );
    out.push(...dataOf(actor, "Query.placesNear", res));
  }
  return out;
};

const timetableProbe: Probe = async (actor) => {
  const out: unknown[] = [];
  for (const p of made.points) {
    const res = await ask(
      actor,
      "query($a: Float!, $o: Float!) { timetableNear(latitude: $a, longitude: $o, radiusMetres: 2500) { days { sessions { place { __typename id } } } } }",
      {
        a: p.latitude,
        o: p.longitude,
      },
    );
    out.push(...dataOf(actor, "Query.timetableNear", res));
  }
  return out;
};

const casesProbe: Probe = async (actor) => {
  const doc = `query($u: ID, $s: MediationState, $m: Boolean) { mediationCases(unitId: $u, state: $s, mine: $m, first: 100) { edges { node { ${CASE_SEL} } } } }`;
  const out: unknown[] = [];
  for (const m of [null, true]) out.push(...dataOf(actor, "Query.mediationCases", await ask(actor, doc, { m })));
  for (const u of units()) for (const s of [null, "AGREED", "OPEN"]) out.push(...dataOf(actor, "Query.mediationCases", await ask(actor, doc, { u, s })));
  return out;
};

const overdueProbe = byUnit(
  "Query.overdueObligations",
  `query($u: ID) { overdueObligations(unitId: $u, first: 100) { edges { node { case { ${CASE_SEL} } obligation { id } } } } }`,
);
const placesProbe = byUnit("Query.places", "query($u: ID) { places(unitId: $u, first: 100) { edges { node { __typename id } } } }");

/** Notices name a meeting as their subject: a notice is about a meeting its reader may see. */
const notificationsProbe: Probe = async (actor) => {
  const out: unknown[] = [];
  const toRefs = (res: GqlResult, field: string) =>
    res.errors ? [] : res.data![field].edges.filter((e: any) => e.node.subject.type === "MEETING").map((e: any) => ({ __typename: "Meeting", id: e.node.subject.id }));
  out.push(toRefs(await ask(actor, "{ myNotifications(first: 100) { edges { node { subject { type id } } } } }"), "myNotifications"));
  for (const u of units())
    out.push(toRefs(await ask(actor, "query($u: ID) { unitNotifications(unitId: $u, first: 100) { edges { node { subject { type id } } } } }", { u }), "unitNotifications"));
  return out;
};

/** What exists, as the district admin (whose scope holds everything) finds it. */
const known = new Map<string, string[]>();
async function everything(kind: "Council" | "Meeting"): Promise<string[]> {
  if (!known.has(kind)) {
    const district = actors[0];
    const found = refsIn([...(await councilsProbe(district)), ...(await meetingsProbe(district))]);
    for (const k of ["Council", "Meeting"]) known.set(k, [...new Set(found.filter((r) => r.kind === k).map((r) => r.id))]);
    expect(known.get("Meeting")).toEqual(expect.arrayContaining([made.publicMeeting, made.privateMeeting]));
  }
  return known.get(kind)!;
}

/** The probes, by the schema fields they exercise (a wrapper's field with the root that reaches it). */
const PROBES: Record<string, Probe> = {
  "Query.councils": councilsProbe,
  "Query.meetings": meetingsProbe,
  "Council.meetings": nestedProbe,
  "Council.tasks": nestedProbe,
  "Meeting.council": nestedProbe,
  "Council.place": nestedProbe,
  "Meeting.venue": nestedProbe,
  "Meeting.agenda": nestedProbe,
  "Query.places": placesProbe,
  "Query.placesNear": nearProbe,
  "NearbyPlace.place": nearProbe,
  "Query.timetableNear": timetableProbe,
  "NearbyWeek.days": timetableProbe,
  "NearbyDay.sessions": timetableProbe,
  "NearbySession.place": timetableProbe,
  "Query.mediationCases": casesProbe,
  "MediationCase.council": casesProbe,
  "MediationCase.place": casesProbe,
  "MediationCase.sessions": casesProbe,
  "MediationSession.place": casesProbe,
  "Query.overdueObligations": overdueProbe,
  "OverdueObligation.case": overdueProbe,
  "Query.myNotifications": notificationsProbe,
};

// ---- mutations: whatever a command answers, its actor's single read shows; a refusal answers nothing ----

const BIG = 999_999; // a version no object has: runners get CONFLICT, nothing is written
const meetingCommand = (mutation: string, input: string, extra: (a: ActorSpec) => Record<string, unknown> = () => ({})) => ({
  doc: `mutation($i: ${input}!) { out: ${mutation}(input: $i) { ${MEETING_SEL} } }`,
  input: (a: ActorSpec) => ({ meetingId: made.privateMeeting, expectedVersion: BIG, ...extra(a) }),
});
const caseCommand = (mutation: string, input: string, extra: Record<string, unknown>) => ({
  doc: `mutation($i: ${input}!) { out: ${mutation}(input: $i) { ${CASE_SEL} } }`,
  input: () => ({ caseId: made.landCase, expectedVersion: BIG, ...extra }),
});
const outsideTask = () => [{ title: "越界任务", description: "x", categoryCode: "FACILITY_STREETLIGHT", gridId: h.unit("光荣社区").id }];

const MUTATIONS: Record<string, { doc: string; input: (a: ActorSpec) => Record<string, unknown> }> = {
  "Mutation.openMeeting": meetingCommand("openMeeting", "MeetingCommandInput"),
  "Mutation.cancelMeeting": meetingCommand("cancelMeeting", "CancelMeetingInput", () => ({ reason: "x" })),
  "Mutation.closeMeeting": meetingCommand("closeMeeting", "CloseMeetingInput", () => ({ report: "x" })),
  "Mutation.recordAttendance": meetingCommand("recordAttendance", "RecordAttendanceInput", () => ({ attendees: [{ name: "x" }] })),
  "Mutation.recordShowOfHands": meetingCommand("recordShowOfHands", "ShowOfHandsInput", () => ({ itemId: made.privateItem, for: 0, against: 0, abstain: 0 })),
  "Mutation.countBallots": meetingCommand("countBallots", "CountBallotsInput", () => ({ itemId: made.privateItem })),
  // Keys below are numbered: one actor's key names one request, whatever the mutation.
  // A task outside the council's unit: runners are refused it as input, everyone else before that.
  "Mutation.createResolutionIssues": {
    doc: `mutation($i: CreateResolutionIssuesInput!) { out: createResolutionIssues(input: $i) { meeting { ${MEETING_SEL} } issues { id } } }`,
    input: (a) => ({ meetingId: made.privateMeeting, itemId: made.privateItem, idempotencyKey: `vis-mut-1-${a.sub}`, tasks: outsideTask() }),
  },
  "Mutation.raiseDemands": {
    doc: `mutation($i: RaiseDemandsInput!) { out: raiseDemands(input: $i) { meeting { ${MEETING_SEL} } issues { id } } }`,
    input: (a) => ({ meetingId: made.privateMeeting, idempotencyKey: `vis-mut-2-${a.sub}`, demands: outsideTask() }),
  },
  "Mutation.scheduleMeeting": {
    doc: `mutation($i: ScheduleMeetingInput!) { out: scheduleMeeting(input: $i) { ${MEETING_SEL} } }`,
    input: (a) => ({ idempotencyKey: `vis-mut-3-${a.sub}`, councilId: made.council, title: "x", startsAt: "2031-01-01T00:00:00Z", place: "x", public: false, agenda: [] }),
  },
  "Mutation.createCouncil": {
    doc: `mutation($i: CreateCouncilInput!) { out: createCouncil(input: $i) { ${COUNCIL_SEL} } }`,
    input: (a) => ({
      idempotencyKey: `vis-mut-4-${a.sub}`,
      kind: "TEAHOUSE",
      name: "x",
      unitId: h.unit("凤凰山社区").id,
      cadence: "MONTHLY",
      members: [{ role: "VOLUNTEER", name: "x", organisation: "x" }],
      quorumCount: 1,
    }),
  },
  "Mutation.recordMediationSession": caseCommand("recordMediationSession", "RecordMediationSessionInput", { kind: "MEDIATION", at: "2030-01-01T00:00:00Z", note: "x" }),
  "Mutation.concludeMediation": caseCommand("concludeMediation", "ConcludeMediationInput", { outcome: "NO_AGREEMENT" }),
  "Mutation.fulfilObligation": caseCommand("fulfilObligation", "FulfilObligationInput", { obligationId: "o2" }),
  "Mutation.closeMediationCase": caseCommand("closeMediationCase", "CloseMediationCaseInput", { note: "x" }),
  "Mutation.openMediationCase": {
    doc: `mutation($i: OpenMediationCaseInput!) { out: openMediationCase(input: $i) { ${CASE_SEL} } }`,
    input: (a) => ({
      idempotencyKey: `vis-mut-5-${a.sub}`,
      unitId: h.unit("凤凰山社区").id,
      category: "NEIGHBOUR",
      title: "x",
      summary: "x",
      parties: [
        { kind: "PERSON", side: "APPLICANT", name: "x" },
        { kind: "ORGANISATION", side: "RESPONDENT", name: "y" },
      ],
      mediatorIds: ["u-grid-worker"],
    }),
  },
  "Mutation.createPlace": {
    doc: "mutation($i: CreatePlaceInput!) { out: createPlace(input: $i) { __typename id } }",
    input: (a) => ({ idempotencyKey: `vis-mut-6-${a.sub}`, unitId: h.unit("凤凰山社区").id, kind: "SERVICE_POINT", name: "x", address: "x", latitude: 29.56, longitude: 106.45 }),
  },
  "Mutation.updatePlace": {
    doc: "mutation($i: UpdatePlaceInput!) { out: updatePlace(input: $i) { __typename id } }",
    input: () => ({ id: made.fenghuangPlace, expectedVersion: BIG, name: "x" }),
  },
  "Mutation.setPlaceTimetable": {
    doc: "mutation($i: SetPlaceTimetableInput!) { out: setPlaceTimetable(input: $i) { __typename id } }",
    input: () => ({ placeId: made.fenghuangPlace, expectedVersion: BIG, slots: [] }),
  },
};

it("has a probe for every field that returns a council, meeting, agenda item, council task, place or mediation case", () => {
  const schema: GraphQLSchema = buildContractSchema();
  // The watched types, and every type that holds one of them (connections, edges, payloads, wrappers).
  const watched = new Set(KINDS);
  for (let grew = true; grew; ) {
    grew = false;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || ["Query", "Mutation"].includes(type.name) || watched.has(type.name)) continue;
      if (Object.values(type.getFields()).some((f) => watched.has(getNamedType(f.type).name))) {
        watched.add(type.name);
        grew = true;
      }
    }
  }
  watched.add("Node");
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || /Edge$|Connection$|Payload$/.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (watched.has(getNamedType(field.type).name)) fields.push(`${type.name}.${field.name}`);
    }
  }
  const covered = [
    "Query.council",
    "Query.meeting",
    "Query.place",
    "Query.mediationCase", // the single reads themselves
    "Query.node", // against every single read, below
    ...Object.keys(PROBES),
    ...Object.keys(MUTATIONS),
  ];
  expect(fields.filter((f) => !covered.includes(f))).toEqual([]);
  // Not vacuous: the enumeration found the feature's roots, nested fields and wrappers.
  expect(fields).toEqual(
    expect.arrayContaining(["Query.councils", "Council.meetings", "Meeting.council", "NearbySession.place", "OverdueObligation.case", "Mutation.openMediationCase"]),
  );
});

it("lists, filters, nested fields and notices return only what each role's single read shows", async () => {
  const shown = new Map<string, number>();
  const byProbe = new Map<Probe, number>();
  for (const actor of actors) {
    const ran = new Set<Probe>();
    for (const [field, probe] of Object.entries(PROBES)) {
      if (ran.has(probe)) continue; // a probe serving several fields runs once
      ran.add(probe);
      const refs = refsIn(await probe(actor));
      for (const r of refs) shown.set(r.kind, (shown.get(r.kind) ?? 0) + 1);
      byProbe.set(probe, (byProbe.get(probe) ?? 0) + refs.length);
      expect([actor.label, field, await leaks(actor, refs)]).toEqual([actor.label, field, []]);
    }
  }
  // Not vacuous: every kind was returned to someone, and every probe returned something.
  for (const kind of KINDS) expect([kind, (shown.get(kind) ?? 0) > 0]).toEqual([kind, true]);
  for (const [field, probe] of Object.entries(PROBES)) expect([field, (byProbe.get(probe) ?? 0) > 0]).toEqual([field, true]);
}, 300_000);

it("keeps the non-public meeting, its agenda and its task from everyone but the admins who run the council", async () => {
  const runs = ["district admin", "磁器口 street admin", "凤凰山 community admin"];
  for (const actor of actors) {
    const seen = await maySee(actor, { kind: "Meeting", id: made.privateMeeting });
    expect([actor.label, seen]).toEqual([actor.label, runs.includes(actor.label)]);
    const listed = refsIn([...(await meetingsProbe(actor)), ...(await councilsProbe(actor))]);
    expect([actor.label, listed.some((r) => r.id === made.privateMeeting || r.id === made.privateItem)]).toEqual([actor.label, seen]);
  }
  // The public one reaches the community's residents through the list.
  const resident = actors.find((a) => a.label === "凤凰山 resident")!;
  expect(refsIn(await meetingsProbe(resident)).map((r) => r.id)).toContain(made.publicMeeting);
}, 120_000);

it("answers every command only with what its actor may read, and a refusal with nothing", async () => {
  const answered = new Set<string>();
  for (const actor of actors) {
    for (const [field, m] of Object.entries(MUTATIONS)) {
      const res = await ask(actor, m.doc, { i: m.input(actor) });
      if (res.errors) {
        expect([actor.label, field, res.data ?? null]).toEqual([actor.label, field, null]);
        expect([actor.label, field, outcome(res)]).toEqual([actor.label, field, expect.stringMatching(/^(FORBIDDEN|CONFLICT|BAD_USER_INPUT|NOT_FOUND)$/)]);
        continue;
      }
      answered.add(field);
      expect([actor.label, field, await leaks(actor, refsIn(res.data))]).toEqual([actor.label, field, []]);
    }
  }
  // Not vacuous: the creations answered those in scope (the rest refused or found a stale version).
  expect([...answered].sort()).toEqual(["Mutation.createCouncil", "Mutation.createPlace", "Mutation.openMediationCase", "Mutation.scheduleMeeting"]);
}, 300_000);

// ---- node(id:): the same answer as the type's single read ----

it("answers node(id) exactly as council(id), meeting(id), place(id) and mediationCase(id) do", async () => {
  const district = actors[0];
  const all: Ref[] = [
    ...(await everything("Council")).map((id) => ({ kind: "Council" as const, id })),
    ...(await everything("Meeting")).map((id) => ({ kind: "Meeting" as const, id })),
    ...refsIn(await placesProbe(district)).slice(0, 12),
    ...[made.fenghuangCase, made.landCase, made.garageCase].map((id) => ({ kind: "MediationCase" as const, id })),
  ];
  const tally = { shown: new Set<string>(), hidden: 0 };
  for (const actor of actors) {
    for (const ref of all) {
      const res = await ask(actor, "query($id: ID!) { node(id: $id) { __typename id } }", { id: ref.id });
      expect(outcome(res)).toBe("OK");
      const expected = (await maySee(actor, ref)) ? { __typename: ref.kind, id: ref.id } : null;
      expect([actor.label, ref.id, res.data!.node]).toEqual([actor.label, ref.id, expected]);
      if (expected) tally.shown.add(ref.kind);
      else tally.hidden += 1;
    }
    for (const unknown of ["co_01ARZ3NDEKTSV4RRFFQ69G5FAV", "mt_01ARZ3NDEKTSV4RRFFQ69G5FAV", "pl_01ARZ3NDEKTSV4RRFFQ69G5FAV", "md_01ARZ3NDEKTSV4RRFFQ69G5FAV"]) {
      const res = await ask(actor, "query($id: ID!) { node(id: $id) { id } }", { id: unknown });
      expect([actor.label, unknown, outcome(res), res.data?.node]).toEqual([actor.label, unknown, "OK", null]);
    }
  }
  expect([...tally.shown].sort()).toEqual(["Council", "MediationCase", "Meeting", "Place"]);
  expect(tally.hidden).toBeGreaterThan(0);
}, 180_000);

// ---- personal data: the mediation parties' names and numbers ----

const FULL_CASE = `id title summary parties { name phone personId } mediators { name } sessions { note placeName court } agreementText obligations { description note } closingNote`;
const FULL_COUNCIL = `id name members { name organisation personId } ${TASKS.replace(/issueId meetingId/g, "issueId title")}`;

it("shows the mediation parties' names and phone numbers to no partner, no resident who is not a party, and no party the other's", async () => {
  const swept = ["凤凰山 partner", "district partner", "凤凰山 resident", "光荣 resident", "香榭里 resident", "凤凰山 resident (a party, a member)"];
  for (const label of swept) {
    const actor = actors.find((a) => a.label === label)!;
    // Every path the probes take (this test also runs alone), then every field with text.
    for (const probe of new Set(Object.values(PROBES))) await probe(actor);
    for (const id of [made.fenghuangCase, made.landCase, made.garageCase]) {
      await ask(actor, `query($id: ID!) { mediationCase(id: $id) { ${FULL_CASE} } node(id: $id) { ... on MediationCase { ${FULL_CASE} } } }`, { id });
    }
    await ask(actor, `{ mediationCases(mine: true, first: 100) { edges { node { ${FULL_CASE} } } } }`);
    for (const id of await everything("Council")) await ask(actor, `query($id: ID!) { council(id: $id) { ${FULL_COUNCIL} } }`, { id });
    for (const u of units()) {
      await ask(
        actor,
        "query($u: ID) { councilCounts(unitId: $u) { councils meetings } placeCounts(unitId: $u) { total } mediationCounts(unitId: $u) { total overdueObligations } }",
        { u },
      );
    }
    const text = answers.get(label)!.join("\n");
    expect(answers.get(label)!.length).toBeGreaterThan(100); // the probes' answers are in it too
    expect([label, PARTY_SECRETS.filter((s) => text.includes(s))]).toEqual([label, []]);
  }
  // Not vacuous: those who run the council read its tasks as filed, and those who run the cases read them whole.
  const admin = actors.find((a) => a.label === "凤凰山 community admin")!;
  expect(JSON.stringify(await ask(admin, `query($id: ID!) { council(id: $id) { ${FULL_COUNCIL} } }`, { id: made.council }))).toContain("钱小红(13700001111)");
  const runner = actors.find((a) => a.label === "凤凰山 grid worker (a mediator)")!;
  const whole = await ask(runner, `query($id: ID!) { mediationCase(id: $id) { ${FULL_CASE} } }`, { id: made.fenghuangCase });
  expect(JSON.stringify(whole)).toContain("13700001111");
  const town = actors.find((a) => a.label === "中梁镇 town admin")!;
  expect(JSON.stringify(await ask(town, `query($id: ID!) { mediationCase(id: $id) { ${FULL_CASE} } }`, { id: made.landCase }))).toContain("13983001234");
}, 300_000);
