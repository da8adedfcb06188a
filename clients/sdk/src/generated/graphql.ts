/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptIssueInput = {
  /** Reclassify; default: the reported category. */
  categoryCode?: string | null | undefined;
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** Default: the category's default priority. */
  priority?: IssuePriority | null | undefined;
};

export type AssignIssueInput = {
  /** The person who handles it. */
  assigneeId?: string | number | null | undefined;
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** The unit that handles it (default: the handling unit). */
  unitId?: string | number | null | undefined;
};

/** Open311 attribute datatypes. */
export type AttributeDatatype =
  | 'DATETIME'
  | 'MULTIVALUELIST'
  | 'NUMBER'
  | 'SINGLEVALUELIST'
  | 'STRING'
  | 'TEXT';

export type CloseIssueInput = {
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** The reporter's satisfaction, 1–5; 1 or 2 sends the issue back for rework instead of closing it. */
  satisfaction: number;
};

export type CommentIssueInput = {
  id: string | number;
  text: string;
};

export type HandlingLevel =
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'STREET';

export type IssueAttributeInput = {
  code: string;
  values: Array<string>;
};

export type IssueChannel =
  | 'CAMERA'
  | 'COUNCIL'
  | 'GRID_PATROL'
  | 'HOTLINE'
  | 'MINI_PROGRAM'
  | 'WEB';

/** Every filter is served by one DynamoDB key: choose at most one of state(s), category, priority, overdue, assigneeId, reportedByMe; createdAfter/createdBefore combine with any but overdue. */
export type IssueFilter = {
  assigneeId?: string | number | null | undefined;
  categoryCode?: string | null | undefined;
  /** ISO 8601, inclusive. */
  createdAfter?: string | null | undefined;
  /** ISO 8601, inclusive. */
  createdBefore?: string | null | undefined;
  /** Only open issues past their deadline. */
  overdue?: boolean | null | undefined;
  priority?: IssuePriority | null | undefined;
  reportedByMe?: boolean | null | undefined;
  /** DUE_SOONEST lists open, assigned issues by deadline. */
  sort?: IssueSort | null | undefined;
  states?: Array<IssueState> | null | undefined;
  /** Issues located beneath this unit (any level); default: your scope unit. */
  under?: string | number | null | undefined;
};

/** A transition with an optional note for the timeline. */
export type IssueNoteInput = {
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
};

/** Sets the deadline through the SLA. */
export type IssuePriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type IssueSort =
  | 'DUE_SOONEST'
  | 'NEWEST';

export type IssueState =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'MERGED'
  | 'REJECTED'
  | 'REPORTED'
  | 'RESOLVED';

export type MergeIssueInput = {
  /** The open issue this one duplicates. */
  duplicateOfId: string | number;
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
};

/** What happened to the subject. */
export type NotificationKind =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'OVERDUE'
  | 'REOPENED'
  | 'RESOLVED'
  | 'RETURNED'
  | 'SUPERVISED';

export type OrgUnitKind =
  | 'BUILDING'
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'GRID'
  | 'STREET'
  | 'TOWN'
  | 'VILLAGE';

export type ReasonInput = {
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  reason: string;
};

export type RejectIssueInput = {
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  reason: string;
};

export type ReportIssueInput = {
  address?: string | null | undefined;
  anonymous?: boolean | null | undefined;
  attributes?: Array<IssueAttributeInput> | null | undefined;
  buildingId?: string | number | null | undefined;
  categoryCode: string;
  channel: IssueChannel;
  description: string;
  gridId: string | number;
  /** Chosen by the client per report (e.g. a UUID); a retry with the same key returns the same issue. */
  idempotencyKey: string;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  /** References to uploaded photos or videos (https URLs), at most 9. */
  mediaUrls?: Array<string> | null | undefined;
  title: string;
};

export type ReporterKind =
  | 'COMMAND_CENTRE'
  | 'COUNCIL'
  | 'GRID_WORKER'
  | 'RESIDENT'
  | 'VOLUNTEER';

export type ResolutionOutcome =
  | 'FIXED'
  | 'NOT_FIXABLE'
  | 'NOT_RESPONSIBLE';

export type ResolveIssueInput = {
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  outcome: ResolutionOutcome;
  /** What was done. */
  result: string;
};

/** An actor's role; what it may do is bounded by its scope unit. */
export type Role =
  | 'COMMUNITY_ADMIN'
  | 'DISTRICT_ADMIN'
  | 'GRID_WORKER'
  | 'PARTNER'
  | 'RESIDENT'
  | 'STREET_ADMIN'
  | 'VOLUNTEER';

/** The kind of record a notification is about. */
export type SubjectType =
  | 'ISSUE';

/** 督办 from a level above: the urging note is required. */
export type SuperviseIssueInput = {
  /** The version you read; CONFLICT if the issue changed since. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** The urging note (at most 500 characters). */
  note: string;
};

export type TimelineEventKind =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'COMMENTED'
  | 'ESCALATED'
  | 'MERGED'
  | 'REJECTED'
  | 'REOPENED'
  | 'REPORTED'
  | 'RESOLVED'
  | 'RETURNED'
  | 'REWORKED'
  | 'STARTED'
  | 'SUPERVISED';

export type IssueSummaryFragment = { id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } };

export type IssueDetailFragment = { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } };

export type IssueQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueQuery = { issue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type IssuesQueryVariables = Exact<{
  filter?: IssueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IssuesQuery = { issues: { edges: Array<{ node: { id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ code: string, name: string, group: string, description: string, keywords: Array<string>, defaultPriority: IssuePriority, attributes: Array<{ code: string, datatype: AttributeDatatype, description: string, required: boolean, order: number, values: Array<{ key: string, name: string }> }> }> };

export type ReportIssueMutationVariables = Exact<{
  input: ReportIssueInput;
}>;


export type ReportIssueMutation = { reportIssue: { created: boolean, issue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } }, duplicateSuggestions: Array<{ id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } }> } };

export type AcceptIssueMutationVariables = Exact<{
  input: AcceptIssueInput;
}>;


export type AcceptIssueMutation = { acceptIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type RejectIssueMutationVariables = Exact<{
  input: RejectIssueInput;
}>;


export type RejectIssueMutation = { rejectIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type MergeIssueMutationVariables = Exact<{
  input: MergeIssueInput;
}>;


export type MergeIssueMutation = { mergeIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type AssignIssueMutationVariables = Exact<{
  input: AssignIssueInput;
}>;


export type AssignIssueMutation = { assignIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type EscalateIssueMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type EscalateIssueMutation = { escalateIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type ReturnIssueMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type ReturnIssueMutation = { returnIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type StartIssueMutationVariables = Exact<{
  input: IssueNoteInput;
}>;


export type StartIssueMutation = { startIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type ResolveIssueMutationVariables = Exact<{
  input: ResolveIssueInput;
}>;


export type ResolveIssueMutation = { resolveIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type CloseIssueMutationVariables = Exact<{
  input: CloseIssueInput;
}>;


export type CloseIssueMutation = { closeIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type ReopenIssueMutationVariables = Exact<{
  input: ReasonInput;
}>;


export type ReopenIssueMutation = { reopenIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type SuperviseIssueMutationVariables = Exact<{
  input: SuperviseIssueInput;
}>;


export type SuperviseIssueMutation = { superviseIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type CommentIssueMutationVariables = Exact<{
  input: CommentIssueInput;
}>;


export type CommentIssueMutation = { commentIssue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } };

export type MyNotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { edges: Array<{ node: { id: string, kind: NotificationKind, message: string, createdAt: string, read: boolean, subject: { type: SubjectType, id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  unitId?: string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type OrgUnitSummaryFragment = { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number };

export type HealthQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthQuery = { health: { ok: boolean, version: string, time: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: Role, scope: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } } };

export type OrgUnitQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrgUnitQuery = { orgUnit: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number, ancestors: Array<{ id: string, name: string, kind: OrgUnitKind }>, partyBranch: { name: string, secretary: string, memberCount: number } | null, gridWorkers: Array<{ id: string, name: string, phone: string | null }>, children: { edges: Array<{ node: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type OrgUnitsQueryVariables = Exact<{
  kind: OrgUnitKind;
  under?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrgUnitsQuery = { orgUnits: { edges: Array<{ node: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SearchOrgUnitsQueryVariables = Exact<{
  name: string;
  under?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchOrgUnitsQuery = { searchOrgUnits: { edges: Array<{ node: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const IssueSummaryFragmentDoc = new TypedDocumentString(`
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
    `, {"fragmentName":"IssueSummary"}) as unknown as TypedDocumentString<IssueSummaryFragment, unknown>;
export const IssueDetailFragmentDoc = new TypedDocumentString(`
    fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}`, {"fragmentName":"IssueDetail"}) as unknown as TypedDocumentString<IssueDetailFragment, unknown>;
export const OrgUnitSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}
    `, {"fragmentName":"OrgUnitSummary"}) as unknown as TypedDocumentString<OrgUnitSummaryFragment, unknown>;
export const IssueDocument = new TypedDocumentString(`
    query Issue($id: ID!) {
  issue(id: $id) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<IssueQuery, IssueQueryVariables>;
export const IssuesDocument = new TypedDocumentString(`
    query Issues($filter: IssueFilter, $first: Int, $after: String) {
  issues(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        ...IssueSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}`) as unknown as TypedDocumentString<IssuesQuery, IssuesQueryVariables>;
export const CategoriesDocument = new TypedDocumentString(`
    query Categories {
  categories {
    code
    name
    group
    description
    keywords
    defaultPriority
    attributes {
      code
      datatype
      description
      required
      order
      values {
        key
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoriesQuery, CategoriesQueryVariables>;
export const ReportIssueDocument = new TypedDocumentString(`
    mutation ReportIssue($input: ReportIssueInput!) {
  reportIssue(input: $input) {
    created
    issue {
      ...IssueDetail
    }
    duplicateSuggestions {
      ...IssueSummary
    }
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ReportIssueMutation, ReportIssueMutationVariables>;
export const AcceptIssueDocument = new TypedDocumentString(`
    mutation AcceptIssue($input: AcceptIssueInput!) {
  acceptIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<AcceptIssueMutation, AcceptIssueMutationVariables>;
export const RejectIssueDocument = new TypedDocumentString(`
    mutation RejectIssue($input: RejectIssueInput!) {
  rejectIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<RejectIssueMutation, RejectIssueMutationVariables>;
export const MergeIssueDocument = new TypedDocumentString(`
    mutation MergeIssue($input: MergeIssueInput!) {
  mergeIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<MergeIssueMutation, MergeIssueMutationVariables>;
export const AssignIssueDocument = new TypedDocumentString(`
    mutation AssignIssue($input: AssignIssueInput!) {
  assignIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<AssignIssueMutation, AssignIssueMutationVariables>;
export const EscalateIssueDocument = new TypedDocumentString(`
    mutation EscalateIssue($input: ReasonInput!) {
  escalateIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<EscalateIssueMutation, EscalateIssueMutationVariables>;
export const ReturnIssueDocument = new TypedDocumentString(`
    mutation ReturnIssue($input: ReasonInput!) {
  returnIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ReturnIssueMutation, ReturnIssueMutationVariables>;
export const StartIssueDocument = new TypedDocumentString(`
    mutation StartIssue($input: IssueNoteInput!) {
  startIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<StartIssueMutation, StartIssueMutationVariables>;
export const ResolveIssueDocument = new TypedDocumentString(`
    mutation ResolveIssue($input: ResolveIssueInput!) {
  resolveIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ResolveIssueMutation, ResolveIssueMutationVariables>;
export const CloseIssueDocument = new TypedDocumentString(`
    mutation CloseIssue($input: CloseIssueInput!) {
  closeIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<CloseIssueMutation, CloseIssueMutationVariables>;
export const ReopenIssueDocument = new TypedDocumentString(`
    mutation ReopenIssue($input: ReasonInput!) {
  reopenIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<ReopenIssueMutation, ReopenIssueMutationVariables>;
export const SuperviseIssueDocument = new TypedDocumentString(`
    mutation SuperviseIssue($input: SuperviseIssueInput!) {
  superviseIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<SuperviseIssueMutation, SuperviseIssueMutationVariables>;
export const CommentIssueDocument = new TypedDocumentString(`
    mutation CommentIssue($input: CommentIssueInput!) {
  commentIssue(input: $input) {
    ...IssueDetail
  }
}
    fragment IssueSummary on Issue {
  id
  title
  state
  priority
  categoryCode
  handlingLevel
  dueAt
  overdue
  version
  createdAt
  updatedAt
  grid {
    id
    name
  }
  handlingUnit {
    id
    name
  }
}
fragment IssueDetail on Issue {
  ...IssueSummary
  description
  channel
  mediaUrls
  supervisionCount
  reworkCount
  returnCount
  satisfaction
  mergedIntoId
  duplicateIds
  rejectReason
  closedAt
  location {
    gridId
    buildingId
    latitude
    longitude
    address
  }
  attributes {
    code
    values
  }
  reporter {
    kind
    anonymous
    personId
    name
  }
  assignedUnit {
    id
    name
  }
  assignee {
    id
    name
  }
  resolution {
    outcome
    note
  }
  timeline {
    version
    kind
    at
    actorId
    actorRole
    fromState
    toState
    note
    automatic
  }
}`) as unknown as TypedDocumentString<CommentIssueMutation, CommentIssueMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int, $after: String) {
  myNotifications(first: $first, after: $after) {
    edges {
      node {
        id
        kind
        subject {
          type
          id
        }
        message
        createdAt
        read
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!, $unitId: ID) {
  markNotificationsRead(ids: $ids, unitId: $unitId)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const HealthDocument = new TypedDocumentString(`
    query Health {
  health {
    ok
    version
    time
  }
}
    `) as unknown as TypedDocumentString<HealthQuery, HealthQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    role
    scope {
      ...OrgUnitSummary
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OrgUnitDocument = new TypedDocumentString(`
    query OrgUnit($id: ID!, $first: Int, $after: String) {
  orgUnit(id: $id) {
    ...OrgUnitSummary
    ancestors {
      id
      name
      kind
    }
    partyBranch {
      name
      secretary
      memberCount
    }
    gridWorkers {
      id
      name
      phone
    }
    children(first: $first, after: $after) {
      edges {
        node {
          ...OrgUnitSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<OrgUnitQuery, OrgUnitQueryVariables>;
export const OrgUnitsDocument = new TypedDocumentString(`
    query OrgUnits($kind: OrgUnitKind!, $under: ID, $first: Int, $after: String) {
  orgUnits(kind: $kind, under: $under, first: $first, after: $after) {
    edges {
      node {
        ...OrgUnitSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const SearchOrgUnitsDocument = new TypedDocumentString(`
    query SearchOrgUnits($name: String!, $under: ID, $first: Int, $after: String) {
  searchOrgUnits(name: $name, under: $under, first: $first, after: $after) {
    edges {
      node {
        ...OrgUnitSummary
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OrgUnitSummary on OrgUnit {
  id
  kind
  code
  name
  path
  parentId
  version
}`) as unknown as TypedDocumentString<SearchOrgUnitsQuery, SearchOrgUnitsQueryVariables>;