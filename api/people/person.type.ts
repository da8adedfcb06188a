import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Role } from "../../schema/common/role.enum";
import { Personal, Subject } from "../../schema/common/privacy";

@ObjectType("Person", { description: "A person who signs in: an officer, a grid worker, a volunteer, a resident." })
export class Person {
  @Field(() => ID, { description: "The person's id: the subject (`sub`) of their tokens, as the identity provider issues it." })
  id!: string;

  @Personal("NAME")
  @Field(() => String, { description: "Masked for partners." })
  name!: string;

  @Field(() => Role, { nullable: true, description: "The role they sign in with; null only for a person with no role on record." })
  role!: Role | null;

  @Personal("PHONE")
  @Field(() => String, { nullable: true, description: "Only in answers to the person themselves and to admins over them (updatePerson); null elsewhere." })
  phone?: string | null;
}

@InputType("UpdatePersonInput", { description: "Your own name or phone, or (admins) those of a person whose unit is in your scope." })
export class UpdatePersonInput {
  @Subject("Person")
  @Field(() => ID, { description: "The person: yourself, or someone whose unit is in your scope (admins)." })
  id!: string;

  @Field(() => String, { nullable: true, description: "At most 30 characters; absent: unchanged." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A mainland mobile (11 digits) or landline; "" removes it; absent: unchanged.' })
  phone?: string | null;
}
