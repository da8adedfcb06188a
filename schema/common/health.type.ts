import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ObjectType } from "type-graphql";

@ObjectType("Health", { description: "Public liveness answer; needs no token and no database." })
export class Health {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String)
  version!: string;

  @Field(() => String, { description: "Server time, ISO 8601." })
  time!: string;
}
