/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Assess (研判) and accept a reported issue. */
export type AcceptIssueInput = {
  /** Reclassify; default: the reported category. */
  categoryCode?: string | null | undefined;
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** Default: the category's default priority. */
  priority?: IssuePriority | null | undefined;
};

/** Dispatch (交办) an accepted issue to a unit and/or a person. */
export type AssignIssueInput = {
  /** The person who handles it. */
  assigneeId?: string | number | null | undefined;
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** The unit that handles it (default: the handling unit). */
  unitId?: string | number | null | undefined;
};

/** Open311 attribute datatypes: what kind of answer a category's attribute takes. */
export type AttributeDatatype =
  /** A date or date-time as an ISO 8601 string, e.g. 2026-11-26. */
  | 'DATETIME'
  /** One or more keys from the attribute's values. */
  | 'MULTIVALUELIST'
  /** A number as a decimal string: up to 12 digits, an optional sign and up to 6 decimals. */
  | 'NUMBER'
  /** Exactly one key from the attribute's values. */
  | 'SINGLEVALUELIST'
  /** One line of text, at most 200 characters. */
  | 'STRING'
  /** Free text, at most 2,000 characters. */
  | 'TEXT';

/** Verify and close (销号) a resolved issue with the reporter's satisfaction. */
export type CloseIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
  /** The reporter's satisfaction, 1–5; 1 or 2 sends the issue back for rework instead of closing it. */
  satisfaction: number;
};

/** A comment on an issue you can see; the state does not change. */
export type CommentIssueInput = {
  /** The issue. */
  id: string | number;
  /** Chosen by the client per comment (e.g. a UUID); a retry with the same key returns the issue without commenting twice. */
  idempotencyKey: string;
  /** The comment (at most 1,000 characters). */
  text: string;
};

/** Which level's command centre handles an issue; escalation moves it up one. */
export type HandlingLevel =
  /** The community or village of the issue's grid (where every issue starts). */
  | 'COMMUNITY'
  /** The district command centre (the top). */
  | 'DISTRICT'
  /** The street or town above it. */
  | 'STREET';

/** An answer to one of the category's attributes. */
export type IssueAttributeInput = {
  /** The attribute's code (CategoryAttribute.code). */
  code: string;
  /** One value; several (distinct keys) for MULTIVALUELIST attributes. */
  values: Array<string>;
};

/** Where a report came in. */
export type IssueChannel =
  /** Spotted on a camera feed by the command centre. */
  | 'CAMERA'
  /** Raised at a resident council or teahouse meeting. */
  | 'COUNCIL'
  /** Found by a grid worker on patrol. */
  | 'GRID_PATROL'
  /** A call to the service hotline, entered by an officer. */
  | 'HOTLINE'
  /** A WeChat mini-program. */
  | 'MINI_PROGRAM'
  /** A web console or page. */
  | 'WEB';

/** Every filter is served by one DynamoDB key: choose at most one of state(s), category, priority, overdue, assigneeId, reportedByMe; createdAfter/createdBefore combine with any but overdue. */
export type IssueFilter = {
  /** Only issues assigned to this person. */
  assigneeId?: string | number | null | undefined;
  /** Only issues of this category. */
  categoryCode?: string | null | undefined;
  /** Only issues reported at or after this instant. */
  createdAfter?: string | null | undefined;
  /** Only issues reported at or before this instant. */
  createdBefore?: string | null | undefined;
  /** Only open issues past their deadline. */
  overdue?: boolean | null | undefined;
  /** Only issues of this priority. */
  priority?: IssuePriority | null | undefined;
  /** Only issues you reported. */
  reportedByMe?: boolean | null | undefined;
  /** DUE_SOONEST lists open, assigned issues by deadline. */
  sort?: IssueSort | null | undefined;
  /** Only issues in one of these states. */
  states?: Array<IssueState> | null | undefined;
  /** Issues located beneath this unit (any level); default: your scope unit. */
  under?: string | number | null | undefined;
};

/** A transition with an optional note for the timeline. */
export type IssueNoteInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
};

/** How urgent an issue is; sets the deadline through the SLA (a category may override each). */
export type IssuePriority =
  /** Due 24 hours after assignment. */
  | 'HIGH'
  /** Due 7 days after assignment. */
  | 'LOW'
  /** Due 72 hours after assignment. */
  | 'NORMAL'
  /** Due 2 hours after assignment. */
  | 'URGENT';

/** The order of an issue list. */
export type IssueSort =
  /** Open, assigned issues by deadline, soonest first; combines with no other filter than `under` (`overdue` lists this way too). */
  | 'DUE_SOONEST'
  /** Newest report first. */
  | 'NEWEST';

/** Where an issue is in the closed loop: report → assess → assign → handle → feedback → close. */
export type IssueState =
  /** Assessed and accepted (研判), waiting to be assigned. */
  | 'ACCEPTED'
  /** Dispatched (交办) to a unit and/or a person; the SLA clock runs. */
  | 'ASSIGNED'
  /** Verified and closed (销号); final. */
  | 'CLOSED'
  /** The assignee is handling it (办理). */
  | 'IN_PROGRESS'
  /** Merged into the open issue it duplicates (mergedIntoId); final. */
  | 'MERGED'
  /** Refused at assessment as not a valid report; final. */
  | 'REJECTED'
  /** Reported (发现), waiting to be assessed by the handling unit's admins. */
  | 'REPORTED'
  /** Handled and reported back (反馈), waiting for the reporter's verdict. */
  | 'RESOLVED';

/** Notifications to mark read: yours, or (admins) those of a unit's outbox. */
export type MarkNotificationsReadInput = {
  /** 1 to 100 notification ids; ids not in the outbox are skipped. */
  ids: Array<string | number>;
  /** A unit in your scope whose outbox they are in; absent: your own outbox. */
  unitId?: string | number | null | undefined;
};

/** Assess a reported issue as a duplicate and merge it into the open one. */
export type MergeIssueInput = {
  /** The open issue this one duplicates. */
  duplicateOfId: string | number;
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Written to the timeline event (at most 500 characters). */
  note?: string | null | undefined;
};

/** What happened to the subject. */
export type NotificationKind =
  /** An issue was dispatched to you or your unit: handle it. */
  | 'ASSIGNED'
  /** An issue you handled or reported was closed. */
  | 'CLOSED'
  /** A meeting of a council you are a member of was cancelled. */
  | 'MEETING_CANCELLED'
  /** A council you are a member of scheduled a meeting: its time, place and agenda are on the meeting. */
  | 'MEETING_SCHEDULED'
  /** An issue passed its deadline and was supervised automatically; sent to the level above the handling unit. */
  | 'OVERDUE'
  /** An issue came back for rework (返工). */
  | 'REOPENED'
  /** An issue you reported was handled: verify and close it. */
  | 'RESOLVED'
  /** A dispatch was returned as wrong (回退): assign it again. */
  | 'RETURNED'
  /** A level above urged an issue on (督办). */
  | 'SUPERVISED';

/** A level of the net, from the district down: district → street or town → community or village → grid → building. */
export type OrgUnitKind =
  /** A building or courtyard (楼栋 / 院落) in a grid. */
  | 'BUILDING'
  /** An urban community (社区) under a street or town. */
  | 'COMMUNITY'
  /** The district (区): the top of the net and its command centre. */
  | 'DISTRICT'
  /** A grid (网格) of a community or village: the patch one grid worker walks. */
  | 'GRID'
  /** An urban street (街道) under the district. */
  | 'STREET'
  /** A town (镇) under the district; the same level as a street. */
  | 'TOWN'
  /** A village (村) under a street or town; the same level as a community. */
  | 'VILLAGE';

/** A step that must say why: escalate, return, reopen. */
export type ReasonInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Why (at most 500 characters); written to the timeline. */
  reason: string;
};

/** Assess and reject a reported issue that is not a valid report. */
export type RejectIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Why it is rejected (at most 500 characters); shown to the reporter. */
  reason: string;
};

/** A new issue (发现): what, where, and through which channel. */
export type ReportIssueInput = {
  /** The exact address, at most 200 characters (hidden from partners and other residents). */
  address?: string | null | undefined;
  /** Hide who reported from everyone but the handling unit's admins. */
  anonymous?: boolean | null | undefined;
  /** Answers to the category's attributes; every required one must be answered. */
  attributes?: Array<IssueAttributeInput> | null | undefined;
  /** A building or courtyard of that grid. */
  buildingId?: string | number | null | undefined;
  /** An active category of your district's catalogue (`categories`). */
  categoryCode: string;
  /** Where the report comes in. */
  channel: IssueChannel;
  /** What you saw, at most 2,000 characters. */
  description: string;
  /** The grid the problem is in; it must be in your scope. */
  gridId: string | number;
  /** Chosen by the client per report (e.g. a UUID); a retry with the same key returns the same issue. */
  idempotencyKey: string;
  /** WGS 84 latitude; give both coordinates or neither. */
  latitude?: number | null | undefined;
  /** WGS 84 longitude; give both coordinates or neither. */
  longitude?: number | null | undefined;
  /** References to uploaded photos or videos (https URLs), at most 9. */
  mediaUrls?: Array<string> | null | undefined;
  /** A short title, at most 80 characters. */
  title: string;
};

/** What kind of reporter filed an issue (from their role). */
export type ReporterKind =
  /** An admin of a command centre: the district, a street or town, or a community or village. */
  | 'COMMAND_CENTRE'
  /** Raised through a resident council or teahouse (channel COUNCIL), whoever entered it. */
  | 'COUNCIL'
  /** A grid worker (网格员). */
  | 'GRID_WORKER'
  /** A resident, for themselves or their neighbours. */
  | 'RESIDENT'
  /** A volunteer. */
  | 'VOLUNTEER';

/** What handling achieved. FIXED is kept apart from the rest, so '% fixed' counts only real fixes. */
export type ResolutionOutcome =
  /** The problem was solved. */
  | 'FIXED'
  /** It cannot be solved (the result says why). */
  | 'NOT_FIXABLE'
  /** Not the government's to solve (e.g. a private dispute); the result says who is. */
  | 'NOT_RESPONSIBLE';

/** Report back (反馈) on an issue in progress. */
export type ResolveIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** Whether it was fixed; FIXED is counted apart from the rest. */
  outcome: ResolutionOutcome;
  /** What was done (at most 1,000 characters). */
  result: string;
};

/** An actor's role; what it may do is bounded by its scope unit. */
export type Role =
  /** A community or village's command centre: the hierarchy and the issue loop (assess, assign, close) within it. */
  | 'COMMUNITY_ADMIN'
  /** The district command centre: everything in the district, the category catalogue included. */
  | 'DISTRICT_ADMIN'
  /** A grid worker (网格员): reports, handles what is assigned to them, sees their grid. */
  | 'GRID_WORKER'
  /** A data-sharing partner: reads only, personal data masked. */
  | 'PARTNER'
  /** A resident: reports, follows and rates their own issues, sees the public status of their community's issues. */
  | 'RESIDENT'
  /** A street or town's command centre: the hierarchy and the issue loop within it; supervises its communities' issues. */
  | 'STREET_ADMIN'
  /** A volunteer: reports and sees within their team's unit. */
  | 'VOLUNTEER';

/** The kind of record a notification is about. */
export type SubjectType =
  /** An Issue: read it with `issue(id:)` or `node(id:)`. */
  | 'ISSUE'
  /** A council's Meeting: read it with `meeting(id:)` or `node(id:)`. */
  | 'MEETING';

/** 督办 from a level above: the urging note is required. */
export type SuperviseIssueInput = {
  /** The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now. */
  expectedVersion?: number | null | undefined;
  /** The issue. */
  id: string | number;
  /** The urging note (at most 500 characters). */
  note: string;
};

/** What one step of an issue's timeline did. */
export type TimelineEventKind =
  /** Assessed and accepted. */
  | 'ACCEPTED'
  /** Dispatched to a unit and/or a person. */
  | 'ASSIGNED'
  /** Verified and closed with the reporter's satisfaction. */
  | 'CLOSED'
  /** A comment; the state is unchanged. */
  | 'COMMENTED'
  /** Handling moved one level up, with a reason. */
  | 'ESCALATED'
  /** Merged into the issue it duplicates. */
  | 'MERGED'
  /** Assessed and rejected, with a reason. */
  | 'REJECTED'
  /** A resolved issue was reopened for rework, with a reason. */
  | 'REOPENED'
  /** The issue was reported. */
  | 'REPORTED'
  /** The assignee reported back with a result. */
  | 'RESOLVED'
  /** The dispatch was returned as wrong (回退), with a reason. */
  | 'RETURNED'
  /** The reporter's unsatisfied close (satisfaction 1–2) sent the work back: rework, never a close. */
  | 'REWORKED'
  /** The assignee started handling it. */
  | 'STARTED'
  /** A level above urged it on (督办), by hand or automatically when overdue; the state is unchanged. */
  | 'SUPERVISED';

export type IssueSummaryFragment = { id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } };

export type IssueDetailFragment = { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } };

export type IssueQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueQuery = { issue: { description: string, channel: IssueChannel, mediaUrls: Array<string>, supervisionCount: number, reworkCount: number, returnCount: number, satisfaction: number | null, mergedIntoId: string | null, duplicateIds: Array<string>, rejectReason: string | null, closedAt: string | null, id: string, title: string, state: IssueState, priority: IssuePriority, categoryCode: string, handlingLevel: HandlingLevel, dueAt: string | null, overdue: boolean, version: number, createdAt: string, updatedAt: string, location: { gridId: string, buildingId: string | null, latitude: number | null, longitude: number | null, address: string | null }, attributes: Array<{ code: string, values: Array<string> }>, reporter: { kind: ReporterKind, anonymous: boolean, personId: string | null, name: string | null }, assignedUnit: { id: string, name: string } | null, assignee: { id: string, name: string } | null, resolution: { outcome: ResolutionOutcome, note: string } | null, timeline: Array<{ version: number, kind: TimelineEventKind, at: string, actorId: string | null, actorRole: Role | null, fromState: IssueState | null, toState: IssueState, note: string | null, automatic: boolean }>, grid: { id: string, name: string }, handlingUnit: { id: string, name: string } } | null };

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
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { markedCount: number } };

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


export type OrgUnitQuery = { orgUnit: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number, ancestors: Array<{ id: string, name: string, kind: OrgUnitKind }>, partyBranch: { name: string, secretary: string, memberCount: number } | null, gridWorkers: Array<{ id: string, name: string, phone: string | null }>, children: { edges: Array<{ node: { id: string, kind: OrgUnitKind, code: string, name: string, path: string, parentId: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

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
    mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    markedCount
  }
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