// The matrix's world: one harness, the seven actors (as tests/auth/permission-matrix.test.ts
// places them, with 九龙坡区 as a second district so that even district-wide roles have an
// outside), and builders for every kind of target a policy row acts on — each made through
// the API by the target's own district command centre (never by the actor under test), in the
// state asked for, shared when only refused calls will touch it and fresh when a call will
// change it. A write recorder on the table's client tells whether a refused call wrote anything.
import { ScanCommand } from "@aws-sdk/client-dynamodb";
import { ADMIN_ROLES, Role } from "../../api/auth/actor";
import { DEMO_CATEGORIES } from "../../api/issues/category.seed";
import { categoryItem } from "../../api/issues/category.store";
import { ISSUE_NOTICES, ISSUE_SUBJECTS } from "../../api/issues/issue.notices";
import { notification, outboxItem, personRecipient, unitRecipient } from "../../api/notifications/notification.store";
import { guardItem, unitItem } from "../../api/org/org.store";
import { personItem } from "../../api/people/people.store";
import { shapingbaDemo } from "../../api/seed/shapingba";
import { batchPut, transact } from "../../api/store/ops";
import { NEIGHBOUR_GRID, neighbourDistrict } from "../helpers/fixtures";
import { residentIdNumber } from "../helpers/volunteers";
import { createHarness, ok, outcome, SMALL_DEMO, type GqlResult, type Harness } from "../helpers/harness";

export { NEIGHBOUR_GRID };
export const ROLES: readonly Role[] = Object.values(Role);
export const isAdminRole = (role: Role) => ADMIN_ROLES.includes(role);

// ---- the net, known before the harness exists (the demo is deterministic) ----

const DEMO_UNITS = shapingbaDemo(SMALL_DEMO).units;
const NEIGHBOUR_UNITS = neighbourDistrict();
const UNITS = [...DEMO_UNITS, ...NEIGHBOUR_UNITS];
const PATHS = new Map(UNITS.map((u) => [u.id, u.path]));

function named(name: string): string {
  const found = UNITS.filter((u) => u.name === name);
  if (found.length !== 1) throw new Error(`expected one unit named ${name}, found ${found.length}`);
  return found[0].id;
}

export const U = {
  district: "500106",
  ciqikou: named("磁器口街道"),
  fenghuangshan: named("凤凰山社区"),
  jinrong: named("金蓉社区"),
  xiangxieli: named("香榭里社区"),
  grid1: named("凤凰山社区第1网格"),
  grid2: named("凤凰山社区第2网格"),
  jinrong1: named("金蓉社区第1网格"),
  jinrong2: named("金蓉社区第2网格"),
  xiangxieli1: named("香榭里社区第1网格"),
  neighbour: "500107",
  neighbourStreet: named("杨家坪街道"),
  neighbourCommunity: named("西郊社区"),
  neighbourGrid: NEIGHBOUR_GRID,
} as const;

export const pathOf = (unitId: string) => {
  const path = PATHS.get(unitId);
  if (!path) throw new Error(`unknown unit ${unitId}`);
  return path;
};
/** `unit` is the scope unit itself or lies beneath it. */
export const within = (unit: string, scope: string) => pathOf(unit) === pathOf(scope) || pathOf(unit).startsWith(`${pathOf(scope)}/`);
/** `unit` lies strictly beneath the scope unit. */
export const strictlyBelow = (unit: string, scope: string) => pathOf(unit).startsWith(`${pathOf(scope)}/`);
/** `unit` is an ancestor of the scope unit (a breadcrumb). */
export const aboveOf = (unit: string, scope: string) => pathOf(scope).startsWith(`${pathOf(unit)}/`);
export const districtOf = (unitId: string) => unitId.slice(0, 6);

// ---- the actors ----

export type Where = "in" | "out";
export type Level = "grid" | "community";

export interface MatrixActor {
  role: Role;
  /** The token's scope unit. */
  scope: string;
  /** The token's subject: a demo person where a relation needs one (an assignee, a mediator, a party). */
  sub: string;
  /** Per level, a target unit inside the scope (for a grid worker's community: the one above it) and one outside. */
  grid: Record<Where, string>;
  community: Record<Where, string>;
}

/** One actor per role; each row's target is put in `grid` or `community` in or out of its scope. */
export const ACTORS: Record<Role, MatrixActor> = {
  DISTRICT_ADMIN: {
    role: Role.DISTRICT_ADMIN,
    scope: U.district,
    sub: "u-district-admin",
    grid: { in: U.grid1, out: U.neighbourGrid },
    community: { in: U.fenghuangshan, out: U.neighbourCommunity },
  },
  STREET_ADMIN: {
    role: Role.STREET_ADMIN,
    scope: U.ciqikou,
    sub: "u-ciqikou-admin",
    grid: { in: U.grid1, out: U.xiangxieli1 },
    community: { in: U.fenghuangshan, out: U.xiangxieli },
  },
  COMMUNITY_ADMIN: {
    role: Role.COMMUNITY_ADMIN,
    scope: U.fenghuangshan,
    sub: "u-fenghuangshan-admin",
    grid: { in: U.grid2, out: U.jinrong1 },
    community: { in: U.fenghuangshan, out: U.jinrong },
  },
  GRID_WORKER: { role: Role.GRID_WORKER, scope: U.grid1, sub: `gw-${U.grid1}`, grid: { in: U.grid1, out: U.grid2 }, community: { in: U.fenghuangshan, out: U.jinrong } },
  VOLUNTEER: { role: Role.VOLUNTEER, scope: U.jinrong, sub: "u-volunteer", grid: { in: U.jinrong1, out: U.grid1 }, community: { in: U.jinrong, out: U.fenghuangshan } },
  RESIDENT: { role: Role.RESIDENT, scope: U.fenghuangshan, sub: "u-resident", grid: { in: U.grid1, out: U.jinrong2 }, community: { in: U.fenghuangshan, out: U.jinrong } },
  PARTNER: { role: Role.PARTNER, scope: U.district, sub: "u-partner", grid: { in: U.grid2, out: U.neighbourGrid }, community: { in: U.fenghuangshan, out: U.neighbourCommunity } },
};

/** The same roles in 九龙坡区: for rows whose target is the actor's own (its district, its scope). */
export const NEIGHBOUR_SCOPES: Record<Role, string> = {
  DISTRICT_ADMIN: U.neighbour,
  STREET_ADMIN: U.neighbourStreet,
  COMMUNITY_ADMIN: U.neighbourCommunity,
  GRID_WORKER: U.neighbourGrid,
  VOLUNTEER: U.neighbourCommunity,
  RESIDENT: U.neighbourCommunity,
  PARTNER: U.neighbour,
};

/** Somebody assigned to a grid's issues who is none of the actors (凤凰山 grid 1 has two grid workers). */
export const otherAssignee = (gridId: string) => (gridId === U.grid1 ? "u-grid-worker" : `gw-${gridId}`);
/** A mediator of a community's cases who is none of the actors: its second grid's worker (九龙坡区's only grid's). */
export const otherMediator = (community: string) => (community === U.neighbourCommunity ? `gw-${U.neighbourGrid}` : `gw-${community}02`);

// ---- outcomes ----

/** What a call answered: OK or the error code, HIDDEN for a null lookup, ABSENT for an answer without the target. */
export type Outcome = "OK" | "FORBIDDEN" | "NOT_FOUND" | "HIDDEN" | "ABSENT" | (string & {});

export interface Answer {
  outcome: Outcome;
  data: any;
  errors?: GqlResult["errors"];
}

export const answer = (res: GqlResult, decide?: (data: any) => Outcome): Answer => {
  const code = outcome(res);
  return { outcome: code === "OK" && decide ? decide(res.data) : code, data: res.data, errors: res.errors };
};
/** A lookup: HIDDEN when it answers null. */
export const lookup = (res: GqlResult, field: string) => answer(res, (d) => (d?.[field] === null ? "HIDDEN" : "OK"));
/** A list: ABSENT when it answers without `id`. */
export const listing = (res: GqlResult, ids: (data: any) => string[], id: string) => answer(res, (d) => (ids(d).includes(id) ? "OK" : "ABSENT"));
export const edges = (connection: any): any[] => (connection?.edges ?? []).map((e: any) => e.node);

// ---- the write recorder ----

export interface Write {
  operation: string;
  request: string;
}

/** Every write the server's client sent and the table accepted, since `reset`. */
export class WriteRecorder {
  writes: Write[] = [];
  reset() {
    this.writes = [];
  }
}

const WRITES = /\.(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems|ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)$/;

function recordWrites(h: Harness, recorder: WriteRecorder) {
  h.db.client.middlewareStack.add(
    (next) => async (args: any) => {
      const target = String(args.request?.headers?.["x-amz-target"] ?? "");
      const result = await next(args);
      // Only writes that succeeded changed the table (a refused condition throws and lands here never).
      if (WRITES.test(target)) recorder.writes.push({ operation: target.split(".").pop()!, request: String(args.request?.body ?? "").slice(0, 300) });
      return result;
    },
    { step: "build", name: "policyMatrixWriteRecorder" },
  );
}

/** Every item of the table, sorted: equal before and after means nothing was written (cf. tests/councils/helpers.ts). */
export async function snapshot(h: Harness, segments = 4): Promise<Map<string, string>> {
  const parts = await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      const items: Record<string, any>[] = [];
      let start: Record<string, any> | undefined;
      do {
        const out = await h.db.client.send(new ScanCommand({ TableName: h.db.table, ExclusiveStartKey: start, Segment: segment, TotalSegments: segments }));
        items.push(...(out.Items ?? []));
        start = out.LastEvaluatedKey;
      } while (start);
      return items;
    }),
  );
  const sorted = (item: Record<string, any>) => JSON.stringify(Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))));
  return new Map(parts.flat().map((item) => [`${item.pk?.S}|${item.sk?.S}`, sorted(item)]));
}

/** The keys whose items differ between two snapshots (added, removed or changed). */
export function changedKeys(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

// ---- the world ----

let counter = 0;
export const fresh = (label: string) => `${label}-${(counter += 1)}`;
let idNumbers = 0;
/** A valid ID number no registration of this file has used yet. */
export const freshIdNumber = () => residentIdNumber((idNumbers += 1));

const REPORT = "mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue { id state version } } }";
const ISSUE_STEP: Record<string, [string, string]> = {
  accept: ["acceptIssue", "AcceptIssueInput"],
  reject: ["rejectIssue", "RejectIssueInput"],
  merge: ["mergeIssue", "MergeIssueInput"],
  assign: ["assignIssue", "AssignIssueInput"],
  start: ["startIssue", "IssueNoteInput"],
  resolve: ["resolveIssue", "ResolveIssueInput"],
  close: ["closeIssue", "CloseIssueInput"],
};
export const MEETING = "id state version registrationCount presentCount agenda { id resolutionIssueIds vote { method outcome for against abstain } }";
export const CASE = "id state version sessions { id kind } obligations { id fulfilledAt overdue } outcome closingNote";

export interface IssueSpec {
  grid: string;
  state: string;
  /** The reporter's token (default: the grid's command centre). */
  reporter?: string;
  /** Whom it is assigned to (default: a grid worker who is no actor). */
  assignee?: string;
}

export interface MeetingSpec {
  community: string;
  state: string;
  /** Prepared in session: attendance of one member recorded; `adopted`: item 1 adopted by show of hands. */
  flavour?: "plain" | "attended" | "adopted";
  /** When it starts (default 2030-03-01 11:00 in Chongqing). */
  startsAt?: string;
  /** Tokens to register for the meeting before it opens. */
  registrants?: string[];
}

export interface CaseSpec {
  community: string;
  state: string;
  /** The case's mediator (default: one who is no actor). */
  mediator?: string;
  /** A person who is a party (the applicant). */
  party?: string;
  /** Obligations of an agreement (AGREED): how many, due in the past so they are overdue. */
  obligations?: number;
}

export interface World {
  h: Harness;
  recorder: WriteRecorder;
  token(role: Role, orgId: string, sub: string): Promise<string>;
  /** The district command centre over a unit: prepares targets and reads effects back. */
  prep(unitId: string): Promise<string>;
  gql(token: string, query: string, variables?: Record<string, unknown>): Promise<GqlResult>;
  ok(token: string, query: string, variables?: Record<string, unknown>): Promise<any>;
  /** A memoised target: built once per key (for calls that change nothing). */
  shared<T>(key: string, build: () => Promise<T>): Promise<T>;
  issue(spec: IssueSpec): Promise<{ id: string; version: number }>;
  council(community: string): Promise<{ id: string; memberIds: string[] }>;
  meeting(spec: MeetingSpec): Promise<any>;
  mediationCase(spec: CaseSpec): Promise<any>;
  place(unitId: string, options?: { timetable?: boolean }): Promise<{ id: string; version: number; latitude: number; longitude: number }>;
  notice(unitId: string): Promise<string>;
  /** A specialist team ("+N") formed at a unit (a community or above). */
  team(unitId: string): Promise<string>;
  /** A registry entry whose home unit is `unitId`, with the person's account when given. */
  volunteer(unitId: string, personId?: string): Promise<string>;
  building(gridId: string): Promise<string>;
  person(role: Role, orgId: string): Promise<string>;
  outbox(recipient: string): Promise<string>;
  close(): Promise<void>;
}

export async function createWorld(): Promise<World> {
  const h = await createHarness();
  for (const unit of DEMO_UNITS.filter((u) => Object.values(U).includes(u.id as never))) {
    if (h.unit(unit.name).path !== unit.path) throw new Error(`the seeded demo differs from the static one at ${unit.name}`);
  }
  await batchPut(h.db, [
    ...NEIGHBOUR_UNITS.flatMap((u) => [unitItem(u), guardItem(u)]),
    ...DEMO_CATEGORIES.map((c) => categoryItem(U.neighbour, c)),
    personItem({ id: `gw-${U.neighbourGrid}`, name: "王强", phone: null, role: Role.GRID_WORKER, orgId: U.neighbourGrid }),
  ]);
  const recorder = new WriteRecorder();
  recordWrites(h, recorder);

  const tokens = new Map<string, Promise<string>>();
  const token = (role: Role, orgId: string, sub: string) => {
    const key = `${role}|${orgId}|${sub}`;
    if (!tokens.has(key)) tokens.set(key, h.token(role, orgId, sub));
    return tokens.get(key)!;
  };
  const prep = (unitId: string) => token(Role.DISTRICT_ADMIN, districtOf(unitId), `prep-${districtOf(unitId)}`);
  const gql = (t: string, query: string, variables?: Record<string, unknown>) => h.gql(t, query, variables);
  const okGql = (t: string, query: string, variables?: Record<string, unknown>) => ok(h.gql(t, query, variables));
  // Reports into one grid (and units created under one parent) race on the parent's items: one at a time.
  const queues = new Map<string, Promise<unknown>>();
  const serial = <T>(key: string, run: () => Promise<T>): Promise<T> => {
    const next = (queues.get(key) ?? Promise.resolve()).then(run, run);
    queues.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  };
  const memo = new Map<string, Promise<unknown>>();
  const shared = <T>(key: string, build: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, build());
    return memo.get(key) as Promise<T>;
  };

  async function issue(spec: IssueSpec): Promise<{ id: string; version: number }> {
    const t = await prep(spec.grid);
    const reported = await serial(`under|${spec.grid}`, () =>
      okGql(spec.reporter ?? t, REPORT, {
        i: {
          idempotencyKey: fresh("matrix-report"),
          title: "楼道垃圾堆积",
          description: "三楼楼道堆了一周的垃圾",
          categoryCode: "SANITATION_WASTE",
          gridId: spec.grid,
          channel: "MINI_PROGRAM",
        },
      }),
    );
    const id: string = reported.reportIssue.issue.id;
    let version: number = reported.reportIssue.issue.version;
    const step = async (name: string, extra: Record<string, unknown> = {}) => {
      const [field, input] = ISSUE_STEP[name];
      const data = await okGql(t, `mutation($i: ${input}!) { ${field}(input: $i) { id version } }`, { i: { id, ...extra } });
      version = data[field].version;
    };
    const states = ["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED", "CLOSED"];
    if (spec.state === "REJECTED") await step("reject", { reason: "不属于受理范围" });
    else if (spec.state === "MERGED") await step("merge", { duplicateOfId: (await issue({ grid: spec.grid, state: "REPORTED" })).id });
    else {
      const upTo = states.indexOf(spec.state);
      if (upTo < 0) throw new Error(`no way to prepare an issue ${spec.state}`);
      if (upTo >= 1) await step("accept");
      if (upTo >= 2) await step("assign", { unitId: spec.grid, assigneeId: spec.assignee ?? otherAssignee(spec.grid) });
      if (upTo >= 3) await step("start");
      if (upTo >= 4) await step("resolve", { outcome: "FIXED", result: "已清运" });
      if (upTo >= 5) await step("close", { satisfaction: 5 });
    }
    return { id, version };
  }

  const council = (community: string) =>
    shared(`council|${community}`, async () => {
      const data = await okGql(await prep(community), "mutation($i: CreateCouncilInput!) { createCouncil(input: $i) { id members { id } } }", {
        i: {
          idempotencyKey: fresh("matrix-council"),
          kind: "RESIDENT_COUNCIL",
          name: "矩阵议事会",
          unitId: community,
          cadence: "MONTHLY",
          quorumCount: 1,
          members: [1, 2, 3].map((n) => ({ role: "OWNER_REPRESENTATIVE", name: `代表${n}`, organisation: "业主委员会" })),
        },
      });
      return { id: data.createCouncil.id as string, memberIds: data.createCouncil.members.map((m: any) => m.id as string) };
    });

  async function meeting(spec: MeetingSpec): Promise<any> {
    const t = await prep(spec.community);
    const { id: councilId, memberIds } = await council(spec.community);
    let m = (
      await okGql(t, `mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { ${MEETING} } }`, {
        i: {
          idempotencyKey: fresh("matrix-meeting"),
          councilId,
          title: "矩阵议事",
          startsAt: spec.startsAt ?? "2030-03-01T11:00:00+08:00",
          place: "社区活动室",
          agenda: [{ title: "议题1", plannedMinutes: 30 }],
        },
      })
    ).scheduleMeeting;
    const command = async (field: string, input: string, extra: Record<string, unknown> = {}) => {
      m = (await okGql(t, `mutation($i: ${input}!) { ${field}(input: $i) { ${MEETING} } }`, { i: { meetingId: m.id, ...extra } }))[field];
    };
    for (const r of spec.registrants ?? []) await okGql(r, "mutation($i: RegisterForMeetingInput!) { registerForMeeting(input: $i) { personId } }", { i: { meetingId: m.id } });
    if (spec.state === "CANCELLED") await command("cancelMeeting", "CancelMeetingInput", { reason: "场地不可用" });
    if (spec.state === "SCHEDULED" || spec.state === "CANCELLED") return m;
    await command("openMeeting", "MeetingCommandInput");
    if (spec.flavour === "attended" || spec.flavour === "adopted")
      await command("recordAttendance", "RecordAttendanceInput", { attendees: [{ memberId: memberIds[0] }], othersPresent: 2 });
    if (spec.flavour === "adopted") await command("recordShowOfHands", "ShowOfHandsInput", { itemId: m.agenda[0].id, for: 3, against: 0, abstain: 0 });
    if (spec.state === "CLOSED") await command("closeMeeting", "CloseMeetingInput", { report: "会议纪要" });
    else if (spec.state !== "IN_SESSION") throw new Error(`no way to prepare a meeting ${spec.state}`);
    return m;
  }

  async function mediationCase(spec: CaseSpec): Promise<any> {
    const t = await prep(spec.community);
    let c = (
      await okGql(t, `mutation($i: OpenMediationCaseInput!) { openMediationCase(input: $i) { ${CASE} } }`, {
        i: {
          idempotencyKey: fresh("matrix-case"),
          unitId: spec.community,
          category: "NEIGHBOUR",
          title: "楼上漏水纠纷",
          summary: "楼上卫生间漏水至楼下",
          parties: [
            { kind: "PERSON", side: "APPLICANT", name: "申请人", personId: spec.party ?? null },
            { kind: "PERSON", side: "RESPONDENT", name: "被申请人" },
          ],
          mediatorIds: [spec.mediator ?? otherMediator(spec.community)],
        },
      })
    ).openMediationCase;
    const command = async (field: string, input: string, extra: Record<string, unknown>) => {
      c = (await okGql(t, `mutation($i: ${input}!) { ${field}(input: $i) { ${CASE} } }`, { i: { caseId: c.id, expectedVersion: c.version, ...extra } }))[field];
    };
    if (spec.state === "OPEN") return c;
    await command("recordMediationSession", "RecordMediationSessionInput", { kind: "MEDIATION", at: "2026-02-01T10:00:00+08:00" });
    if (spec.state === "IN_MEDIATION") return c;
    if (spec.state === "AGREED") {
      const obligations = Array.from({ length: spec.obligations ?? 1 }, (_, n) => ({ partyId: "p2", description: `修复第${n + 1}处`, dueAt: "2026-01-15T00:00:00+08:00" }));
      await command("concludeMediation", "ConcludeMediationInput", { outcome: "AGREEMENT", agreementText: "楼上负责修复", obligations });
    } else if (spec.state === "REFERRED") await command("concludeMediation", "ConcludeMediationInput", { outcome: "REFERRED_TO_COURT" });
    else if (spec.state === "CLOSED") await command("concludeMediation", "ConcludeMediationInput", { outcome: "NO_AGREEMENT" });
    else throw new Error(`no way to prepare a case ${spec.state}`);
    return c;
  }

  let places = 0;
  async function place(unitId: string, options: { timetable?: boolean } = {}) {
    const t = await prep(unitId);
    const n = (places += 1);
    // Each place on its own spot, ~1 km from the next: a 100 m search finds it alone.
    const at = { latitude: 29.3 + n * 0.01, longitude: 106.1 + n * 0.01 };
    const created = (
      await okGql(t, "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id version latitude longitude } }", {
        i: { idempotencyKey: fresh("matrix-place"), unitId, kind: "SERVICE_POINT", name: `便民服务点${n}`, address: `测试路${n}号`, ...at },
      })
    ).createPlace;
    if (options.timetable) {
      await okGql(t, "mutation($i: SetPlaceTimetableInput!) { setPlaceTimetable(input: $i) { id } }", {
        i: { placeId: created.id, expectedVersion: 0, slots: [{ weekday: "MONDAY", start: "09:00", end: "11:00", department: "社保", service: "医保咨询" }] },
      });
    }
    return created;
  }

  const notice = async (unitId: string) =>
    (
      await okGql(await prep(unitId), "mutation($i: PostNoticeInput!) { postNotice(input: $i) { id } }", {
        i: { unitId, title: "停水通知", body: "周六上午停水", idempotencyKey: fresh("matrix-notice") },
      })
    ).postNotice.id as string;

  const team = async (unitId: string) =>
    (
      await okGql(await prep(unitId), "mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }", {
        i: { idempotencyKey: fresh("matrix-team"), kind: "SPECIALIST", specialty: "OTHER", name: "矩阵志愿服务队", unitId },
      })
    ).createTeam.id as string;

  const volunteer = async (unitId: string, personId?: string) =>
    (
      await okGql(await prep(unitId), "mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }", {
        i: { volunteerNumber: fresh("MATRIX"), name: "矩阵志愿者", idNumber: freshIdNumber(), phone: "13800000000", unitId, personId: personId ?? null },
      })
    ).registerVolunteer.id as string;

  let segments = 100;
  const building = async (gridId: string) => {
    const t = await prep(gridId);
    const data = await serial(`under|${gridId}`, () =>
      okGql(t, "mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }", {
        i: { parentId: gridId, kind: "BUILDING", name: "新楼", segment: String((segments += 1)), idempotencyKey: fresh("matrix-building") },
      }),
    );
    return data.createOrgUnit.id as string;
  };

  async function person(role: Role, orgId: string) {
    const id = fresh(`matrix-person-${role.toLowerCase()}`).replace(/_/g, "-");
    await batchPut(h.db, [personItem({ id, name: "测试人", phone: null, role, orgId })]);
    return id;
  }

  async function outbox(recipient: string) {
    const n = notification(recipient, ISSUE_NOTICES.ASSIGNED, { type: ISSUE_SUBJECTS.ISSUE, id: "is_matrix" }, "矩阵测试消息", new Date().toISOString());
    const written = await transact(h.db, [outboxItem(h.db, n)]);
    if (!written.ok) throw new Error("could not write a notification");
    return n.id;
  }

  return {
    h,
    recorder,
    token,
    prep,
    gql,
    ok: okGql,
    shared,
    issue,
    council,
    meeting,
    mediationCase,
    place,
    notice,
    team,
    volunteer,
    building,
    person,
    outbox,
    close: () => h.close(),
  };
}

export { personRecipient, unitRecipient };
