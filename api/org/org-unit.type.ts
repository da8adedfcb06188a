import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { OrgUnitKind } from "./org.enums";

export { OrgUnitKind };

registerEnumType(OrgUnitKind, { name: "OrgUnitKind" });

@ObjectType("PartyBranch", { description: "The party branch built on a grid (支部建在网格上)." })
export class PartyBranch {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "The branch secretary's name; masked for partners." })
  secretary!: string;

  @Field(() => Int)
  memberCount!: number;
}

@ObjectType("GridWorker", { description: "A grid worker (网格员) serving one grid." })
export class GridWorker {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Masked for partners." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Masked for partners." })
  phone!: string | null;
}

@ObjectType("OrgUnit", { description: "One unit of the net: district, street or town, community or village, grid, building." })
export class OrgUnit {
  @Field(() => ID, { description: "Stable, opaque id; does not change when the unit moves." })
  id!: string;

  @Field(() => OrgUnitKind)
  kind!: OrgUnitKind;

  @Field(() => String, { description: "GB/T 2260 county code, then CJ/T 349-style street (3), community (3), grid (2) and building (3) digits." })
  code!: string;

  @Field(() => String, { description: "This unit's own digits within its parent." })
  segment!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String, { description: "Materialised path of codes, e.g. /500106/001/003/02; scope is a prefix of it." })
  path!: string;

  @Field(() => Int, { description: "Increases with every change; pass it back as expectedVersion to avoid lost updates." })
  version!: number;

  @Field(() => PartyBranch, { nullable: true })
  partyBranch!: PartyBranch | null;
}
