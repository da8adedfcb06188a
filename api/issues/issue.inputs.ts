import "reflect-metadata"; // type-graphql decorators need it loaded before any class is declared
import "./issue.enums.graphql";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { IssueChannel, IssuePriority, IssueSort, IssueState, ResolutionOutcome } from "./issue.enums";

@InputType("IssueAttributeInput")
export class IssueAttributeInput {
  @Field(() => String)
  code!: string;

  @Field(() => [String])
  values!: string[];
}

@InputType("ReportIssueInput")
export class ReportIssueInput {
  @Field(() => String, { description: "Chosen by the client per report (e.g. a UUID); a retry with the same key returns the same issue." })
  idempotencyKey!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  categoryCode!: string;

  @Field(() => ID)
  gridId!: string;

  @Field(() => ID, { nullable: true })
  buildingId?: string | null;

  @Field(() => Float, { nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => [String], { nullable: true, description: "References to uploaded photos or videos (https URLs), at most 9." })
  mediaUrls?: string[] | null;

  @Field(() => IssueChannel)
  channel!: IssueChannel;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  anonymous?: boolean | null;

  @Field(() => [IssueAttributeInput], { nullable: true })
  attributes?: IssueAttributeInput[] | null;
}

/** Every transition names the issue and, optionally, the version the caller saw. */
@InputType("IssueTransitionInput")
export class IssueTransitionInput {
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

@InputType("AcceptIssueInput")
export class AcceptIssueInput extends IssueNoteInput {
  @Field(() => String, { nullable: true, description: "Reclassify; default: the reported category." })
  categoryCode?: string | null;

  @Field(() => IssuePriority, { nullable: true, description: "Default: the category's default priority." })
  priority?: IssuePriority | null;
}

@InputType("RejectIssueInput")
export class RejectIssueInput extends IssueTransitionInput {
  @Field(() => String)
  reason!: string;
}

@InputType("MergeIssueInput")
export class MergeIssueInput extends IssueNoteInput {
  @Field(() => ID, { description: "The open issue this one duplicates." })
  duplicateOfId!: string;
}

@InputType("AssignIssueInput")
export class AssignIssueInput extends IssueNoteInput {
  @Field(() => ID, { nullable: true, description: "The unit that handles it (default: the handling unit)." })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: "The person who handles it." })
  assigneeId?: string | null;
}

@InputType("ReasonInput")
export class ReasonInput extends IssueTransitionInput {
  @Field(() => String)
  reason!: string;
}

@InputType("ResolveIssueInput")
export class ResolveIssueInput extends IssueTransitionInput {
  @Field(() => ResolutionOutcome)
  outcome!: ResolutionOutcome;

  @Field(() => String, { description: "What was done." })
  result!: string;
}

@InputType("CloseIssueInput")
export class CloseIssueInput extends IssueNoteInput {
  @Field(() => Int, { description: "The reporter's satisfaction, 1–5; 1 or 2 sends the issue back for rework instead of closing it." })
  satisfaction!: number;
}

@InputType("SuperviseIssueInput", { description: "督办 from a level above: the urging note is required." })
export class SuperviseIssueInput extends IssueTransitionInput {
  @Field(() => String, { description: "The urging note (at most 500 characters)." })
  note!: string;
}

@InputType("CommentIssueInput")
export class CommentIssueInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
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

  @Field(() => [IssueState], { nullable: true })
  states?: IssueState[] | null;

  @Field(() => String, { nullable: true })
  categoryCode?: string | null;

  @Field(() => IssuePriority, { nullable: true })
  priority?: IssuePriority | null;

  @Field(() => Boolean, { nullable: true, description: "Only open issues past their deadline." })
  overdue?: boolean | null;

  @Field(() => ID, { nullable: true })
  assigneeId?: string | null;

  @Field(() => Boolean, { nullable: true })
  reportedByMe?: boolean | null;

  @Field(() => String, { nullable: true, description: "ISO 8601, inclusive." })
  createdAfter?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 8601, inclusive." })
  createdBefore?: string | null;

  @Field(() => IssueSort, { nullable: true, defaultValue: IssueSort.NEWEST, description: "DUE_SOONEST lists open, assigned issues by deadline." })
  sort?: IssueSort | null;
}
