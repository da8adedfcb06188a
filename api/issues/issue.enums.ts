// The issue loop's vocabulary as plain enums: no GraphQL here, so the sweep and stream
// Lambdas load them without type-graphql. issue.enums.graphql.ts names them in the contract.

/** The closed loop (report → assess → assign → handle → feedback → close); issue.policy.ts has the moves. */
export enum IssueState {
  REPORTED = "REPORTED",
  ACCEPTED = "ACCEPTED",
  ASSIGNED = "ASSIGNED",
  IN_PROGRESS = "IN_PROGRESS",
  RESOLVED = "RESOLVED",
  CLOSED = "CLOSED",
  REJECTED = "REJECTED",
  MERGED = "MERGED",
}

export enum IssuePriority {
  LOW = "LOW",
  NORMAL = "NORMAL",
  HIGH = "HIGH",
  URGENT = "URGENT",
}

export enum IssueChannel {
  MINI_PROGRAM = "MINI_PROGRAM",
  WEB = "WEB",
  GRID_PATROL = "GRID_PATROL",
  CAMERA = "CAMERA",
  COUNCIL = "COUNCIL",
  HOTLINE = "HOTLINE",
}

export enum ReporterKind {
  RESIDENT = "RESIDENT",
  GRID_WORKER = "GRID_WORKER",
  VOLUNTEER = "VOLUNTEER",
  COUNCIL = "COUNCIL",
  COMMAND_CENTRE = "COMMAND_CENTRE",
}

/** FIXED is kept apart from the other outcomes: merging them inflates "% fixed". */
export enum ResolutionOutcome {
  FIXED = "FIXED",
  NOT_FIXABLE = "NOT_FIXABLE",
  NOT_RESPONSIBLE = "NOT_RESPONSIBLE",
}

export enum HandlingLevel {
  COMMUNITY = "COMMUNITY",
  STREET = "STREET",
  DISTRICT = "DISTRICT",
}

export enum TimelineEventKind {
  REPORTED = "REPORTED",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  MERGED = "MERGED",
  ASSIGNED = "ASSIGNED",
  RETURNED = "RETURNED",
  STARTED = "STARTED",
  RESOLVED = "RESOLVED",
  CLOSED = "CLOSED",
  REOPENED = "REOPENED",
  /** The reporter's unsatisfied close (satisfaction 1–2) sent the work back: rework, never a close. */
  REWORKED = "REWORKED",
  ESCALATED = "ESCALATED",
  SUPERVISED = "SUPERVISED",
  COMMENTED = "COMMENTED",
}

export enum AttributeDatatype {
  STRING = "STRING",
  NUMBER = "NUMBER",
  DATETIME = "DATETIME",
  TEXT = "TEXT",
  SINGLEVALUELIST = "SINGLEVALUELIST",
  MULTIVALUELIST = "MULTIVALUELIST",
}

export enum IssueSort {
  NEWEST = "NEWEST",
  DUE_SOONEST = "DUE_SOONEST",
}
