import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { NotificationKind } from "./notification.enums";

registerEnumType(NotificationKind, { name: "NotificationKind" });

@ObjectType("Notification", { description: "A message in a person's or a unit's outbox (信息能触发)." })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => ID)
  issueId!: string;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => Boolean)
  read!: boolean;
}

export const NotificationConnection = Connection(Notification, "Notification");
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
