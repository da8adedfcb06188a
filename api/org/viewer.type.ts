import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, ObjectType } from "type-graphql";
import { Role } from "../../schema/common/role.enum";
import { OrgUnit } from "./org-unit.type";

@ObjectType("Viewer", { description: "Who the bearer token says you are, and the unit your scope starts at." })
export class Viewer {
  @Field(() => ID, { description: "Your person id (your token's `sub`)." })
  id!: string;

  @Field(() => Role, { description: "Your role (your token's `custom:role`)." })
  role!: Role;

  @Field(() => OrgUnit, { description: "Your scope unit: you act on what lies beneath it, and read the units above it." })
  scope!: OrgUnit;
}
