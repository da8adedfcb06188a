// What a notification is about, as a plain enum (the stream Lambda loads it without GraphQL).
export enum NotificationKind {
  ASSIGNED = "ASSIGNED",
  RETURNED = "RETURNED",
  OVERDUE = "OVERDUE",
  SUPERVISED = "SUPERVISED",
  RESOLVED = "RESOLVED",
  CLOSED = "CLOSED",
  REOPENED = "REOPENED",
}

/** What a notification is about; each feature that notifies adds its subject here. */
export enum SubjectType {
  ISSUE = "ISSUE",
}
