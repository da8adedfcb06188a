// One visibility rule per object type, on every path that returns the object. The schema is
// enumerated: every field that returns issues, org units, notifications, volunteer teams,
// registry entries or any Node must have a probe here, and each probe, run as every role, may
// return only what that role's single read (`issue(id)`, `orgUnit(id)`, `team(id)`,
// `volunteer(id)`) answers — a single read answers null for what it does not show. The cases that once leaked: an issue of 土主街道
// assigned to a 凤凰山 grid worker (listed to 凤凰山's admin, its street admin, a partner and a
// resident through `assigneeId`), and an index entry under a unit the issue no longer lies in
// (what a moved unit leaves behind).
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { getNamedType, isObjectType, type GraphQLSchema } from "graphql";
import { Role } from "../../api/auth/actor";
import { buildContractSchema } from "../../api/server";
import { partitions as issuePartitions } from "../../api/issues/issue.keys";
import { IssueState } from "../../api/issues/issue.enums";
import { volunteerId } from "../../api/volunteers/volunteer.rules";
import { demoTeamId } from "../../api/volunteers/volunteer.seed";
import { ATTEND, HANDS, makeCouncil, makeMeeting } from "../councils/helpers";
import { transitionDocuments, type TransitionName } from "../helpers/fixtures";
import { residentIdNumber } from "../helpers/volunteers";
import { ok, createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;
const DISTRICT = "500106";
let crossStreet: { id: string; createdAt: string; categoryCode: string };
let fenghuangIssue: string;
/** A unit made through the API (an `ou_` id, unlike the seeded units' codes) under 土主街道. */
let createdUnit: string;
const actors: { label: string; role: Role; orgId: string; sub: string; token: string }[] = [];

let keys = 0;
const REPORT = `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id createdAt categoryCode } duplicateSuggestions { id } } }`;
const reportInput = (gridId: string, extra: Record<string, unknown> = {}) => ({
  idempotencyKey: `vis-${(keys += 1)}`,
  title: "楼道堆放杂物",
  description: "请联系我 13812345678",
  categoryCode: "FIRE_ACCESS_BLOCKED",
  gridId,
  channel: "MINI_PROGRAM",
  ...extra,
});

beforeAll(async () => {
  h = await createHarness();
  const district = await h.token(Role.DISTRICT_ADMIN, DISTRICT, "u-district-admin");
  const tuzhuGrid = h.demo.units.find((u) => u.kind === "GRID" && u.ancestorIds[1] === h.unit("土主街道").id)!;
  const grid1 = h.unit("凤凰山社区第1网格");

  // The district command centre files an issue in 土主街道 and dispatches it to 凤凰山's grid worker.
  const filed = await ok(h.gql(district, REPORT, { i: reportInput(tuzhuGrid.id) }));
  crossStreet = filed.reportIssue.issue;
  const T = transitionDocuments("{ id version }");
  await ok(h.gql(district, T.accept, { i: { id: crossStreet.id } }));
  await ok(h.gql(district, T.assign, { i: { id: crossStreet.id, assigneeId: "u-grid-worker" } }));
  createdUnit = (
    await ok(
      h.gql(district, "mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }", {
        i: { parentId: tuzhuGrid.ancestorIds[2], kind: "GRID", segment: "99", name: "可见性测试网格", idempotencyKey: "visibility-unit" },
      }),
    )
  ).createOrgUnit.id;
  const resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
  fenghuangIssue = (await ok(h.gql(resident, REPORT, { i: reportInput(grid1.id, { categoryCode: "SANITATION_WASTE" }) }))).reportIssue.issue.id;

  // What a unit that moved leaves behind: index entries under units the issue no longer lies in.
  const listed = `${crossStreet.createdAt}#${crossStreet.id}`;
  for (const pk of [
    issuePartitions.all(h.unit("凤凰山社区").id),
    issuePartitions.state(h.unit("凤凰山社区").id, IssueState.ASSIGNED),
    issuePartitions.all(grid1.id),
    issuePartitions.category(grid1.id, crossStreet.categoryCode),
    issuePartitions.due(h.unit("凤凰山社区").id),
  ]) {
    await h.db.doc.send(
      new PutCommand({
        TableName: h.db.table,
        Item: { pk, sk: pk.startsWith("DUE#") ? `2000-01-01T00:00:00.000Z#${crossStreet.id}` : listed, type: "IssueIndex", issueId: crossStreet.id },
      }),
    );
  }

  const roles: [string, Role, string, string][] = [
    ["district admin", Role.DISTRICT_ADMIN, DISTRICT, "u-district-admin"],
    ["土主 street admin", Role.STREET_ADMIN, h.unit("土主街道").id, "u-tuzhu-admin"],
    ["磁器口 street admin", Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin"],
    ["凤凰山 community admin", Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin"],
    ["凤凰山 grid worker (the assignee)", Role.GRID_WORKER, grid1.id, "u-grid-worker"],
    ["凤凰山 grid 2 worker", Role.GRID_WORKER, h.unit("凤凰山社区第2网格").id, "gw-other"],
    ["凤凰山 resident", Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident-2"],
    ["凤凰山 volunteer", Role.VOLUNTEER, h.unit("凤凰山社区").id, "u-volunteer-2"],
    ["凤凰山 partner", Role.PARTNER, h.unit("凤凰山社区").id, "u-partner-fhs"],
    ["district partner", Role.PARTNER, DISTRICT, "u-partner"],
  ];
  for (const [label, role, orgId, sub] of roles) actors.push({ label, role, orgId, sub, token: await h.token(role, orgId, sub) });

  // A 凤凰山 council in session whose one item is adopted: what the council probes file issues from.
  const admin = actors.find((a) => a.label === "凤凰山 community admin")!.token;
  const made = await makeCouncil(h, admin, h.unit("凤凰山社区").id, { quorumCount: 1 });
  const meeting = await makeMeeting(h, admin, made.id, { open: true, items: 1 });
  await ok(h.gql(admin, ATTEND, { i: { meetingId: meeting.id, attendees: [{ memberId: made.memberIds[0] }] } }));
  await ok(h.gql(admin, HANDS, { i: { meetingId: meeting.id, itemId: meeting.agenda[0].id, for: 1, against: 0, abstain: 0 } }));
  Object.assign(council, { meeting: meeting.id, item: meeting.agenda[0].id });
  // A mediation case of 凤凰山 (the small demo seeds none): what MediationCase.unit is read through.
  await ok(
    h.gql(admin, "mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) { id } }", {
      i: {
        idempotencyKey: "vis-case",
        unitId: h.unit("凤凰山社区").id,
        category: "NEIGHBOUR",
        title: "楼上漏水纠纷",
        summary: "楼上卫生间漏水。",
        parties: [
          { kind: "PERSON", side: "APPLICANT", name: "李德文", personId: "u-resident" },
          { kind: "PERSON", side: "RESPONDENT", name: "钱小红" },
        ],
        mediatorIds: ["u-grid-worker"],
      },
    }),
  );

  // Registry entries (the small demo registers only 苏雪, in 金蓉社区, on its squad): two of
  // 凤凰山 — the first its grid worker u-grid-worker, with his account, on 凤凰山's squad; the
  // second joins it in the joinTeam probe — and one of 土主, on 土主's branch.
  const tuzhuAdmin = actors.find((a) => a.label === "土主 street admin")!.token;
  const tuzhuCommunity = h.demo.units.find((u) => u.kind === "COMMUNITY" && u.ancestorIds[1] === h.unit("土主街道").id)!;
  const register = async (token: string, unitId: string, n: number, personId: string | null = null) =>
    (
      await ok(
        h.gql(token, "mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }", {
          i: { volunteerNumber: `CQVIS${n}`, name: "志愿者", idNumber: residentIdNumber(3000 + n), phone: "13800000000", unitId, personId },
        }),
      )
    ).registerVolunteer.id as string;
  const join = (token: string, teamId: string, volunteer: string) =>
    ok(h.gql(token, "mutation($i: JoinTeamInput!) { joinTeam(input: $i) { id } }", { i: { teamId, volunteerId: volunteer } }));
  registry.fenghuang = [await register(admin, h.unit("凤凰山社区").id, 1, "u-grid-worker"), await register(admin, h.unit("凤凰山社区").id, 2)];
  registry.tuzhu = await register(tuzhuAdmin, tuzhuCommunity.id, 3);
  await join(admin, teamsOf.fenghuangSquad(), registry.fenghuang[0]);
  await join(tuzhuAdmin, teamsOf.tuzhuBranch(), registry.tuzhu);
}, 120_000);
afterAll(() => h.close());

// ---- the single reads ----

const singleIssue = new Map<string, boolean>();
async function maySeeIssue(token: string, id: string): Promise<boolean> {
  const key = `${token}|${id}`;
  if (!singleIssue.has(key)) {
    const res = await h.gql(token, "query($id: ID!) { issue(id: $id) { id } }", { id });
    expect(outcome(res)).toBe("OK");
    singleIssue.set(key, res.data!.issue !== null);
  }
  return singleIssue.get(key)!;
}

const singleUnit = new Map<string, boolean>();
async function maySeeUnit(token: string, id: string): Promise<boolean> {
  const key = `${token}|${id}`;
  if (!singleUnit.has(key)) {
    const res = await h.gql(token, "query($id: ID!) { orgUnit(id: $id) { id } }", { id });
    expect(outcome(res)).toBe("OK");
    singleUnit.set(key, res.data!.orgUnit !== null);
  }
  return singleUnit.get(key)!;
}

/** The ids among `ids` whose single read `maySee` refuses, asked a few at a time. */
async function refused(ids: Iterable<string>, maySee: (id: string) => Promise<boolean>): Promise<string[]> {
  const all = [...new Set(ids)];
  const out: string[] = [];
  for (let i = 0; i < all.length; i += 25) {
    const chunk = all.slice(i, i + 25);
    const seen = await Promise.all(chunk.map(maySee));
    out.push(...chunk.filter((_, j) => !seen[j]));
  }
  return out;
}

// ---- every path that returns issues ----

const LIST = `query($f: IssueFilter, $after: String) { issues(filter: $f, first: 100, after: $after) {
  edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

/** Every id a filter lists, across all pages; null when the filter itself is refused. */
async function listed(token: string, filter: Record<string, unknown>): Promise<string[] | null> {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const res: GqlResult = await h.gql(token, LIST, { f: filter, after });
    if (res.errors) {
      expect(["FORBIDDEN", "BAD_USER_INPUT"]).toContain(outcome(res));
      return null;
    }
    ids.push(...res.data!.issues.edges.map((e: any) => e.node.id));
    if (!res.data!.issues.pageInfo.hasNextPage) break;
    after = res.data!.issues.pageInfo.endCursor;
  }
  return ids;
}

function issueFilters(): Record<string, unknown>[] {
  const units = ["沙坪坝区", "土主街道", "磁器口街道", "凤凰山社区", "凤凰山社区第1网格"].map((n) => (n === "沙坪坝区" ? DISTRICT : h.unit(n).id));
  return [
    {},
    ...units.map((under) => ({ under })),
    { states: ["ASSIGNED"] },
    { states: ["ASSIGNED", "REPORTED"] },
    { categoryCode: crossStreet.categoryCode },
    { priority: "HIGH" },
    { sort: "DUE_SOONEST" },
    { overdue: true },
    { assigneeId: "u-grid-worker" },
    { reportedByMe: true },
    ...["凤凰山社区", "凤凰山社区第1网格"].flatMap((n) => [
      { under: h.unit(n).id, states: ["ASSIGNED"] },
      { under: h.unit(n).id, categoryCode: crossStreet.categoryCode },
      { under: h.unit(n).id, sort: "DUE_SOONEST" },
    ]),
  ];
}

const reportProbe = async (token: string) => {
  // A report in 凤凰山 grid 1 of the category the stale entry is filed under: the suggestions.
  const res = await h.gql(token, REPORT, { i: reportInput(h.unit("凤凰山社区第1网格").id, { categoryCode: crossStreet.categoryCode, title: "通道被占" }) });
  if (res.errors) return [];
  return [res.data!.reportIssue.issue.id, ...res.data!.reportIssue.duplicateSuggestions.map((d: any) => d.id)];
};

/** The issues a council command files (CouncilIssuesPayload.issues), run as every role on 凤凰山's meeting. */
const councilIssuesProbe = (mutation: "createResolutionIssues" | "raiseDemands") => async (token: string, sub: string) => {
  const list = mutation === "raiseDemands" ? "demands" : "tasks";
  const input = {
    meetingId: council.meeting,
    ...(mutation === "createResolutionIssues" ? { itemId: council.item } : {}),
    idempotencyKey: `vis-${mutation}-${sub}`,
    [list]: [{ title: "议事会交办：楼道灯修复", description: "x", categoryCode: "FACILITY_STREETLIGHT", gridId: h.unit("凤凰山社区第1网格").id }],
  };
  const inputType = mutation === "raiseDemands" ? "RaiseDemandsInput" : "CreateResolutionIssuesInput";
  const res = await h.gql(token, `mutation($i: ${inputType}!) { out: ${mutation}(input: $i) { issues { id } } }`, { i: input });
  return res.errors ? [] : res.data!.out.issues.map((i: any) => i.id);
};

/** The probes, by the schema field they exercise. */
const ISSUE_PROBES: Record<string, (token: string, sub: string) => Promise<string[]>> = {
  "Query.issues": async (token) => (await Promise.all(issueFilters().map((f) => listed(token, f)))).flatMap((ids) => ids ?? []),
  "Mutation.reportIssue": reportProbe,
  "ReportIssuePayload.issue": reportProbe,
  "ReportIssuePayload.duplicateSuggestions": reportProbe,
  "Mutation.createResolutionIssues": councilIssuesProbe("createResolutionIssues"),
  "Mutation.raiseDemands": councilIssuesProbe("raiseDemands"),
  "CouncilIssuesPayload.issues": councilIssuesProbe("raiseDemands"),
};

/** A 凤凰山 council's meeting in session with one agenda item: what the council probes file from. */
const council = { meeting: "", item: "" };

it("has a probe for every field that returns issues, org units, notifications or any Node", () => {
  const schema: GraphQLSchema = buildContractSchema();
  const watched = new Set([
    "Issue",
    "IssueConnection",
    "OrgUnit",
    "OrgUnitConnection",
    "Notification",
    "NotificationConnection",
    "Viewer",
    "Person",
    "Team",
    "TeamConnection",
    "Volunteer",
    "VolunteerConnection",
    "Node",
  ]);
  // A payload that holds one of them is watched too: what a mutation answers is a path like any other.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && /Payload$/.test(type.name) && Object.values(type.getFields()).some((f) => watched.has(getNamedType(f.type).name))) watched.add(type.name);
  }
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__") || /Edge$|Connection$/.test(type.name)) continue;
    for (const field of Object.values(type.getFields())) {
      if (watched.has(getNamedType(field.type).name)) fields.push(`${type.name}.${field.name}`);
    }
  }
  // Not vacuous: the walk reached the payloads, the nested links and the other features' links.
  expect(fields).toEqual(
    expect.arrayContaining([
      "CouncilIssuesPayload.issues",
      "ReportIssuePayload.duplicateSuggestions",
      "Issue.assignee",
      "Council.unit",
      "Place.unit",
      "Volunteer.teams",
      "Mutation.joinTeam",
    ]),
  );
  const covered = [
    "Query.issue", // the single read itself
    ...Object.keys(ISSUE_PROBES),
    ...Object.keys(TRANSITIONS), // transitions: the issue acted on, refused unless visible
    ...Object.keys(UNIT_PROBES),
    ...Object.keys(UNIT_MUTATIONS),
    "Query.orgUnit",
    "Query.node", // node(id:) against both single reads, below
    "Query.me", // its scope: the Viewer.scope probe
    ...Object.keys(REFERENCE_PROBES),
    "Query.myNotifications", // probed below: only the reader's own
    "Query.unitNotifications", // probed below: only to admins over the unit
    "Issue.assignee", // probed below: only with the issue's details
    "Mutation.updatePerson", // probed below: the person themselves or an admin over them
    "Query.team", // the single reads of teams and registry entries themselves
    "Query.volunteer",
    ...Object.keys(TEAM_PROBES),
    ...Object.keys(VOLUNTEER_PROBES),
  ];
  expect(fields.filter((f) => !covered.includes(f))).toEqual([]);
});

it("lists, filters, payloads and duplicate suggestions return only issues the single read shows, for every role", async () => {
  const returned = new Map<string, number>();
  for (const actor of actors) {
    for (const [field, probe] of Object.entries(ISSUE_PROBES)) {
      const ids = await probe(actor.token, actor.sub);
      returned.set(field, (returned.get(field) ?? 0) + ids.length);
      const leaked = await refused(ids, (id) => maySeeIssue(actor.token, id));
      expect([actor.label, field, leaked]).toEqual([actor.label, field, []]);
    }
  }
  // Not vacuous: every probe returned something to someone (a probe refused for all would pass).
  for (const field of Object.keys(ISSUE_PROBES)) expect([field, (returned.get(field) ?? 0) > 0]).toEqual([field, true]);
}, 180_000);

it("shows an issue's assignee only to readers of its details, masked for partners", async () => {
  const shown = { full: 0, masked: 0 };
  for (const actor of actors) {
    for (const id of (await listed(actor.token, {})) ?? []) {
      const res = await ok(h.gql(actor.token, "query($id: ID!) { issue(id: $id) { reporter { personId } assignee { id name } } }", { id }));
      const { assignee, reporter } = res.issue;
      if (!assignee) continue;
      // Residents and volunteers read someone else's issue as its public status: no assignee.
      const publicReader = actor.role === Role.RESIDENT || actor.role === Role.VOLUNTEER;
      expect([actor.label, id, publicReader && reporter.personId !== actor.sub]).toEqual([actor.label, id, false]);
      const masked = /\*/.test(assignee.name);
      expect([actor.label, id, masked]).toEqual([actor.label, id, actor.role === Role.PARTNER]);
      shown[masked ? "masked" : "full"] += 1;
    }
  }
  expect(shown.full).toBeGreaterThan(0);
  expect(shown.masked).toBeGreaterThan(0);
}, 120_000);

it("keeps the cross-street issue from everyone its single read refuses, and shows it to the rest", async () => {
  const lists = async (token: string) => (await listed(token, { assigneeId: "u-grid-worker" })) ?? [];
  for (const actor of actors) {
    const single = await maySeeIssue(actor.token, crossStreet.id);
    const expected = ["district admin", "土主 street admin", "凤凰山 grid worker (the assignee)", "district partner"].includes(actor.label);
    expect([actor.label, single]).toEqual([actor.label, expected]);
    if (!single) expect([actor.label, (await lists(actor.token)).includes(crossStreet.id)]).toEqual([actor.label, false]);
  }
  // The probes are not vacuous: the issue is listed, through the same filter, to those who may see it.
  const district = actors.find((a) => a.label === "district admin")!;
  expect(await lists(district.token)).toContain(crossStreet.id);
  const assignee = actors.find((a) => a.label.includes("the assignee"))!;
  expect(await listed(assignee.token, { assigneeId: "u-grid-worker" })).toContain(crossStreet.id);
  // And the stale entry under 凤凰山 is there to be found by its admin's lists — and dropped.
  const admin = actors.find((a) => a.label === "凤凰山 community admin")!;
  const underFenghuang = await listed(admin.token, { under: h.unit("凤凰山社区").id });
  expect(underFenghuang).toContain(fenghuangIssue);
  expect(underFenghuang).not.toContain(crossStreet.id);
}, 120_000);

// ---- transitions: the issue acted on, refused unless visible ----

const TRANSITIONS = Object.fromEntries(Object.entries(transitionDocuments("{ id }")).map(([name, doc]) => [`Mutation.${doc.match(/\{ (\w+)\(/)![1]}`, name as TransitionName]));
const TRANSITION_DOCS = transitionDocuments("{ id title description }");
const transitionInput: Record<TransitionName, Record<string, unknown>> = {
  accept: {},
  reject: { reason: "x" },
  merge: { duplicateOfId: "is_none" },
  assign: {},
  escalate: { reason: "x" },
  return: { reason: "x" },
  start: {},
  resolve: { outcome: "FIXED", result: "x" },
  close: { satisfaction: 5 },
  reopen: { reason: "x" },
  supervise: { note: "x" },
  comment: { text: "x", idempotencyKey: "c-unseen" },
};

it("refuses every transition on an issue the actor may not see, before anything else is told", async () => {
  for (const actor of actors) {
    if (await maySeeIssue(actor.token, crossStreet.id)) continue;
    for (const [field, name] of Object.entries(TRANSITIONS)) {
      const res = await h.gql(actor.token, TRANSITION_DOCS[name], { i: { id: crossStreet.id, ...transitionInput[name] } });
      expect([actor.label, field, outcome(res), res.data ?? null]).toEqual([actor.label, field, "FORBIDDEN", null]);
    }
  }
}, 120_000);

// ---- org units ----

const UNIT = "{ id }";
/** Probes by field; each returns every unit id it was given. */
const UNIT_PROBES: Record<string, (token: string, orgId: string) => Promise<string[]>> = {
  "Query.orgUnits": async (token) => {
    const ids: string[] = [];
    for (const kind of ["STREET", "COMMUNITY", "GRID", "BUILDING"]) {
      const res = await h.gql(token, `query($k: OrgUnitKind!) { orgUnits(kind: $k, first: 100) { edges { node ${UNIT} } } }`, { k: kind });
      ids.push(...(res.data?.orgUnits.edges.map((e: any) => e.node.id) ?? []));
    }
    return ids;
  },
  "Query.searchOrgUnits": async (token) => {
    const res = await h.gql(token, `{ searchOrgUnits(name: "社区", first: 100) { edges { node ${UNIT} } } }`);
    return res.data?.searchOrgUnits.edges.map((e: any) => e.node.id) ?? [];
  },
  "OrgUnit.parent": async (token, orgId) => nested(token, orgId, `parent ${UNIT}`, (u) => (u.parent ? [u.parent.id] : [])),
  "OrgUnit.ancestors": async (token, orgId) => nested(token, orgId, `ancestors ${UNIT}`, (u) => u.ancestors.map((a: any) => a.id)),
  "OrgUnit.children": async (token, orgId) => nested(token, orgId, `children(first: 100) { edges { node ${UNIT} } }`, (u) => u.children.edges.map((e: any) => e.node.id)),
  // Links to a unit from the other features' objects, read through each type's own list.
  "Council.unit": (token) => linkedUnits(token, "councils(first: 100)", "councils"),
  "Place.unit": (token) => linkedUnits(token, "places(first: 100)", "places"),
  "MediationCase.unit": (token) => linkedUnits(token, "mediationCases(first: 100)", "mediationCases"),
  "Notice.unit": (token) => linkedUnits(token, "notices(first: 100)", "notices"),
  // Teams are public: every reader lists the district's, most of whose units lie outside their scope.
  "Team.unit": async (token) => {
    const ids: string[] = [];
    for (const u of [DISTRICT, h.unit("土主街道").id, h.unit("凤凰山社区").id]) {
      const res = await h.gql(token, `query($u: ID) { teams(unitId: $u, first: 100) { edges { node { unit ${UNIT} } } } }`, { u });
      ids.push(...(res.data?.teams.edges ?? []).flatMap((e: any) => (e.node.unit ? [e.node.unit.id] : [])));
    }
    return ids;
  },
  "Volunteer.unit": async (token) => (await entriesAs(token)).flatMap((e) => (e.unit ? [e.unit.id] : [])),
  "Viewer.scope": async (token) => {
    const res = await h.gql(token, `{ me { scope ${UNIT} } }`);
    return res.data ? [res.data.me.scope.id] : [];
  },
};

async function linkedUnits(token: string, list: string, field: string): Promise<string[]> {
  const res = await h.gql(token, `{ ${list} { edges { node { unit ${UNIT} } } } }`);
  return (res.data?.[field]?.edges ?? []).flatMap((e: any) => (e.node.unit ? [e.node.unit.id] : []));
}

async function nested(token: string, orgId: string, selection: string, pick: (u: any) => string[]): Promise<string[]> {
  const res = await h.gql(token, `query($id: ID!) { orgUnit(id: $id) { ${selection} } }`, { id: orgId });
  return res.data ? pick(res.data.orgUnit) : [];
}

/**
 * Mutations that return a unit, run as every role on 凤凰山社区第1网格 — each set to what already
 * holds (a repeat answers with the unit and writes nothing), but a creation — so whatever a
 * role is answered, its single read must show.
 */
const GRID1 = () => h.unit("凤凰山社区第1网格");
const unitMutation = (doc: string, input: (sub: string) => Record<string, unknown>) => async (token: string, sub: string) => {
  const res = await h.gql(token, doc, { i: input(sub) });
  return res.errors ? [] : [Object.values(res.data!)[0].id as string];
};
const UNIT_MUTATIONS: Record<string, (token: string, sub: string) => Promise<string[]>> = {
  "Mutation.createOrgUnit": unitMutation("mutation($i: CreateOrgUnitInput!) { u: createOrgUnit(input: $i) { id } }", (sub) => ({
    parentId: GRID1().id,
    kind: "BUILDING",
    segment: String(900 + actors.findIndex((a) => a.sub === sub)),
    name: "探针楼",
    idempotencyKey: `vis-unit-${sub}`,
  })),
  "Mutation.renameOrgUnit": unitMutation("mutation($i: RenameOrgUnitInput!) { u: renameOrgUnit(input: $i) { id } }", () => ({ id: GRID1().id, name: GRID1().name })),
  "Mutation.moveOrgUnit": unitMutation("mutation($i: MoveOrgUnitInput!) { u: moveOrgUnit(input: $i) { id } }", () => ({
    id: GRID1().id,
    newParentId: GRID1().parentId,
    segment: GRID1().code.slice(-2),
  })),
  "Mutation.assignGridWorker": unitMutation("mutation($i: AssignGridWorkerInput!) { u: assignGridWorker(input: $i) { id } }", () => ({
    gridId: GRID1().id,
    userId: "u-grid-worker",
  })),
  "Mutation.setPartyBranch": unitMutation("mutation($i: SetPartyBranchInput!) { u: setPartyBranch(input: $i) { id } }", () => ({
    gridId: GRID1().id,
    ...(GRID1().partyBranch ?? { name: "探针党支部", secretary: "张敏", memberCount: 8 }),
  })),
};

/** Units an issue names, read through every issue a role may list: the unit rule, or a reference only. */
const referenceProbe = (field: "grid" | "handlingUnit" | "assignedUnit") => async (token: string) => {
  const out: { id: string; partyBranch: unknown }[] = [];
  for (const id of (await listed(token, {})) ?? []) {
    const res = await h.gql(token, `query($id: ID!) { issue(id: $id) { u: ${field} { id partyBranch { name } } } }`, { id });
    if (res.data?.issue?.u) out.push(res.data.issue.u);
  }
  return out;
};
const REFERENCE_PROBES = { "Issue.grid": referenceProbe("grid"), "Issue.handlingUnit": referenceProbe("handlingUnit"), "Issue.assignedUnit": referenceProbe("assignedUnit") };

it("lists, searches, parents, ancestors, children, links and unit mutations return only units the single read shows, for every role", async () => {
  const returned = new Map<string, number>();
  const probes: [string, (actor: (typeof actors)[number]) => Promise<string[]>][] = [
    ...Object.entries(UNIT_PROBES).map(([f, p]) => [f, (a: (typeof actors)[number]) => p(a.token, a.orgId)] as [string, (a: (typeof actors)[number]) => Promise<string[]>]),
    ...Object.entries(UNIT_MUTATIONS).map(([f, p]) => [f, (a: (typeof actors)[number]) => p(a.token, a.sub)] as [string, (a: (typeof actors)[number]) => Promise<string[]>]),
  ];
  for (const actor of actors) {
    for (const [field, probe] of probes) {
      const ids = await probe(actor);
      returned.set(field, (returned.get(field) ?? 0) + ids.length);
      const leaked = await refused(ids, (id) => maySeeUnit(actor.token, id));
      expect([actor.label, field, leaked]).toEqual([actor.label, field, []]);
    }
  }
  // Not vacuous: every probe returned a unit to someone.
  for (const [field] of probes) expect([field, (returned.get(field) ?? 0) > 0]).toEqual([field, true]);
}, 240_000);

it("names the units of an issue as the unit rule allows, or as references without a party branch", async () => {
  const returned = new Map<string, number>();
  for (const actor of actors) {
    for (const [field, probe] of Object.entries(REFERENCE_PROBES)) {
      const units = await probe(actor.token);
      returned.set(field, (returned.get(field) ?? 0) + units.length);
      for (const unit of units) if (!(await maySeeUnit(actor.token, unit.id))) expect([actor.label, field, unit.partyBranch]).toEqual([actor.label, field, null]);
    }
  }
  for (const field of Object.keys(REFERENCE_PROBES)) expect([field, (returned.get(field) ?? 0) > 0]).toEqual([field, true]);
}, 240_000);

it("shows the units an out-of-scope issue names only as references", async () => {
  const assignee = actors.find((a) => a.label.includes("the assignee"))!;
  const res = await h.gql(assignee.token, "query($id: ID!) { issue(id: $id) { grid { id path partyBranch { secretary } parent { id } ancestors { id } } } }", {
    id: crossStreet.id,
  });
  expect(outcome(res)).toBe("OK");
  const grid = res.data!.issue.grid;
  expect(await maySeeUnit(assignee.token, grid.id)).toBe(false);
  expect(grid.partyBranch).toBeNull();
  expect(grid.parent).toBeNull(); // 土主's community: not the assignee's to see
  for (const a of grid.ancestors) expect(await maySeeUnit(assignee.token, a.id)).toBe(true);
});

// ---- volunteer teams and registry entries: team(id) for every role but partners, volunteer(id)
// for the volunteer themselves and the admins over their home unit ----

/** The entries registered here, beside the demo's 苏雪 (CQ5001060001, 金蓉社区). */
const registry = { fenghuang: [] as string[], tuzhu: "" };
const entries = () => [volunteerId("CQ5001060001"), ...registry.fenghuang, registry.tuzhu];
const teamsOf = {
  fenghuangSquad: () => demoTeamId(h.unit("凤凰山社区").id, "squad"),
  jinrongSquad: () => demoTeamId(h.unit("金蓉社区").id, "squad"),
  tuzhuBranch: () => demoTeamId(h.unit("土主街道").id, "branch"),
};

const singleTeam = new Map<string, boolean>();
async function maySeeTeam(token: string, id: string): Promise<boolean> {
  const key = `${token}|${id}`;
  if (!singleTeam.has(key)) {
    const res = await h.gql(token, "query($id: ID!) { team(id: $id) { id } }", { id });
    expect(outcome(res)).toBe("OK");
    singleTeam.set(key, res.data!.team !== null);
  }
  return singleTeam.get(key)!;
}

const singleVolunteer = new Map<string, boolean>();
async function maySeeVolunteer(token: string, id: string): Promise<boolean> {
  const key = `${token}|${id}`;
  if (!singleVolunteer.has(key)) {
    const res = await h.gql(token, "query($id: ID!) { volunteer(id: $id) { id } }", { id });
    expect(outcome(res)).toBe("OK");
    singleVolunteer.set(key, res.data!.volunteer !== null);
  }
  return singleVolunteer.get(key)!;
}

const ENTRY = "{ id unit { id } teams { id } }";
/** The registry entries a reader reaches: the lists (admins) and each entry's single read (the volunteer themselves too). */
async function entriesAs(token: string): Promise<{ id: string; unit: { id: string } | null; teams: { id: string }[] }[]> {
  const out: any[] = [];
  for (const u of [null, DISTRICT, h.unit("凤凰山社区").id]) {
    const res = await h.gql(token, `query($u: ID) { volunteers(unitId: $u, first: 100) { edges { node ${ENTRY} } } }`, { u });
    out.push(...(res.data?.volunteers.edges ?? []).map((e: any) => e.node));
  }
  for (const id of entries()) {
    const res = await h.gql(token, `query($id: ID!) { volunteer(id: $id) ${ENTRY} }`, { id });
    if (res.data?.volunteer) out.push(res.data.volunteer);
  }
  return out;
}

/** Probes of the paths that return teams, by field; each returns every team id it was given. */
const TEAM_PROBES: Record<string, (token: string, sub: string) => Promise<string[]>> = {
  "Query.teams": async (token) => {
    const ids: string[] = [];
    for (const u of [null, DISTRICT, h.unit("土主街道").id, h.unit("凤凰山社区").id]) {
      for (const kind of [null, "SQUAD", "SPECIALIST"]) {
        const res = await h.gql(token, "query($u: ID, $k: TeamKind) { teams(unitId: $u, kind: $k, first: 100) { edges { node { id } } } }", { u, k: kind });
        ids.push(...(res.data?.teams.edges ?? []).map((e: any) => e.node.id));
      }
    }
    return ids;
  },
  "Volunteer.teams": async (token) => (await entriesAs(token)).flatMap((e) => e.teams.map((t) => t.id)),
  // A team of 凤凰山社区, a key per actor: formed for the admins over it, refused to everyone else.
  "Mutation.createTeam": async (token, sub) => {
    const res = await h.gql(token, "mutation($i: CreateTeamInput!) { out: createTeam(input: $i) { id } }", {
      i: { idempotencyKey: `vis-team-${sub}`, kind: "SPECIALIST", specialty: "OTHER", name: "探针志愿队", unitId: h.unit("凤凰山社区").id },
    });
    return res.errors ? [] : [res.data!.out.id];
  },
  // 凤凰山's second entry onto its squad: the first admin over both adds it, the others' repeats answer the team.
  "Mutation.joinTeam": async (token) => {
    const res = await h.gql(token, "mutation($i: JoinTeamInput!) { out: joinTeam(input: $i) { id } }", {
      i: { teamId: teamsOf.fenghuangSquad(), volunteerId: registry.fenghuang[1] },
    });
    return res.errors ? [] : [res.data!.out.id];
  },
};

/** Probes of the paths that return registry entries, by field; each returns every entry id it was given. */
const VOLUNTEER_PROBES: Record<string, (token: string, sub: string) => Promise<string[]>> = {
  "Query.volunteers": async (token) => {
    const ids: string[] = [];
    const lists = [
      ...[null, DISTRICT, "土主街道", "磁器口街道", "凤凰山社区", "金蓉社区"].map((u) => ({ unitId: u === null || u === DISTRICT ? u : h.unit(u).id })),
      ...[teamsOf.fenghuangSquad(), teamsOf.jinrongSquad(), teamsOf.tuzhuBranch()].map((teamId) => ({ teamId })),
    ];
    for (const vars of lists) {
      const res = await h.gql(token, "query($unitId: ID, $teamId: ID) { volunteers(unitId: $unitId, teamId: $teamId, first: 100) { edges { node { id } } } }", vars);
      ids.push(...(res.data?.volunteers.edges ?? []).map((e: any) => e.node.id));
    }
    return ids;
  },
  // An entry of 凤凰山社区, a number and ID number per actor: registered for the admins over it.
  "Mutation.registerVolunteer": async (token, sub) => {
    const n = actors.findIndex((a) => a.sub === sub);
    const res = await h.gql(token, "mutation($i: RegisterVolunteerInput!) { out: registerVolunteer(input: $i) { id } }", {
      i: { volunteerNumber: `CQVISPROBE${n}`, name: "探针志愿者", idNumber: residentIdNumber(3100 + n), unitId: h.unit("凤凰山社区").id },
    });
    return res.errors ? [] : [res.data!.out.id];
  },
};

it("lists, rosters, a volunteer's teams and the volunteers' mutations return only teams and entries the single reads show, for every role", async () => {
  const returned = new Map<string, number>();
  const probes: [string, (token: string, sub: string) => Promise<string[]>, (token: string, id: string) => Promise<boolean>][] = [
    ...Object.entries(TEAM_PROBES).map(([f, p]) => [f, p, maySeeTeam] as [string, typeof p, typeof maySeeTeam]),
    ...Object.entries(VOLUNTEER_PROBES).map(([f, p]) => [f, p, maySeeVolunteer] as [string, typeof p, typeof maySeeVolunteer]),
  ];
  for (const actor of actors) {
    for (const [field, probe, maySee] of probes) {
      const ids = await probe(actor.token, actor.sub);
      returned.set(field, (returned.get(field) ?? 0) + ids.length);
      const leaked = await refused(ids, (id) => maySee(actor.token, id));
      expect([actor.label, field, leaked]).toEqual([actor.label, field, []]);
    }
  }
  // Not vacuous: every probe returned a team or an entry to someone.
  for (const [field] of probes) expect([field, (returned.get(field) ?? 0) > 0]).toEqual([field, true]);
}, 240_000);

it("answers node(id) for teams and registry entries exactly as team(id) and volunteer(id) do", async () => {
  const teams = [demoTeamId(DISTRICT, "corps"), teamsOf.fenghuangSquad(), teamsOf.jinrongSquad(), teamsOf.tuzhuBranch()];
  const seen = { Team: 0, Volunteer: 0, hidden: 0 };
  for (const actor of actors) {
    for (const [ids, typename, maySee] of [
      [teams, "Team", maySeeTeam],
      [entries(), "Volunteer", maySeeVolunteer],
    ] as const) {
      for (const id of ids) {
        const res = await h.gql(actor.token, "query($id: ID!) { node(id: $id) { __typename id } }", { id });
        expect(outcome(res)).toBe("OK");
        const expected = (await maySee(actor.token, id)) ? { __typename: typename, id } : null;
        expect([actor.label, id, res.data!.node]).toEqual([actor.label, id, expected]);
        if (expected) seen[typename] += 1;
        else seen.hidden += 1;
      }
    }
    for (const unknown of ["vt_01ARZ3NDEKTSV4RRFFQ69G5FAV", "vo_0000000000000000000000"]) {
      const res = await h.gql(actor.token, "query($id: ID!) { node(id: $id) { id } }", { id: unknown });
      expect([actor.label, unknown, outcome(res), res.data?.node]).toEqual([actor.label, unknown, "OK", null]);
    }
  }
  // Not vacuous: each type was shown to someone and something was hidden from someone.
  expect(seen.Team).toBeGreaterThan(0);
  expect(seen.Volunteer).toBeGreaterThan(0);
  expect(seen.hidden).toBeGreaterThan(0);
}, 120_000);

// ---- notifications: a person's own, or a unit's for that unit's admins in scope ----

it("serves notifications only to their recipient or to admins over the recipient unit", async () => {
  const tuzhuCommunity = h.demo.units.find((u) => u.kind === "COMMUNITY" && u.ancestorIds[1] === h.unit("土主街道").id)!;
  for (const actor of actors) {
    const res = await h.gql(actor.token, "query($u: ID) { unitNotifications(unitId: $u) { edges { node { id message } } } }", { u: tuzhuCommunity.id });
    const inReach = ["district admin", "土主 street admin"].includes(actor.label);
    expect([actor.label, outcome(res)]).toEqual([actor.label, inReach ? "OK" : "FORBIDDEN"]);
  }
  const assignee = actors.find((a) => a.label.includes("the assignee"))!;
  const mine = await h.gql(assignee.token, "{ myNotifications { edges { node { subject { type id } } } } }");
  const issueIds = mine.data!.myNotifications.edges.map((e: any) => e.node.subject.id);
  expect(issueIds).toContain(crossStreet.id);
  for (const id of issueIds) expect(await maySeeIssue(assignee.token, id)).toBe(true);
});

// ---- node(id:): the same answer as the type's single read, whatever the id's form ----

it("answers node(id) exactly as issue(id) and orgUnit(id) do, for seeded unit codes and ou_ ids alike, and null for unknown ids", async () => {
  const tuzhuGrid = h.demo.units.find((u) => u.kind === "GRID" && u.ancestorIds[1] === h.unit("土主街道").id)!;
  const units = [DISTRICT, h.unit("土主街道").id, h.unit("凤凰山社区").id, h.unit("凤凰山社区第1网格").id, tuzhuGrid.id, h.unit("金蓉社区").id, createdUnit];
  const NODE = "query($id: ID!) { node(id: $id) { __typename id } }";
  const seen = { Issue: 0, OrgUnit: 0, hidden: 0 };
  for (const actor of actors) {
    for (const [ids, typename, maySee] of [
      [[crossStreet.id, fenghuangIssue], "Issue", maySeeIssue],
      [units, "OrgUnit", maySeeUnit],
    ] as const) {
      for (const id of ids) {
        const res = await h.gql(actor.token, NODE, { id });
        expect(outcome(res)).toBe("OK");
        const expected = (await maySee(actor.token, id)) ? { __typename: typename, id } : null;
        expect([actor.label, id, res.data!.node]).toEqual([actor.label, id, expected]);
        if (expected) seen[typename] += 1;
        else seen.hidden += 1;
      }
    }
    for (const unknown of ["is_01ARZ3NDEKTSV4RRFFQ69G5FAV", "ou_01ARZ3NDEKTSV4RRFFQ69G5FAV", "nt_nothing", "50010699999999", "xx_unknown"]) {
      const res = await h.gql(actor.token, NODE, { id: unknown });
      expect([actor.label, unknown, outcome(res), res.data?.node]).toEqual([actor.label, unknown, "OK", null]);
    }
  }
  // Not vacuous: every type was shown to someone and something was hidden from someone.
  expect(seen.Issue).toBeGreaterThan(0);
  expect(seen.OrgUnit).toBeGreaterThan(0);
  expect(seen.hidden).toBeGreaterThan(0);
  // An ou_ id and a seeded code both reach the unit for one who may see it.
  const district = actors.find((a) => a.label === "district admin")!;
  for (const id of [createdUnit, tuzhuGrid.id]) {
    expect((await h.gql(district.token, "query($id: ID!) { node(id: $id) { ... on OrgUnit { id kind } } }", { id })).data!.node).toEqual({ id, kind: "GRID" });
  }
}, 120_000);

it("answers node(id) for a notice to whoever may read its board", async () => {
  const district = actors.find((a) => a.label === "district admin")!;
  const board = await ok(h.gql(district.token, "{ notices(first: 1) { edges { node { id title } } } }"));
  const notice = board.notices.edges[0].node;
  expect(notice.id).toMatch(/^nt_/);
  for (const actor of actors) {
    // The demo's notice is on the district's board: every role reads the district's board.
    const res = await h.gql(actor.token, "query($id: ID!) { node(id: $id) { __typename id ... on Notice { unitId } } }", { id: notice.id });
    expect([actor.label, res.data?.node]).toEqual([actor.label, { __typename: "Notice", id: notice.id, unitId: DISTRICT }]);
  }
});
