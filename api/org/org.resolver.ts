// Thin GraphQL bindings for the hierarchy; every rule lives in org.rules.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { GridWorker, OrgUnit, OrgUnitKind } from "./org-unit.type";
import { OrgUnitConnection } from "./org-unit.connection";
import { AssignGridWorkerInput, CreateOrgUnitInput, MoveOrgUnitInput, RenameOrgUnitInput, SetPartyBranchInput } from "./org.inputs";
import type { GridnetContext } from "../context";
import * as rules from "./org.rules";
import type { OrgUnitRecord } from "./org.codec";

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnit, { description: "One unit inside your scope, or one of your scope unit's ancestors." })
  orgUnit(@Arg("id", () => ID) id: string, @Ctx() ctx: GridnetContext) {
    return rules.visibleUnit(ctx, id);
  }

  @Query(() => OrgUnitConnection, { description: "Every unit of one kind beneath `under` (default: your scope unit), in code order." })
  orgUnits(
    @Arg("kind", () => OrgUnitKind) kind: OrgUnitKind,
    @Arg("under", () => ID, { nullable: true }) under: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.subtreeOfKind(ctx, under, kind, first, after);
  }

  @Query(() => OrgUnitConnection, { description: "Units beneath `under` (default: your scope unit) whose name contains `name`." })
  searchOrgUnits(
    @Arg("name", () => String) name: string,
    @Arg("under", () => ID, { nullable: true }) under: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.search(ctx, name, under, first, after);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnitRecord, @Ctx() ctx: GridnetContext) {
    return rules.parent(ctx, unit);
  }

  @FieldResolver(() => [OrgUnit], { description: "From the district down to this unit's parent." })
  ancestors(@Root() unit: OrgUnitRecord, @Ctx() ctx: GridnetContext) {
    return rules.ancestors(ctx, unit);
  }

  @FieldResolver(() => OrgUnitConnection)
  children(
    @Root() unit: OrgUnitRecord,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return rules.children(ctx, unit, first, after);
  }

  @FieldResolver(() => [GridWorker], { description: "The grid workers of a grid; empty for other kinds." })
  gridWorkers(@Root() unit: OrgUnitRecord, @Ctx() ctx: GridnetContext) {
    return rules.gridWorkers(ctx, unit);
  }

  @Mutation(() => OrgUnit)
  createOrgUnit(@Arg("input", () => CreateOrgUnitInput) input: CreateOrgUnitInput, @Ctx() ctx: GridnetContext) {
    return rules.createUnit(ctx, input);
  }

  @Mutation(() => OrgUnit)
  renameOrgUnit(@Arg("input", () => RenameOrgUnitInput) input: RenameOrgUnitInput, @Ctx() ctx: GridnetContext) {
    return rules.renameUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Moves a unit and everything beneath it; codes and paths follow, ids stay." })
  moveOrgUnit(@Arg("input", () => MoveOrgUnitInput) input: MoveOrgUnitInput, @Ctx() ctx: GridnetContext) {
    return rules.moveUnit(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Puts a grid worker on a grid (taking them off their previous one); returns the grid." })
  assignGridWorker(@Arg("input", () => AssignGridWorkerInput) input: AssignGridWorkerInput, @Ctx() ctx: GridnetContext) {
    return rules.assignGridWorker(ctx, input);
  }

  @Mutation(() => OrgUnit, { description: "Records the party branch built on a grid; returns the grid." })
  setPartyBranch(@Arg("input", () => SetPartyBranchInput) input: SetPartyBranchInput, @Ctx() ctx: GridnetContext) {
    return rules.setPartyBranch(ctx, input);
  }
}
