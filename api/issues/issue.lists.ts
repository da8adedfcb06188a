// Which DynamoDB key serves which issue list. Every supported filter maps to one partition
// (or, for several states, a merge of one partition per state); anything else is refused
// up front rather than served by a read-and-discard filter.
import { visiblePage } from "../kit/page";
import { IssueSort, type IssueState } from "./issue.enums";
import { OrgUnitKind } from "../org";
import { pageSize } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput } from "../errors";
import { personInScope, requireActor } from "../auth/guards";
import { loadUnitInScope } from "../org";
import { queryMergedPage, type Page } from "../store/ops";
import { canSee, present } from "./issue.view";
import * as store from "./issue.store";

export interface IssueFilterInput {
  under?: string | null;
  states?: IssueState[] | null;
  categoryCode?: string | null;
  priority?: import("./issue.enums").IssuePriority | null;
  overdue?: boolean | null;
  assigneeId?: string | null;
  reportedByMe?: boolean | null;
  createdAfter?: string | null;
  createdBefore?: string | null;
  sort?: IssueSort | null;
}

function isoBound(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined) return null;
  return new Date(valid.isoDate(value, field)).toISOString();
}

export async function listIssues(ctx: GridnetContext, filter: IssueFilterInput = {}, first?: number | null, after?: string | null) {
  const actor = requireActor(ctx);
  const size = pageSize(first);
  const states = [...new Set(filter.states ?? [])];
  const categoryCode = valid.optionalKey(filter.categoryCode, "categoryCode");
  const dimensions = [states.length > 0, Boolean(categoryCode), Boolean(filter.priority), Boolean(filter.overdue), Boolean(filter.assigneeId), Boolean(filter.reportedByMe)].filter(
    Boolean,
  ).length;
  if (dimensions > 1) throw badInput("Filter by at most one of states, categoryCode, priority, overdue, assigneeId, reportedByMe (each is served by its own index).", "filter");
  const bySoonest = filter.sort === IssueSort.DUE_SOONEST || Boolean(filter.overdue);
  if (bySoonest && dimensions > (filter.overdue ? 1 : 0)) throw badInput("DUE_SOONEST lists open issues by deadline and combines with no other filter.", "filter");
  const from = isoBound(filter.createdAfter, "createdAfter");
  const to = isoBound(filter.createdBefore, "createdBefore");
  if (bySoonest && (from || to)) throw badInput("The created range does not combine with deadlines.", "filter");
  const range: [string, string] | undefined = from || to ? [from ?? "0", `${to ?? "9999"}\uffff`] : undefined;

  let page: Page<{ issueId: string }>;
  if (filter.reportedByMe || filter.assigneeId) {
    if (filter.under) throw badInput("`under` does not combine with reportedByMe or assigneeId.", "under");
    const partition = filter.reportedByMe ? store.partitions.reporter(actor.sub) : store.partitions.assignee(await visiblePerson(ctx, filter.assigneeId!));
    page = await store.listIndex(ctx.db, { partition, first: size, after, descending: true, sortBetween: range });
  } else {
    const unitId = await listableUnit(ctx, filter.under ?? actor.orgId);
    if (bySoonest) {
      const now = ctx.now().toISOString();
      page = await store.listIndex(ctx.db, {
        partition: store.partitions.due(unitId),
        first: size,
        after,
        sortBetween: filter.overdue ? ["0", now] : undefined,
        list: filter.overdue ? "overdue" : undefined,
      });
    } else if (states.length > 1) {
      page = await queryMergedPage(
        ctx.db,
        states.map((s) => store.partitions.state(unitId, s)),
        size,
        after,
        range,
      );
    } else {
      const partition =
        states.length === 1
          ? store.partitions.state(unitId, states[0])
          : categoryCode
            ? store.partitions.category(unitId, categoryCode)
            : filter.priority
              ? store.partitions.priority(unitId, filter.priority)
              : store.partitions.all(unitId);
      page = await store.listIndex(ctx.db, { partition, first: size, after, descending: true, sortBetween: range });
    }
  }
  // Index entries only say where to look: each issue then passes the single read's rule, so an
  // issue assigned across streets, or filed under a unit that has since moved, cannot slip
  // through a list. A page may therefore hold fewer than `first` edges; endCursor still
  // continues after everything read.
  const now = ctx.now();
  return visiblePage(
    page,
    (entry) => entry.issueId,
    ctx.loaders.issue,
    (issue) => canSee(actor, issue),
    (issue) => present(ctx, actor, issue, now),
  );
}

/** A unit whose issues the actor may list: in scope, and a level issues are indexed under. */
async function listableUnit(ctx: GridnetContext, id: string): Promise<string> {
  const actor = requireActor(ctx);
  // The actor's own unit needs no read: its scope was resolved when the request began.
  if (id === actor.orgId) return id;
  const unit = await loadUnitInScope(ctx, id, "under");
  if (unit.kind === OrgUnitKind.BUILDING) throw badInput("Issues are listed by grid and above; filter by the building's grid.", "under");
  return unit.id;
}

/** A person whose assignments the actor may list: themselves, or someone whose unit is in scope. */
async function visiblePerson(ctx: GridnetContext, personId: string): Promise<string> {
  const id = valid.id(personId, "assigneeId");
  return id === requireActor(ctx).sub ? id : (await personInScope(ctx, id, "assigneeId")).id;
}
