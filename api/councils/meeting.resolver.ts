// Thin GraphQL bindings for meetings, votes and resolutions; the rules live in
// meeting.rules.ts, vote.rules.ts and task.rules.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateTime } from "../../schema/common/date-time";
import type { GridnetContext } from "../context";
import type { AgendaItemRecord } from "./council.codec";
import { visibleCouncil } from "./council.rules";
import { Council } from "./council.type";
import { Place, placeNode } from "../places";
import type { MeetingView } from "./council.view";
import * as rules from "./meeting.rules";
import {
  AgendaItem,
  Ballot,
  CancelMeetingInput,
  CastBallotInput,
  CloseMeetingInput,
  CountBallotsInput,
  CouncilIssuesPayload,
  CreateResolutionIssuesInput,
  Meeting,
  MeetingCommandInput,
  MeetingConnection,
  MeetingRegistration,
  MeetingRegistrationConnection,
  RaiseDemandsInput,
  RecordAttendanceInput,
  RegisterForMeetingInput,
  ScheduleMeetingInput,
  ShowOfHandsInput,
} from "./meeting.type";
import * as tasks from "./task.rules";
import * as votes from "./vote.rules";

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: "One meeting you may see; null when it does not exist or is not yours to see." })
  meeting(@Arg("id", () => ID, { description: "A meeting's id (mt_…)." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.meeting(ctx, id);
  }

  @Query(() => MeetingConnection, { description: "Meetings of a unit's councils and those beneath it (default: your unit), soonest first — residents' upcoming meetings." })
  meetings(
    @Arg("unitId", () => ID, { nullable: true, description: "A unit in your scope or above it; default yours." }) unitId: string | null,
    @Arg("from", () => DateTime, { nullable: true, description: "From this instant; default now." }) from: string | null,
    @Arg("to", () => DateTime, { nullable: true, description: "Up to this instant; default a year after from." }) to: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.meetings(ctx, unitId, from, to, first, after);
  }

  @Mutation(() => Meeting, { description: "Schedule a meeting of a council you run; its members are notified. Idempotent per idempotencyKey." })
  scheduleMeeting(@Arg("input", () => ScheduleMeetingInput, { description: "The meeting." }) input: ScheduleMeetingInput, @Ctx() ctx: GridnetContext) {
    return rules.scheduleMeeting(ctx, input);
  }

  @Mutation(() => Meeting, { description: "Open a scheduled meeting: SCHEDULED → IN_SESSION." })
  openMeeting(@Arg("input", () => MeetingCommandInput, { description: "The meeting." }) input: MeetingCommandInput, @Ctx() ctx: GridnetContext) {
    return rules.openMeeting(ctx, input);
  }

  @Mutation(() => Meeting, { description: "Call off a scheduled meeting: SCHEDULED → CANCELLED; its members are notified." })
  cancelMeeting(@Arg("input", () => CancelMeetingInput, { description: "The meeting and why." }) input: CancelMeetingInput, @Ctx() ctx: GridnetContext) {
    return rules.cancelMeeting(ctx, input);
  }

  @Mutation(() => Meeting, { description: "Close a meeting with its report: IN_SESSION → CLOSED." })
  closeMeeting(@Arg("input", () => CloseMeetingInput, { description: "The meeting and its report." }) input: CloseMeetingInput, @Ctx() ctx: GridnetContext) {
    return rules.closeMeeting(ctx, input);
  }

  @Mutation(() => MeetingRegistration, { description: "Register for a meeting you may see; a repeat returns the first registration." })
  registerForMeeting(@Arg("input", () => RegisterForMeetingInput, { description: "The meeting." }) input: RegisterForMeetingInput, @Ctx() ctx: GridnetContext) {
    return rules.registerForMeeting(ctx, input);
  }

  @Mutation(() => Meeting, { description: "Record who is present at a meeting in session." })
  recordAttendance(@Arg("input", () => RecordAttendanceInput, { description: "The attendees." }) input: RecordAttendanceInput, @Ctx() ctx: GridnetContext) {
    return rules.recordAttendance(ctx, input);
  }

  @Mutation(() => Meeting, { description: "Record the chair's show-of-hands tally on an item; the outcome is computed from the council's rules." })
  recordShowOfHands(@Arg("input", () => ShowOfHandsInput, { description: "The item and the tally." }) input: ShowOfHandsInput, @Ctx() ctx: GridnetContext) {
    return votes.recordShowOfHands(ctx, input);
  }

  @Mutation(() => Ballot, { description: "Cast your one ballot on an item of a meeting you registered for; a repeat returns it." })
  castBallot(@Arg("input", () => CastBallotInput, { description: "The item and your choice." }) input: CastBallotInput, @Ctx() ctx: GridnetContext) {
    return votes.castBallot(ctx, input);
  }

  @Mutation(() => Meeting, { description: "Close the ballot on an item and count it; the outcome is computed from the council's rules." })
  countBallots(@Arg("input", () => CountBallotsInput, { description: "The item." }) input: CountBallotsInput, @Ctx() ctx: GridnetContext) {
    return votes.countBallots(ctx, input);
  }

  @Mutation(() => CouncilIssuesPayload, {
    description: "File an adopted item's tasks as issues through the loop (channel COUNCIL), tracked by the council. Idempotent per idempotencyKey.",
  })
  createResolutionIssues(
    @Arg("input", () => CreateResolutionIssuesInput, { description: "The item and its tasks." }) input: CreateResolutionIssuesInput,
    @Ctx() ctx: GridnetContext,
  ) {
    return tasks.createResolutionIssues(ctx, input);
  }

  @Mutation(() => CouncilIssuesPayload, {
    description: "File residents' demands raised at a meeting as issues (channel COUNCIL), tracked by the council. Idempotent per idempotencyKey.",
  })
  raiseDemands(@Arg("input", () => RaiseDemandsInput, { description: "The demands." }) input: RaiseDemandsInput, @Ctx() ctx: GridnetContext) {
    return tasks.raiseDemands(ctx, input);
  }

  @FieldResolver(() => Council, { nullable: true, description: "The council holding it (null only if you may no longer see it)." })
  council(@Root() meeting: MeetingView, @Ctx() ctx: GridnetContext) {
    return ctx.actor ? visibleCouncil(ctx, ctx.actor, meeting.councilId) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: "The service place named by `placeId`, when there is one (`place` stays the announced text)." })
  venue(@Root() meeting: MeetingView, @Ctx() ctx: GridnetContext) {
    return meeting.placeId ? placeNode(ctx, meeting.placeId) : null;
  }

  @FieldResolver(() => Int, { description: "How many registered." })
  registrationCount(@Root() meeting: MeetingView, @Ctx() ctx: GridnetContext) {
    return rules.registrationCount(ctx, meeting);
  }

  @FieldResolver(() => MeetingRegistrationConnection, { description: "Who registered: only for the admins who run the council (empty for others)." })
  registrations(
    @Root() meeting: MeetingView,
    @Arg("first", () => Int, { nullable: true, description: "Page size, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.registrations(ctx, meeting, first, after);
  }

  @FieldResolver(() => [ID], { description: "Issues filed from residents' demands raised at this meeting." })
  demandIssueIds(@Root() meeting: MeetingView, @Ctx() ctx: GridnetContext) {
    return tasks.meetingTaskIds(ctx, meeting.id, null);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  @FieldResolver(() => [ID], { description: "Issues the item's resolution created (its council tasks)." })
  resolutionIssueIds(@Root() item: AgendaItemRecord, @Ctx() ctx: GridnetContext) {
    // An item's id is its meeting's id with another prefix and its position: ai_<meeting>_<n>.
    const meetingId = `mt_${item.id.slice(3, item.id.lastIndexOf("_"))}`;
    return tasks.meetingTaskIds(ctx, meetingId, item.id);
  }
}
