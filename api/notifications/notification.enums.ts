// What a notification is about, as a plain enum (the stream Lambda loads it without GraphQL).
export enum NotificationKind {
  ASSIGNED = "ASSIGNED",
  RETURNED = "RETURNED",
  OVERDUE = "OVERDUE",
  SUPERVISED = "SUPERVISED",
  RESOLVED = "RESOLVED",
  CLOSED = "CLOSED",
  REOPENED = "REOPENED",
  /** A council meeting was scheduled (its members hear of it). */
  MEETING_SCHEDULED = "MEETING_SCHEDULED",
  /** A council meeting was called off. */
  MEETING_CANCELLED = "MEETING_CANCELLED",
}

/** What a notification is about; each feature that notifies adds its subject here. */
export enum SubjectType {
  ISSUE = "ISSUE",
  /** A council meeting: open it with meeting(id). */
  MEETING = "MEETING",
}
