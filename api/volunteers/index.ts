// The volunteers feature's public surface for the features built on it (service, recognition,
// mobilisation): they import this file only.
export type { TeamRecord, VolunteerRecord } from "./volunteer.codec";
export { TeamKind, TeamRole } from "./volunteer.enums";
export { canSeeTeam, canSeeVolunteer, runsTeam } from "./volunteer.view";
export { Team, Volunteer } from "./volunteer.type";
