// The case map of the matrix: one entry per root field of POLICY (api/server.ts), naming the
// relation its policy row checks (the matrix fails when the table's relation changes), how an
// in-scope actor of each role satisfies that relation, how to build a target in the row's
// from-state, the call, and how its effect is read back. For fields served by several rows of
// a richer table (ISSUE_ACTIONS, MEETING_ACTIONS, MEDIATION_ACTIONS) the case lists the
// actions it performs — one matrix row each — and the call and read-back follow the action row.
import { Role } from "../../api/auth/actor";
import { categoryItem } from "../../api/issues/category.store";
import { IssuePriority } from "../../api/issues/issue.enums";
import { MEDIATOR_ROLES } from "../../api/mediation/mediation.policy";
import { getPerson } from "../../api/people/people.store";
import { batchPut } from "../../api/store/ops";
import { volunteerId } from "../../api/volunteers/volunteer.rules";
import type { Who } from "../../api/auth/policy";
import {
  ACTORS,
  answer,
  CASE,
  aboveOf,
  edges,
  fresh,
  freshIdNumber,
  isAdminRole,
  listing,
  lookup,
  MEETING,
  NEIGHBOUR_SCOPES,
  otherMediator,
  personRecipient,
  strictlyBelow,
  U,
  unitRecipient,
  within,
  type Answer,
  type Level,
  type MatrixActor,
  type Outcome,
  type Where,
  type World,
} from "./world";

// ---- rows and requests ----

/** One matrix row: a root field of POLICY, or one action row of a richer table serving it. */
export interface Row {
  label: string;
  field: string;
  /** The action row's name (ISSUE_ACTIONS.close …), null for a field with no action rows. */
  action: string | null;
  who: Who;
  relation: string;
  /** The states the row starts from; null when it has none. */
  from: readonly string[] | null;
  /** The state it leads to ("same": unchanged); null when it has none. */
  to: string | null;
  /** The timeline event it writes, for issue transitions. */
  event: string | null;
}

/** How an actor of a role, with a target in or out of scope, satisfies a row's relation. */
export type Holds =
  /** The target unit (at `level`) lies in the actor's scope. */
  | { kind: "scope"; level: Level }
  /** In the actor's scope or above it (a breadcrumb: a grid worker reads its community's council). */
  | { kind: "reach"; level: Level }
  /** Strictly beneath the actor's scope unit (督办 from a level above). */
  | { kind: "below"; level: Level }
  /**
   * Through who the actor is (the reporter, the assignee, the registered attendee, a mediator,
   * a party, themselves): the in-scope target is made theirs. `admins: "scope"` — admins hold
   * it through their scope over the target at `level` instead.
   */
  | { kind: "identity"; admins: "scope" | "identity"; level: Level }
  /** The actor's own thing (their district's catalogue): the in-scope target is theirs, the outside one is another's. */
  | { kind: "own" }
  /** No target to be out of scope of: it holds in and out (for partners too unless `butPartners`). */
  | { kind: "everywhere"; butPartners?: boolean };

export interface Req {
  w: World;
  row: Row;
  role: Role;
  where: Where;
  actor: MatrixActor;
  token: string;
  /** The row's relation is to be met by the actor's identity: the target is made the actor's. */
  own: boolean;
  /** A target of its own (the call will change it); otherwise one shared by calls that change nothing. */
  fresh: boolean;
  /** The from-state this role's target is built in (the row's from-states, one per role in turn). */
  state: string | null;
  /** The target unit at a level: inside or outside the actor's scope. */
  unit(level: Level): string;
}

export interface Case<T = any> {
  /** The relation the table names for the field (checked against it: a changed relation fails the matrix). */
  relation: string;
  holds: Holds;
  /** "neighbour": out of scope is the same role in 九龙坡区 acting on its own (default: the same actor on a target outside). */
  outside?: "target" | "neighbour";
  /** The action rows this field's case performs (required exactly when the field has action rows). */
  actions?: readonly string[];
  /** A token other than the actor's (the person themselves, for updatePerson). */
  tokenFor?(r: Req, target: T): Promise<string>;
  target(r: Req): Promise<T>;
  call(r: Req, target: T, token: string): Promise<Answer>;
  /** Reads the effect of an allowed call back (the call's answer already said OK). */
  effect?(r: Req, target: T, answer: Answer): Promise<void>;
  /** What a role the row admits answers when the relation does not hold (default FORBIDDEN). */
  refused?(role: Role, where: Where): Outcome;
}

const defineCase = <T>(c: Case<T>): Case => c as Case;

/** A target built once per key when nothing will change it, and anew for a call that will. */
const targetOf = <T>(r: Req, key: string, build: () => Promise<T>): Promise<T> => (r.fresh ? build() : r.w.shared(key, build));

/** The read rows' meeting starts apart from every other, so a page of the day holds it. */
const READ_MEETING_AT = "2030-02-01T11:00:00+08:00";

const HIDDEN = () => "HIDDEN" as const;
const ABSENT = () => "ABSENT" as const;

// ---- documents ----

const ISSUE_FIELDS = "id state version";
const ISSUE_READ = "query($id: ID!) { issue(id: $id) { id state version channel timeline { kind } } }";
const MEETING_READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} demandIssueIds registrations { edges { node { personId } } } } }`;
const CASE_READ = `query($id: ID!) { mediationCase(id: $id) { ${CASE} } }`;
const UNIT_READ = "query($id: ID!) { orgUnit(id: $id) { id name segment parentId partyBranch { name } gridWorkers { id } } }";
const PLACE_READ = "query($id: ID!) { place(id: $id) { id name unitId timetable { version slots { service } } } }";
const TEAM_READ = "query($id: ID!) { team(id: $id) { id unitId kind specialty memberCount } }";
const VOLUNTEER_READ = "query($id: ID!) { volunteer(id: $id) { id unitId volunteerNumber idNumber personId teams { id } } }";

const mutation = (field: string, input: string, selection: string) => `mutation($i: ${input}!) { ${field}(input: $i) ${selection} }`;

let segment = 500;
const nextSegment = () => String((segment += 1));

/** The demo's building of a grid (SMALL_DEMO: one per grid; 九龙坡区's grid has 1栋 too). */
const demoBuilding = (gridId: string) => `${gridId}001`;

// ---- the issue loop's transitions ----

const TRANSITION_INPUT: Record<string, [string, (r: Req, t: IssueTarget) => Record<string, unknown>]> = {
  acceptIssue: ["AcceptIssueInput", () => ({})],
  rejectIssue: ["RejectIssueInput", () => ({ reason: "重复上报" })],
  mergeIssue: ["MergeIssueInput", (_r, t) => ({ duplicateOfId: t.duplicateOf })],
  assignIssue: ["AssignIssueInput", () => ({})],
  escalateIssue: ["ReasonInput", () => ({ reason: "需要街道协调" })],
  returnIssue: ["ReasonInput", () => ({ reason: "不属于本网格" })],
  startIssue: ["IssueNoteInput", () => ({})],
  resolveIssue: ["ResolveIssueInput", () => ({ outcome: "FIXED", result: "已清运" })],
  closeIssue: ["CloseIssueInput", (r) => ({ satisfaction: r.row.action === "rework" ? 2 : 5 })],
  reopenIssue: ["ReasonInput", () => ({ reason: "垃圾又堆起来了" })],
  superviseIssue: ["SuperviseIssueInput", () => ({ note: "请尽快办结" })],
  commentIssue: ["CommentIssueInput", () => ({ text: "已联系物业", idempotencyKey: fresh("matrix-comment") })],
};

interface IssueTarget {
  id: string;
  version: number;
  duplicateOf?: string;
}

/**
 * A transition of the loop. Relations (issue.policy.ts): handler — an admin over the handling
 * unit (the grid's community); worker — the assignee (non-admins: the target is assigned to
 * them) or an admin over the handling unit; reporterOrHandler — the reporter (non-admins report
 * the target themselves) or a handler; above — the handling unit strictly beneath the scope;
 * visible — the issue's grid in scope.
 */
function transition(field: string, relation: string, holds: Holds, actions?: readonly string[]): Case<IssueTarget> {
  const identity = relation === "worker" ? "assignee" : relation === "reporterOrHandler" ? "reporter" : null;
  return {
    relation,
    holds,
    actions,
    async target(r) {
      const grid = r.unit("grid");
      const state = r.state!;
      const build = async (): Promise<IssueTarget> => {
        const own = r.own && identity !== null;
        const made = await r.w.issue({
          grid,
          state,
          reporter: own && identity === "reporter" ? r.token : undefined,
          assignee: own && identity === "assignee" ? r.actor.sub : undefined,
        });
        const duplicateOf = field === "mergeIssue" ? (await r.w.issue({ grid, state: "REPORTED" })).id : undefined;
        return { ...made, duplicateOf };
      };
      if (r.fresh) return build();
      const made = await r.w.shared(`issue|${grid}|${state}`, () => r.w.issue({ grid, state }));
      const duplicateOf = field === "mergeIssue" ? (await r.w.shared(`duplicate|${grid}`, () => r.w.issue({ grid, state: "REPORTED" }))).id : undefined;
      return { ...made, duplicateOf };
    },
    call: async (r, t, token) => {
      const [input, extra] = TRANSITION_INPUT[field];
      return answer(await r.w.gql(token, mutation(field, input, `{ ${ISSUE_FIELDS} }`), { i: { id: t.id, ...extra(r, t) } }));
    },
    async effect(r, t) {
      const { issue } = await r.w.ok(await r.w.prep(r.unit("grid")), ISSUE_READ, { id: t.id });
      const to = r.row.to === "same" ? r.state : r.row.to;
      expect({ state: issue.state, lastEvent: issue.timeline.at(-1).kind, version: issue.version }).toEqual({ state: to, lastEvent: r.row.event, version: t.version + 1 });
    },
  };
}

// ---- meetings ----

const COMMAND_INPUT: Record<string, [string, string, (r: Req, m: any) => Record<string, unknown>]> = {
  openMeeting: ["MeetingCommandInput", `{ ${MEETING} }`, () => ({})],
  cancelMeeting: ["CancelMeetingInput", `{ ${MEETING} }`, () => ({ reason: "场地不可用" })],
  closeMeeting: ["CloseMeetingInput", `{ ${MEETING} }`, () => ({ report: "会议纪要" })],
  registerForMeeting: ["RegisterForMeetingInput", "{ meetingId personId }", () => ({})],
  recordAttendance: ["RecordAttendanceInput", `{ ${MEETING} }`, () => ({ attendees: [{ name: "列席居民" }], othersPresent: 1 })],
  recordShowOfHands: ["ShowOfHandsInput", `{ ${MEETING} }`, (_r, m) => ({ itemId: m.agenda[0].id, for: 2, against: 1, abstain: 0 })],
  castBallot: ["CastBallotInput", "{ meetingId itemId choice }", (_r, m) => ({ itemId: m.agenda[0].id, choice: "FOR" })],
  countBallots: ["CountBallotsInput", `{ ${MEETING} }`, (_r, m) => ({ itemId: m.agenda[0].id })],
  createResolutionIssues: [
    "CreateResolutionIssuesInput",
    "{ issues { id state channel } }",
    (r, m) => ({ itemId: m.agenda[0].id, idempotencyKey: fresh("matrix-resolve"), tasks: [task(r)] }),
  ],
  raiseDemands: ["RaiseDemandsInput", "{ issues { id state channel } }", (r) => ({ idempotencyKey: fresh("matrix-demands"), demands: [task(r)] })],
};

/** A task filed as an issue in the council's community (its first grid). */
const task = (r: Req) => ({ title: "加装楼道灯", description: "居民议事会决议", categoryCode: "SANITATION_WASTE", gridId: `${r.unit("community")}01` });

/** What a meeting command prepares beyond the from-state. */
const FLAVOUR: Record<string, "plain" | "attended" | "adopted"> = { recordShowOfHands: "attended", createResolutionIssues: "adopted" };

/**
 * A command of MEETING_ACTIONS. Relations (councils.policy.ts): runsCouncil — an admin whose
 * scope holds the council's unit; visibleMeeting — the meeting's council in scope or above and
 * the meeting public; registered — the actor registered for the meeting (the target is one the
 * actor registered for while it was scheduled).
 */
function meetingCommand(field: string, relation: string, holds: Holds): Case<any> {
  return {
    relation,
    holds,
    async target(r) {
      const community = r.unit("community");
      const spec = { community, state: r.state!, flavour: FLAVOUR[field] ?? "plain" };
      if (relation === "registered" && r.own) return r.w.meeting({ ...spec, registrants: [r.token] });
      return targetOf(r, `meeting|${community}|${spec.state}|${spec.flavour}`, () => r.w.meeting(spec));
    },
    call: async (r, m, token) => {
      const [input, selection, extra] = COMMAND_INPUT[field];
      return answer(await r.w.gql(token, mutation(field, input, selection), { i: { meetingId: m.id, ...extra(r, m) } }));
    },
    async effect(r, m, a) {
      const prep = await r.w.prep(r.unit("community"));
      if (field === "castBallot") await r.w.ok(prep, mutation("countBallots", "CountBallotsInput", "{ id }"), { i: { meetingId: m.id, itemId: m.agenda[0].id } });
      const { meeting } = await r.w.ok(prep, MEETING_READ, { id: m.id });
      const to = r.row.to === "same" ? r.state : r.row.to;
      expect(meeting.state).toBe(to);
      const item = meeting.agenda[0];
      const filed: string[] = (a.data[field]?.issues ?? []).map((i: any) => i.id);
      const seen: Record<string, () => unknown> = {
        registerForMeeting: () => [meeting.registrationCount, edges(meeting.registrations).map((g) => g.personId)],
        recordAttendance: () => meeting.presentCount,
        recordShowOfHands: () => [item.vote.method, item.vote.for],
        castBallot: () => [item.vote.method, item.vote.for],
        countBallots: () => [item.vote.method, item.vote.for],
        createResolutionIssues: () => [filed.length, item.resolutionIssueIds.includes(filed[0])],
        raiseDemands: () => [filed.length, meeting.demandIssueIds.includes(filed[0])],
      };
      const want: Record<string, unknown> = {
        registerForMeeting: [1, [r.actor.sub]],
        recordAttendance: 2,
        recordShowOfHands: ["SHOW_OF_HANDS", 2],
        castBallot: ["BALLOT", 1],
        countBallots: ["BALLOT", 0],
        createResolutionIssues: [1, true],
        raiseDemands: [1, true],
      };
      if (seen[field]) expect(seen[field]()).toEqual(want[field]);
      else expect(meeting.version).toBe(m.version + 1);
      for (const id of filed) {
        const { issue } = await r.w.ok(prep, ISSUE_READ, { id });
        expect([issue.state, issue.channel]).toEqual(["REPORTED", "COUNCIL"]);
      }
    },
  };
}

// ---- mediation ----

const MEDIATION_INPUT: Record<string, [string, (r: Req) => Record<string, unknown>]> = {
  session: ["RecordMediationSessionInput", () => ({ kind: "MEDIATION", at: "2026-03-01T10:00:00+08:00" })],
  courtSession: ["RecordMediationSessionInput", () => ({ kind: "CIRCUIT_COURT", court: "沙坪坝区人民法院巡回法庭", at: "2026-03-02T10:00:00+08:00" })],
  agree: [
    "ConcludeMediationInput",
    () => ({ outcome: "AGREEMENT", agreementText: "楼上负责修复", obligations: [{ partyId: "p2", description: "修复防水层", dueAt: "2030-01-01T00:00:00+08:00" }] }),
  ],
  settle: ["ConcludeMediationInput", () => ({ outcome: "AGREEMENT", agreementText: "当场和解" })],
  fail: ["ConcludeMediationInput", () => ({ outcome: "NO_AGREEMENT" })],
  refer: ["ConcludeMediationInput", () => ({ outcome: "REFERRED_TO_COURT" })],
  fulfil: ["FulfilObligationInput", () => ({ obligationId: "o1", note: "已修复" })],
  fulfilLast: ["FulfilObligationInput", () => ({ obligationId: "o1", note: "已修复" })],
  close: ["CloseMediationCaseInput", () => ({ note: "法院已判决" })],
};

/** A party or a mediator: who a non-admin is to a case (mediators are officers, grid workers, volunteers). */
const caseIdentity = (r: Req) => (r.own ? (MEDIATOR_ROLES.includes(r.role) ? { mediator: r.actor.sub } : { party: r.actor.sub }) : {});

/**
 * A command of MEDIATION_ACTIONS. Relation runner (places.policy.ts): an admin whose scope holds
 * the case's unit, or one of its mediators (non-admins: the target names them its mediator).
 */
function mediationCommand(field: string, actions: readonly string[]): Case<any> {
  return {
    relation: "runner",
    holds: { kind: "identity", admins: "scope", level: "community" },
    actions,
    async target(r) {
      const community = r.unit("community");
      // fulfil leaves an obligation owed (two of them); fulfilLast meets the only one.
      const spec = { community, state: r.state!, obligations: r.row.action === "fulfil" ? 2 : 1 };
      if (r.own) return r.w.mediationCase({ ...spec, ...caseIdentity(r) });
      return targetOf(r, `case|${community}|${spec.state}|${spec.obligations}`, () => r.w.mediationCase(spec));
    },
    call: async (r, c, token) => {
      const [input, extra] = MEDIATION_INPUT[r.row.action!];
      return answer(await r.w.gql(token, mutation(field, input, `{ ${CASE} }`), { i: { caseId: c.id, expectedVersion: c.version, ...extra(r) } }));
    },
    async effect(r, c) {
      const { mediationCase } = await r.w.ok(await r.w.prep(r.unit("community")), CASE_READ, { id: c.id });
      const to = r.row.to === "same" ? r.state : r.row.to;
      const sessions = field === "recordMediationSession" ? c.sessions.length + 1 : c.sessions.length;
      expect([mediationCase.state, mediationCase.version, mediationCase.sessions.length]).toEqual([to, c.version + 1, sessions]);
    },
  };
}

// ---- the map ----

const scopeOf = (level: Level): Holds => ({ kind: "scope", level });
const reachOf = (level: Level): Holds => ({ kind: "reach", level });
const handler: Holds = { kind: "scope", level: "community" };
const byIdentity: Holds = { kind: "identity", admins: "scope", level: "community" };

/** A category only in one district's catalogue. */
const onlyIn = (r: Req, district: string) =>
  r.w.shared(`category|${district}`, async () => {
    const code = `MATRIX_ONLY_${district}`;
    await batchPut(r.w.h.db, [
      categoryItem(district, {
        code,
        name: "矩阵测试类别",
        group: "测试",
        description: "",
        keywords: [],
        defaultPriority: IssuePriority.NORMAL,
        sla: [],
        attributes: [],
        active: true,
      }),
    ]);
    return code;
  });

// ---- volunteers ----

/** 苏雪, the demo's volunteer: the VOLUNTEER actor's account, registered in 金蓉社区 by the seed. */
const DEMO_VOLUNTEER = { personId: "u-volunteer", volunteerNumber: "CQ5001060001" };

/** A team of a unit: shared by the reads and the refused joins (nothing changes it). */
const sharedTeam = (r: Req, unitId: string) => r.w.shared(`team|${unitId}`, () => r.w.team(unitId));
/** Somebody's registry entry at a unit, with no account: shared likewise. */
const sharedVolunteer = (r: Req, unitId: string) => r.w.shared(`volunteer|${unitId}`, () => r.w.volunteer(unitId));
/** The actor's own entry, through their account: the demo's for 苏雪, one registered in their community for anyone else. */
const ownEntry = (r: Req) =>
  r.actor.sub === DEMO_VOLUNTEER.personId
    ? Promise.resolve(volunteerId(DEMO_VOLUNTEER.volunteerNumber))
    : r.w.shared(`own-volunteer|${r.actor.sub}`, () => r.w.volunteer(r.unit("community"), r.actor.sub));

export const CASES: Record<string, Case> = {
  // ---- platform ----
  health: defineCase({
    relation: "none",
    holds: { kind: "everywhere" },
    outside: "neighbour",
    target: async () => null,
    call: async (r, _t, token) => answer(await r.w.gql(token, "{ health { ok databaseReachable } }")),
    effect: async (_r, _t, a) => expect(a.data.health).toEqual({ ok: true, databaseReachable: true }),
  }),
  node: defineCase({
    relation: "visible",
    holds: scopeOf("grid"),
    target: (r) => r.w.shared(`read-issue|${r.unit("grid")}`, () => r.w.issue({ grid: r.unit("grid"), state: "REPORTED" })),
    call: async (r, t, token) => lookup(await r.w.gql(token, "query($id: ID!) { node(id: $id) { id ... on Issue { state } } }", { id: t.id }), "node"),
    effect: async (_r, t, a) => expect(a.data.node).toEqual({ id: t.id, state: "REPORTED" }),
    refused: HIDDEN,
  }),
  myNotifications: defineCase({
    relation: "self",
    holds: { kind: "identity", admins: "identity", level: "grid" },
    target: (r) => (r.own ? r.w.outbox(personRecipient(r.actor.sub)) : r.w.shared("outbox|someone-else", () => r.w.outbox(personRecipient("matrix-someone-else")))),
    call: async (r, id, token) =>
      listing(await r.w.gql(token, "{ myNotifications(first: 100) { edges { node { id read } } } }"), (d) => edges(d.myNotifications).map((n) => n.id), id),
    refused: ABSENT,
  }),
  unitNotifications: defineCase({
    relation: "unitInScope",
    holds: scopeOf("grid"),
    target: (r) => targetOf(r, `outbox|${r.unit("grid")}`, () => r.w.outbox(unitRecipient(r.unit("grid")))),
    call: async (r, id, token) =>
      listing(
        await r.w.gql(token, "query($u: ID) { unitNotifications(unitId: $u, first: 100) { edges { node { id } } } }", { u: r.unit("grid") }),
        (d) => edges(d.unitNotifications).map((n) => n.id),
        id,
      ),
  }),
  // Admins mark their unit's outbox (unitInScope), everyone else their own (self).
  markNotificationsRead: defineCase({
    relation: "selfOrUnitInScope",
    holds: { kind: "identity", admins: "scope", level: "grid" },
    target: (r) => {
      if (isAdminRole(r.role)) return targetOf(r, `outbox|${r.unit("grid")}`, () => r.w.outbox(unitRecipient(r.unit("grid"))));
      return r.own ? r.w.outbox(personRecipient(r.actor.sub)) : r.w.shared("outbox|someone-else", () => r.w.outbox(personRecipient("matrix-someone-else")));
    },
    call: async (r, id, token) => {
      const i = isAdminRole(r.role) ? { ids: [id], unitId: r.unit("grid") } : { ids: [id] };
      return answer(await r.w.gql(token, mutation("markNotificationsRead", "MarkNotificationsReadInput", "{ markedCount }"), { i }), (d) =>
        d.markNotificationsRead.markedCount === 1 ? "OK" : "ABSENT",
      );
    },
    async effect(r, id, _a) {
      const list = isAdminRole(r.role)
        ? edges(
            (await r.w.ok(await r.w.prep(r.unit("grid")), "query($u: ID) { unitNotifications(unitId: $u, first: 100) { edges { node { id read } } } }", { u: r.unit("grid") }))
              .unitNotifications,
          )
        : edges((await r.w.ok(r.token, "{ myNotifications(first: 100) { edges { node { id read } } } }")).myNotifications);
      expect(list.find((n) => n.id === id)).toEqual({ id, read: true });
    },
    refused: (role) => (isAdminRole(role) ? "FORBIDDEN" : "ABSENT"),
  }),
  // Admins change a person of their scope; everyone else themselves (the token is the person's).
  updatePerson: defineCase({
    relation: "selfOrAdminInScope",
    holds: { kind: "identity", admins: "scope", level: "grid" },
    target: (r) => {
      if (r.own) return r.w.person(r.role, r.unit("grid"));
      return targetOf(r, `person|${r.unit("grid")}`, () => r.w.person(Role.RESIDENT, r.unit("grid")));
    },
    tokenFor: (r, id) => (r.own ? r.w.token(r.role, r.actor.scope, id) : Promise.resolve(r.token)),
    call: async (r, id, token) => answer(await r.w.gql(token, mutation("updatePerson", "UpdatePersonInput", "{ id name }"), { i: { id, name: fresh("改名") } })),
    effect: async (r, id, a) => expect((await getPerson(r.w.h.db, id))?.name).toBe(a.data.updatePerson.name),
  }),

  // ---- org ----
  me: defineCase({
    relation: "visibleUnit",
    holds: { kind: "everywhere" },
    outside: "neighbour",
    target: async () => null,
    call: async (r, _t, token) => answer(await r.w.gql(token, "{ me { id role scope { id } } }")),
    effect: async (r, _t, a) => expect(a.data.me).toEqual({ id: r.actor.sub, role: r.role, scope: { id: r.actor.scope } }),
  }),
  orgUnit: defineCase({
    relation: "visibleUnit",
    holds: reachOf("grid"),
    target: async (r) => r.unit("grid"),
    call: async (r, id, token) => lookup(await r.w.gql(token, "query($id: ID!) { orgUnit(id: $id) { id } }", { id }), "orgUnit"),
    effect: async (_r, id, a) => expect(a.data.orgUnit).toEqual({ id }),
    refused: HIDDEN,
  }),
  orgUnits: defineCase({
    relation: "listInScope",
    holds: scopeOf("grid"),
    target: async (r) => demoBuilding(r.unit("grid")),
    call: async (r, id, token) =>
      listing(
        await r.w.gql(token, "query($g: ID!) { orgUnits(kind: BUILDING, under: $g) { edges { node { id } } } }", { g: r.unit("grid") }),
        (d) => edges(d.orgUnits).map((u) => u.id),
        id,
      ),
  }),
  searchOrgUnits: defineCase({
    relation: "listInScope",
    holds: scopeOf("grid"),
    target: async (r) => demoBuilding(r.unit("grid")),
    call: async (r, id, token) => {
      const { orgUnit } = await r.w.ok(await r.w.prep(id), "query($id: ID!) { orgUnit(id: $id) { name } }", { id });
      const res = await r.w.gql(token, "query($n: String!, $g: ID!) { searchOrgUnits(name: $n, under: $g) { edges { node { id } } } }", { n: orgUnit.name, g: r.unit("grid") });
      return listing(res, (d) => edges(d.searchOrgUnits).map((u) => u.id), id);
    },
  }),
  createOrgUnit: defineCase({
    relation: "parentInScope",
    holds: scopeOf("grid"),
    target: async (r) => r.unit("grid"),
    call: async (r, parentId, token) =>
      answer(
        await r.w.gql(token, mutation("createOrgUnit", "CreateOrgUnitInput", "{ id }"), {
          i: { parentId, kind: "BUILDING", name: "矩阵新楼", segment: nextSegment(), idempotencyKey: fresh("matrix-create") },
        }),
      ),
    effect: async (r, parentId, a) => {
      const { orgUnit } = await r.w.ok(await r.w.prep(parentId), UNIT_READ, { id: a.data.createOrgUnit.id });
      expect([orgUnit.parentId, orgUnit.name]).toEqual([parentId, "矩阵新楼"]);
    },
  }),
  // belowScope: a building of a grid in scope lies strictly beneath the actor's unit.
  renameOrgUnit: defineCase({
    relation: "belowScope",
    holds: scopeOf("grid"),
    target: (r) => (r.fresh ? r.w.building(r.unit("grid")) : Promise.resolve(demoBuilding(r.unit("grid")))),
    call: async (r, id, token) => answer(await r.w.gql(token, mutation("renameOrgUnit", "RenameOrgUnitInput", "{ id name }"), { i: { id, name: fresh("改名楼") } })),
    effect: async (r, id, a) => expect((await r.w.ok(await r.w.prep(r.unit("grid")), UNIT_READ, { id })).orgUnit.name).toBe(a.data.renameOrgUnit.name),
  }),
  moveOrgUnit: defineCase({
    relation: "belowScope",
    holds: scopeOf("grid"),
    target: (r) => (r.fresh ? r.w.building(r.unit("grid")) : Promise.resolve(demoBuilding(r.unit("grid")))),
    call: async (r, id, token) =>
      answer(await r.w.gql(token, mutation("moveOrgUnit", "MoveOrgUnitInput", "{ id segment }"), { i: { id, newParentId: r.unit("grid"), segment: nextSegment() } })),
    effect: async (r, id, a) => expect((await r.w.ok(await r.w.prep(r.unit("grid")), UNIT_READ, { id })).orgUnit.segment).toBe(a.data.moveOrgUnit.segment),
  }),
  assignGridWorker: defineCase({
    relation: "gridInScope",
    holds: scopeOf("grid"),
    target: (r) => targetOf(r, `worker|${r.unit("grid")}`, () => r.w.person(Role.GRID_WORKER, r.unit("grid"))),
    call: async (r, userId, token) => answer(await r.w.gql(token, mutation("assignGridWorker", "AssignGridWorkerInput", "{ id }"), { i: { gridId: r.unit("grid"), userId } })),
    effect: async (r, userId) => {
      const { orgUnit } = await r.w.ok(await r.w.prep(r.unit("grid")), UNIT_READ, { id: r.unit("grid") });
      expect(orgUnit.gridWorkers.map((g: any) => g.id)).toContain(userId);
    },
  }),
  setPartyBranch: defineCase({
    relation: "gridInScope",
    holds: scopeOf("grid"),
    target: async (r) => r.unit("grid"),
    call: async (r, gridId, token) =>
      answer(
        await r.w.gql(token, mutation("setPartyBranch", "SetPartyBranchInput", "{ id partyBranch { name } }"), {
          i: { gridId, name: fresh("党支部"), secretary: "张敏", memberCount: 12 },
        }),
      ),
    effect: async (r, gridId, a) => expect((await r.w.ok(await r.w.prep(gridId), UNIT_READ, { id: gridId })).orgUnit.partyBranch).toEqual(a.data.setPartyBranch.partyBranch),
  }),

  // ---- issues ----
  issue: defineCase({
    relation: "visible",
    holds: scopeOf("grid"),
    target: (r) => r.w.shared(`read-issue|${r.unit("grid")}`, () => r.w.issue({ grid: r.unit("grid"), state: "REPORTED" })),
    call: async (r, t, token) => lookup(await r.w.gql(token, "query($id: ID!) { issue(id: $id) { id state } }", { id: t.id }), "issue"),
    effect: async (_r, t, a) => expect(a.data.issue).toEqual({ id: t.id, state: "REPORTED" }),
    refused: HIDDEN,
  }),
  issues: defineCase({
    relation: "listInScope",
    holds: scopeOf("grid"),
    // Newest first: an issue of its own is on the first page whatever the grid holds.
    target: (r) => targetOf(r, `list-issue|${r.unit("grid")}`, () => r.w.issue({ grid: r.unit("grid"), state: "REPORTED" })),
    call: async (r, t, token) =>
      listing(
        await r.w.gql(token, "query($g: ID!) { issues(filter: { under: $g }, first: 100) { edges { node { id } } } }", { g: r.unit("grid") }),
        (d) => edges(d.issues).map((i) => i.id),
        t.id,
      ),
  }),
  reportIssue: defineCase({
    relation: "gridInScope",
    holds: scopeOf("grid"),
    target: async (r) => r.unit("grid"),
    call: async (r, gridId, token) =>
      answer(
        await r.w.gql(token, mutation("reportIssue", "ReportIssueInput", "{ issue { id state } }"), {
          i: { idempotencyKey: fresh("matrix-report"), title: "路灯不亮", description: "小区入口路灯不亮", categoryCode: "SANITATION_WASTE", gridId, channel: "MINI_PROGRAM" },
        }),
      ),
    effect: async (r, gridId, a) => {
      const { issue } = await r.w.ok(await r.w.prep(gridId), ISSUE_READ, { id: a.data.reportIssue.issue.id });
      expect([issue.state, issue.timeline.map((e: any) => e.kind)]).toEqual(["REPORTED", ["REPORTED"]]);
    },
  }),
  // district: the catalogue of the actor's own district — the target is a category only in
  // 沙坪坝区's (in scope) or only in 九龙坡区's (out of scope: answered without it).
  categories: defineCase({
    relation: "district",
    holds: { kind: "own" },
    target: (r) => onlyIn(r, r.where === "in" ? U.district : U.neighbour),
    call: async (r, code, token) => listing(await r.w.gql(token, "{ categories { code } }"), (d) => d.categories.map((c: any) => c.code), code),
    refused: ABSENT,
  }),
  // district: a district admin keeps their own district's catalogue; out of scope is 九龙坡区's
  // admin, whose save lands in 九龙坡区's catalogue and not in 沙坪坝区's.
  saveCategory: defineCase({
    relation: "district",
    holds: { kind: "everywhere" },
    outside: "neighbour",
    target: async () => fresh("MATRIX_SAVED").replace("-", "_"),
    call: async (r, code, token) =>
      answer(await r.w.gql(token, mutation("saveCategory", "CategoryInput", "{ code }"), { i: { code, name: "矩阵类别", group: "测试", defaultPriority: "NORMAL" } })),
    effect: async (r, code) => {
      const other = r.where === "in" ? U.neighbour : U.district;
      const own = (await r.w.ok(r.token, "{ categories { code } }")).categories.map((c: any) => c.code);
      const theirs = (await r.w.ok(await r.w.prep(other), "{ categories { code } }")).categories.map((c: any) => c.code);
      expect([own.includes(code), theirs.includes(code)]).toEqual([true, false]);
    },
  }),
  acceptIssue: transition("acceptIssue", "handler", handler),
  rejectIssue: transition("rejectIssue", "handler", handler),
  mergeIssue: transition("mergeIssue", "handler", handler),
  assignIssue: transition("assignIssue", "handler", handler),
  escalateIssue: transition("escalateIssue", "handler", handler),
  returnIssue: transition("returnIssue", "worker", byIdentity),
  startIssue: transition("startIssue", "worker", byIdentity),
  resolveIssue: transition("resolveIssue", "worker", byIdentity),
  closeIssue: transition("closeIssue", "reporterOrHandler", byIdentity, ["close", "rework"]),
  reopenIssue: transition("reopenIssue", "reporterOrHandler", byIdentity),
  superviseIssue: transition("superviseIssue", "above", { kind: "below", level: "community" }),
  commentIssue: transition("commentIssue", "visible", scopeOf("grid")),

  // ---- notices ----
  notices: defineCase({
    relation: "visibleUnit",
    holds: reachOf("grid"),
    target: (r) => targetOf(r, `notice|${r.unit("grid")}`, () => r.w.notice(r.unit("grid"))),
    call: async (r, id, token) =>
      listing(
        await r.w.gql(token, "query($u: ID) { notices(unitId: $u, first: 100) { edges { node { id } } } }", { u: r.unit("grid") }),
        (d) => edges(d.notices).map((n) => n.id),
        id,
      ),
  }),
  postNotice: defineCase({
    relation: "unitInScope",
    holds: scopeOf("grid"),
    target: async (r) => r.unit("grid"),
    call: async (r, unitId, token) =>
      answer(
        await r.w.gql(token, mutation("postNotice", "PostNoticeInput", "{ id unitId }"), {
          i: { unitId, title: "矩阵通知", body: "周六停水", idempotencyKey: fresh("matrix-post") },
        }),
      ),
    effect: async (r, unitId, a) => {
      const listed = await r.w.ok(await r.w.prep(unitId), "query($u: ID) { notices(unitId: $u, first: 100) { edges { node { id } } } }", { u: unitId });
      expect(edges(listed.notices).map((n) => n.id)).toContain(a.data.postNotice.id);
    },
  }),

  // ---- councils and meetings ----
  council: defineCase({
    relation: "visibleCouncil",
    holds: reachOf("community"),
    target: (r) => r.w.council(r.unit("community")),
    call: async (r, c, token) => lookup(await r.w.gql(token, "query($id: ID!) { council(id: $id) { id } }", { id: c.id }), "council"),
    effect: async (_r, c, a) => expect(a.data.council).toEqual({ id: c.id }),
    refused: HIDDEN,
  }),
  councils: defineCase({
    relation: "visibleUnit",
    holds: reachOf("community"),
    target: (r) => r.w.council(r.unit("community")),
    call: async (r, c, token) =>
      listing(
        await r.w.gql(token, "query($u: ID) { councils(unitId: $u, first: 100) { edges { node { id } } } }", { u: r.unit("community") }),
        (d) => edges(d.councils).map((x) => x.id),
        c.id,
      ),
  }),
  meeting: defineCase({
    relation: "visibleMeeting",
    holds: reachOf("community"),
    target: (r) => r.w.shared(`read-meeting|${r.unit("community")}`, () => r.w.meeting({ community: r.unit("community"), state: "SCHEDULED", startsAt: READ_MEETING_AT })),
    call: async (r, m, token) => lookup(await r.w.gql(token, "query($id: ID!) { meeting(id: $id) { id state } }", { id: m.id }), "meeting"),
    effect: async (_r, m, a) => expect(a.data.meeting).toEqual({ id: m.id, state: "SCHEDULED" }),
    refused: HIDDEN,
  }),
  meetings: defineCase({
    relation: "visibleUnit",
    holds: reachOf("community"),
    target: (r) => r.w.shared(`read-meeting|${r.unit("community")}`, () => r.w.meeting({ community: r.unit("community"), state: "SCHEDULED", startsAt: READ_MEETING_AT })),
    call: async (r, m, token) =>
      listing(
        await r.w.gql(token, 'query($u: ID) { meetings(unitId: $u, from: "2030-02-01T00:00:00Z", to: "2030-02-02T00:00:00Z", first: 100) { edges { node { id } } } }', {
          u: r.unit("community"),
        }),
        (d) => edges(d.meetings).map((x) => x.id),
        m.id,
      ),
  }),
  councilCounts: defineCase({
    relation: "visibleUnit",
    holds: reachOf("community"),
    target: (r) => r.w.council(r.unit("community")),
    call: async (r, _c, token) => answer(await r.w.gql(token, "query($u: ID) { councilCounts(unitId: $u) { unitId councils } }", { u: r.unit("community") })),
    effect: async (r, _c, a) => expect([a.data.councilCounts.unitId, a.data.councilCounts.councils >= 1]).toEqual([r.unit("community"), true]),
  }),
  createCouncil: defineCase({
    relation: "unitInScope",
    holds: scopeOf("community"),
    target: async (r) => r.unit("community"),
    call: async (r, unitId, token) =>
      answer(
        await r.w.gql(token, mutation("createCouncil", "CreateCouncilInput", "{ id }"), {
          i: {
            idempotencyKey: fresh("matrix-create-council"),
            kind: "HALL",
            name: "矩阵新议事会",
            unitId,
            cadence: "AS_NEEDED",
            quorumCount: 1,
            members: [{ role: "LOCAL_UNIT", name: "代表", organisation: "物业" }],
          },
        }),
      ),
    effect: async (r, unitId, a) => {
      const { council } = await r.w.ok(await r.w.prep(unitId), "query($id: ID!) { council(id: $id) { id unitId } }", { id: a.data.createCouncil.id });
      expect(council).toEqual({ id: a.data.createCouncil.id, unitId });
    },
  }),
  scheduleMeeting: defineCase({
    relation: "runsCouncil",
    holds: scopeOf("community"),
    target: (r) => r.w.council(r.unit("community")),
    call: async (r, c, token) =>
      answer(
        await r.w.gql(token, mutation("scheduleMeeting", "ScheduleMeetingInput", "{ id state }"), {
          i: { idempotencyKey: fresh("matrix-schedule"), councilId: c.id, title: "矩阵会", startsAt: "2030-04-01T11:00:00+08:00", place: "活动室", agenda: [] },
        }),
      ),
    effect: async (r, _c, a) => expect((await r.w.ok(await r.w.prep(r.unit("community")), MEETING_READ, { id: a.data.scheduleMeeting.id })).meeting.state).toBe("SCHEDULED"),
  }),
  openMeeting: meetingCommand("openMeeting", "runsCouncil", handler),
  cancelMeeting: meetingCommand("cancelMeeting", "runsCouncil", handler),
  closeMeeting: meetingCommand("closeMeeting", "runsCouncil", handler),
  registerForMeeting: meetingCommand("registerForMeeting", "visibleMeeting", reachOf("community")),
  recordAttendance: meetingCommand("recordAttendance", "runsCouncil", handler),
  recordShowOfHands: meetingCommand("recordShowOfHands", "runsCouncil", handler),
  castBallot: meetingCommand("castBallot", "registered", { kind: "identity", admins: "identity", level: "community" }),
  countBallots: meetingCommand("countBallots", "runsCouncil", handler),
  createResolutionIssues: meetingCommand("createResolutionIssues", "runsCouncil", handler),
  raiseDemands: meetingCommand("raiseDemands", "runsCouncil", handler),

  // ---- places and timetables ----
  // public: every signed-in role but partners, wherever the place is; partners get null.
  place: defineCase({
    relation: "public",
    holds: { kind: "everywhere", butPartners: true },
    target: (r) => r.w.shared(`place|${r.unit("grid")}`, () => r.w.place(r.unit("grid"), { timetable: true })),
    call: async (r, p, token) => lookup(await r.w.gql(token, "query($id: ID!) { place(id: $id) { id } }", { id: p.id }), "place"),
    effect: async (_r, p, a) => expect(a.data.place).toEqual({ id: p.id }),
    refused: HIDDEN,
  }),
  // anyUnit: any existing unit, in scope or not (places are public).
  places: defineCase({
    relation: "anyUnit",
    holds: { kind: "everywhere" },
    target: (r) => r.w.shared(`place|${r.unit("grid")}`, () => r.w.place(r.unit("grid"), { timetable: true })),
    call: async (r, p, token) =>
      listing(
        await r.w.gql(token, "query($u: ID) { places(unitId: $u, first: 100) { edges { node { id } } } }", { u: r.unit("grid") }),
        (d) => edges(d.places).map((x) => x.id),
        p.id,
      ),
  }),
  placesNear: defineCase({
    relation: "public",
    holds: { kind: "everywhere" },
    target: (r) => r.w.shared(`place|${r.unit("grid")}`, () => r.w.place(r.unit("grid"), { timetable: true })),
    call: async (r, p, token) =>
      listing(
        await r.w.gql(token, "query($la: Float!, $lo: Float!) { placesNear(latitude: $la, longitude: $lo, radiusMetres: 100) { edges { node { place { id } } } } }", {
          la: p.latitude,
          lo: p.longitude,
        }),
        (d) => edges(d.placesNear).map((x) => x.place.id),
        p.id,
      ),
  }),
  timetableNear: defineCase({
    relation: "public",
    holds: { kind: "everywhere" },
    target: (r) => r.w.shared(`place|${r.unit("grid")}`, () => r.w.place(r.unit("grid"), { timetable: true })),
    call: async (r, p, token) =>
      listing(
        await r.w.gql(
          token,
          "query($la: Float!, $lo: Float!) { timetableNear(latitude: $la, longitude: $lo, radiusMetres: 100, weekday: MONDAY) { days { sessions { place { id } slot { service } } } } }",
          { la: p.latitude, lo: p.longitude },
        ),
        (d) => d.timetableNear.days.flatMap((day: any) => day.sessions.map((s: any) => s.place.id)),
        p.id,
      ),
  }),
  placeCounts: defineCase({
    relation: "unitInScope",
    holds: scopeOf("grid"),
    target: (r) => r.w.shared(`place|${r.unit("grid")}`, () => r.w.place(r.unit("grid"), { timetable: true })),
    call: async (r, _p, token) => answer(await r.w.gql(token, "query($u: ID) { placeCounts(unitId: $u) { unitId total } }", { u: r.unit("grid") })),
    effect: async (r, _p, a) => expect([a.data.placeCounts.unitId, a.data.placeCounts.total >= 1]).toEqual([r.unit("grid"), true]),
  }),
  createPlace: defineCase({
    relation: "unitInScope",
    holds: scopeOf("grid"),
    target: async (r) => r.unit("grid"),
    call: async (r, unitId, token) =>
      answer(
        await r.w.gql(token, mutation("createPlace", "CreatePlaceInput", "{ id }"), {
          i: { idempotencyKey: fresh("matrix-create-place"), unitId, kind: "LIBRARY", name: "矩阵书屋", address: "测试路1号", latitude: 29.2, longitude: 106.0 },
        }),
      ),
    effect: async (r, unitId, a) => expect((await r.w.ok(await r.w.prep(unitId), PLACE_READ, { id: a.data.createPlace.id })).place.unitId).toBe(unitId),
  }),
  // placeInScope: the place's unit is in scope.
  updatePlace: defineCase({
    relation: "placeInScope",
    holds: scopeOf("grid"),
    target: (r) => targetOf(r, `place-plain|${r.unit("grid")}`, () => r.w.place(r.unit("grid"))),
    call: async (r, p, token) =>
      answer(await r.w.gql(token, mutation("updatePlace", "UpdatePlaceInput", "{ id name }"), { i: { id: p.id, expectedVersion: p.version, name: fresh("改名服务点") } })),
    effect: async (r, p, a) => expect((await r.w.ok(await r.w.prep(r.unit("grid")), PLACE_READ, { id: p.id })).place.name).toBe(a.data.updatePlace.name),
  }),
  setPlaceTimetable: defineCase({
    relation: "placeInScope",
    holds: scopeOf("grid"),
    target: (r) => targetOf(r, `place-plain|${r.unit("grid")}`, () => r.w.place(r.unit("grid"))),
    call: async (r, p, token) =>
      answer(
        await r.w.gql(token, mutation("setPlaceTimetable", "SetPlaceTimetableInput", "{ id }"), {
          i: { placeId: p.id, expectedVersion: 0, slots: [{ weekday: "TUESDAY", start: "14:00", end: "16:00", department: "民政", service: "低保咨询" }] },
        }),
      ),
    effect: async (r, p) =>
      expect((await r.w.ok(await r.w.prep(r.unit("grid")), PLACE_READ, { id: p.id })).place.timetable).toEqual({ version: 1, slots: [{ service: "低保咨询" }] }),
  }),

  // ---- volunteers: teams and the registry ----
  // visibleTeam: every signed-in role but partners, wherever the team is; partners get null.
  team: defineCase({
    relation: "visibleTeam",
    holds: { kind: "everywhere", butPartners: true },
    target: (r) => sharedTeam(r, r.unit("community")),
    call: async (r, id, token) => lookup(await r.w.gql(token, "query($id: ID!) { team(id: $id) { id unitId } }", { id }), "team"),
    effect: async (r, id, a) => expect(a.data.team).toEqual({ id, unitId: r.unit("community") }),
    refused: HIDDEN,
  }),
  // anyUnit: any existing unit, in scope or not (teams are public); partners are not among its roles.
  teams: defineCase({
    relation: "anyUnit",
    holds: { kind: "everywhere" },
    target: (r) => sharedTeam(r, r.unit("community")),
    call: async (r, id, token) =>
      listing(
        await r.w.gql(token, "query($u: ID) { teams(unitId: $u, first: 100) { edges { node { id } } } }", { u: r.unit("community") }),
        (d) => edges(d.teams).map((t) => t.id),
        id,
      ),
  }),
  // visibleVolunteer: admins over the entry's home unit; everyone else (partners too) their own
  // entry, through their account — someone else's is null.
  volunteer: defineCase({
    relation: "visibleVolunteer",
    holds: byIdentity,
    target: (r) => (r.own ? ownEntry(r) : sharedVolunteer(r, r.unit("community"))),
    call: async (r, id, token) => lookup(await r.w.gql(token, "query($id: ID!) { volunteer(id: $id) { id unitId personId } }", { id }), "volunteer"),
    effect: async (r, id, a) => expect(a.data.volunteer).toEqual({ id, unitId: r.unit("community"), personId: r.own ? r.actor.sub : null }),
    refused: HIDDEN,
  }),
  volunteers: defineCase({
    relation: "unitInScope",
    holds: scopeOf("community"),
    target: (r) => sharedVolunteer(r, r.unit("community")),
    call: async (r, id, token) =>
      listing(
        await r.w.gql(token, "query($u: ID) { volunteers(unitId: $u, first: 100) { edges { node { id } } } }", { u: r.unit("community") }),
        (d) => edges(d.volunteers).map((v) => v.id),
        id,
      ),
  }),
  createTeam: defineCase({
    relation: "unitInScope",
    holds: scopeOf("community"),
    target: async (r) => r.unit("community"),
    call: async (r, unitId, token) =>
      answer(
        await r.w.gql(token, mutation("createTeam", "CreateTeamInput", "{ id }"), {
          i: { idempotencyKey: fresh("matrix-create-team"), kind: "SPECIALIST", specialty: "LEGAL_AID", name: "矩阵法律援助队", unitId },
        }),
      ),
    effect: async (r, unitId, a) => {
      const prep = await r.w.prep(unitId);
      const id = a.data.createTeam.id;
      expect((await r.w.ok(prep, TEAM_READ, { id })).team).toEqual({ id, unitId, kind: "SPECIALIST", specialty: "LEGAL_AID", memberCount: 0 });
      const listed = await r.w.ok(prep, "query($u: ID) { teams(unitId: $u, kind: SPECIALIST, first: 100) { edges { node { id } } } }", { u: unitId });
      expect(edges(listed.teams).map((t) => t.id)).toContain(id);
    },
  }),
  // The number and ID number are new for every call (each is one registration of its own).
  registerVolunteer: defineCase({
    relation: "unitInScope",
    holds: scopeOf("community"),
    target: async (r) => ({ unitId: r.unit("community"), volunteerNumber: fresh("MATRIX-REG"), idNumber: freshIdNumber() }),
    call: async (r, t, token) =>
      answer(await r.w.gql(token, mutation("registerVolunteer", "RegisterVolunteerInput", "{ id }"), { i: { ...t, name: "矩阵登记志愿者", skills: ["急救"] } })),
    effect: async (r, t, a) => {
      const { volunteer } = await r.w.ok(await r.w.prep(t.unitId), VOLUNTEER_READ, { id: a.data.registerVolunteer.id });
      expect(volunteer).toEqual({ id: a.data.registerVolunteer.id, ...t, personId: null, teams: [] });
    },
  }),
  // teamInScope: the team's unit is in the admin's scope. The volunteer is always one of the
  // actor's own registry (their community's), so its reference check passes and the team alone decides.
  joinTeam: defineCase({
    relation: "teamInScope",
    holds: scopeOf("community"),
    target: async (r) => {
      const home = ACTORS[r.role].community.in;
      if (r.fresh) return { teamId: await r.w.team(r.unit("community")), volunteerId: await r.w.volunteer(home), home };
      return { teamId: await sharedTeam(r, r.unit("community")), volunteerId: await sharedVolunteer(r, home), home };
    },
    call: async (r, t, token) => answer(await r.w.gql(token, mutation("joinTeam", "JoinTeamInput", "{ id memberCount }"), { i: { teamId: t.teamId, volunteerId: t.volunteerId } })),
    effect: async (r, t, a) => {
      expect(a.data.joinTeam).toEqual({ id: t.teamId, memberCount: 1 });
      const prep = await r.w.prep(r.unit("community"));
      const roster = await r.w.ok(prep, "query($t: ID) { volunteers(teamId: $t, first: 100) { edges { node { id } } } }", { t: t.teamId });
      expect(edges(roster.volunteers).map((v) => v.id)).toEqual([t.volunteerId]);
      expect((await r.w.ok(await r.w.prep(t.home), VOLUNTEER_READ, { id: t.volunteerId })).volunteer.teams).toEqual([{ id: t.teamId }]);
      expect((await r.w.ok(prep, TEAM_READ, { id: t.teamId })).team.memberCount).toBe(1);
    },
  }),

  // ---- mediation ----
  // visibleCase: admins over the case's unit; everyone else as one of its mediators (officers,
  // grid workers, volunteers) or one of its parties (residents, partners).
  mediationCase: defineCase({
    relation: "visibleCase",
    holds: byIdentity,
    target: (r) =>
      r.own
        ? r.w.mediationCase({ community: r.unit("community"), state: "OPEN", ...caseIdentity(r) })
        : r.w.shared(`read-case|${r.unit("community")}`, () => r.w.mediationCase({ community: r.unit("community"), state: "OPEN" })),
    call: async (r, c, token) => lookup(await r.w.gql(token, "query($id: ID!) { mediationCase(id: $id) { id state } }", { id: c.id }), "mediationCase"),
    effect: async (_r, c, a) => expect(a.data.mediationCase).toEqual({ id: c.id, state: "OPEN" }),
    refused: HIDDEN,
  }),
  // listInScope: admins list a unit in scope; everyone else lists their own cases (mediated or a party to).
  mediationCases: defineCase({
    relation: "listInScope",
    holds: byIdentity,
    target: (r) =>
      r.own
        ? r.w.mediationCase({ community: r.unit("community"), state: "OPEN", ...caseIdentity(r) })
        : targetOf(r, `list-case|${r.unit("community")}`, () => r.w.mediationCase({ community: r.unit("community"), state: "OPEN" })),
    call: async (r, c, token) => {
      const res = isAdminRole(r.role)
        ? await r.w.gql(token, "query($u: ID) { mediationCases(unitId: $u, first: 100) { edges { node { id } } } }", { u: r.unit("community") })
        : await r.w.gql(token, "{ mediationCases(first: 100) { edges { node { id } } } }");
      return listing(res, (d) => edges(d.mediationCases).map((x) => x.id), c.id);
    },
    refused: (role) => (isAdminRole(role) ? "FORBIDDEN" : "ABSENT"),
  }),
  mediationCounts: defineCase({
    relation: "unitInScope",
    holds: scopeOf("grid"),
    target: async (r) => r.unit("grid"),
    call: async (r, unitId, token) => answer(await r.w.gql(token, "query($u: ID) { mediationCounts(unitId: $u) { unitId total } }", { u: unitId })),
    effect: async (_r, unitId, a) => expect(a.data.mediationCounts.unitId).toBe(unitId),
  }),
  overdueObligations: defineCase({
    relation: "unitInScope",
    holds: scopeOf("community"),
    target: (r) => r.w.shared(`overdue|${r.unit("community")}`, () => r.w.mediationCase({ community: r.unit("community"), state: "AGREED", obligations: 1 })),
    call: async (r, c, token) =>
      listing(
        await r.w.gql(token, "query($u: ID) { overdueObligations(unitId: $u, first: 100) { edges { node { case { id } obligation { id overdue } } } } }", {
          u: r.unit("community"),
        }),
        (d) => edges(d.overdueObligations).map((x) => x.case.id),
        c.id,
      ),
  }),
  openMediationCase: defineCase({
    relation: "unitInScope",
    holds: scopeOf("community"),
    target: async (r) => r.unit("community"),
    call: async (r, unitId, token) =>
      answer(
        await r.w.gql(token, mutation("openMediationCase", "OpenMediationCaseInput", "{ id }"), {
          i: {
            idempotencyKey: fresh("matrix-open-case"),
            unitId,
            category: "NEIGHBOUR",
            title: "噪音纠纷",
            summary: "夜间噪音",
            parties: [
              { kind: "PERSON", side: "APPLICANT", name: "甲" },
              { kind: "PERSON", side: "RESPONDENT", name: "乙" },
            ],
            mediatorIds: [otherMediator(unitId)],
          },
        }),
      ),
    effect: async (r, unitId, a) => expect((await r.w.ok(await r.w.prep(unitId), CASE_READ, { id: a.data.openMediationCase.id })).mediationCase.state).toBe("OPEN"),
  }),
  recordMediationSession: mediationCommand("recordMediationSession", ["session", "courtSession"]),
  concludeMediation: mediationCommand("concludeMediation", ["agree", "settle", "fail", "refer"]),
  fulfilObligation: mediationCommand("fulfilObligation", ["fulfil", "fulfilLast"]),
  closeMediationCase: mediationCommand("closeMediationCase", ["close"]),
};

// ---- who is asked, and what they should get ----

export const ACTOR_OUTSIDE = (role: Role): MatrixActor => ({ ...ACTORS[role], scope: NEIGHBOUR_SCOPES[role], sub: `nb-${role.toLowerCase().replace(/_/g, "-")}` });

/** Whether the row's relation holds for the role's actor with a target in or out of scope. */
export function holds(c: Case, role: Role, where: Where): boolean {
  const a = ACTORS[role];
  const h = c.holds;
  switch (h.kind) {
    case "everywhere":
      return !(h.butPartners && role === Role.PARTNER);
    case "own":
      return where === "in";
    case "scope":
      return where === "in" && within(a[h.level].in, a.scope);
    case "reach":
      return where === "in" && (within(a[h.level].in, a.scope) || aboveOf(a[h.level].in, a.scope));
    case "below":
      return where === "in" && strictlyBelow(a[h.level].in, a.scope);
    case "identity":
      return where === "in" && (h.admins === "scope" && isAdminRole(role) ? within(a[h.level].in, a.scope) : true);
  }
}
