import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ObjectType } from "type-graphql";
import { DateTime } from "../../schema/common/date-time";
import { Safe } from "../../schema/common/privacy";

// The database's state is two flat fields, not a nested object: Health is one type that the
// role rules open to everyone, and a nested type would need a rule of its own.
@ObjectType("Health", { description: "Public health answer; needs no token. Costs at most one small DynamoDB read a second." })
export class Health {
  @Field(() => Boolean, { description: "The API can serve: it answers and its DynamoDB table answers (databaseStatus OK)." })
  ok!: boolean;

  @Safe()
  @Field(() => String, { description: "The API's version (GRIDNET_VERSION as deployed)." })
  version!: string;

  @Field(() => DateTime, { description: "The server's clock when it answered." })
  time!: string;

  @Field(() => Boolean, { description: "DynamoDB answered the probe (even if only to say the table is missing)." })
  databaseReachable!: boolean;

  @Safe()
  @Field(() => String, {
    description:
      "OK; TABLE_MISSING (DynamoDB answered, the table does not exist); UNREACHABLE (no answer within 1 s: refused, reset or hung); " +
      "ERROR (answered with another error, e.g. access denied). New values may be added.",
  })
  databaseStatus!: string;
}
