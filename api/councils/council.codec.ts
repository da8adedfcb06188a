// Councils, meetings, ballots and council tasks as stored, checked on the way out of the table.
import { ROLES } from "../auth/actor";
import { arrayOf, bool, decode, int, nullable, object, oneOf, str, type Infer } from "../store/codec";
import { BallotChoice, Cadence, CouncilKind, MajorityBase, MajorityThreshold, MeetingState, MemberRole, TaskOrigin, TaskStanding, VoteMethod, VoteOutcome } from "./council.enums";

export type MemberRecord = Infer<typeof member>;

export type CouncilRecord = Infer<typeof councilShape>;

export type VoteRecord = Infer<typeof vote>;

export type AgendaItemRecord = Infer<typeof agendaItem>;

export type AttendeeRecord = Infer<typeof attendee>;

export type MeetingRecord = Infer<typeof meetingShape>;

export type BallotRecord = Infer<typeof ballotShape>;

export type RegistrationRecord = Infer<typeof registrationShape>;

/** Which council tracks an issue, and why: written with the issue, never changed. */
export interface TaskLinkRecord {
  issueId: string;
  councilId: string;
  meetingId: string;
  /** The adopted item that resolved it; null for a resident's demand. */
  itemId: string | null;
  origin: TaskOrigin;
  title: string;
  /** The council's own deadline for the task, if it set one (else the issue's SLA deadline counts). */
  councilDueAt: string | null;
  createdAt: string;
}

/** A task as the council's notebook lists it: the link plus the issue's standing, kept in step. */
export interface TaskRecord extends TaskLinkRecord {
  standing: TaskStanding;
  issueState: string;
  dueAt: string | null;
  closedAt: string | null;
}

const member = object({
  /** Stable within the council (m1, m2, …): attendance names members by it. */
  id: str,
  role: oneOf(MemberRole),
  /** A person with an account, or null for someone named with their organisation only. */
  personId: nullable(str),
  name: str,
  organisation: nullable(str),
});
const councilShape = object({
  id: str,
  kind: oneOf(CouncilKind),
  name: str,
  unitId: str,
  unitPath: str,
  /** The unit and every unit above it: the council is listed under each. */
  unitIds: arrayOf(str),
  placeId: nullable(str),
  cadence: oneOf(Cadence),
  members: arrayOf(member),
  /** Quorum: a number of members present, or a percentage of the members (exactly one is set). */
  quorumCount: nullable(int),
  quorumPercent: nullable(int),
  majority: oneOf(MajorityThreshold),
  majorityBase: oneOf(MajorityBase),
  /** Figures the council reports from its own ledger (台账), e.g. residents received before gridnet. */
  ledger: nullable(object({ residentsReceived: int, problemsClosed: int })),
  requestHash: str,
  createdBy: str,
  createdAt: str,
  version: int,
});
const vote = object({
  method: oneOf(VoteMethod),
  for: int,
  against: int,
  abstain: int,
  /** People present when the vote was taken, and council members among them. */
  present: int,
  membersPresent: int,
  quorumRequired: int,
  outcome: oneOf(VoteOutcome),
  decidedAt: str,
  recordedBy: str,
});
const agendaItem = object({
  id: str,
  order: int,
  title: str,
  description: str,
  plannedMinutes: int,
  linkedIssueIds: arrayOf(str),
  vote: nullable(vote),
});
const attendee = object({
  memberId: nullable(str),
  personId: nullable(str),
  name: str,
});
const meetingShape = object({
  id: str,
  councilId: str,
  unitId: str,
  unitPath: str,
  unitIds: arrayOf(str),
  title: str,
  startsAt: str,
  place: str,
  placeId: nullable(str),
  /** Public meetings (the default) are seen by residents; others only by the admins who run them. */
  public: bool,
  state: oneOf(MeetingState),
  agenda: arrayOf(agendaItem),
  attendance: arrayOf(attendee),
  /** People present beyond those named (residents who came without registering). */
  othersPresent: int,
  /** Items whose vote is decided: no ballot is taken on them any more. */
  decidedItemIds: arrayOf(str),
  report: nullable(str),
  cancelReason: nullable(str),
  requestHash: str,
  createdBy: str,
  createdAt: str,
  updatedAt: str,
  version: int,
});
const ballotShape = object({
  meetingId: str,
  itemId: str,
  personId: str,
  choice: oneOf(BallotChoice),
  castAt: str,
});
const registrationShape = object({
  meetingId: str,
  personId: str,
  name: nullable(str),
  role: oneOf(ROLES),
  registeredAt: str,
});
const linkFields = {
  issueId: str,
  councilId: str,
  meetingId: str,
  itemId: nullable(str),
  origin: oneOf(TaskOrigin),
  title: str,
  councilDueAt: nullable(str),
  createdAt: str,
};
const linkShape = object(linkFields);
const taskShape = object({ ...linkFields, standing: oneOf(TaskStanding), issueState: str, dueAt: nullable(str), closedAt: nullable(str) });

export const decodeCouncil = (item: unknown): CouncilRecord => decode(councilShape, item, "Council");
export const decodeMeeting = (item: unknown): MeetingRecord => decode(meetingShape, item, "Meeting");
export const decodeBallot = (item: unknown): BallotRecord => decode(ballotShape, item, "Ballot");
export const decodeRegistration = (item: unknown): RegistrationRecord => decode(registrationShape, item, "Registration");
export const decodeTaskLink = (item: unknown): TaskLinkRecord => decode(linkShape, item, "CouncilTaskLink");
export const decodeTask = (item: unknown): TaskRecord => decode(taskShape, item, "CouncilTask");
