import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import { Node } from "../../schema/common/node";
import { Role } from "../../schema/common/role.enum";
import { Issue } from "../issues";
import { BallotChoice, MeetingState, VoteMethod, VoteOutcome } from "./council.enums";
import "./council.enums.graphql";
import { PartOf, Personal, References, Safe, Subject } from "../../schema/common/privacy";

@ObjectType("Vote", { description: "How an agenda item was decided; the outcome is computed from the council's rules." })
export class Vote {
  @Field(() => VoteMethod, { description: "Show of hands or ballots." })
  method!: VoteMethod;

  @Field(() => Int, { description: "Votes for." })
  for!: number;

  @Field(() => Int, { description: "Votes against." })
  against!: number;

  @Field(() => Int, { description: "Abstentions." })
  abstain!: number;

  @Field(() => Int, { description: "People present when it was decided." })
  present!: number;

  @Field(() => Int, { description: "Council members among them." })
  membersPresent!: number;

  @Field(() => Int, { description: "Members the quorum required." })
  quorumRequired!: number;

  @Field(() => VoteOutcome, { description: "ADOPTED, REJECTED or NO_QUORUM." })
  outcome!: VoteOutcome;

  @Field(() => DateTime, { description: "When it was decided." })
  decidedAt!: string;
}

@ObjectType("AgendaItem", { description: "One item on a meeting's agenda (议题)." })
export class AgendaItem {
  @Safe()
  @Field(() => String, { description: "The item's id, unique across meetings; name it with the meeting's id in votes and resolutions." })
  id!: string;

  @Field(() => Int, { description: "Its place on the agenda, from 1." })
  order!: number;

  @Personal("TEXT")
  @Field(() => String, { description: "What is to be decided." })
  title!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "Background; may be empty." })
  description!: string;

  @Field(() => Int, { description: "Minutes planned for it." })
  plannedMinutes!: number;

  @Field(() => [ID], { description: "Issues the item discusses." })
  linkedIssueIds!: string[];

  @Field(() => Vote, { nullable: true, description: "The decision, once taken." })
  vote!: Vote | null;
}

@ObjectType("Attendee", { description: "Someone recorded present at a meeting." })
export class Attendee {
  @Safe()
  @Field(() => String, { nullable: true, description: "The council member they are, if any." })
  memberId!: string | null;

  @Field(() => ID, { nullable: true, description: "Their account, if any." })
  personId!: string | null;

  @Personal("NAME")
  @Field(() => String, { description: "Their name." })
  name!: string;
}

@ObjectType("MeetingRegistration", { description: "A person's registration for a meeting (one per person)." })
export class MeetingRegistration {
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @Field(() => ID, { description: "Who registered." })
  personId!: string;

  @Personal("NAME")
  @Field(() => String, { nullable: true, description: "Their name, when known." })
  name!: string | null;

  @Field(() => Role, { description: "Their role when they registered." })
  role!: Role;

  @Field(() => DateTime, { description: "When they registered." })
  registeredAt!: string;
}

export const MeetingRegistrationConnection = Connection(MeetingRegistration, "MeetingRegistration");

@ObjectType("Ballot", { description: "Your ballot on an agenda item; ballots are secret, only their tally is published." })
export class Ballot {
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @Safe()
  @Field(() => String, { description: "The agenda item." })
  itemId!: string;

  @Field(() => BallotChoice, { description: "For, against or abstain." })
  choice!: BallotChoice;

  @Field(() => DateTime, { description: "When it was cast." })
  castAt!: string;
}

@ObjectType("Meeting", { implements: Node, description: "A council's meeting: its agenda, who came, how each item was decided, and its closing report." })
export class Meeting extends Node {
  @Personal("TEXT")
  @Field(() => String, { description: "The meeting's title, e.g. 二月议事会." })
  title!: string;

  @Field(() => DateTime, { description: "When it starts." })
  startsAt!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "Where it is held, as announced." })
  place!: string;

  @Field(() => ID, { nullable: true, description: "The service place it is held at, if recorded." })
  placeId!: string | null;

  @Field(() => Boolean, { description: "Public meetings are seen by the residents the council serves; others only by the admins who run it." })
  public!: boolean;

  @Field(() => MeetingState, { description: "SCHEDULED → IN_SESSION → CLOSED, or CANCELLED." })
  state!: MeetingState;

  @Field(() => [AgendaItem], { description: "The agenda in order." })
  agenda!: AgendaItem[];

  @Field(() => Int, { description: "Everyone recorded present." })
  presentCount!: number;

  @Field(() => Int, { description: "Council members recorded present (the quorum counts these)." })
  membersPresent!: number;

  @Field(() => [Attendee], { description: "Who was present, by name: only for the admins who run the council (others get the counts)." })
  attendance!: Attendee[];

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "The closing report (会议纪要), once closed." })
  report!: string | null;

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "Why it was cancelled." })
  cancelReason!: string | null;

  @Field(() => Int, { description: "Changes with every command; pass it as expectedVersion." })
  version!: number;

  @Field(() => DateTime, { description: "When it was scheduled." })
  createdAt!: string;

  @Field(() => DateTime, { description: "When it last changed." })
  updatedAt!: string;
}

export const MeetingConnection = Connection(Meeting, "Meeting");

@ObjectType("CouncilIssuesPayload", { description: "What filing a resolution's tasks or residents' demands made." })
export class CouncilIssuesPayload {
  @Field(() => Meeting, { description: "The meeting they were raised at." })
  meeting!: Meeting;

  @Field(() => [Issue], { description: "The issues filed (the same ones again on a retry with the same key)." })
  issues!: Issue[];
}

// ---- inputs ----

@InputType("AgendaItemInput", { description: "One agenda item; items are ordered as given." })
export class AgendaItemInput {
  @Field(() => String, { description: "At most 80 characters." })
  title!: string;

  @Field(() => String, { nullable: true, description: "At most 2,000 characters." })
  description?: string | null;

  @Field(() => Int, { description: "Minutes planned, 1–480." })
  plannedMinutes!: number;

  @References("Issue")
  @Field(() => [ID], { nullable: true, description: "Issues the item discusses (at most 20)." })
  linkedIssueIds?: string[] | null;
}

@InputType("ScheduleMeetingInput", { description: "A new meeting of a council you run; its members are notified." })
export class ScheduleMeetingInput {
  @Field(() => String, { description: "Chosen by the client per meeting; a retry with the same key returns the same meeting, other content under it is refused." })
  idempotencyKey!: string;

  @Subject("Council")
  @Field(() => ID, { description: "The council." })
  councilId!: string;

  @Field(() => String, { description: "At most 80 characters." })
  title!: string;

  @Field(() => DateTime, { description: "When it starts." })
  startsAt!: string;

  @Field(() => String, { description: "Where, as announced; at most 100 characters." })
  place!: string;

  @References("Place")
  @Field(() => ID, { nullable: true, description: "The service place, if recorded." })
  placeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Default true: residents see it." })
  public?: boolean | null;

  @Field(() => [AgendaItemInput], { description: "At most 20 items." })
  agenda!: AgendaItemInput[];
}

@InputType("MeetingCommandInput", { description: "A command on a meeting." })
export class MeetingCommandInput {
  @Subject("Meeting")
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @Field(() => Int, { nullable: true, description: "The version you read: CONFLICT if it changed since (your own repeat of this command returns the meeting)." })
  expectedVersion?: number | null;
}

@InputType("CancelMeetingInput", { description: "Call off a scheduled meeting; its members are notified." })
export class CancelMeetingInput extends MeetingCommandInput {
  @Field(() => String, { description: "Why; at most 500 characters." })
  reason!: string;
}

@InputType("CloseMeetingInput", { description: "Close a meeting in session with its report." })
export class CloseMeetingInput extends MeetingCommandInput {
  @Field(() => String, { description: "The closing report (会议纪要); at most 4,000 characters." })
  report!: string;
}

@InputType("AttendeeInput", { description: "Someone present: a council member, a person with an account, or a name." })
export class AttendeeInput {
  @PartOf("CouncilMember")
  @Field(() => String, { nullable: true, description: "A council member's id (m1, m2, …)." })
  memberId?: string | null;

  @References("Person")
  @Field(() => ID, { nullable: true, description: "A person's account." })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "A name, at most 30 characters." })
  name?: string | null;
}

@InputType("RecordAttendanceInput", { description: "Who is present (replaces the last record)." })
export class RecordAttendanceInput extends MeetingCommandInput {
  @Field(() => [AttendeeInput], { description: "At most 100 named attendees." })
  attendees!: AttendeeInput[];

  @Field(() => Int, { nullable: true, description: "People present beyond those named; default 0." })
  othersPresent?: number | null;
}

@InputType("ShowOfHandsInput", { description: "The chair's count of hands on one item." })
export class ShowOfHandsInput extends MeetingCommandInput {
  @PartOf("AgendaItem")
  @Field(() => String, { description: "The agenda item." })
  itemId!: string;

  @Field(() => Int, { description: "Hands for." })
  for!: number;

  @Field(() => Int, { description: "Hands against." })
  against!: number;

  @Field(() => Int, { description: "Abstentions." })
  abstain!: number;
}

@InputType("CountBallotsInput", { description: "Close the ballot on one item and count it." })
export class CountBallotsInput extends MeetingCommandInput {
  @PartOf("AgendaItem")
  @Field(() => String, { description: "The agenda item." })
  itemId!: string;
}

@InputType("RegisterForMeetingInput", { description: "Register yourself for a meeting." })
export class RegisterForMeetingInput {
  @Subject("Meeting")
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;
}

@InputType("CastBallotInput", { description: "Your one ballot on an agenda item." })
export class CastBallotInput {
  @Subject("Meeting")
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @PartOf("AgendaItem")
  @Field(() => String, { description: "The agenda item." })
  itemId!: string;

  @Field(() => BallotChoice, { description: "For, against or abstain." })
  choice!: BallotChoice;
}

@InputType("CouncilTaskInput", { description: "A task to file as an issue through the loop." })
export class CouncilTaskInput {
  @Field(() => String, { description: "At most 80 characters." })
  title!: string;

  @Field(() => String, { description: "At most 2,000 characters." })
  description!: string;

  @Field(() => String, { description: "A category of the district's catalogue." })
  categoryCode!: string;

  @References("OrgUnit")
  @Field(() => ID, { description: "The grid it is in, within the council's unit." })
  gridId!: string;

  @Field(() => DateTime, { nullable: true, description: "The council's own deadline; default: the issue's SLA deadline once assigned." })
  dueAt?: string | null;
}

@InputType("CreateResolutionIssuesInput", { description: "File an adopted item's tasks as issues." })
export class CreateResolutionIssuesInput {
  @Field(() => String, { description: "Chosen by the client per command (at most 48 characters); a retry files nothing twice." })
  idempotencyKey!: string;

  @Subject("Meeting")
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @PartOf("AgendaItem")
  @Field(() => String, { description: "The adopted agenda item." })
  itemId!: string;

  @Field(() => [CouncilTaskInput], { description: "1–20 tasks." })
  tasks!: CouncilTaskInput[];
}

@InputType("RaiseDemandsInput", { description: "File residents' demands raised at a meeting as issues." })
export class RaiseDemandsInput {
  @Field(() => String, { description: "Chosen by the client per command (at most 48 characters); a retry files nothing twice." })
  idempotencyKey!: string;

  @Subject("Meeting")
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @Field(() => [CouncilTaskInput], { description: "1–20 demands." })
  demands!: CouncilTaskInput[];
}
