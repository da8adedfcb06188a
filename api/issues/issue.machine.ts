// The issue loop's state machine, read from the policy table (issue.policy.ts): from which
// states each action may start and where it leads. issue.rules.ts asks these; nothing else
// decides a transition.
import { HandlingLevel, IssueState } from "./issue.enums";
import { ISSUE_ACTIONS, OPEN_STATES, type Action } from "./issue.policy";

export { ISSUE_ACTIONS, type Action };

export function allowedFrom(action: Action, state: IssueState): boolean {
  return (ISSUE_ACTIONS[action].from as readonly IssueState[]).includes(state);
}

export { OPEN_STATES };
export const isOpen = (state: IssueState) => OPEN_STATES.includes(state);

/** Open and not yet handled: states a duplicate may be merged into (and suggested against). */
export const MERGE_TARGET_STATES: readonly IssueState[] = [IssueState.REPORTED, IssueState.ACCEPTED, IssueState.ASSIGNED, IssueState.IN_PROGRESS];

/** Dispatched and waiting on a deadline: the states the due index and the overdue sweep cover. */
export const WAITING_STATES: readonly IssueState[] = [IssueState.ASSIGNED, IssueState.IN_PROGRESS];

/** Escalation moves handling one level up the net. */
export const NEXT_LEVEL: Record<HandlingLevel, HandlingLevel | null> = {
  COMMUNITY: HandlingLevel.STREET,
  STREET: HandlingLevel.DISTRICT,
  DISTRICT: null,
};

/** Position of each handling level in an issue's location units (district, street, community, grid). */
export const LEVEL_INDEX: Record<HandlingLevel, number> = { DISTRICT: 0, STREET: 1, COMMUNITY: 2 };
