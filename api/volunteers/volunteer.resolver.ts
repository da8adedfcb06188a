// Thin GraphQL bindings for teams and the registry; the rules live in volunteer.rules.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AFTER_DOC, PAGE_SIZE_DOC } from "../../schema/common/argument-docs";
import type { GridnetContext } from "../context";
import { findVisibleUnit, OrgUnit } from "../org";
import type { TeamRecord } from "./volunteer.codec";
import { TeamKind } from "./volunteer.enums";
import * as rules from "./volunteer.rules";
import { CreateTeamInput, JoinTeamInput, RegisterVolunteerInput, Team, TeamConnection, Volunteer, VolunteerConnection } from "./volunteer.type";
import type { VolunteerView } from "./volunteer.view";

@Resolver(() => Team)
export class TeamResolver {
  @Query(() => Team, { nullable: true, description: "A team by id; null when it does not exist or you may not see it (partners)." })
  team(@Arg("id", () => ID, { description: "The team's id (vt_…)." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.team(ctx, id);
  }

  @Query(() => TeamConnection, { description: "The teams bound to a unit (default: yours) and to the units beneath it, by tier." })
  teams(
    @Arg("unitId", () => ID, { nullable: true, description: "Any unit: teams are public." }) unitId: string | null,
    @Arg("kind", () => TeamKind, { nullable: true, description: "Only teams of this tier." }) kind: TeamKind | null,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.teams(ctx, { unitId, kind, first, after });
  }

  @Mutation(() => Team, { description: "Admins form a team at a unit in their scope, at the tier the unit allows. Idempotent per idempotencyKey." })
  createTeam(@Arg("input", () => CreateTeamInput, { description: "The team." }) input: CreateTeamInput, @Ctx() ctx: GridnetContext) {
    return rules.createTeam(ctx, input);
  }

  @Mutation(() => Team, { description: "Admins add a volunteer of their registry to a team in their scope; a repeat answers the team unchanged." })
  joinTeam(@Arg("input", () => JoinTeamInput, { description: "The team and the volunteer." }) input: JoinTeamInput, @Ctx() ctx: GridnetContext) {
    return rules.joinTeam(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The unit it is bound to (null when you may not see it)." })
  unit(@Root() team: TeamRecord, @Ctx() ctx: GridnetContext) {
    return findVisibleUnit(ctx, team.unitId);
  }
}

@Resolver(() => Volunteer)
export class VolunteerResolver {
  @Query(() => Volunteer, { nullable: true, description: "A registry entry by id: yours, or one of your registry's; null otherwise." })
  volunteer(@Arg("id", () => ID, { description: "The entry's id (vo_…)." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.volunteer(ctx, id);
  }

  @Query(() => VolunteerConnection, { description: "Admins: the registry of a unit in scope (default: yours) and the units beneath it, or a team's roster, by volunteer number." })
  volunteers(
    @Arg("unitId", () => ID, { nullable: true, description: "A unit in your scope." }) unitId: string | null,
    @Arg("teamId", () => ID, { nullable: true, description: "A team whose unit is in your scope: its roster instead." }) teamId: string | null,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.volunteers(ctx, { unitId, teamId, first, after });
  }

  @Mutation(() => Volunteer, { description: "Admins register a volunteer in a unit of their scope; the volunteer number decides the entry (a repeat returns it)." })
  registerVolunteer(@Arg("input", () => RegisterVolunteerInput, { description: "The volunteer." }) input: RegisterVolunteerInput, @Ctx() ctx: GridnetContext) {
    return rules.registerVolunteer(ctx, input);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "Their home unit (null when you may not see it)." })
  unit(@Root() volunteer: VolunteerView, @Ctx() ctx: GridnetContext) {
    return findVisibleUnit(ctx, volunteer.unitId);
  }

  @FieldResolver(() => [Team], { description: "The teams they serve in." })
  async teams(@Root() volunteer: VolunteerView, @Ctx() ctx: GridnetContext) {
    const found = await Promise.all(volunteer.teamIds.map((id) => rules.teamNode(ctx, id)));
    return found.filter((t) => t !== null);
  }
}
