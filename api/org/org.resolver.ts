// Thin GraphQL bindings for the hierarchy; every rule lives in org.rules.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { GridWorker, OrgUnit, OrgUnitKind } from "./org-unit.type";
import { OrgUnitConnection } from "./org-unit.connection";
import { AssignGridWorkerInput, CreateOrgUnitInput, MoveOrgUnitInput, RenameOrgUnitInput, SetPartyBranchInput } from "./org.inputs";
import type { GridnetContext } from "../context";
import * as rules from "./org.rules";
import type { OrgUnitRecord } from "./org.codec";
import { AFTER_DOC, PAGE_SIZE_DOC } from "../../schema/common/argument-docs";

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnit, {
    nullable: true,
    description: "One unit inside your scope, or one of your scope unit's ancestors; null when it does not exist or you may not see it.",
  })
  orgUnit(@Arg("id", () => ID, { description: "The unit's id." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.findVisibleUnit(ctx, id);
  }

  @Query(() => OrgUnitConnection, { description: "Every unit of one kind beneath `under` (default: your scope unit), in code order." })
  orgUnits(
    @Arg("kind", () => OrgUnitKind, { description: "The level to list." }) kind: OrgUnitKind,
    @Arg("under", () => ID, { nullable: true, description: "A unit in your scope to list beneath; default: your scope unit." }) under: string | null,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.subtreeOfKind(ctx, under, kind, first, after);
  }

  @Query(() => OrgUnitConnection, { description: "Units beneath `under` (default: your scope unit) whose name contains `name`." })
  searchOrgUnits(
    @Arg("name", () => String, { description: "Part of the name to look for, e.g. 凤凰山 (at most 30 characters)." }) name: string,
    @Arg("under", () => ID, { nullable: true, description: "A unit in your scope to search beneath; default: your scope unit." }) under: string | null,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.search(ctx, name, under, first, after);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The unit directly above; null for the district and when you may not see it." })
  parent(@Root() unit: OrgUnitRecord, @Ctx() ctx: GridnetContext) {
    return rules.parent(ctx, unit);
  }

  @FieldResolver(() => [OrgUnit], { description: "From the district down to this unit's parent." })
  ancestors(@Root() unit: OrgUnitRecord, @Ctx() ctx: GridnetContext) {
    return rules.ancestors(ctx, unit);
  }

  @FieldResolver(() => OrgUnitConnection, { description: "The units directly beneath this one, in code order (only for units in your scope)." })
  children(
    @Root() unit: OrgUnitRecord,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.children(ctx, unit, first, after);
  }

  @FieldResolver(() => [GridWorker], { description: "The grid workers of a grid; empty for other kinds." })
  gridWorkers(@Root() unit: OrgUnitRecord, @Ctx() ctx: GridnetContext) {
    return rules.gridWorkers(ctx, unit);
  }

  @Mutation(() => OrgUnit, { description: "Creates a unit under a unit in your scope; returns it (with an `ou_` id)." })
  createOrgUnit(@Arg("input", () => CreateOrgUnitInput, { description: "The new unit." }) input: CreateOrgUnitInput, @Ctx() ctx: GridnetContext) {
    return rules.createUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Renames a unit in your scope; returns it." })
  renameOrgUnit(@Arg("input", () => RenameOrgUnitInput, { description: "The unit and its new name." }) input: RenameOrgUnitInput, @Ctx() ctx: GridnetContext) {
    return rules.renameUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Moves a unit and everything beneath it; codes and paths follow, ids stay." })
  moveOrgUnit(@Arg("input", () => MoveOrgUnitInput, { description: "The unit and its new parent." }) input: MoveOrgUnitInput, @Ctx() ctx: GridnetContext) {
    return rules.moveUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Puts a grid worker on a grid (taking them off their previous one); returns the grid." })
  assignGridWorker(@Arg("input", () => AssignGridWorkerInput, { description: "The grid and the grid worker." }) input: AssignGridWorkerInput, @Ctx() ctx: GridnetContext) {
    return rules.assignGridWorker(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Records the party branch built on a grid; returns the grid." })
  setPartyBranch(@Arg("input", () => SetPartyBranchInput, { description: "The grid and its branch." }) input: SetPartyBranchInput, @Ctx() ctx: GridnetContext) {
    return rules.setPartyBranch(ctx, input);
  }
}
