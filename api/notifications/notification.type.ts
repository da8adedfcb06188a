import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { NotificationKind, SubjectType } from "./notification.enums";

registerEnumType(NotificationKind, { name: "NotificationKind", description: "What happened to the subject." });
registerEnumType(SubjectType, { name: "SubjectType", description: "The kind of record a notification is about." });

@ObjectType("NotificationSubject", { description: "The record a notification is about: open it with the query for its type (ISSUE: issue(id))." })
export class NotificationSubject {
  @Field(() => SubjectType)
  type!: SubjectType;

  @Field(() => ID)
  id!: string;
}

@ObjectType("Notification", { description: "A message in a person's or a unit's outbox (信息能触发)." })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationSubject)
  subject!: NotificationSubject;

  @Field(() => String)
  message!: string;

  @Field(() => String)
  createdAt!: string;

  @Field(() => Boolean)
  read!: boolean;
}

export const NotificationConnection = Connection(Notification, "Notification");
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
