// The outbox: messages written in the same transaction as the change that caused them, to a
// person (P:<id>) or to a unit (U:<id>) whose admins read them, each about a subject — an
// issue today, a meeting or a volunteer shift as those features arrive — so no feature owns it.
//   notification     pk NOTE#<recipient>  sk <ulid>      (read ones expire by TTL)
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { ulid } from "ulid";
import type { Db } from "../store/dynamo";
import { queryPage, type Item, type TransactItem } from "../store/ops";
import { decodeNotification, type NotificationRecord, type NotificationSubject } from "./notification.codec";
import type { NotificationKind } from "./notification.enums";

export type { NotificationRecord, NotificationSubject };

export const personRecipient = (id: string) => `P:${id}`;
export const unitRecipient = (id: string) => `U:${id}`;

const noteKey = (recipient: string, id: string) => ({ pk: `NOTE#${recipient}`, sk: id });

/** A new message for `recipient`, to be written with the change that causes it. */
export function notification(recipient: string, kind: NotificationKind, subject: NotificationSubject, message: string, at: string): NotificationRecord {
  return { id: ulid(), recipient, kind, subject, message, createdAt: at, read: false };
}

/** The item that puts a message in the outbox, for a caller's transaction. */
export function outboxItem(db: Db, n: NotificationRecord): TransactItem {
  return { Put: { TableName: db.table, Item: { ...noteKey(n.recipient, n.id), type: "Notification", ...n } } };
}

export async function listNotifications(db: Db, recipient: string, first: number, after?: string | null) {
  const page = await queryPage<Item>(db, { partition: `NOTE#${recipient}`, first, after, descending: true });
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: decodeNotification(item) })) };
}

/** Marks one notification read; read ones expire after `keepDays`. Returns false if absent. */
export async function markRead(db: Db, recipient: string, id: string, keepDays = 90): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: noteKey(recipient, id),
        UpdateExpression: "SET #read = :t, expiresAt = :exp",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#read": "read" },
        ExpressionAttributeValues: { ":t": true, ":exp": Math.floor(Date.now() / 1000) + keepDays * 86400 },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}
