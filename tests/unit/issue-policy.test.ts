// The issue loop's policy table and the state machine read from it, without a database: the
// transitions written out here by hand are the loop as docs and README describe it, so an
// edit to the table that changes a transition fails here before any DynamoDB suite runs.
import { admits } from "../../api/auth/policy";
import { Role } from "../../api/auth/actor";
import { IssueState, TimelineEventKind, HandlingLevel } from "../../api/issues/issue.enums";
import { ISSUE_ACTIONS, ISSUE_POLICY, type Action } from "../../api/issues/issue.policy";
import { LEVEL_INDEX, NEXT_LEVEL, OPEN_STATES, allowedFrom, isOpen } from "../../api/issues/issue.machine";
import { TRANSITION_INPUTS } from "../helpers/fixtures";

const S = IssueState;
const E = TimelineEventKind;
const ALL_STATES = Object.values(IssueState);
const OPEN = [S.REPORTED, S.ACCEPTED, S.ASSIGNED, S.IN_PROGRESS, S.RESOLVED];

const EXPECTED: Record<Action, { field: string; from: IssueState[]; to: IssueState | "same"; event: TimelineEventKind }> = {
  accept: { field: "acceptIssue", from: [S.REPORTED], to: S.ACCEPTED, event: E.ACCEPTED },
  reject: { field: "rejectIssue", from: [S.REPORTED], to: S.REJECTED, event: E.REJECTED },
  merge: { field: "mergeIssue", from: [S.REPORTED], to: S.MERGED, event: E.MERGED },
  assign: { field: "assignIssue", from: [S.ACCEPTED], to: S.ASSIGNED, event: E.ASSIGNED },
  escalate: { field: "escalateIssue", from: [S.ACCEPTED], to: S.ACCEPTED, event: E.ESCALATED },
  return: { field: "returnIssue", from: [S.ASSIGNED], to: S.ACCEPTED, event: E.RETURNED },
  start: { field: "startIssue", from: [S.ASSIGNED], to: S.IN_PROGRESS, event: E.STARTED },
  resolve: { field: "resolveIssue", from: [S.IN_PROGRESS], to: S.RESOLVED, event: E.RESOLVED },
  close: { field: "closeIssue", from: [S.RESOLVED], to: S.CLOSED, event: E.CLOSED },
  rework: { field: "closeIssue", from: [S.RESOLVED], to: S.ASSIGNED, event: E.REWORKED },
  reopen: { field: "reopenIssue", from: [S.RESOLVED], to: S.ASSIGNED, event: E.REOPENED },
  supervise: { field: "superviseIssue", from: OPEN, to: "same", event: E.SUPERVISED },
  comment: { field: "commentIssue", from: ALL_STATES, to: "same", event: E.COMMENTED },
};
const ACTIONS = Object.keys(EXPECTED) as Action[];
const READS_AND_CATALOGUE = ["issue", "issues", "reportIssue", "categories", "saveCategory"];

it("has exactly the actions of the loop, each with its mutation, from-states, target and event", () => {
  expect(Object.keys(ISSUE_ACTIONS).sort()).toEqual([...ACTIONS].sort());
  for (const action of ACTIONS) {
    const row = ISSUE_ACTIONS[action];
    expect({ action, field: row.field, from: [...row.from].sort(), to: row.to, event: row.event }).toEqual({
      action,
      ...EXPECTED[action],
      from: [...EXPECTED[action].from].sort(),
    });
  }
});

it.each(ACTIONS)("allowedFrom(%s, state) is true exactly for its from-states", (action) => {
  const allowed = ALL_STATES.filter((state) => allowedFrom(action, state));
  expect(allowed.sort()).toEqual([...EXPECTED[action].from].sort());
});

it("lets nothing but a comment start from a finished issue", () => {
  for (const finished of [S.CLOSED, S.REJECTED, S.MERGED]) {
    expect(ACTIONS.filter((action) => allowedFrom(action, finished))).toEqual(["comment"]);
  }
});

it("gives the unsatisfied close its own event and sends the work back to ASSIGNED", () => {
  expect(ISSUE_ACTIONS.rework).toMatchObject({ field: "closeIssue", event: E.REWORKED, to: S.ASSIGNED });
  expect(ISSUE_ACTIONS.close).toMatchObject({ field: "closeIssue", event: E.CLOSED, to: S.CLOSED });
  // The two share a mutation and a starting state; only the reporter's rating tells them apart.
  expect(ISSUE_ACTIONS.rework.from).toEqual(ISSUE_ACTIONS.close.from);
});

it("has one policy entry per distinct mutation, besides the reads and the catalogue", () => {
  const fields = new Set(ACTIONS.map((action) => ISSUE_ACTIONS[action].field));
  expect(fields.size).toBe(ACTIONS.length - 1); // close and rework share closeIssue
  expect(Object.keys(ISSUE_POLICY).sort()).toEqual([...READS_AND_CATALOGUE, ...fields].sort());
  for (const action of ACTIONS) expect(ISSUE_POLICY[ISSUE_ACTIONS[action].field].relation).toBe(ISSUE_ACTIONS[action].relation);
});

it("derives each mutation's role gate from its action, and closeIssue's from close and rework together", () => {
  for (const role of Object.values(Role)) {
    for (const action of ACTIONS.filter((a) => a !== "close" && a !== "rework")) {
      expect([action, role, admits(ISSUE_POLICY[ISSUE_ACTIONS[action].field].who, role)]).toEqual([action, role, admits(ISSUE_ACTIONS[action].who, role)]);
    }
    const union = admits(ISSUE_ACTIONS.close.who, role) || admits(ISSUE_ACTIONS.rework.who, role);
    expect([role, admits(ISSUE_POLICY.closeIssue.who, role)]).toEqual([role, union]);
  }
  // Partners only read: no transition admits them.
  for (const action of ACTIONS) expect([action, admits(ISSUE_POLICY[ISSUE_ACTIONS[action].field].who, Role.PARTNER)]).toEqual([action, false]);
});

it("counts as open exactly the states supervision and the sweep apply to", () => {
  expect([...OPEN_STATES].sort()).toEqual([...OPEN].sort());
  expect(ALL_STATES.filter(isOpen).sort()).toEqual([...OPEN].sort());
  expect([...ISSUE_ACTIONS.supervise.from].sort()).toEqual([...OPEN_STATES].sort());
});

it("escalates community → street → district and no further, in location-unit order", () => {
  expect(NEXT_LEVEL[HandlingLevel.COMMUNITY]).toBe(HandlingLevel.STREET);
  expect(NEXT_LEVEL[HandlingLevel.STREET]).toBe(HandlingLevel.DISTRICT);
  expect(NEXT_LEVEL[HandlingLevel.DISTRICT]).toBeNull();
  expect([LEVEL_INDEX.DISTRICT, LEVEL_INDEX.STREET, LEVEL_INDEX.COMMUNITY]).toEqual([0, 1, 2]);
});

it("gives the test fixtures a document for every transition row of the table, and none for a row it lacks", () => {
  const fields = new Set<string>(Object.values(ISSUE_ACTIONS).map((a) => a.field));
  const documented = new Set(Object.values(TRANSITION_INPUTS).map(([field]) => field as string));
  expect([...fields].filter((f) => !documented.has(f))).toEqual([]);
  expect([...documented].filter((f) => !fields.has(f))).toEqual([]);
});
