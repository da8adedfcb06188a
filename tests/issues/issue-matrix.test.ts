// The issue loop's permissions and transitions, as the policy table says (issue.policy.ts):
// every role × every issue mutation on a fresh issue in the right state, inside the actor's
// scope (unrelated, and — where the rule is relational — the actor's own) and outside it;
// then every mutation from every state it is not allowed from, as a district admin.
// Issues are made through the API by other actors; 九龙坡区 (500107) is a second district so
// that the district-wide roles have something outside their scope.
import { ADMIN_ROLES, Role } from "../../api/auth/actor";
import { admits } from "../../api/auth/policy";
import { ISSUE_ACTIONS, ISSUE_POLICY } from "../../api/issues/issue.policy";
import { categoryItem } from "../../api/issues/category.store";
import { guardItem, unitItem } from "../../api/org/org.store";
import { personItem } from "../../api/people/people.store";
import { DEMO_CATEGORIES } from "../../api/issues/category.seed";
import { batchPut } from "../../api/store/ops";
import { IssueState } from "../../api/issues/issue.enums";
import { NEIGHBOUR_GRID, neighbourDistrict, transitionDocuments } from "../helpers/fixtures";
import { ok, createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;

beforeAll(async () => {
  h = await createHarness();
  await batchPut(h.db, [
    ...neighbourDistrict().flatMap((u) => [unitItem(u), guardItem(u)]),
    ...DEMO_CATEGORIES.map((c) => categoryItem("500107", c)),
    personItem({ id: `gw-${NEIGHBOUR_GRID}`, name: "王强", phone: null, role: Role.GRID_WORKER, orgId: NEIGHBOUR_GRID }),
  ]);
});
afterAll(() => h.close());

// ---- tokens and preparation (always by actors other than the one under test) ----

const tokens = new Map<string, Promise<string>>();
function token(role: Role, orgId: string, sub: string): Promise<string> {
  const key = `${role}|${orgId}|${sub}`;
  if (!tokens.has(key)) tokens.set(key, h.token(role, orgId, sub));
  return tokens.get(key)!;
}
const grid = (name: string) => h.unit(name).id;
const GRID1 = () => grid("凤凰山社区第1网格");
/** The command centre of the grid's district prepares issues. */
const preparer = (gridId: string) =>
  gridId.startsWith("500107") ? token(Role.DISTRICT_ADMIN, "500107", "prep-jiulongpo") : token(Role.DISTRICT_ADMIN, "500106", "prep-command-centre");
/** A handler who is not the actor under test: 凤凰山 grid 1 has two grid workers. */
const otherAssignee = (gridId: string) => (gridId === GRID1() ? "u-grid-worker" : `gw-${gridId}`);

const ISSUE = "{ id state version handlingLevel timeline { version } }";
const Q = {
  report: `mutation($i: ReportIssueInput!) { reportIssue(input: $i) { issue ${ISSUE} } }`,
  ...transitionDocuments(ISSUE),
};
type MutationName = keyof typeof Q;

let keys = 0;
const report = (t: string, gridId: string) =>
  h.gql(t, Q.report, {
    i: { idempotencyKey: `matrix-${(keys += 1)}`, title: "楼道垃圾堆积", description: "三楼楼道堆了一周的垃圾", categoryCode: "SANITATION_WASTE", gridId, channel: "MINI_PROGRAM" },
  });

interface Prepare {
  gridId: string;
  state: IssueState;
  /** Token of the reporter (default: the command centre). */
  reporter?: string;
  /** Person the issue is assigned to (default: a grid worker who is not the actor). */
  assignee?: string;
}

/** Walks a fresh issue to `state` through the API, as the grid's command centre. */
async function prepare(p: Prepare): Promise<string> {
  const prep = await preparer(p.gridId);
  const { reportIssue } = await ok(report(p.reporter ?? prep, p.gridId));
  const id: string = reportIssue.issue.id;
  const step = (name: MutationName, extra: Record<string, unknown> = {}) => ok(h.gql(prep, Q[name], { i: { id, ...extra } }));
  if (p.state === IssueState.REPORTED) return id;
  if (p.state === IssueState.REJECTED) return (await step("reject", { reason: "不属于受理范围" })).rejectIssue.id;
  if (p.state === IssueState.MERGED) {
    const target = await prepare({ gridId: p.gridId, state: IssueState.REPORTED });
    return (await step("merge", { duplicateOfId: target })).mergeIssue.id;
  }
  await step("accept");
  if (p.state === IssueState.ACCEPTED) return id;
  await step("assign", { unitId: p.gridId, assigneeId: p.assignee ?? otherAssignee(p.gridId) });
  if (p.state === IssueState.ASSIGNED) return id;
  await step("start");
  if (p.state === IssueState.IN_PROGRESS) return id;
  await step("resolve", { outcome: "FIXED", result: "已清运" });
  if (p.state === IssueState.RESOLVED) return id;
  await step("close", { satisfaction: 5 });
  return id;
}

/** Each mutation: the state its target must be in, and the call with valid input. */
const MUTATIONS: Record<MutationName, { state: IssueState | null; run: (t: string, id: string, gridId: string) => Promise<GqlResult> }> = {
  report: { state: null, run: (t, _id, gridId) => report(t, gridId) },
  accept: { state: IssueState.REPORTED, run: (t, id) => h.gql(t, Q.accept, { i: { id } }) },
  reject: { state: IssueState.REPORTED, run: (t, id) => h.gql(t, Q.reject, { i: { id, reason: "重复上报" } }) },
  merge: {
    state: IssueState.REPORTED,
    run: async (t, id, gridId) => h.gql(t, Q.merge, { i: { id, duplicateOfId: await prepare({ gridId, state: IssueState.REPORTED }) } }),
  },
  assign: { state: IssueState.ACCEPTED, run: (t, id) => h.gql(t, Q.assign, { i: { id } }) },
  escalate: { state: IssueState.ACCEPTED, run: (t, id) => h.gql(t, Q.escalate, { i: { id, reason: "需要街道协调" } }) },
  return: { state: IssueState.ASSIGNED, run: (t, id) => h.gql(t, Q.return, { i: { id, reason: "不属于本网格" } }) },
  start: { state: IssueState.ASSIGNED, run: (t, id) => h.gql(t, Q.start, { i: { id } }) },
  resolve: { state: IssueState.IN_PROGRESS, run: (t, id) => h.gql(t, Q.resolve, { i: { id, outcome: "FIXED", result: "已清运" } }) },
  close: { state: IssueState.RESOLVED, run: (t, id) => h.gql(t, Q.close, { i: { id, satisfaction: 5 } }) },
  reopen: { state: IssueState.RESOLVED, run: (t, id) => h.gql(t, Q.reopen, { i: { id, reason: "垃圾又堆起来了" } }) },
  supervise: { state: IssueState.ASSIGNED, run: (t, id) => h.gql(t, Q.supervise, { i: { id, note: "请尽快办结" } }) },
  comment: { state: IssueState.REPORTED, run: (t, id) => h.gql(t, Q.comment, { i: { id, text: "已联系物业", idempotencyKey: `c-${id}` } }) },
};

// ---- who may do what: read from the policy table the domain interprets ----

/**
 * scope:    any issue inside the actor's scope (for admins: the handling unit is in scope);
 * above:    only when the handling unit lies strictly below the actor's scope (督办);
 * assignee: only issues assigned to the actor; reporter: only issues the actor reported;
 * never.    Outside the actor's scope everything is FORBIDDEN.
 */
type Rule = "scope" | "above" | "assignee" | "reporter" | "never";

/** What the policy row of a mutation (api/issues/issue.policy.ts) means for one role. */
function ruleFor(role: Role, name: MutationName): Rule {
  const row = name === "report" ? ISSUE_POLICY.reportIssue : ISSUE_ACTIONS[name];
  if (!admits(row.who, role)) return "never";
  const admin = ADMIN_ROLES.includes(role);
  switch (row.relation) {
    case "worker":
      return admin ? "scope" : "assignee";
    case "reporterOrHandler":
      return admin ? "scope" : "reporter";
    case "above":
      return "above";
    default:
      return "scope";
  }
}

interface MatrixActor {
  orgId: () => string;
  sub: () => string;
  inside: () => string;
  outside: () => string;
}
const ACTORS: Record<Role, MatrixActor> = {
  [Role.DISTRICT_ADMIN]: { orgId: () => "500106", sub: () => "u-district-admin", inside: GRID1, outside: () => NEIGHBOUR_GRID },
  [Role.STREET_ADMIN]: { orgId: () => h.unit("磁器口街道").id, sub: () => "u-ciqikou-admin", inside: GRID1, outside: () => grid("香榭里社区第1网格") },
  [Role.COMMUNITY_ADMIN]: {
    orgId: () => h.unit("凤凰山社区").id,
    sub: () => "u-fenghuangshan-admin",
    inside: () => grid("凤凰山社区第2网格"),
    outside: () => grid("金蓉社区第1网格"),
  },
  [Role.GRID_WORKER]: { orgId: GRID1, sub: () => `gw-${GRID1()}`, inside: GRID1, outside: () => grid("凤凰山社区第2网格") },
  [Role.VOLUNTEER]: { orgId: () => h.unit("金蓉社区").id, sub: () => "u-volunteer", inside: () => grid("金蓉社区第1网格"), outside: GRID1 },
  [Role.RESIDENT]: { orgId: () => h.unit("凤凰山社区").id, sub: () => "u-resident", inside: GRID1, outside: () => grid("金蓉社区第2网格") },
  [Role.PARTNER]: { orgId: () => "500106", sub: () => "u-partner", inside: () => grid("凤凰山社区第2网格"), outside: () => NEIGHBOUR_GRID },
};

/** Runs `name` as the actor on a fresh target in `gridId` (none for a report). */
async function attempt(actorToken: string, name: MutationName, gridId: string, relation: Omit<Prepare, "gridId" | "state"> = {}): Promise<string> {
  const m = MUTATIONS[name];
  const id = m.state ? await prepare({ gridId, state: m.state, ...relation }) : "";
  return outcome(await m.run(actorToken, id, gridId));
}

describe.each(Object.values(Role))("%s", (role) => {
  it.each(Object.keys(Q) as MutationName[])("%s: as the table says inside scope, FORBIDDEN outside", async (name) => {
    const actor = ACTORS[role];
    const t = await token(role, actor.orgId(), actor.sub());
    const rule = ruleFor(role, name);
    const unrelated = await attempt(t, name, actor.inside());
    expect({ case: "inside, unrelated", outcome: unrelated }).toEqual({ case: "inside, unrelated", outcome: rule === "scope" || rule === "above" ? "OK" : "FORBIDDEN" });
    if (rule === "assignee" || rule === "reporter") {
      const own = await attempt(t, name, actor.inside(), rule === "assignee" ? { assignee: actor.sub() } : { reporter: t });
      expect({ case: `inside, the actor is the ${rule}`, outcome: own }).toEqual({ case: `inside, the actor is the ${rule}`, outcome: "OK" });
    }
    const outside = await attempt(t, name, actor.outside());
    expect({ case: "outside", outcome: outside }).toEqual({ case: "outside", outcome: "FORBIDDEN" });
  });
});

describe("relations beyond scope", () => {
  const admin = (role: Role) => token(role, ACTORS[role].orgId(), ACTORS[role].sub());

  it("supervision comes only from a level strictly above the handling unit", async () => {
    const id = await prepare({ gridId: GRID1(), state: IssueState.ACCEPTED });
    const prep = await preparer(GRID1());
    const toStreet = await ok(h.gql(prep, Q.escalate, { i: { id, reason: "需要街道协调" } }));
    expect(toStreet.escalateIssue.handlingLevel).toBe("STREET");
    const supervise = async (role: Role) => outcome(await MUTATIONS.supervise.run(await admin(role), id, GRID1()));
    expect(await supervise(Role.COMMUNITY_ADMIN)).toBe("FORBIDDEN");
    expect(await supervise(Role.STREET_ADMIN)).toBe("FORBIDDEN");
    expect(await supervise(Role.DISTRICT_ADMIN)).toBe("OK");
    await ok(h.gql(prep, Q.escalate, { i: { id, reason: "需要区级协调" } }));
    expect(await supervise(Role.DISTRICT_ADMIN)).toBe("FORBIDDEN");
  });

  it("escalation hands assessment and dispatch to the level above", async () => {
    const id = await prepare({ gridId: GRID1(), state: IssueState.ACCEPTED });
    expect(outcome(await MUTATIONS.escalate.run(await admin(Role.COMMUNITY_ADMIN), id, GRID1()))).toBe("OK");
    expect(outcome(await MUTATIONS.assign.run(await admin(Role.COMMUNITY_ADMIN), id, GRID1()))).toBe("FORBIDDEN");
    expect(outcome(await MUTATIONS.assign.run(await admin(Role.STREET_ADMIN), id, GRID1()))).toBe("OK");
  });

  it("the assignee grid worker carries an issue from start to resolve; the reporter rates it", async () => {
    const worker = await admin(Role.GRID_WORKER);
    const resident = await admin(Role.RESIDENT);
    const id = await prepare({ gridId: GRID1(), state: IssueState.ASSIGNED, reporter: resident, assignee: ACTORS[Role.GRID_WORKER].sub() });
    expect(outcome(await MUTATIONS.start.run(worker, id, GRID1()))).toBe("OK");
    expect(outcome(await MUTATIONS.resolve.run(worker, id, GRID1()))).toBe("OK");
    // An unsatisfied reporter sends it back for rework (返工), to the same assignee.
    const rework = await h.gql(resident, Q.close, { i: { id, satisfaction: 2 } });
    expect(rework.data?.closeIssue.state).toBe("ASSIGNED");
    expect(outcome(await MUTATIONS.start.run(worker, id, GRID1()))).toBe("OK");
  });

  it("a returned issue is no longer the former assignee's to handle", async () => {
    const worker = await admin(Role.GRID_WORKER);
    const id = await prepare({ gridId: GRID1(), state: IssueState.ASSIGNED, assignee: ACTORS[Role.GRID_WORKER].sub() });
    expect(outcome(await MUTATIONS.return.run(worker, id, GRID1()))).toBe("OK");
    const prep = await preparer(GRID1());
    await ok(h.gql(prep, Q.assign, { i: { id, unitId: GRID1(), assigneeId: "u-grid-worker" } }));
    expect(outcome(await MUTATIONS.start.run(worker, id, GRID1()))).toBe("FORBIDDEN");
  });
});

// ---- every invalid transition, as a district admin who may do everything ----

/** The states each mutation may start from: the policy table's rows. */
const ALLOWED_FROM = Object.fromEntries(
  (Object.keys(Q) as MutationName[]).filter((n) => n !== "report").map((n) => [n, ISSUE_ACTIONS[n as Exclude<MutationName, "report">].from as readonly IssueState[]]),
) as Record<Exclude<MutationName, "report">, readonly IssueState[]>;
const INVALID = (Object.keys(ALLOWED_FROM) as (keyof typeof ALLOWED_FROM)[]).flatMap((name) =>
  Object.values(IssueState)
    .filter((state) => !ALLOWED_FROM[name].includes(state))
    .map((state) => [name, state] as const),
);

const READ = `query($id: ID!) { issue(id: $id) { state version timeline { version } } }`;

describe("invalid transitions", () => {
  it("covers every mutation from every state it is not allowed from", () => {
    // Ten actions start from one state, supervise from the five open ones, comment from any.
    expect(INVALID).toHaveLength(10 * 7 + 3);
  });

  it.each(INVALID)("%s from %s: INVALID_TRANSITION, issue unchanged", async (name, state) => {
    const t = await token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
    const id = await prepare({ gridId: GRID1(), state });
    const before = await ok(h.gql(t, READ, { id }));
    expect(before.issue.state).toBe(state);
    const res = await MUTATIONS[name].run(t, id, GRID1());
    expect(outcome(res)).toBe("INVALID_TRANSITION");
    expect(await ok(h.gql(t, READ, { id }))).toEqual(before);
  });

  it("escalate at the district level: INVALID_TRANSITION, issue unchanged", async () => {
    const t = await token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
    const id = await prepare({ gridId: GRID1(), state: IssueState.ACCEPTED });
    await ok(MUTATIONS.escalate.run(t, id, GRID1()));
    await ok(MUTATIONS.escalate.run(t, id, GRID1()));
    const before = await ok(h.gql(t, READ, { id }));
    expect(outcome(await MUTATIONS.escalate.run(t, id, GRID1()))).toBe("INVALID_TRANSITION");
    expect(await ok(h.gql(t, READ, { id }))).toEqual(before);
  });
});
