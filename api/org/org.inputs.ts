import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int } from "type-graphql";
import { OrgUnitKind } from "./org-unit.type";

@InputType("CreateOrgUnitInput")
export class CreateOrgUnitInput {
  @Field(() => ID)
  parentId!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => String, { description: "The unit's digits within its parent: 3 for streets, towns, communities, villages and buildings, 2 for grids." })
  segment!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "Chosen by the client per creation (e.g. a UUID); a retry with the same key returns the same unit." })
  idempotencyKey!: string;
}

@InputType("RenameOrgUnitInput")
export class RenameOrgUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true, description: "The version you read; the rename fails with CONFLICT if the unit changed since." })
  expectedVersion?: number | null;
}

@InputType("MoveOrgUnitInput")
export class MoveOrgUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  newParentId!: string;

  @Field(() => String, { nullable: true, description: "New digits under the new parent; defaults to the current ones." })
  segment?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@InputType("AssignGridWorkerInput")
export class AssignGridWorkerInput {
  @Field(() => ID)
  gridId!: string;

  @Field(() => ID, { description: "A user with the GRID_WORKER role; leaves their previous grid." })
  userId!: string;
}

@InputType("SetPartyBranchInput")
export class SetPartyBranchInput {
  @Field(() => ID)
  gridId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  secretary!: string;

  @Field(() => Int)
  memberCount!: number;
}
