// Every row of every policy table × every role × a target in and out of the actor's scope,
// generated from the tables themselves: POLICY (api/server.ts) and, for the fields they serve,
// the richer rows of ISSUE_ACTIONS, MEETING_ACTIONS and MEDIATION_ACTIONS — one matrix row per
// action, its target built in the row's from-states (one per role in turn) and its effect read
// back against the row's to-state and event. A row's roles are its `who`; its relation is met
// by the choice of actor and target (./cases.ts; the actors are tests/auth/permission-matrix's,
// with 九龙坡区 as the outside of district-wide roles). What the allowed in-scope actor satisfies:
//
//   platform  health: none — no target (out of scope: the role in 九龙坡区) · node: visible — the issue's grid in scope
//             myNotifications: self — a message to the actor (out: someone else's, not listed)
//             unitNotifications: unitInScope — the outbox of a grid in scope
//             markNotificationsRead: selfOrUnitInScope — admins: their grid's outbox; others: their own message (out: someone else's, 0 marked)
//             updatePerson: selfOrAdminInScope — admins: a person of a grid in scope; others: themselves (the token is the person's)
//   org       me: visibleUnit — the actor's own scope (out: the role in 九龙坡区) · orgUnit: visibleUnit — a grid in scope
//             orgUnits, searchOrgUnits: listInScope — a grid in scope, its building listed · createOrgUnit: parentInScope — a grid in scope
//             renameOrgUnit, moveOrgUnit: belowScope — a building of a grid in scope (strictly beneath the actor's unit)
//             assignGridWorker, setPartyBranch: gridInScope — a grid in scope
//   issues    issue: visible · issues: listInScope · reportIssue: gridInScope — a grid in scope
//             categories: district — a category only in 沙坪坝区's catalogue (out: one only in 九龙坡区's, not listed)
//             saveCategory: district — the actor's own district's catalogue (out: 九龙坡区's admin, landing in its own only)
//             accept, reject, merge, assign, escalate: handler — an admin over the handling unit (the grid's community)
//             return, start, resolve: worker — admins: over the handling unit; others: the assignee
//             close (close, rework), reopen: reporterOrHandler — admins: over the handling unit; others: the reporter
//             supervise: above — the handling unit strictly beneath the actor's unit · comment: visible — the issue's grid in scope
//   notices   notices: visibleUnit — a grid in scope or above it · postNotice: unitInScope — a grid in scope
//   councils  council, councils, meetings, councilCounts, meeting: visibleCouncil / visibleUnit / visibleMeeting — the community in
//             scope or above it (a grid worker's), the meeting public · createCouncil: unitInScope — a community in scope
//             scheduleMeeting, open, cancel, close, attendance, showOfHands, countBallots, resolve, demands: runsCouncil — an
//             admin over the council's community · register: visibleMeeting — as the reads · ballot: registered — the actor
//             (admins too) registered for the meeting while it was scheduled
//   places    place, placesNear, timetableNear: public · places: anyUnit — no scope at all (out of scope answers too; place
//             answers partners null) · placeCounts, createPlace: unitInScope; updatePlace, setPlaceTimetable: placeInScope — a grid in scope
//   volunteers team: visibleTeam — every role but partners, wherever the team is (partners: null) · teams: anyUnit — any
//             unit, in scope or not · volunteer: visibleVolunteer — admins: over the entry's home unit (a community in
//             scope); others: their own entry, through their account (苏雪's is the demo's; out: someone else's, null)
//             volunteers, createTeam, registerVolunteer: unitInScope — a community in scope · joinTeam: teamInScope — the
//             team's community in scope, the volunteer always one of the actor's own registry
//   mediation mediationCase: visibleCase — admins: over the case's community; grid workers, volunteers: its mediator;
//             residents, partners: a party · mediationCases: listInScope — admins: a community in scope; others: their own cases
//             (out: not listed) · mediationCounts: unitInScope — a grid in scope · overdueObligations, openMediationCase:
//             unitInScope — a community in scope · session, courtSession, agree, settle, fail, refer, fulfil, fulfilLast,
//             close: runner — admins: over the case's community; grid workers, volunteers: its mediator
//
// A relation's admin-only clause (handler, runsCouncil, "an admin over …") is the `who` column's
// business here: a role added to `who` is expected to succeed in scope, and the matrix fails
// when the server still refuses it (a role whose scope cannot hold the target — a grid worker
// and a community — is expected refused). Expected: the call succeeds exactly when `who` admits
// the role and the relation holds; then its effect is read back. Otherwise the answer is the
// row's refusal — FORBIDDEN, a null lookup (HIDDEN) or an answer without the target (ABSENT),
// never NOT_FOUND or INVALID_TRANSITION (every target exists and is in the row's from-state) —
// and nothing is written: a recorder of the table's writes watches each refused call, and the
// whole table is compared before and after all of them (their targets are built first).
import type { Role } from "../../api/auth/actor";
import { admits, type Policy } from "../../api/auth/policy";
import { MEETING_ACTIONS } from "../../api/councils/councils.policy";
import { MEDIATION_ACTIONS } from "../../api/mediation/mediation.policy";
import { ISSUE_ACTIONS } from "../../api/issues/issue.policy";
import { POLICY } from "../../api/server";
import { ACTOR_OUTSIDE, CASES, holds, type Case, type Req, type Row } from "./cases";
import { ACTORS, changedKeys, createWorld, isAdminRole, ROLES, snapshot, type Answer, type Outcome, type Where, type World } from "./world";

/** The richer tables: action rows, each naming the root field that performs it. */
const ACTION_TABLES: Record<string, Record<string, { field: string; who: any; relation: string; from: readonly string[]; to: string; event?: string }>> = {
  ISSUE_ACTIONS,
  MEETING_ACTIONS,
  MEDIATION_ACTIONS,
};

/** The action rows serving a field, by name. */
const actionsOf = (field: string) =>
  Object.values(ACTION_TABLES).flatMap((table) =>
    Object.entries(table)
      .filter(([, row]) => row.field === field)
      .map(([name, row]) => ({ name, row })),
  );

/** Every matrix row: each root field, or each action row of a field that has them. */
function rowsOf(policy: Policy): Row[] {
  return Object.entries(policy).flatMap(([field, entry]): Row[] => {
    const actions = actionsOf(field);
    if (actions.length === 0) return [{ label: field, field, action: null, who: entry.who, relation: entry.relation, from: null, to: null, event: null }];
    return actions.map(({ name, row }) => ({
      label: actions.length > 1 ? `${field} (${name})` : field,
      field,
      action: name,
      who: row.who,
      relation: row.relation,
      from: row.from,
      to: row.to,
      event: row.event ?? null,
    }));
  });
}

const ROWS = rowsOf(POLICY);
const WHERES: readonly Where[] = ["in", "out"];

/** What the row says the role's actor gets, in or out of scope: OK, or the row's refusal. */
function expected(row: Row, c: Case, role: Role, where: Where): Outcome {
  if (!admits(row.who, role)) return "FORBIDDEN";
  if (holds(c, role, where)) return "OK";
  return c.refused?.(role, where) ?? "FORBIDDEN";
}

interface Combo {
  row: Row;
  role: Role;
  where: Where;
  outcome: Outcome;
}

const planned = ROWS.filter((row) => CASES[row.field]).map((row) => ({
  row,
  combos: ROLES.flatMap((role) => WHERES.map((where): Combo => ({ row, role, where, outcome: expected(row, CASES[row.field], role, where) }))),
}));
const refusedPlan = planned.map((p) => ({ ...p, combos: p.combos.filter((c) => c.outcome !== "OK") })).filter((p) => p.combos.length > 0);
const allowedPlan = planned.map((p) => ({ ...p, combos: p.combos.filter((c) => c.outcome === "OK") })).filter((p) => p.combos.length > 0);

let w: World;

beforeAll(async () => {
  w = await createWorld();
}, 120_000);
afterAll(() => w.close());

/** The request for one combo: its actor, token and target unit, the target's from-state. */
async function request(combo: Combo, fresh: boolean): Promise<Req> {
  const { row, role, where } = combo;
  const c = CASES[row.field];
  const actor = where === "out" && c.outside === "neighbour" ? ACTOR_OUTSIDE(role) : ACTORS[role];
  const token = await w.token(role, actor.scope, actor.sub);
  const own = where === "in" && c.holds.kind === "identity" && (c.holds.admins === "identity" || !isAdminRole(role)) && admits(row.who, role);
  const state = row.from ? row.from[ROLES.indexOf(role) % row.from.length] : null;
  return { w, row, role, where, actor, token, own, fresh, state, unit: (level) => ACTORS[role][level][where] };
}

/** Runs the combo's call on its target; the target is built first (shared or fresh). */
async function attempt(combo: Combo, fresh: boolean): Promise<{ req: Req; target: unknown; answer: Answer }> {
  const c = CASES[combo.row.field];
  const req = await request(combo, fresh);
  const target = await c.target(req);
  const token = c.tokenFor ? await c.tokenFor(req, target) : req.token;
  w.recorder.reset();
  const answer = await c.call(req, target, token);
  return { req, target, answer };
}

const shown = (a: Answer) => ({ outcome: a.outcome, message: a.errors?.[0]?.message ?? null });

describe("the case map covers the tables", () => {
  it("has a case for every row of POLICY", () => {
    expect(Object.keys(POLICY).filter((field) => !CASES[field])).toEqual([]);
  });

  it("has no case for a field POLICY does not name", () => {
    expect(Object.keys(CASES).filter((field) => !POLICY[field])).toEqual([]);
  });

  it("lists exactly the action rows each field is served by", () => {
    const mismatched = Object.keys(POLICY).flatMap((field) => {
      const inTables = actionsOf(field).map((a) => a.name);
      const inCase = [...(CASES[field]?.actions ?? (inTables.length === 1 ? inTables : []))];
      return inTables.sort().join() === inCase.sort().join() ? [] : [{ field, inTables, inCase }];
    });
    expect(mismatched).toEqual([]);
  });

  it("has every action row serve a field of POLICY", () => {
    const orphans = Object.entries(ACTION_TABLES).flatMap(([table, rows]) =>
      Object.entries(rows).flatMap(([name, row]) => (POLICY[row.field] ? [] : [`${table}.${name} → ${row.field}`])),
    );
    expect(orphans).toEqual([]);
  });

  it("names the relation each row of the tables checks", () => {
    const relations = ROWS.filter((row) => CASES[row.field]).map((row) => [row.label, row.relation]);
    expect(relations).toEqual(ROWS.filter((row) => CASES[row.field]).map((row) => [row.label, CASES[row.field].relation]));
  });
});

describe("the write recorder", () => {
  it("sees the server's writes (so an empty record means nothing was written)", async () => {
    w.recorder.reset();
    await w.notice(ACTORS.COMMUNITY_ADMIN.scope);
    expect(w.recorder.writes.length).toBeGreaterThan(0);
  });
});

describe("refused: the row's refusal, and nothing written", () => {
  let before: Map<string, string>;

  beforeAll(async () => {
    // Every shared target the refused calls act on, built now so that the table holds still
    // from here to the last refused call (the builders are memoised; four at a time).
    const combos = refusedPlan.flatMap((p) => p.combos);
    let next = 0;
    const worker = async () => {
      while (next < combos.length) {
        const combo = combos[(next += 1) - 1];
        // A target that cannot be built fails its own test (the memo keeps the error), not all of them.
        await CASES[combo.row.field].target(await request(combo, false)).catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    before = await snapshot(w.h);
  }, 120_000);

  describe.each(refusedPlan)("$row.label", ({ combos }) => {
    it.each(combos.map((c) => [c.role, c.where, c.outcome, c] as const))("%s, target %s scope: %s", async (_role, _where, outcome, combo) => {
      const { answer } = await attempt(combo, false);
      expect(shown(answer)).toMatchObject({ outcome });
      expect(w.recorder.writes).toEqual([]);
    });
  });

  it("left the whole table as it was", async () => {
    expect(changedKeys(before, await snapshot(w.h))).toEqual([]);
  });
});

describe("allowed: the call succeeds and its effect reads back", () => {
  describe.each(allowedPlan)("$row.label", ({ combos }) => {
    it.each(combos.map((c) => [c.role, c.where, c] as const))("%s, target %s scope", async (_role, _where, combo) => {
      const { req, target, answer } = await attempt(combo, true);
      expect(shown(answer)).toEqual({ outcome: "OK", message: null });
      await CASES[combo.row.field].effect?.(req, target, answer);
    });
  });
});
