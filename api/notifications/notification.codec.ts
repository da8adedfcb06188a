// An outbox message as stored (or as the table's stream carries it), checked on the way out.
import { CorruptRecord, bool, decode, nullable, object, oneOf, str } from "../store/codec";
import { NotificationKind, SubjectType } from "./notification.enums";

export interface NotificationSubject {
  type: SubjectType;
  id: string;
}

export interface NotificationRecord {
  id: string;
  recipient: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  message: string;
  createdAt: string;
  read: boolean;
}

const shape = object({
  id: str,
  recipient: str,
  kind: oneOf(NotificationKind),
  subject: nullable(object({ type: oneOf(SubjectType), id: str })),
  // Messages written before subjects existed named their issue directly.
  issueId: nullable(str),
  message: str,
  createdAt: str,
  read: bool,
});

/** Decodes an outbox item; one with neither a subject nor an issue is corrupt. */
export function decodeNotification(item: unknown): NotificationRecord {
  const { issueId, subject, ...rest } = decode(shape, item, "Notification");
  if (subject) return { ...rest, subject };
  if (issueId) return { ...rest, subject: { type: SubjectType.ISSUE, id: issueId } };
  throw new CorruptRecord("subject", "a subject (or an issueId)", "Notification");
}
