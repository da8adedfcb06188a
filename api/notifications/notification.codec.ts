// An outbox message as stored (or as the table's stream carries it), checked on the way out.
import { CorruptRecord, bool, decode, nullable, object, str, type Decoder } from "../store/codec";
import { NOTIFICATION_KIND_VALUES, SUBJECT_TYPE_VALUES, VALUE_PATTERN, type NotificationKind, type SubjectType } from "./notification.enums";

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

/**
 * A declared kind or subject type as stored: one of the declared values where this process has
 * loaded the features that declare them (the API); its shape alone in a process that loads no
 * feature (the stream Lambda, which only delivers what the API wrote).
 */
const declared =
  <T extends string>(values: Record<string, string>, what: string): Decoder<T> =>
  (v, p) => {
    const known = Object.keys(values).length > 0;
    if (typeof v === "string" && (known ? v in values : VALUE_PATTERN.test(v))) return v as T;
    throw new CorruptRecord(p, what);
  };

const shape = object({
  id: str,
  recipient: str,
  kind: declared<NotificationKind>(NOTIFICATION_KIND_VALUES, "a notification kind"),
  subject: nullable(object({ type: declared<SubjectType>(SUBJECT_TYPE_VALUES, "a subject type"), id: str })),
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
