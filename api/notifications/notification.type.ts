import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Connection } from "../../schema/common/connection.type";
import { DateTime } from "../../schema/common/date-time";
import { NotificationKind, SubjectType } from "./notification.enums";
import { Personal, Subject } from "../../schema/common/privacy";

registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "What happened to the subject.",
  valuesConfig: {
    ASSIGNED: { description: "An issue was dispatched to you or your unit: handle it." },
    RETURNED: { description: "A dispatch was returned as wrong (回退): assign it again." },
    OVERDUE: { description: "An issue passed its deadline and was supervised automatically; sent to the level above the handling unit." },
    SUPERVISED: { description: "A level above urged an issue on (督办)." },
    RESOLVED: { description: "An issue you reported was handled: verify and close it." },
    CLOSED: { description: "An issue you handled or reported was closed." },
    REOPENED: { description: "An issue came back for rework (返工)." },
    MEETING_SCHEDULED: { description: "A council you are a member of scheduled a meeting: its time, place and agenda are on the meeting." },
    MEETING_CANCELLED: { description: "A meeting of a council you are a member of was cancelled." },
  },
});
registerEnumType(SubjectType, {
  name: "SubjectType",
  description: "The kind of record a notification is about.",
  valuesConfig: {
    ISSUE: { description: "An Issue: read it with `issue(id:)` or `node(id:)`." },
    MEETING: { description: "A council's Meeting: read it with `meeting(id:)` or `node(id:)`." },
  },
});

@ObjectType("NotificationSubject", { description: "The record a notification is about: open it with the query for its type (ISSUE: issue(id), MEETING: meeting(id))." })
export class NotificationSubject {
  @Field(() => SubjectType, { description: "What kind of record it is." })
  type!: SubjectType;

  @Field(() => ID, { description: "The record's id; reading it applies the record's own visibility rule." })
  id!: string;
}

@ObjectType("Notification", { description: "A message in a person's or a unit's outbox (信息能触发)." })
export class Notification {
  @Field(() => ID, { description: "Unique within its outbox; pass it to markNotificationsRead." })
  id!: string;

  @Field(() => NotificationKind, { description: "What happened." })
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
