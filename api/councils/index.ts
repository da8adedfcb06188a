// The councils feature's public surface for other features (a mediation case may belong to a
// council): they import this file only.
export { CouncilKind, MeetingState } from "./council.enums";
export type { CouncilRecord, MeetingRecord } from "./council.codec";
export { canSeeCouncil, canSeeMeeting, runsCouncil } from "./council.view";
export { XIANGXIELI_COUNCIL_ID } from "./council.seed";
export { visibleCouncil } from "./council.rules";
export { Council } from "./council.type";
