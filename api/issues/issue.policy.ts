// Who may do what in the issue loop (the shape: api/auth/policy.ts). Every transition is one
// row: the roles that may attempt it, the relation to the issue the domain checks after
// loading it, the states it starts from, the state it leads to and the timeline event it
// writes. issue.rules.ts interprets these rows and nothing else; the shield gate and the
// permission tests read them too. Relations:
//   visible            the issue passes the visibility rule (issue.view.ts: canSee)
//   gridInScope        the grid reported into is in the actor's scope
//   listInScope        the unit or person listed under is in scope
//   handler            an admin whose scope holds the handling unit
//   worker             the assignee, or an admin over the handling or the assigned unit
//   reporterOrHandler  the reporter, or a handler
//   above              the handling unit lies strictly beneath the actor's unit (督办)
//   district           the actor's own district
import { ADMINS, CONTRIBUTORS, actionFields, type PolicyEntry } from "../auth/policy";
import { Role } from "../auth/actor";
import { IssueState, TimelineEventKind } from "./issue.enums";

/** The relations a transition checks on the loaded issue (issue.rules.ts interprets each). */
export type ActionRelation = "visible" | "handler" | "worker" | "reporterOrHandler" | "above";
/** Root fields that are not transitions check their own target (a grid, a unit, a district). */
export type IssueRelation = ActionRelation | "gridInScope" | "listInScope" | "district";

export interface IssueAction extends PolicyEntry<ActionRelation> {
  /** The mutation that performs it. */
  field: string;
  from: readonly IssueState[];
  to: IssueState | "same";
  event: TimelineEventKind;
}

/** Open: not closed, rejected or merged; supervision applies. */
export const OPEN_STATES: readonly IssueState[] = [IssueState.REPORTED, IssueState.ACCEPTED, IssueState.ASSIGNED, IssueState.IN_PROGRESS, IssueState.RESOLVED];
const ANY = Object.values(IssueState);
/** Who can ever be an assignee: assignIssue refuses residents and partners. */
const WORKERS = [...ADMINS, Role.GRID_WORKER, Role.VOLUNTEER];
const S = IssueState;
const E = TimelineEventKind;

export const ISSUE_ACTIONS = {
  accept: { field: "acceptIssue", who: ADMINS, relation: "handler", from: [S.REPORTED], to: S.ACCEPTED, event: E.ACCEPTED },
  reject: { field: "rejectIssue", who: ADMINS, relation: "handler", from: [S.REPORTED], to: S.REJECTED, event: E.REJECTED },
  merge: { field: "mergeIssue", who: ADMINS, relation: "handler", from: [S.REPORTED], to: S.MERGED, event: E.MERGED },
  assign: { field: "assignIssue", who: ADMINS, relation: "handler", from: [S.ACCEPTED], to: S.ASSIGNED, event: E.ASSIGNED },
  escalate: { field: "escalateIssue", who: ADMINS, relation: "handler", from: [S.ACCEPTED], to: S.ACCEPTED, event: E.ESCALATED },
  return: { field: "returnIssue", who: WORKERS, relation: "worker", from: [S.ASSIGNED], to: S.ACCEPTED, event: E.RETURNED },
  start: { field: "startIssue", who: WORKERS, relation: "worker", from: [S.ASSIGNED], to: S.IN_PROGRESS, event: E.STARTED },
  resolve: { field: "resolveIssue", who: WORKERS, relation: "worker", from: [S.IN_PROGRESS], to: S.RESOLVED, event: E.RESOLVED },
  close: { field: "closeIssue", who: CONTRIBUTORS, relation: "reporterOrHandler", from: [S.RESOLVED], to: S.CLOSED, event: E.CLOSED },
  // 返工: the reporter's unsatisfied close (satisfaction 1–2) sends the work back; never a close.
  rework: { field: "closeIssue", who: CONTRIBUTORS, relation: "reporterOrHandler", from: [S.RESOLVED], to: S.ASSIGNED, event: E.REWORKED },
  // 返工 on verification: the result did not hold.
  reopen: { field: "reopenIssue", who: CONTRIBUTORS, relation: "reporterOrHandler", from: [S.RESOLVED], to: S.ASSIGNED, event: E.REOPENED },
  supervise: { field: "superviseIssue", who: [Role.DISTRICT_ADMIN, Role.STREET_ADMIN], relation: "above", from: OPEN_STATES, to: "same", event: E.SUPERVISED },
  comment: { field: "commentIssue", who: CONTRIBUTORS, relation: "visible", from: ANY, to: "same", event: E.COMMENTED },
} as const satisfies Record<string, IssueAction>;

export type Action = keyof typeof ISSUE_ACTIONS;

/** The root fields of the issue loop: reads, the report, the catalogue, and each transition's mutation. */
export const ISSUE_POLICY: Record<string, PolicyEntry<IssueRelation>> = {
  issue: { who: "signedIn", relation: "visible" },
  issues: { who: "signedIn", relation: "listInScope" },
  reportIssue: { who: CONTRIBUTORS, relation: "gridInScope" },
  categories: { who: "signedIn", relation: "district" },
  saveCategory: { who: [Role.DISTRICT_ADMIN], relation: "district" },
  // One entry per mutation; closeIssue serves close and rework and admits their union.
  ...actionFields(ISSUE_ACTIONS),
};
