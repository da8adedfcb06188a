// An issue and its timeline events as stored, checked on the way out of the table.
import { ROLES, type Role } from "../auth/actor";
import { arrayOf, bool, decode, int, nullable, num, object, oneOf, str } from "../store/codec";
import { HandlingLevel, IssueChannel, IssuePriority, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";

export interface IssueRecord {
  id: string;
  title: string;
  description: string;
  categoryCode: string;
  priority: IssuePriority;
  state: IssueState;
  channel: IssueChannel;
  location: { gridId: string; buildingId: string | null; latitude: number | null; longitude: number | null; address: string | null };
  /** The grid's ancestors and the grid: the units the issue is listed under. */
  locationUnitIds: string[];
  locationPath: string;
  mediaUrls: string[];
  attributes: { code: string; values: string[] }[];
  reporter: { kind: ReporterKind; anonymous: boolean; personId: string; name: string | null; role: Role };
  handlingLevel: HandlingLevel;
  handlingUnitId: string;
  handlingPath: string;
  assignedUnitId: string | null;
  assigneeId: string | null;
  dueAt: string | null;
  /** The deadline the overdue sweep last supervised, so each deadline is supervised once. */
  overdueSupervisedFor: string | null;
  supervisionCount: number;
  reworkCount: number;
  returnCount: number;
  satisfaction: number | null;
  resolution: { outcome: ResolutionOutcome; note: string } | null;
  mergedIntoId: string | null;
  rejectReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface EventRecord {
  issueId: string;
  version: number;
  kind: TimelineEventKind;
  at: string;
  actorId: string | null;
  actorRole: Role | null;
  fromState: IssueState | null;
  toState: IssueState;
  note: string | null;
  automatic: boolean;
  /** Digest of the request that caused the event (null: automatic, or written before it was kept); recognises a repeat. */
  requestHash: string | null;
}

const issueShape = object({
  id: str,
  title: str,
  description: str,
  categoryCode: str,
  priority: oneOf(IssuePriority),
  state: oneOf(IssueState),
  channel: oneOf(IssueChannel),
  location: object({ gridId: str, buildingId: nullable(str), latitude: nullable(num), longitude: nullable(num), address: nullable(str) }),
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
  requestHash: nullable(str),
});

export function decodeIssue(item: unknown): IssueRecord {
  return decode(issueShape, item, "Issue");
}

export function decodeEvent(item: unknown): EventRecord {
  return decode(eventShape, item, "IssueEvent");
}
