import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, ObjectType } from "type-graphql";
import { Role } from "../../schema/common/role.enum";
import { OrgUnit } from "./org-unit.type";

@ObjectType("Viewer", { description: "Who the bearer token says you are, and the unit your scope starts at." })
export class Viewer {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => OrgUnit)
  scope!: OrgUnit;
}
