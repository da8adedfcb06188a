import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Node } from "../../schema/common/node";
import { OrgUnitKind } from "./org.enums";
import { Personal, Safe } from "../../schema/common/privacy";

export { OrgUnitKind };

registerEnumType(OrgUnitKind, {
  name: "OrgUnitKind",
  description: "A level of the net, from the district down: district → street or town → community or village → grid → building.",
  valuesConfig: {
    DISTRICT: { description: "The district (区): the top of the net and its command centre." },
    STREET: { description: "An urban street (街道) under the district." },
    TOWN: { description: "A town (镇) under the district; the same level as a street." },
    COMMUNITY: { description: "An urban community (社区) under a street or town." },
    VILLAGE: { description: "A village (村) under a street or town; the same level as a community." },
    GRID: { description: "A grid (网格) of a community or village: the patch one grid worker walks." },
    BUILDING: { description: "A building or courtyard (楼栋 / 院落) in a grid." },
  },
});

@ObjectType("PartyBranch", { description: "The party branch built on a grid (支部建在网格上)." })
export class PartyBranch {
  @Safe()
  @Field(() => String, { description: "The branch's name, e.g. 凤凰山社区第1网格党支部." })
  name!: string;

  @Personal("NAME")
  @Field(() => String, { description: "The branch secretary's name; masked for partners." })
  secretary!: string;

  @Field(() => Int, { description: "How many party members the branch has." })
  memberCount!: number;
}

@ObjectType("GridWorker", { description: "A grid worker (网格员) serving one grid." })
export class GridWorker {
  @Field(() => ID, { description: "The grid worker's person id (the same id as their Person and their token's subject)." })
  id!: string;

  @Personal("NAME")
  @Field(() => String, { description: "The grid worker's name. Masked for partners." })
  name!: string;

  @Personal("PHONE")
  @Field(() => String, { nullable: true, description: "The grid worker's phone, for residents of the grid to call; null when none is on record. Masked for partners." })
  phone!: string | null;
}

@ObjectType("OrgUnit", { implements: Node, description: "One unit of the net: district, street or town, community or village, grid, building." })
export class OrgUnit implements Node {
  @Field(() => ID, {
    description: "Stable, opaque id; does not change when the unit moves. Units created through the API have `ou_` ids; the demo's seeded units use their original code.",
  })
  id!: string;

  @Field(() => OrgUnitKind, { description: "The unit's level in the net." })
  kind!: OrgUnitKind;

  @Safe()
  @Field(() => String, { description: "GB/T 2260 county code, then CJ/T 349-style street (3), community (3), grid (2) and building (3) digits." })
  code!: string;

  @Safe()
  @Field(() => String, { description: "This unit's own digits within its parent." })
  segment!: string;

  @Safe()
  @Field(() => String, { description: "The unit's name, e.g. 凤凰山社区." })
  name!: string;

  @Field(() => ID, { nullable: true, description: "The unit directly above this one; null for the district." })
  parentId!: string | null;

  @Safe()
  @Field(() => String, { description: "Materialised path of codes, e.g. /500106/001/003/02; scope is a prefix of it." })
  path!: string;

  @Field(() => Int, { description: "Increases with every change; pass it back as expectedVersion to avoid lost updates." })
  version!: number;

  @Field(() => PartyBranch, {
    nullable: true,
    description: "The party branch built on this grid; null for other kinds, for grids without one, and where the unit is shown only as a reference.",
  })
  partyBranch!: PartyBranch | null;
}
