import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import "./issue.enums.graphql";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateTime } from "../../schema/common/date-time";
import { IssueChannel, IssuePriority, IssueSort, IssueState, ResolutionOutcome } from "./issue.enums";
import { References, Subject } from "../../schema/common/privacy";

@InputType("IssueAttributeInput", { description: "An answer to one of the category's attributes." })
export class IssueAttributeInput {
  @Field(() => String, { description: "The attribute's code (CategoryAttribute.code)." })
  code!: string;

  @Field(() => [String], { description: "One value; several (distinct keys) for MULTIVALUELIST attributes." })
  values!: string[];
}

@InputType("ReportIssueInput", { description: "A new issue (发现): what, where, and through which channel." })
export class ReportIssueInput {
  @Field(() => String, { description: "Chosen by the client per report (e.g. a UUID); a retry with the same key returns the same issue." })
  idempotencyKey!: string;

  @Field(() => String, { description: "A short title, at most 80 characters." })
  title!: string;

  @Field(() => String, { description: "What you saw, at most 2,000 characters." })
  description!: string;

  @Field(() => String, { description: "An active category of your district's catalogue (`categories`)." })
  categoryCode!: string;

  @Subject("OrgUnit")
  @Field(() => ID, { description: "The grid the problem is in; it must be in your scope." })
  gridId!: string;

  @References("OrgUnit")
  @Field(() => ID, { nullable: true, description: "A building or courtyard of that grid." })
  buildingId?: string | null;

  @Field(() => Float, { nullable: true, description: "WGS 84 latitude; give both coordinates or neither." })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: "WGS 84 longitude; give both coordinates or neither." })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: "The exact address, at most 200 characters (hidden from partners and other residents)." })
  address?: string | null;

  @Field(() => [String], { nullable: true, description: "References to uploaded photos or videos (https URLs), at most 9." })
  mediaUrls?: string[] | null;

  @Field(() => IssueChannel, { description: "Where the report comes in." })
  channel!: IssueChannel;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Hide who reported from everyone but the handling unit's admins." })
  anonymous?: boolean | null;

  @Field(() => [IssueAttributeInput], { nullable: true, description: "Answers to the category's attributes; every required one must be answered." })
  attributes?: IssueAttributeInput[] | null;
}

/** Every transition names the issue and, optionally, the version the caller saw. */
@InputType("IssueTransitionInput", { description: "A step of the loop on one issue, with the version you saw." })
export class IssueTransitionInput {
  @Subject("Issue")
  @Field(() => ID, { description: "The issue." })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The version you read; CONFLICT if the issue changed since — unless this same request of yours moved it from that version (a retry), which returns the issue as it is now.",
  })
  expectedVersion?: number | null;
}

/** Transitions that take an optional note for the timeline. */
@InputType("IssueNoteInput", { description: "A transition with an optional note for the timeline." })
export class IssueNoteInput extends IssueTransitionInput {
  @Field(() => String, { nullable: true, description: "Written to the timeline event (at most 500 characters)." })
  note?: string | null;
}

@InputType("AcceptIssueInput", { description: "Assess (研判) and accept a reported issue." })
export class AcceptIssueInput extends IssueNoteInput {
  @Field(() => String, { nullable: true, description: "Reclassify; default: the reported category." })
  categoryCode?: string | null;

  @Field(() => IssuePriority, { nullable: true, description: "Default: the category's default priority." })
  priority?: IssuePriority | null;
}

@InputType("RejectIssueInput", { description: "Assess and reject a reported issue that is not a valid report." })
export class RejectIssueInput extends IssueTransitionInput {
  @Field(() => String, { description: "Why it is rejected (at most 500 characters); shown to the reporter." })
  reason!: string;
}

@InputType("MergeIssueInput", { description: "Assess a reported issue as a duplicate and merge it into the open one." })
export class MergeIssueInput extends IssueNoteInput {
  @References("Issue")
  @Field(() => ID, { description: "The open issue this one duplicates." })
  duplicateOfId!: string;
}

@InputType("AssignIssueInput", { description: "Dispatch (交办) an accepted issue to a unit and/or a person." })
export class AssignIssueInput extends IssueNoteInput {
  @References("OrgUnit")
  @Field(() => ID, { nullable: true, description: "The unit that handles it (default: the handling unit)." })
  unitId?: string | null;

  @References("Person")
  @Field(() => ID, { nullable: true, description: "The person who handles it." })
  assigneeId?: string | null;
}

@InputType("ReasonInput", { description: "A step that must say why: escalate, return, reopen." })
export class ReasonInput extends IssueTransitionInput {
  @Field(() => String, { description: "Why (at most 500 characters); written to the timeline." })
  reason!: string;
}

@InputType("ResolveIssueInput", { description: "Report back (反馈) on an issue in progress." })
export class ResolveIssueInput extends IssueTransitionInput {
  @Field(() => ResolutionOutcome, { description: "Whether it was fixed; FIXED is counted apart from the rest." })
  outcome!: ResolutionOutcome;

  @Field(() => String, { description: "What was done (at most 1,000 characters)." })
  result!: string;
}

@InputType("CloseIssueInput", { description: "Verify and close (销号) a resolved issue with the reporter's satisfaction." })
export class CloseIssueInput extends IssueNoteInput {
  @Field(() => Int, { description: "The reporter's satisfaction, 1–5; 1 or 2 sends the issue back for rework instead of closing it." })
  satisfaction!: number;
}

@InputType("SuperviseIssueInput", { description: "督办 from a level above: the urging note is required." })
export class SuperviseIssueInput extends IssueTransitionInput {
  @Field(() => String, { description: "The urging note (at most 500 characters)." })
  note!: string;
}

@InputType("CommentIssueInput", { description: "A comment on an issue you can see; the state does not change." })
export class CommentIssueInput {
  @Subject("Issue")
  @Field(() => ID, { description: "The issue." })
  id!: string;

  @Field(() => String, { description: "The comment (at most 1,000 characters)." })
  text!: string;

  @Field(() => String, { description: "Chosen by the client per comment (e.g. a UUID); a retry with the same key returns the issue without commenting twice." })
  idempotencyKey!: string;
}

@InputType("IssueFilter", {
  description:
    "Every filter is served by one DynamoDB key: choose at most one of state(s), category, priority, overdue, assigneeId, reportedByMe; createdAfter/createdBefore combine with any but overdue.",
})
export class IssueFilter {
  @Field(() => ID, { nullable: true, description: "Issues located beneath this unit (any level); default: your scope unit." })
  under?: string | null;

  @Field(() => [IssueState], { nullable: true, description: "Only issues in one of these states." })
  states?: IssueState[] | null;

  @Field(() => String, { nullable: true, description: "Only issues of this category." })
  categoryCode?: string | null;

  @Field(() => IssuePriority, { nullable: true, description: "Only issues of this priority." })
  priority?: IssuePriority | null;

  @Field(() => Boolean, { nullable: true, description: "Only open issues past their deadline." })
  overdue?: boolean | null;

  @Subject("Person")
  @Field(() => ID, { nullable: true, description: "Only issues assigned to this person." })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only issues you reported." })
  reportedByMe?: boolean | null;

  @Field(() => DateTime, { nullable: true, description: "Only issues reported at or after this instant." })
  createdAfter?: string | null;

  @Field(() => DateTime, { nullable: true, description: "Only issues reported at or before this instant." })
  createdBefore?: string | null;

  @Field(() => IssueSort, { nullable: true, defaultValue: IssueSort.NEWEST, description: "DUE_SOONEST lists open, assigned issues by deadline." })
  sort?: IssueSort | null;
}
