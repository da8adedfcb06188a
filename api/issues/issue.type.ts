import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import "./issue.enums.graphql";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Role } from "../../schema/common/role.enum";
import { DateTime } from "../../schema/common/date-time";
import { Node } from "../../schema/common/node";
import { Connection } from "../../schema/common/connection.type";
import { OrgUnit } from "../org";
import { Category } from "./category.type";
import { Person } from "../people/person.type";
import { HandlingLevel, IssueChannel, IssuePriority, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";
import { Personal, Safe } from "../../schema/common/privacy";

@ObjectType("IssueAttribute", { description: "An answer to one of the category's attributes." })
export class IssueAttribute {
  @Safe()
  @Field(() => String, { description: "The attribute's code in the category (CategoryAttribute.code)." })
  code!: string;

  @Personal("TEXT")
  @Field(() => [String], { description: "One value, or several for multi-value lists." })
  values!: string[];
}

@ObjectType("IssueLocation", { description: "Where the issue is. Partners and residents reading someone else's issue get no address and coordinates rounded to ~100 m." })
export class IssueLocation {
  @Field(() => ID, { description: "The grid the issue is in." })
  gridId!: string;

  @Field(() => ID, { nullable: true, description: "The building or courtyard in that grid, when the reporter named one." })
  buildingId!: string | null;

  @Field(() => Float, { nullable: true, description: "WGS 84 latitude, when the report carried coordinates (rounded for partners and other residents)." })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: "WGS 84 longitude, when the report carried coordinates (rounded for partners and other residents)." })
  longitude!: number | null;

  @Personal("ADDRESS")
  @Field(() => String, { nullable: true, description: "The exact address as reported; null when none was given or it is hidden from you." })
  address!: string | null;
}

@ObjectType("IssueReporter", { description: "Who reported. For anonymous reports only the handling unit's admins see the person." })
export class IssueReporter {
  @Field(() => ReporterKind, { description: "What kind of reporter filed it." })
  kind!: ReporterKind;

  @Field(() => Boolean, { description: "The reporter asked not to be named." })
  anonymous!: boolean;

  @Field(() => ID, { nullable: true, description: "Null when hidden from you." })
  personId!: string | null;

  @Personal("NAME")
  @Field(() => String, { nullable: true, description: "Null when hidden from you; masked for partners." })
  name!: string | null;
}

@ObjectType("IssueResolution", { description: "What the assignee reported back (反馈) when resolving the issue." })
export class IssueResolution {
  @Field(() => ResolutionOutcome, { description: "Whether it was fixed, cannot be fixed, or is not the government's to fix." })
  outcome!: ResolutionOutcome;

  @Personal("TEXT")
  @Field(() => String, { description: "What was done (masked for partners and other residents)." })
  note!: string;
}

@ObjectType("TimelineEvent", { description: "One immutable step of an issue's history." })
export class TimelineEvent {
  @Field(() => Int, { description: "The issue's version this event produced; events are numbered without gaps." })
  version!: number;

  @Field(() => TimelineEventKind, { description: "What the step did." })
  kind!: TimelineEventKind;

  @Field(() => DateTime, { description: "When it happened." })
  at!: string;

  @Field(() => ID, { nullable: true, description: "Null for automatic events (the overdue sweep) and for hidden reporters." })
  actorId!: string | null;

  @Field(() => Role, { nullable: true, description: "The actor's role at the time; null for automatic events and hidden reporters." })
  actorRole!: Role | null;

  @Field(() => IssueState, { nullable: true, description: "The state before the step; null for the report itself." })
  fromState!: IssueState | null;

  @Field(() => IssueState, { description: "The state after the step (the same as fromState for comments and supervision)." })
  toState!: IssueState;

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "The note, reason, result or comment the step carried (masked for partners and other residents)." })
  note!: string | null;

  @Field(() => Boolean, { description: "True for events written by the system (overdue supervision)." })
  automatic!: boolean;
}

@ObjectType("Issue", {
  implements: Node,
  description: "A resident's problem or demand (问题 / 诉求 / 事件), followed through the loop from report to close.",
})
export class Issue implements Node {
  @Field(() => ID, { description: "`is_` and a ULID; unique across the API (fetch it again with `issue(id:)` or `node(id:)`)." })
  id!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "A short title (at most 80 characters; masked for partners and other residents)." })
  title!: string;

  @Personal("TEXT")
  @Field(() => String, { description: "What the reporter saw (masked for partners and other residents)." })
  description!: string;

  @Safe()
  @Field(() => String, { description: "The category's code, e.g. FACILITY_STREETLIGHT (set at report, changed only by assessment)." })
  categoryCode!: string;

  @Field(() => Category, { nullable: true, description: "The catalogue entry of categoryCode; null if it has left the catalogue." })
  category!: Category | null;

  @Field(() => IssuePriority, { description: "How urgent it is; sets the deadline at assignment." })
  priority!: IssuePriority;

  @Field(() => IssueState, { description: "Where it is in the loop." })
  state!: IssueState;

  @Field(() => IssueChannel, { description: "Where the report came in." })
  channel!: IssueChannel;

  @Field(() => IssueLocation, { description: "Where the issue is." })
  location!: IssueLocation;

  @Field(() => OrgUnit, { description: "The grid the issue is in." })
  grid!: OrgUnit;

  @Personal("WITHHELD")
  @Field(() => [String], { description: "Photos or videos of the problem (https URLs), at most 9." })
  mediaUrls!: string[];

  @Field(() => [IssueAttribute], { description: "The answers to the category's attributes, in the category's order." })
  attributes!: IssueAttribute[];

  @Field(() => IssueReporter, { description: "Who reported it (hidden from most readers when anonymous)." })
  reporter!: IssueReporter;

  @Field(() => HandlingLevel, { description: "Which level's command centre handles it; escalation moves it up." })
  handlingLevel!: HandlingLevel;

  @Field(() => OrgUnit, { description: "The community or village, street or town, or district that handles it (assesses, assigns, closes)." })
  handlingUnit!: OrgUnit;

  @Field(() => OrgUnit, { nullable: true, description: "The unit the issue was dispatched to." })
  assignedUnit!: OrgUnit | null;

  @Field(() => Person, { nullable: true, description: "The person handling it; null before assignment or when it was assigned to a unit only." })
  assignee!: Person | null;

  @Field(() => DateTime, { nullable: true, description: "The SLA deadline, set when the issue is assigned." })
  dueAt!: string | null;

  @Field(() => Boolean, {
    description:
      "Dispatched (ASSIGNED or IN_PROGRESS) and past its deadline: what `issues(filter: { overdue: true })` lists and the sweep supervises. A RESOLVED issue waits on its verification, not on its handler.",
  })
  overdue!: boolean;

  @Field(() => Int, { description: "Times a level above supervised it (督办), by hand or automatically when overdue." })
  supervisionCount!: number;

  @Field(() => Int, { description: "Times the issue was sent back for rework (返工)." })
  reworkCount!: number;

  @Field(() => Int, { description: "Times a dispatch was returned as wrong (回退)." })
  returnCount!: number;

  @Field(() => Int, { nullable: true, description: "The reporter's satisfaction at close, 1–5." })
  satisfaction!: number | null;

  @Field(() => IssueResolution, { nullable: true, description: "What handling achieved; null until the issue is resolved." })
  resolution!: IssueResolution | null;

  @Field(() => ID, { nullable: true, description: "The issue this one was merged into; null unless MERGED." })
  mergedIntoId!: string | null;

  @Field(() => [ID], { description: "Issues merged into this one as duplicates." })
  duplicateIds!: string[];

  @Personal("TEXT")
  @Field(() => String, { nullable: true, description: "Why it was rejected; null unless REJECTED." })
  rejectReason!: string | null;

  @Field(() => Int, { description: "Increases with every step; pass it back as expectedVersion so two officers acting at once get one success and one CONFLICT." })
  version!: number;

  @Field(() => DateTime, { description: "When it was reported." })
  createdAt!: string;

  @Field(() => DateTime, { description: "When it last changed (any step, comments included)." })
  updatedAt!: string;

  @Field(() => DateTime, { nullable: true, description: "When it was closed; null while open." })
  closedAt!: string | null;

  @Field(() => [TimelineEvent], { description: "Every step from the report on, oldest first." })
  timeline!: TimelineEvent[];
}

export const IssueConnection = Connection(Issue, "Issue");
export type IssueConnection = InstanceType<typeof IssueConnection>;

@ObjectType("ReportIssuePayload", { description: "What reportIssue answers: the issue, whether this call created it, and possible duplicates." })
export class ReportIssuePayload {
  @Field(() => Issue, { description: "The reported issue (the first one, when the idempotency key was used before)." })
  issue!: Issue;

  @Field(() => Boolean, { description: "False when the idempotency key had already created this issue (a retry)." })
  created!: boolean;

  @Field(() => [Issue], { description: "Open issues of the same category in the same grid (within ~50 m when both have coordinates)." })
  duplicateSuggestions!: Issue[];
}
