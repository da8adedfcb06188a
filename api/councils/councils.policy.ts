// Who may do what with councils and meetings (the shape: api/auth/policy.ts) — the ONE policy
// table of the councils folder. Each meeting command is a row naming the roles that may try it,
// the relation to the loaded meeting the rules check, the states it starts from and the state
// it leads to; meeting.rules.ts interprets these rows and nothing else, the shield gate and
// the permission tests read them too. Relations:
//   visibleCouncil   the council passes the visibility rule (council.view.ts: canSeeCouncil)
//   visibleMeeting   the meeting passes it (its council visible, and public or run by the actor)
//   visibleUnit      the unit listed under is in the actor's scope or above it
//   unitInScope      the unit a council is created in is in the actor's scope
//   runsCouncil      an admin whose scope holds the council's unit
//   registered       the actor registered for the meeting (one ballot per attendee and item)
import { ADMINS, CONTRIBUTORS, actionFields, type PolicyEntry } from "../auth/policy";
import { MeetingState } from "./council.enums";

export type MeetingRelation = "visibleMeeting" | "runsCouncil" | "registered";
export type CouncilRelation = MeetingRelation | "visibleCouncil" | "visibleUnit" | "unitInScope";

export interface MeetingAction extends PolicyEntry<MeetingRelation> {
  /** The mutation that performs it. */
  field: string;
  from: readonly MeetingState[];
  /** The state it leads to; "same": the meeting's state does not change. */
  to: MeetingState | "same";
}

const S = MeetingState;
/** Everyone who reads councils: partners see counts only (councilCounts). */
const READERS = CONTRIBUTORS;

export const MEETING_ACTIONS = {
  open: { field: "openMeeting", who: ADMINS, relation: "runsCouncil", from: [S.SCHEDULED], to: S.IN_SESSION },
  cancel: { field: "cancelMeeting", who: ADMINS, relation: "runsCouncil", from: [S.SCHEDULED], to: S.CANCELLED },
  close: { field: "closeMeeting", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: S.CLOSED },
  register: { field: "registerForMeeting", who: READERS, relation: "visibleMeeting", from: [S.SCHEDULED, S.IN_SESSION], to: "same" },
  attendance: { field: "recordAttendance", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: "same" },
  showOfHands: { field: "recordShowOfHands", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: "same" },
  ballot: { field: "castBallot", who: READERS, relation: "registered", from: [S.IN_SESSION], to: "same" },
  countBallots: { field: "countBallots", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION], to: "same" },
  resolve: { field: "createResolutionIssues", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION, S.CLOSED], to: "same" },
  demands: { field: "raiseDemands", who: ADMINS, relation: "runsCouncil", from: [S.IN_SESSION, S.CLOSED], to: "same" },
} as const satisfies Record<string, MeetingAction>;

export type MeetingActionName = keyof typeof MEETING_ACTIONS;

/** The feature's one table: councils and meetings. */
export const COUNCIL_POLICY: Record<string, PolicyEntry<CouncilRelation>> = {
  council: { who: READERS, relation: "visibleCouncil" },
  councils: { who: READERS, relation: "visibleUnit" },
  meeting: { who: READERS, relation: "visibleMeeting" },
  meetings: { who: READERS, relation: "visibleUnit" },
  councilCounts: { who: "signedIn", relation: "visibleUnit" },
  createCouncil: { who: ADMINS, relation: "unitInScope" },
  scheduleMeeting: { who: ADMINS, relation: "runsCouncil" },
  ...actionFields(MEETING_ACTIONS),
};
