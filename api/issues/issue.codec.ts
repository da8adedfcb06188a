// An issue and its timeline events as stored, checked on the way out of the table.
import { ROLES, type Role } from "../auth/actor";
import { arrayOf, bool, decode, int, nullable, num, object, oneOf, str, type Infer } from "../store/codec";
import { HandlingLevel, IssueChannel, IssuePriority, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";

export type IssueRecord = Infer<typeof issueShape>;

export type EventRecord = Infer<typeof eventShape>;

const issueShape = object({
  id: str,
  title: str,
  description: str,
  categoryCode: str,
  priority: oneOf(IssuePriority),
  state: oneOf(IssueState),
  channel: oneOf(IssueChannel),
  location: object({ gridId: str, buildingId: nullable(str), latitude: nullable(num), longitude: nullable(num), address: nullable(str) }),
  /** The grid's ancestors and the grid: the units the issue is listed under. */
  locationUnitIds: arrayOf(str),
  locationPath: str,
  mediaUrls: arrayOf(str),
  attributes: arrayOf(object({ code: str, values: arrayOf(str) })),
  reporter: object({ kind: oneOf(ReporterKind), anonymous: bool, personId: str, name: nullable(str), role: oneOf<Role>(ROLES) }),
  handlingLevel: oneOf(HandlingLevel),
  handlingUnitId: str,
  handlingPath: str,
  assignedUnitId: nullable(str),
  assigneeId: nullable(str),
  dueAt: nullable(str),
  /** The deadline the overdue sweep last supervised, so each deadline is supervised once. */
  overdueSupervisedFor: nullable(str),
  supervisionCount: int,
  reworkCount: int,
  returnCount: int,
  satisfaction: nullable(int),
  resolution: nullable(object({ outcome: oneOf(ResolutionOutcome), note: str })),
  mergedIntoId: nullable(str),
  rejectReason: nullable(str),
  version: int,
  createdAt: str,
  updatedAt: str,
  closedAt: nullable(str),
});

const eventShape = object({
  issueId: str,
  version: int,
  kind: oneOf(TimelineEventKind),
  at: str,
  actorId: nullable(str),
  actorRole: nullable(oneOf<Role>(ROLES)),
  fromState: nullable(oneOf(IssueState)),
  toState: oneOf(IssueState),
  note: nullable(str),
  automatic: bool,
  /** Digest of the request that caused the event (null: automatic, or written before it was kept); recognises a repeat. */
  requestHash: nullable(str),
});

export function decodeIssue(item: unknown): IssueRecord {
  return decode(issueShape, item, "Issue");
}

export function decodeEvent(item: unknown): EventRecord {
  return decode(eventShape, item, "IssueEvent");
}
