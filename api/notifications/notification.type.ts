import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import {
  NOTIFICATION_KIND_DESCRIPTIONS,
  NOTIFICATION_KIND_VALUES,
  SUBJECT_TYPE_DESCRIPTIONS,
  SUBJECT_TYPE_VALUES,
  type NotificationKind,
  type SubjectType,
} from "./notification.enums";
import { Personal, Subject } from "../../schema/common/privacy";

// Built from what the features declared (notification.enums.ts); read when the schema is built,
// after every feature module has loaded.
registerEnumType(NOTIFICATION_KIND_VALUES, {
  name: "NotificationKind",
  description: "What happened to the subject.",
  valuesConfig: NOTIFICATION_KIND_DESCRIPTIONS,
});
registerEnumType(SUBJECT_TYPE_VALUES, {
  name: "SubjectType",
  description: "The kind of record a notification is about.",
  valuesConfig: SUBJECT_TYPE_DESCRIPTIONS,
});

@ObjectType("NotificationSubject", {
  description: "The record a notification is about: open it with the query for its type (an ISSUE with issue(id), a MEETING with meeting(id), …).",
})
export class NotificationSubject {
  @Field(() => SUBJECT_TYPE_VALUES, { description: "What kind of record it is." })
  type!: SubjectType;

  @Field(() => ID, { description: "The record's id; reading it applies the record's own visibility rule." })
  id!: string;
}

@ObjectType("Notification", { description: "A message in a person's or a unit's outbox (信息能触发)." })
export class Notification {
  @Field(() => ID, { description: "Unique within its outbox; pass it to markNotificationsRead." })
  id!: string;

  @Field(() => NOTIFICATION_KIND_VALUES, { description: "What happened." })
  kind!: NotificationKind;

  @Field(() => NotificationSubject, { description: "The record it is about." })
  subject!: NotificationSubject;

  @Personal("TEXT")
  @Field(() => String, { description: "A one-line message for people, e.g. the issue's title and what happened to it." })
  message!: string;

  @Field(() => DateTime, { description: "When it was written." })
  createdAt!: string;

  @Field(() => Boolean, { description: "Marked read (markNotificationsRead)." })
  read!: boolean;
}

export const NotificationConnection = Connection(Notification, "Notification");
export type NotificationConnection = InstanceType<typeof NotificationConnection>;

@InputType("MarkNotificationsReadInput", { description: "Notifications to mark read: yours, or (admins) those of a unit's outbox." })
export class MarkNotificationsReadInput {
  @Subject("Notification")
  @Field(() => [ID], { description: "1 to 100 notification ids; ids not in the outbox are skipped." })
  ids!: string[];

  @Subject("OrgUnit")
  @Field(() => ID, { nullable: true, description: "A unit in your scope whose outbox they are in; absent: your own outbox." })
  unitId?: string | null;
}

// A payload, not the notifications: marking is a batch, and what the caller needs back is how
// many of its ids were there (docs/contract.md, mutation results).
@ObjectType("MarkNotificationsReadPayload", { description: "What markNotificationsRead did." })
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: "How many of the ids were found in the outbox (now read, whether or not they were before)." })
  markedCount!: number;
}
