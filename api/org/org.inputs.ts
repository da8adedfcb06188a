import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int } from "type-graphql";
import { OrgUnitKind } from "./org-unit.type";
import { Subject } from "../../schema/common/privacy";

@InputType("CreateOrgUnitInput", { description: "A new unit under a unit in your scope." })
export class CreateOrgUnitInput {
  @Subject("OrgUnit")
  @Field(() => ID, { description: "The unit to create it under; it must be in your scope and one level above `kind`." })
  parentId!: string;

  @Field(() => OrgUnitKind, { description: "The new unit's level: the one below its parent's (a street or town under the district, a community or village under those, …)." })
  kind!: OrgUnitKind;

  @Field(() => String, { description: "The unit's digits within its parent: 3 for streets, towns, communities, villages and buildings, 2 for grids." })
  segment!: string;

  @Field(() => String, { description: "The unit's name, e.g. 凤凰山社区第3网格." })
  name!: string;

  @Field(() => String, { description: "Chosen by the client per creation (e.g. a UUID); a retry with the same key returns the same unit." })
  idempotencyKey!: string;
}

@InputType("RenameOrgUnitInput", { description: "A new name for a unit in your scope." })
export class RenameOrgUnitInput {
  @Subject("OrgUnit")
  @Field(() => ID, { description: "The unit to rename." })
  id!: string;

  @Field(() => String, { description: "Its new name." })
  name!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; the rename fails with CONFLICT if the unit changed since." })
  expectedVersion?: number | null;
}

@InputType("MoveOrgUnitInput", { description: "Moves a unit, with everything beneath it, under another parent of the same level." })
export class MoveOrgUnitInput {
  @Subject("OrgUnit")
  @Field(() => ID, { description: "The unit to move." })
  id!: string;

  @Subject("OrgUnit")
  @Field(() => ID, { description: "Its new parent; both must be in your scope." })
  newParentId!: string;

  @Field(() => String, { nullable: true, description: "New digits under the new parent; defaults to the current ones." })
  segment?: string | null;

  @Field(() => Int, { nullable: true, description: "The version you read; the move fails with CONFLICT if the unit changed since." })
  expectedVersion?: number | null;
}

@InputType("AssignGridWorkerInput", { description: "Puts a grid worker on a grid." })
export class AssignGridWorkerInput {
  @Subject("OrgUnit")
  @Field(() => ID, { description: "The grid (a unit of kind GRID in your scope)." })
  gridId!: string;

  @Subject("Person")
  @Field(() => ID, { description: "A user with the GRID_WORKER role; leaves their previous grid." })
  userId!: string;
}

@InputType("SetPartyBranchInput", { description: "The party branch built on a grid (支部建在网格上); replaces the grid's previous record." })
export class SetPartyBranchInput {
  @Subject("OrgUnit")
  @Field(() => ID, { description: "The grid (a unit of kind GRID in your scope)." })
  gridId!: string;

  @Field(() => String, { description: "The branch's name." })
  name!: string;

  @Field(() => String, { description: "The branch secretary's name." })
  secretary!: string;

  @Field(() => Int, { description: "How many party members the branch has (0 or more)." })
  memberCount!: number;
}
