// Thin GraphQL bindings for the issue loop; every rule lives in issue.rules.ts and issue.lists.ts.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Category } from "./category.type";
import {
  AcceptIssueInput,
  AssignIssueInput,
  CloseIssueInput,
  CommentIssueInput,
  IssueFilter,
  IssueNoteInput,
  MergeIssueInput,
  ReasonInput,
  RejectIssueInput,
  ReportIssueInput,
  ResolveIssueInput,
  SuperviseIssueInput,
} from "./issue.inputs";
import { Person } from "../people/person.type";
import { Issue, IssueConnection, IssueReporter, ReportIssuePayload, TimelineEvent } from "./issue.type";
import { OrgUnit } from "../org";
import { requireActor } from "../auth/guards";
import { AFTER_DOC, INPUT_DOC, PAGE_SIZE_DOC } from "../../schema/common/argument-docs";
import type { GridnetContext } from "../context";
import * as orgRules from "../org";
import { listIssues } from "./issue.lists";
import * as rules from "./issue.rules";
import * as view from "./issue.view";
import type { IssueView } from "./issue.view";

@Resolver(() => Issue)
export class IssueResolver {
  @Query(() => Issue, { nullable: true, description: "One issue you may see, with its timeline; null when it does not exist or you may not see it." })
  issue(@Arg("id", () => ID, { description: "The issue's id (`is_…`)." }) id: string, @Ctx() ctx: GridnetContext) {
    return rules.findVisibleIssue(ctx, id);
  }

  @Query(() => IssueConnection, { description: "Issues beneath a unit (default: your scope), newest first or due soonest; see IssueFilter." })
  issues(
    @Arg("filter", () => IssueFilter, { nullable: true, description: "Which issues; default: all beneath your scope unit, newest first." }) filter: IssueFilter | null,
    @Arg("first", () => Int, { nullable: true, description: PAGE_SIZE_DOC }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: AFTER_DOC }) after: string | null,
    @Ctx() ctx: GridnetContext,
  ) {
    return listIssues(ctx, filter ?? {}, first, after);
  }

  @Mutation(() => ReportIssuePayload, { description: "Report a problem (发现). Idempotent per idempotencyKey." })
  reportIssue(@Arg("input", () => ReportIssueInput, { description: INPUT_DOC }) input: ReportIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.reportIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Assess (研判): accept, optionally reclassifying and setting the priority." })
  acceptIssue(@Arg("input", () => AcceptIssueInput, { description: INPUT_DOC }) input: AcceptIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.acceptIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Assess: reject an invalid report, with a reason." })
  rejectIssue(@Arg("input", () => RejectIssueInput, { description: INPUT_DOC }) input: RejectIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.rejectIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Assess: merge into the open issue it duplicates (linked both ways)." })
  mergeIssue(@Arg("input", () => MergeIssueInput, { description: INPUT_DOC }) input: MergeIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.mergeIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Dispatch (交办) to a unit and/or a person; the SLA clock starts." })
  assignIssue(@Arg("input", () => AssignIssueInput, { description: INPUT_DOC }) input: AssignIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.assignIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Escalate (上报) handling one level up: community → street → district." })
  escalateIssue(@Arg("input", () => ReasonInput, { description: INPUT_DOC }) input: ReasonInput, @Ctx() ctx: GridnetContext) {
    return rules.escalateIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Return (回退) a wrong dispatch, with a reason." })
  returnIssue(@Arg("input", () => ReasonInput, { description: INPUT_DOC }) input: ReasonInput, @Ctx() ctx: GridnetContext) {
    return rules.returnIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Start handling (办理)." })
  startIssue(@Arg("input", () => IssueNoteInput, { description: INPUT_DOC }) input: IssueNoteInput, @Ctx() ctx: GridnetContext) {
    return rules.startIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Report back (反馈) with the result and an outcome." })
  resolveIssue(@Arg("input", () => ResolveIssueInput, { description: INPUT_DOC }) input: ResolveIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.resolveIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Verify and close (销号) with the reporter's satisfaction; 1–2 sends it back for rework." })
  closeIssue(@Arg("input", () => CloseIssueInput, { description: INPUT_DOC }) input: CloseIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.closeIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Reopen a resolved issue for rework (返工)." })
  reopenIssue(@Arg("input", () => ReasonInput, { description: INPUT_DOC }) input: ReasonInput, @Ctx() ctx: GridnetContext) {
    return rules.reopenIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Supervise (督办) from a level above: an urging note, counted." })
  superviseIssue(@Arg("input", () => SuperviseIssueInput, { description: INPUT_DOC }) input: SuperviseIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.superviseIssue(ctx, input);
  }

  @Mutation(() => Issue, { description: "Comment on an issue you can see (partners cannot); the state does not change." })
  commentIssue(@Arg("input", () => CommentIssueInput, { description: INPUT_DOC }) input: CommentIssueInput, @Ctx() ctx: GridnetContext) {
    return rules.commentIssue(ctx, input);
  }

  @FieldResolver(() => Category, { nullable: true, description: "The catalogue entry of categoryCode; null if it has left the catalogue." })
  async category(@Root() issue: IssueView, @Ctx() ctx: GridnetContext) {
    const catalogue = await ctx.loaders.categories.load(issue.locationUnitIds[0]);
    return catalogue.find((c) => c.code === issue.categoryCode) ?? null;
  }

  @FieldResolver(() => OrgUnit, { description: "The grid the issue is in." })
  async grid(@Root() issue: IssueView, @Ctx() ctx: GridnetContext) {
    return unit(ctx, issue.location.gridId);
  }

  @FieldResolver(() => OrgUnit, { description: "The community or village, street or town, or district that handles it (assesses, assigns, closes)." })
  async handlingUnit(@Root() issue: IssueView, @Ctx() ctx: GridnetContext) {
    return unit(ctx, issue.handlingUnitId);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: "The unit the issue was dispatched to; null before assignment." })
  async assignedUnit(@Root() issue: IssueView, @Ctx() ctx: GridnetContext) {
    return issue.assignedUnitId ? unit(ctx, issue.assignedUnitId) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The person handling it; null before assignment, when assigned to a unit only, or when the details are hidden from you.",
  })
  async assignee(@Root() issue: IssueView, @Ctx() ctx: GridnetContext): Promise<Person | null> {
    if (!issue.assigneeId || !issue.detailed) return null;
    return view.presentAssignee(requireActor(ctx), issue, await ctx.loaders.person.load(issue.assigneeId));
  }

  @FieldResolver(() => IssueReporter, { description: "Who reported it (hidden from most readers when anonymous)." })
  reporter(@Root() issue: IssueView, @Ctx() ctx: GridnetContext) {
    return view.presentReporter(ctx, issue);
  }

  @FieldResolver(() => [TimelineEvent], { description: "Every step from the report on, oldest first." })
  async timeline(@Root() issue: IssueView, @Ctx() ctx: GridnetContext) {
    const { events } = await ctx.loaders.history.load(issue.id);
    return view.presentEvents(requireActor(ctx), issue, events);
  }

  @FieldResolver(() => [ID], { description: "Issues merged into this one as duplicates." })
  async duplicateIds(@Root() issue: IssueView, @Ctx() ctx: GridnetContext) {
    return (await ctx.loaders.history.load(issue.id)).duplicateIds;
  }
}

/** Units an issue names reach its readers as references (an escalated issue names the street). */
async function unit(ctx: GridnetContext, id: string) {
  const found = await ctx.loaders.orgUnit.load(id);
  if (!found) throw new Error(`Issue references missing unit ${id}`);
  return orgRules.presentReference(requireActor(ctx), found);
}
