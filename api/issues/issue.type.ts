import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import "./issue.enums.graphql";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Role } from "../../schema/common/role.enum";
import { Connection } from "../../schema/common/connection.type";
import { OrgUnit } from "../org/org-unit.type";
import { Category } from "./category.type";
import { Person } from "../people/person.type";
import { HandlingLevel, IssueChannel, IssuePriority, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";

@ObjectType("IssueAttribute", { description: "An answer to one of the category's attributes." })
export class IssueAttribute {
  @Field(() => String)
  code!: string;

  @Field(() => [String], { description: "One value, or several for multi-value lists." })
  values!: string[];
}

@ObjectType("IssueLocation")
export class IssueLocation {
  @Field(() => ID)
  gridId!: string;

  @Field(() => ID, { nullable: true })
  buildingId!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType("IssueReporter", { description: "Who reported. For anonymous reports only the handling unit's admins see the person." })
export class IssueReporter {
  @Field(() => ReporterKind)
  kind!: ReporterKind;

  @Field(() => Boolean)
  anonymous!: boolean;

  @Field(() => ID, { nullable: true, description: "Null when hidden from you." })
  personId!: string | null;

  @Field(() => String, { nullable: true, description: "Null when hidden from you; masked for partners." })
  name!: string | null;
}

@ObjectType("IssueResolution")
export class IssueResolution {
  @Field(() => ResolutionOutcome)
  outcome!: ResolutionOutcome;

  @Field(() => String)
  note!: string;
}

@ObjectType("TimelineEvent", { description: "One immutable step of an issue's history." })
export class TimelineEvent {
  @Field(() => Int, { description: "The issue's version this event produced; events are numbered without gaps." })
  version!: number;

  @Field(() => TimelineEventKind)
  kind!: TimelineEventKind;

  @Field(() => String)
  at!: string;

  @Field(() => ID, { nullable: true, description: "Null for automatic events (the overdue sweep) and for hidden reporters." })
  actorId!: string | null;

  @Field(() => Role, { nullable: true })
  actorRole!: Role | null;

  @Field(() => IssueState, { nullable: true })
  fromState!: IssueState | null;

  @Field(() => IssueState)
  toState!: IssueState;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Boolean, { description: "True for events written by the system (overdue supervision)." })
  automatic!: boolean;
}

@ObjectType("Issue", { description: "A resident's problem or demand (问题 / 诉求 / 事件), followed from report to close." })
export class Issue {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  categoryCode!: string;

  @Field(() => Category, { nullable: true })
  category!: Category | null;

  @Field(() => IssuePriority)
  priority!: IssuePriority;

  @Field(() => IssueState)
  state!: IssueState;

  @Field(() => IssueChannel)
  channel!: IssueChannel;

  @Field(() => IssueLocation)
  location!: IssueLocation;

  @Field(() => OrgUnit, { description: "The grid the issue is in." })
  grid!: OrgUnit;

  @Field(() => [String])
  mediaUrls!: string[];

  @Field(() => [IssueAttribute])
  attributes!: IssueAttribute[];

  @Field(() => IssueReporter)
  reporter!: IssueReporter;

  @Field(() => HandlingLevel)
  handlingLevel!: HandlingLevel;

  @Field(() => OrgUnit)
  handlingUnit!: OrgUnit;

  @Field(() => OrgUnit, { nullable: true, description: "The unit the issue was dispatched to." })
  assignedUnit!: OrgUnit | null;

  @Field(() => Person, { nullable: true })
  assignee!: Person | null;

  @Field(() => String, { nullable: true, description: "The SLA deadline, set when the issue is assigned." })
  dueAt!: string | null;

  @Field(() => Boolean, { description: "Open and past its deadline." })
  overdue!: boolean;

  @Field(() => Int)
  supervisionCount!: number;

  @Field(() => Int, { description: "Times the issue was sent back for rework (返工)." })
  reworkCount!: number;

  @Field(() => Int, { description: "Times a dispatch was returned as wrong (回退)." })
  returnCount!: number;

  @Field(() => Int, { nullable: true, description: "The reporter's satisfaction at close, 1–5." })
  satisfaction!: number | null;

  @Field(() => IssueResolution, { nullable: true })
  resolution!: IssueResolution | null;

  @Field(() => ID, { nullable: true })
  mergedIntoId!: string | null;

  @Field(() => [ID], { description: "Issues merged into this one as duplicates." })
  duplicateIds!: string[];

  @Field(() => String, { nullable: true })
  rejectReason!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  createdAt!: string;

  @Field(() => String)
  updatedAt!: string;

  @Field(() => String, { nullable: true })
  closedAt!: string | null;

  @Field(() => [TimelineEvent])
  timeline!: TimelineEvent[];
}

export const IssueConnection = Connection(Issue, "Issue");
export type IssueConnection = InstanceType<typeof IssueConnection>;

@ObjectType("ReportIssuePayload")
export class ReportIssuePayload {
  @Field(() => Issue)
  issue!: Issue;

  @Field(() => Boolean, { description: "False when the idempotency key had already created this issue (a retry)." })
  created!: boolean;

  @Field(() => [Issue], { description: "Open issues of the same category in the same grid (within ~50 m when both have coordinates)." })
  duplicateSuggestions!: Issue[];
}
