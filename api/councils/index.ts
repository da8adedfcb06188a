// The councils feature's public surface for other features (the places, timetables and
// mediation cases of this folder, and anything later): they import this file only.
export { CouncilKind, MeetingState } from "./council.enums";
export type { CouncilRecord, MeetingRecord } from "./council.codec";
export { canSeeCouncil, canSeeMeeting, runsCouncil } from "./council.view";
export { XIANGXIELI_COUNCIL_ID } from "./council.seed";
