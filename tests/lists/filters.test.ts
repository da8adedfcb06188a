// Every filter of every list filters. The filters are enumerated from the built schema — each
// argument of each field that returns a connection (and of Query.timetableNear), paging and the
// near-me point aside, IssueFilter's fields one by one — and the case table below must hold
// exactly one case for each, so a new filter without a case (or a case for a filter that is
// gone) fails here. Each case reads its list without the filter (B, the baseline: the same other
// arguments, every page, as an actor who sees a lot) and with it (F), and asserts that F is not
// empty, that every node of F satisfies the filter's predicate, that B holds a node that does not
// (so a server ignoring the filter fails), and — where B is a superset of F by construction —
// that every node of B satisfying the predicate is in F and every node of F is in B.
import { getNamedType, isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from "graphql";
import { buildContractSchema } from "../../api/server";
import { createHarness, ok, type Harness } from "../helpers/harness";
import { at, buildWorld, POINT, readConnection, type World } from "./world";

const schema: GraphQLSchema = buildContractSchema();

/** Arguments that page a list, and the point a near-me search is about: not filters. */
const NOT_FILTERS = ["first", "after", "latitude", "longitude"];

/** "Type.field(arg)" for every filter of every list, from the schema; an input object's fields one by one. */
function filtersInSchema(): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      const connection = isObjectType(returned) && "edges" in returned.getFields() && "pageInfo" in returned.getFields();
      if (!connection && `${type.name}.${field.name}` !== "Query.timetableNear") continue;
      for (const arg of field.args) {
        if (NOT_FILTERS.includes(arg.name)) continue;
        const input = getNamedType(arg.type);
        if (isInputObjectType(input)) for (const name of Object.keys(input.getFields())) found.push(`${type.name}.${field.name}(${arg.name}.${name})`);
        else found.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
  }
  return found.sort();
}

// ---- the lists, as read here ----

const PAGE = "pageInfo { hasNextPage endCursor }";
const ISSUE = "id state priority categoryCode createdAt dueAt overdue grid { path } assignee { id } reporter { personId }";
const UNIT = "id kind name path";
const SESSION = "distanceMetres place { id kind } slot { weekday start end department }";

interface List {
  read(h: Harness, token: string, vars: Record<string, unknown>): Promise<any[]>;
  /** What tells two nodes of the list apart. */
  key(node: any): string;
}

const connection = (query: string, path: string[], key: (node: any) => string = (n) => n.id): List => ({
  read: (h, token, vars) => readConnection(h, token, query, path, vars),
  key,
});

const ORG_UNITS = connection(
  `query($kind: OrgUnitKind!, $under: ID, $first: Int, $after: String) { orgUnits(kind: $kind, under: $under, first: $first, after: $after) { edges { node { ${UNIT} } } ${PAGE} } }`,
  ["orgUnits"],
);
const UNIT_KINDS = (() => {
  const kinds = schema.getType("OrgUnitKind");
  if (!isEnumType(kinds)) throw new Error("OrgUnitKind is not an enum");
  return kinds.getValues().map((v) => v.name);
})();

const LISTS = {
  issues: connection(`query($f: IssueFilter, $first: Int, $after: String) { issues(filter: $f, first: $first, after: $after) { edges { node { ${ISSUE} } } ${PAGE} } }`, [
    "issues",
  ]),
  orgUnits: ORG_UNITS,
  /** Every unit beneath `under`, of every kind: orgUnits without its (required) kind. */
  unitsBeneath: {
    async read(h, token, vars) {
      const all: any[] = [];
      for (const kind of UNIT_KINDS) all.push(...(await ORG_UNITS.read(h, token, { ...vars, kind })));
      return all;
    },
    key: (n) => n.id,
  } satisfies List,
  searchOrgUnits: connection(
    `query($name: String!, $under: ID, $first: Int, $after: String) { searchOrgUnits(name: $name, under: $under, first: $first, after: $after) { edges { node { ${UNIT} } } ${PAGE} } }`,
    ["searchOrgUnits"],
  ),
  councils: connection(
    `query($kind: CouncilKind, $unitId: ID, $first: Int, $after: String) { councils(kind: $kind, unitId: $unitId, first: $first, after: $after) { edges { node { id kind unit { path } } } ${PAGE} } }`,
    ["councils"],
  ),
  councilTasks: connection(
    `query($id: ID!, $standing: TaskStanding, $first: Int, $after: String) { council(id: $id) { tasks(standing: $standing, first: $first, after: $after) { edges { node { issueId standing issueState } } ${PAGE} } } }`,
    ["council", "tasks"],
    (n) => n.issueId,
  ),
  councilMeetings: connection(
    `query($id: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String) { council(id: $id) { meetings(from: $from, to: $to, first: $first, after: $after) { edges { node { id startsAt } } ${PAGE} } } }`,
    ["council", "meetings"],
  ),
  meetings: connection(
    `query($unitId: ID, $from: DateTime, $to: DateTime, $first: Int, $after: String) { meetings(unitId: $unitId, from: $from, to: $to, first: $first, after: $after) { edges { node { id startsAt council { unit { path } } } } ${PAGE} } }`,
    ["meetings"],
  ),
  mediationCases: connection(
    `query($unitId: ID, $state: MediationState, $mine: Boolean, $first: Int, $after: String) { mediationCases(unitId: $unitId, state: $state, mine: $mine, first: $first, after: $after) { edges { node { id state unit { path } mediators { personId } parties { personId } } } ${PAGE} } }`,
    ["mediationCases"],
  ),
  overdueObligations: connection(
    `query($unitId: ID, $first: Int, $after: String) { overdueObligations(unitId: $unitId, first: $first, after: $after) { edges { node { case { id unit { path } } obligation { id dueAt overdue } } } ${PAGE} } }`,
    ["overdueObligations"],
    (n) => `${n.case.id}#${n.obligation.id}`,
  ),
  places: connection(
    `query($unitId: ID, $first: Int, $after: String) { places(unitId: $unitId, first: $first, after: $after) { edges { node { id kind unit { path } } } ${PAGE} } }`,
    ["places"],
  ),
  placesNear: connection(
    `query($latitude: Float!, $longitude: Float!, $kind: PlaceKind, $radiusMetres: Float, $walkingMinutes: Int, $first: Int, $after: String) {
      placesNear(latitude: $latitude, longitude: $longitude, kind: $kind, radiusMetres: $radiusMetres, walkingMinutes: $walkingMinutes, first: $first, after: $after) {
        edges { node { distanceMetres place { id kind } } } ${PAGE} } }`,
    ["placesNear"],
    (n) => n.place.id,
  ),
  /** The week's sessions, one node per session, with the day it is listed under. */
  timetableNear: {
    async read(h, token, vars) {
      const res = await h.gql(
        token,
        `query($latitude: Float!, $longitude: Float!, $kind: PlaceKind, $radiusMetres: Float, $walkingMinutes: Int, $weekday: Weekday) {
          timetableNear(latitude: $latitude, longitude: $longitude, kind: $kind, radiusMetres: $radiusMetres, walkingMinutes: $walkingMinutes, weekday: $weekday) {
            days { weekday sessions { ${SESSION} } } } }`,
        vars,
      );
      if (res.errors?.length) throw new Error(`timetableNear(${JSON.stringify(vars)}) failed: ${JSON.stringify(res.errors)}`);
      return res.data!.timetableNear.days.flatMap((d: any) => d.sessions.map((s: any) => ({ day: d.weekday, ...s })));
    },
    key: (n) => `${n.place.id} ${n.day} ${n.slot.weekday} ${n.slot.start} ${n.slot.department}`,
  } satisfies List,
  notices: connection(
    `query($unitId: ID, $first: Int, $after: String) { notices(unitId: $unitId, first: $first, after: $after) { edges { node { id unit { path } } } ${PAGE} } }`,
    ["notices"],
  ),
  teams: connection(
    `query($unitId: ID, $kind: TeamKind, $first: Int, $after: String) { teams(unitId: $unitId, kind: $kind, first: $first, after: $after) { edges { node { id kind unit { path } } } ${PAGE} } }`,
    ["teams"],
  ),
  volunteers: connection(
    `query($unitId: ID, $teamId: ID, $first: Int, $after: String) { volunteers(unitId: $unitId, teamId: $teamId, first: $first, after: $after) { edges { node { id unit { path } teams { id } } } ${PAGE} } }`,
    ["volunteers"],
  ),
  unitNotifications: connection(
    `query($unitId: ID, $first: Int, $after: String) { unitNotifications(unitId: $unitId, first: $first, after: $after) { edges { node { id kind subject { id type } } } ${PAGE} } }`,
    ["unitNotifications"],
  ),
} satisfies Record<string, List>;

// ---- the cases ----

interface Read {
  list: keyof typeof LISTS;
  vars: Record<string, unknown>;
}

interface Case {
  /** Who reads both lists (default: the district admin). */
  as?: (w: World) => string;
  base: (w: World) => Read;
  filtered: (w: World) => Read;
  /** The filter's predicate on one node. */
  holds: (w: World) => (node: any) => boolean | Promise<boolean>;
  /** true when B is a superset of F by construction; otherwise why it is not. */
  superset: true | string;
  /** For orderings: what is out of order in F, or null. */
  order?: (nodes: any[]) => string | null;
}

/** A path at or beneath a unit's path. */
const beneath = (path: string | undefined, unitPath: string) => path !== undefined && (path === unitPath || path.startsWith(`${unitPath}/`));
const time = (value: string) => Date.parse(value);
const WAITING = ["ASSIGNED", "IN_PROGRESS"];
/** An issue marked overdue outside the dispatched states: the field and the list disagree. */
const fail = (n: { id: string; state: string }): never => {
  throw new Error(`${n.id} is ${n.state} and marked overdue: only dispatched issues run against a deadline.`);
};
const soonestFirst = (nodes: any[]) => {
  const i = nodes.findIndex((n, j) => j > 0 && time(nodes[j - 1].dueAt) > time(n.dueAt));
  return i < 0 ? null : `${nodes[i - 1].id} (due ${nodes[i - 1].dueAt}) before ${nodes[i].id} (due ${nodes[i].dueAt})`;
};

/** An issue-list case: the same list, without and with one field of IssueFilter. */
const issues = (filter: Record<string, unknown> | ((w: World) => Record<string, unknown>), holds: Case["holds"], extra: Partial<Case> = {}): Case => ({
  base: () => ({ list: "issues", vars: { f: {} } }),
  filtered: (w) => ({ list: "issues", vars: { f: typeof filter === "function" ? filter(w) : filter } }),
  holds,
  superset: true,
  ...extra,
});

const TEN_DAYS_AGO = at(-10);
const IN_25_DAYS = at(25);
const IN_30_DAYS = at(30);
const near = (vars: Record<string, unknown>) => ({ ...POINT, ...vars });

const CASES: Record<string, Case> = {
  // ---- Query.issues: the district admin sees every issue, so B (all of them) holds every issue
  // any filter can list — an assignment across streets included ----
  "Query.issues(filter.assigneeId)": issues({ assigneeId: "u-grid-worker" }, () => (n) => n.assignee?.id === "u-grid-worker"),
  "Query.issues(filter.categoryCode)": issues({ categoryCode: "LOCKOUT" }, () => (n) => n.categoryCode === "LOCKOUT"),
  "Query.issues(filter.createdAfter)": issues({ createdAfter: TEN_DAYS_AGO }, () => (n) => time(n.createdAt) >= time(TEN_DAYS_AGO)),
  "Query.issues(filter.createdBefore)": issues({ createdBefore: TEN_DAYS_AGO }, () => (n) => time(n.createdAt) <= time(TEN_DAYS_AGO)),
  // Exactly the issues whose `overdue` field is true (dispatched — ASSIGNED or IN_PROGRESS — and
  // past the deadline; a RESOLVED issue waits on its verification, not on its handler), soonest first.
  "Query.issues(filter.overdue)": issues({ overdue: true }, () => (n) => n.overdue === true && (WAITING.includes(n.state) || fail(n)), {
    order: soonestFirst,
  }),
  "Query.issues(filter.priority)": issues({ priority: "URGENT" }, () => (n) => n.priority === "URGENT"),
  // A resident lists their community's issues; their own reports are all in it (a resident
  // reports only in a grid of their community).
  "Query.issues(filter.reportedByMe)": issues({ reportedByMe: true }, () => (n) => n.reporter.personId === "u-resident", { as: (w) => w.tokens.resident }),
  // An ordering: open, assigned issues with a deadline, soonest first.
  "Query.issues(filter.sort)": issues({ sort: "DUE_SOONEST" }, () => (n) => WAITING.includes(n.state) && n.dueAt !== null, { order: soonestFirst }),
  "Query.issues(filter.states)": issues({ states: ["CLOSED", "REJECTED"] }, () => (n) => n.state === "CLOSED" || n.state === "REJECTED"),
  "Query.issues(filter.under)": issues(
    (w) => ({ under: w.units.ciqikou.id }),
    (w) => (n) => beneath(n.grid.path, w.units.ciqikou.path),
  ),

  // ---- the org hierarchy ----
  // kind is required: B is every kind's list beneath the same unit, together.
  "Query.orgUnits(kind)": {
    base: (w) => ({ list: "unitsBeneath", vars: { under: w.units.ciqikou.id } }),
    filtered: (w) => ({ list: "orgUnits", vars: { under: w.units.ciqikou.id, kind: "GRID" } }),
    holds: () => (n) => n.kind === "GRID",
    superset: true,
  },
  "Query.orgUnits(under)": {
    base: () => ({ list: "orgUnits", vars: { kind: "COMMUNITY" } }),
    filtered: (w) => ({ list: "orgUnits", vars: { kind: "COMMUNITY", under: w.units.ciqikou.id } }),
    holds: (w) => (n) => n.path.startsWith(`${w.units.ciqikou.path}/`),
    superset: true,
  },
  // name is required: B is every unit beneath the same unit (what the search reads through).
  "Query.searchOrgUnits(name)": {
    base: (w) => ({ list: "unitsBeneath", vars: { under: w.units.ciqikou.id } }),
    filtered: (w) => ({ list: "searchOrgUnits", vars: { name: "凤凰山", under: w.units.ciqikou.id } }),
    holds: () => (n) => n.name.includes("凤凰山"),
    superset: true,
  },
  "Query.searchOrgUnits(under)": {
    base: () => ({ list: "searchOrgUnits", vars: { name: "第1网格" } }),
    filtered: (w) => ({ list: "searchOrgUnits", vars: { name: "第1网格", under: w.units.ciqikou.id } }),
    holds: (w) => (n) => beneath(n.path, w.units.ciqikou.path),
    superset: true,
  },

  // ---- councils and meetings ----
  "Query.councils(kind)": {
    base: () => ({ list: "councils", vars: {} }),
    filtered: () => ({ list: "councils", vars: { kind: "HALL" } }),
    holds: () => (n) => n.kind === "HALL",
    superset: true,
  },
  "Query.councils(unitId)": {
    base: () => ({ list: "councils", vars: {} }),
    filtered: (w) => ({ list: "councils", vars: { unitId: w.units.fenghuangshan.id } }),
    holds: (w) => (n) => beneath(n.unit?.path, w.units.fenghuangshan.path),
    superset: true,
  },
  "Council.tasks(standing)": {
    base: (w) => ({ list: "councilTasks", vars: { id: w.council.id } }),
    filtered: (w) => ({ list: "councilTasks", vars: { id: w.council.id, standing: "CLOSED" } }),
    holds: () => (n) => n.standing === "CLOSED" && n.issueState === "CLOSED",
    superset: "standing defaults to OPEN: no read without it lists every standing, so B is the open tasks and shares no node with F",
  },
  "Council.meetings(from)": {
    base: (w) => ({ list: "councilMeetings", vars: { id: w.council.id } }),
    filtered: (w) => ({ list: "councilMeetings", vars: { id: w.council.id, from: IN_25_DAYS } }),
    holds: () => (n) => time(n.startsAt) >= time(IN_25_DAYS),
    superset: true,
  },
  "Council.meetings(to)": {
    base: (w) => ({ list: "councilMeetings", vars: { id: w.council.id } }),
    filtered: (w) => ({ list: "councilMeetings", vars: { id: w.council.id, to: IN_25_DAYS } }),
    holds: () => (n) => time(n.startsAt) <= time(IN_25_DAYS),
    superset: true,
  },
  // from defaults to now and to to a year after from: B gives the same `to`, F a later `from`.
  "Query.meetings(from)": {
    base: () => ({ list: "meetings", vars: { to: at(300) } }),
    filtered: () => ({ list: "meetings", vars: { from: IN_30_DAYS, to: at(300) } }),
    holds: () => (n) => time(n.startsAt) >= time(IN_30_DAYS),
    superset: true,
  },
  "Query.meetings(to)": {
    base: () => ({ list: "meetings", vars: {} }),
    filtered: () => ({ list: "meetings", vars: { to: IN_30_DAYS } }),
    holds: () => (n) => time(n.startsAt) <= time(IN_30_DAYS),
    superset: true,
  },
  "Query.meetings(unitId)": {
    base: () => ({ list: "meetings", vars: {} }),
    filtered: (w) => ({ list: "meetings", vars: { unitId: w.units.fenghuangshan.id } }),
    holds: (w) => (n) => beneath(n.council?.unit?.path, w.units.fenghuangshan.path),
    superset: true,
  },

  // ---- mediation ----
  // 香榭里社区's admin mediates one of its community's two cases (and no case elsewhere).
  "Query.mediationCases(mine)": {
    as: (w) => w.tokens.xiangxieli,
    base: () => ({ list: "mediationCases", vars: {} }),
    filtered: () => ({ list: "mediationCases", vars: { mine: true } }),
    holds: () => (n) => n.mediators.some((m: any) => m.personId === "u-xiangxieli-admin") || n.parties.some((p: any) => p.personId === "u-xiangxieli-admin"),
    superset: true,
  },
  "Query.mediationCases(state)": {
    base: () => ({ list: "mediationCases", vars: {} }),
    filtered: () => ({ list: "mediationCases", vars: { state: "OPEN" } }),
    holds: () => (n) => n.state === "OPEN",
    superset: true,
  },
  "Query.mediationCases(unitId)": {
    base: () => ({ list: "mediationCases", vars: {} }),
    filtered: (w) => ({ list: "mediationCases", vars: { unitId: w.units.xiangxieli.id } }),
    holds: (w) => (n) => beneath(n.unit?.path, w.units.xiangxieli.path),
    superset: true,
  },
  "Query.overdueObligations(unitId)": {
    base: () => ({ list: "overdueObligations", vars: {} }),
    filtered: (w) => ({ list: "overdueObligations", vars: { unitId: w.units.xiangxieli.id } }),
    holds: (w) => (n) => beneath(n.case.unit?.path, w.units.xiangxieli.path),
    superset: true,
  },

  // ---- service places and timetables, around 凤凰山社区和顺茶馆 ----
  "Query.places(unitId)": {
    base: () => ({ list: "places", vars: {} }),
    filtered: (w) => ({ list: "places", vars: { unitId: w.units.fenghuangshan.id } }),
    holds: (w) => (n) => beneath(n.unit?.path, w.units.fenghuangshan.path),
    superset: true,
  },
  "Query.placesNear(kind)": {
    base: () => ({ list: "placesNear", vars: near({ radiusMetres: 2500 }) }),
    filtered: () => ({ list: "placesNear", vars: near({ radiusMetres: 2500, kind: "TEAHOUSE" }) }),
    holds: () => (n) => n.place.kind === "TEAHOUSE",
    superset: true,
  },
  // One of radiusMetres and walkingMinutes must be given: each one's baseline is the widest
  // circle the other draws (31 minutes: 2,480 m; 2,500 m).
  "Query.placesNear(radiusMetres)": {
    base: () => ({ list: "placesNear", vars: near({ walkingMinutes: 31 }) }),
    filtered: () => ({ list: "placesNear", vars: near({ radiusMetres: 500 }) }),
    holds: () => (n) => n.distanceMetres <= 500,
    superset: true,
  },
  "Query.placesNear(walkingMinutes)": {
    base: () => ({ list: "placesNear", vars: near({ radiusMetres: 2500 }) }),
    filtered: () => ({ list: "placesNear", vars: near({ walkingMinutes: 5 }) }),
    holds: () => (n) => n.distanceMetres <= 5 * 80,
    superset: true,
  },
  "Query.timetableNear(weekday)": {
    base: () => ({ list: "timetableNear", vars: near({ radiusMetres: 2500 }) }),
    filtered: () => ({ list: "timetableNear", vars: near({ radiusMetres: 2500, weekday: "WEDNESDAY" }) }),
    holds: () => (n) => n.day === "WEDNESDAY" && n.slot.weekday === "WEDNESDAY",
    superset: true,
  },
  "Query.timetableNear(kind)": {
    base: () => ({ list: "timetableNear", vars: near({ radiusMetres: 2500 }) }),
    filtered: () => ({ list: "timetableNear", vars: near({ radiusMetres: 2500, kind: "TEAHOUSE" }) }),
    holds: () => (n) => n.place.kind === "TEAHOUSE",
    superset: true,
  },
  "Query.timetableNear(radiusMetres)": {
    base: () => ({ list: "timetableNear", vars: near({ walkingMinutes: 31 }) }),
    filtered: () => ({ list: "timetableNear", vars: near({ radiusMetres: 500 }) }),
    holds: () => (n) => n.distanceMetres <= 500,
    superset: true,
  },
  "Query.timetableNear(walkingMinutes)": {
    base: () => ({ list: "timetableNear", vars: near({ radiusMetres: 2500 }) }),
    filtered: () => ({ list: "timetableNear", vars: near({ walkingMinutes: 5 }) }),
    holds: () => (n) => n.distanceMetres <= 5 * 80,
    superset: true,
  },

  // ---- volunteers: the district's teams (a corps, a branch per street, a squad per community,
  // the specialists) and its registry ----
  "Query.teams(kind)": {
    base: () => ({ list: "teams", vars: {} }),
    filtered: () => ({ list: "teams", vars: { kind: "SQUAD" } }),
    holds: () => (n) => n.kind === "SQUAD",
    superset: true,
  },
  "Query.teams(unitId)": {
    base: () => ({ list: "teams", vars: {} }),
    filtered: (w) => ({ list: "teams", vars: { unitId: w.units.ciqikou.id } }),
    holds: (w) => (n) => beneath(n.unit?.path, w.units.ciqikou.path),
    superset: true,
  },
  // 苏雪 (金蓉社区) and 香榭里's volunteer are the misses.
  "Query.volunteers(unitId)": {
    base: () => ({ list: "volunteers", vars: {} }),
    filtered: (w) => ({ list: "volunteers", vars: { unitId: w.units.fenghuangshan.id } }),
    holds: (w) => (n) => beneath(n.unit?.path, w.units.fenghuangshan.path),
    superset: true,
  },
  // A roster: 香榭里's volunteer is on it, 凤凰山's third and 苏雪 (金蓉's squad) are not.
  "Query.volunteers(teamId)": {
    base: () => ({ list: "volunteers", vars: {} }),
    filtered: (w) => ({ list: "volunteers", vars: { teamId: w.squad } }),
    holds: (w) => (n) => n.teams.some((t: any) => t.id === w.squad),
    superset: true,
  },

  // ---- notices and notifications ----
  // A unit's board merged with the boards above it: read by 凤凰山社区's admin, B is the
  // community's, the street's and the district's boards; F asks for the street's (the street's
  // and the district's). The predicate: the notice's board is 磁器口街道 or a unit above it.
  "Query.notices(unitId)": {
    as: (w) => w.tokens.fenghuangshan,
    base: () => ({ list: "notices", vars: {} }),
    filtered: (w) => ({ list: "notices", vars: { unitId: w.units.ciqikou.id } }),
    holds: (w) => (n) => n.unit !== null && beneath(w.units.ciqikou.path, n.unit.path),
    superset: true,
  },
  // A unit's outbox: its notifications are about issues and meetings beneath it.
  "Query.unitNotifications(unitId)": {
    base: () => ({ list: "unitNotifications", vars: {} }),
    filtered: (w) => ({ list: "unitNotifications", vars: { unitId: w.units.fenghuangshan.id } }),
    holds: (w) => async (n) => (await subjectPaths(w, n.subject)).some((p) => beneath(p, w.units.fenghuangshan.path)),
    superset: "every unit has its own outbox: the district's (B) is not a superset of 凤凰山社区's, so only F's nodes are checked",
  },
};

/** The unit paths a notification's subject lies at: an issue's grid, handling and assigned units; a meeting's council's unit. */
async function subjectPaths(w: World, subject: { id: string; type: string }): Promise<string[]> {
  if (subject.type === "MEETING") {
    const known = w.meetingUnits.get(subject.id);
    if (known) return [known];
    const data = await ok(w.h.gql(w.tokens.district, "query($id: ID!) { meeting(id: $id) { council { unit { path } } } }", { id: subject.id }));
    return data.meeting?.council?.unit ? [data.meeting.council.unit.path] : [];
  }
  const data = await ok(w.h.gql(w.tokens.district, "query($id: ID!) { issue(id: $id) { grid { path } handlingUnit { path } assignedUnit { path } } }", { id: subject.id }));
  const issue = data.issue;
  return issue ? [issue.grid?.path, issue.handlingUnit?.path, issue.assignedUnit?.path].filter(Boolean) : [];
}

// ---- the suite ----

let w: World;
const reads = new Map<string, Promise<any[]>>();
/** A list as `token` reads it; the same read twice is read once. */
function read(token: string, r: Read): Promise<any[]> {
  const id = JSON.stringify([token, r.list, r.vars]);
  if (!reads.has(id)) reads.set(id, LISTS[r.list].read(w.h, token, r.vars));
  return reads.get(id)!;
}

beforeAll(async () => {
  w = await buildWorld(await createHarness());
}, 90_000);
afterAll(() => w?.h.close());

it("has exactly one case for every filter of every list in the schema", () => {
  const filters = filtersInSchema();
  expect(filters.length).toBeGreaterThan(30);
  expect({ withoutCase: filters.filter((f) => !(f in CASES)), namingNoFilter: Object.keys(CASES).filter((c) => !filters.includes(c)) }).toEqual({
    withoutCase: [],
    namingNoFilter: [],
  });
});

describe.each(Object.entries(CASES))("%s", (_name, c) => {
  it("filters: F is not empty, every node of F satisfies it, and B holds nodes that do not", async () => {
    const token = c.as?.(w) ?? w.tokens.district;
    const base = c.base(w);
    const filtered = c.filtered(w);
    const list = LISTS[filtered.list];
    const B = await read(token, base);
    const F = await read(token, filtered);
    const holds = c.holds(w);
    const hit = async (nodes: any[]) => {
      const results = await Promise.all(nodes.map((n) => holds(n)));
      return nodes.filter((_, i) => results[i]);
    };
    const key = (n: any) => list.key(n);
    const bHits = await hit(B);
    const fHits = await hit(F);

    expect(F.length).toBeGreaterThan(0);
    expect(F.filter((n) => !fHits.includes(n)).map(key)).toEqual([]);
    // A server that ignored the filter would answer B: it must hold nodes the filter keeps out.
    expect(B.length - bHits.length).toBeGreaterThan(0);
    if (c.superset === true) {
      const inF = new Set(F.map(key));
      const inB = new Set(B.map(key));
      expect(bHits.map(key).filter((k) => !inF.has(k))).toEqual([]);
      expect(F.map(key).filter((k) => !inB.has(k))).toEqual([]);
    }
    if (c.order) expect(c.order(F)).toBeNull();
  });
});
