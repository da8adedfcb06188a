// Thin GraphQL bindings for councils; the rules live in council.rules.ts and meeting.rules.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DateTime } from "../../schema/common/date-time";
import type { GridnetContext } from "../context";
import { findVisibleUnit } from "../org";
import { OrgUnit } from "../org";
import { Place, placeNode } from "../places";
import type { CouncilRecord, TaskRecord } from "./council.codec";
import { CouncilKind, TaskStanding } from "./council.enums";
import * as rules from "./council.rules";
import { Council, CouncilConnection, CouncilCounts, CouncilProgress, CouncilTask, CouncilTaskConnection, CreateCouncilInput, QuorumRule } from "./council.type";
import { councilMeetings } from "./meeting.rules";
import { MeetingConnection } from "./meeting.type";
import { quorumRequired } from "./vote.outcome";

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => Council, { nullable: true, description: "One council you may see; null when it does not exist or is not yours to see." })
  council(@Arg("id", () => ID, { description: "A council's id (co_…)." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.council(ctx, id);
  }

  @Query(() => CouncilConnection, { description: "The councils of a unit (default: yours) and of the units beneath it that you may see." })
  councils(
    @Arg("unitId", () => ID, { nullable: true, description: "A unit in your scope or above it." }) unitId: string | null,
    @Arg("kind", () => CouncilKind, { nullable: true, description: "Only councils of this kind." }) kind: CouncilKind | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.councils(ctx, unitId, kind, first, after);
  }

  @Query(() => CouncilCounts, { description: "How many councils and meetings a unit has; the only council data partners read." })
  councilCounts(@Arg("unitId", () => ID, { nullable: true, description: "A unit in your scope or above it; default yours." }) unitId: string | null, @Ctx() ctx: GridnetContext) {
    return rules.councilCounts(ctx, unitId);
  }

  @Mutation(() => Council, { description: "Admins create a council in a unit they run. Idempotent per idempotencyKey." })
  createCouncil(@Arg("input", () => CreateCouncilInput, { description: "The council." }) input: CreateCouncilInput, @Ctx() ctx: GridnetContext) {
    return rules.createCouncil(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The unit the council serves (null only if you may no longer see it)." })
  unit(@Root() council: CouncilRecord, @Ctx() ctx: GridnetContext) {
    return findVisibleUnit(ctx, council.unitId);
  }

  @FieldResolver(() => Place, { nullable: true, description: "The service place it meets at, when it has one." })
  place(@Root() council: CouncilRecord, @Ctx() ctx: GridnetContext) {
    return council.placeId ? placeNode(ctx, council.placeId) : null;
  }

  @FieldResolver(() => QuorumRule, { description: "How many members must be present for a vote to count." })
  quorum(@Root() council: CouncilRecord): QuorumRule {
    return { count: council.quorumCount, percentOfMembers: council.quorumPercent, membersRequired: quorumRequired(council) };
  }

  @FieldResolver(() => CouncilProgress, { description: "The task notebook in numbers: open, overdue, closed, dropped." })
  progress(@Root() council: CouncilRecord, @Ctx() ctx: GridnetContext) {
    return rules.progress(ctx, council);
  }

  @FieldResolver(() => CouncilTaskConnection, { description: "The council's tasks of one standing: open ones due soonest first, closed ones in the order they were closed." })
  tasks(
    @Root() council: CouncilRecord,
    @Arg("standing", () => TaskStanding, { nullable: true, description: "Default OPEN." }) standing: TaskStanding | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.tasks(ctx, council, standing, first, after);
  }

  @FieldResolver(() => MeetingConnection, { description: "The council's meetings you may see, in time order." })
  meetings(
    @Root() council: CouncilRecord,
    @Arg("from", () => DateTime, { nullable: true, description: "From this instant; default: the first." }) from: string | null,
    @Arg("to", () => DateTime, { nullable: true, description: "Up to this instant; default: the last." }) to: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return councilMeetings(ctx, council, from, to, first, after);
  }
}

@Resolver(() => CouncilTask)
export class CouncilTaskResolver {
  @FieldResolver(() => Boolean, { description: "Open and past its due date." })
  overdue(@Root() task: TaskRecord, @Ctx() ctx: GridnetContext): boolean {
    return task.standing === TaskStanding.OPEN && task.dueAt !== null && task.dueAt < ctx.now().toISOString();
  }
}
