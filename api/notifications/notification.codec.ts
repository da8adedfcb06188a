// An outbox message as stored (or as the table's stream carries it), checked on the way out.
import { CorruptRecord, bool, decode, nullable, object, str, type Decoder } from "../store/codec";
import { VALUE_PATTERN, type NotificationKind, type SubjectType } from "./notification.enums";

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

/** A declared value as stored: the stream Lambda loads no feature, so the shape is what is checked. */
const declared =
  <T extends string>(what: string): Decoder<T> =>
  (v, p) => {
    if (typeof v === "string" && VALUE_PATTERN.test(v)) return v as T;
    throw new CorruptRecord(p, what);
  };

const shape = object({
  id: str,
  recipient: str,
  kind: declared<NotificationKind>("a notification kind"),
  subject: nullable(object({ type: declared<SubjectType>("a subject type"), id: str })),
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
  if (issueId) return { ...rest, subject: { type: "ISSUE" as SubjectType, id: issueId } };
  throw new CorruptRecord("subject", "a subject (or an issueId)", "Notification");
}
