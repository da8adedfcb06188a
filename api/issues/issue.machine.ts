// The issue loop as data (DESIGN.md §2): from which states each action may start, and where
// it leads. The rules module asks this table; nothing else decides a transition.
import { HandlingLevel, IssueState, TimelineEventKind } from "./issue.enums";

export type Action =
  | "accept"
  | "reject"
  | "merge"
  | "assign"
  | "escalate"
  | "return"
  | "start"
  | "resolve"
  | "close"
  | "reopen"
  | "supervise"
  | "comment";

const OPEN = [IssueState.REPORTED, IssueState.ACCEPTED, IssueState.ASSIGNED, IssueState.IN_PROGRESS, IssueState.RESOLVED];
const ANY = Object.values(IssueState);

export const TRANSITIONS: Record<Action, { from: readonly IssueState[]; to: IssueState | "same"; event: TimelineEventKind }> = {
  accept: { from: [IssueState.REPORTED], to: IssueState.ACCEPTED, event: TimelineEventKind.ACCEPTED },
  reject: { from: [IssueState.REPORTED], to: IssueState.REJECTED, event: TimelineEventKind.REJECTED },
  merge: { from: [IssueState.REPORTED], to: IssueState.MERGED, event: TimelineEventKind.MERGED },
  assign: { from: [IssueState.ACCEPTED], to: IssueState.ASSIGNED, event: TimelineEventKind.ASSIGNED },
  escalate: { from: [IssueState.ACCEPTED], to: IssueState.ACCEPTED, event: TimelineEventKind.ESCALATED },
  return: { from: [IssueState.ASSIGNED], to: IssueState.ACCEPTED, event: TimelineEventKind.RETURNED },
  start: { from: [IssueState.ASSIGNED], to: IssueState.IN_PROGRESS, event: TimelineEventKind.STARTED },
  resolve: { from: [IssueState.IN_PROGRESS], to: IssueState.RESOLVED, event: TimelineEventKind.RESOLVED },
  // An unsatisfied close becomes rework (ASSIGNED); the rules pick the target.
  close: { from: [IssueState.RESOLVED], to: IssueState.CLOSED, event: TimelineEventKind.CLOSED },
  reopen: { from: [IssueState.RESOLVED], to: IssueState.ASSIGNED, event: TimelineEventKind.REOPENED },
  supervise: { from: OPEN, to: "same", event: TimelineEventKind.SUPERVISED },
  comment: { from: ANY, to: "same", event: TimelineEventKind.COMMENTED },
};

export function allowedFrom(action: Action, state: IssueState): boolean {
  return TRANSITIONS[action].from.includes(state);
}

/** Open and not yet handled: states a duplicate may be merged into (and suggested against). */
export const MERGE_TARGET_STATES: readonly IssueState[] = [IssueState.REPORTED, IssueState.ACCEPTED, IssueState.ASSIGNED, IssueState.IN_PROGRESS];

/** Escalation moves handling one level up the net. */
export const NEXT_LEVEL: Record<HandlingLevel, HandlingLevel | null> = {
  COMMUNITY: HandlingLevel.STREET,
  STREET: HandlingLevel.DISTRICT,
  DISTRICT: null,
};

/** Position of each handling level in an issue's location units (district, street, community, grid). */
export const LEVEL_INDEX: Record<HandlingLevel, number> = { DISTRICT: 0, STREET: 1, COMMUNITY: 2 };
