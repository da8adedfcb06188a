// The issue as an aggregate of the command runner (api/kit/command.ts): how it is read, who
// relates to it how (the relations ISSUE_ACTIONS names), who sent a version (its timeline
// event), and what one change writes — the issue at its new version, its timeline event, its
// index entries, the outbox, and what other features keep in step with it (ctx.hooks).
import { inScope, isAdmin, belowScope, type Actor } from "../auth/actor";
import type { GridnetContext } from "../context";
import type { AggregateType, Written } from "../kit/command";
import type { NotificationRecord } from "../notifications/notification.store";
import type { Db } from "../store/dynamo";
import type { TransactItem } from "../store/ops";
import type { IssueState } from "./issue.enums";
import { ISSUE_ACTIONS, type Action } from "./issue.machine";
import type { ActionRelation } from "./issue.policy";
import * as store from "./issue.store";
import type { EventRecord, IssueRecord } from "./issue.store";
import { canSee, handles, isReporter, present, type IssueView } from "./issue.view";

/** What a transition adds to its transaction beside the issue and its event. */
export interface IssueEffects {
  /** The timeline event's note. */
  note?: string | null;
  notifications?: (issue: IssueRecord, at: string) => NotificationRecord[];
  /** Items that must hold or be written with the change (a duplicate link). */
  extra?: (issue: IssueRecord) => TransactItem[];
}

/** The people who carry the work out: the assignee, or admins over the handling or the assigned unit. */
async function works(ctx: GridnetContext, actor: Actor, issue: IssueRecord): Promise<boolean> {
  if (issue.assigneeId === actor.sub) return true;
  if (!isAdmin(actor)) return false;
  const unit = issue.assignedUnitId ? await ctx.loaders.orgUnit.load(issue.assignedUnitId) : null;
  return handles(actor, issue) || (unit !== null && inScope(actor, unit.path));
}

/**
 * The timeline event a change to `issue` (already at its new version) writes; no actor: automatic.
 * `hash` digests the request that caused it, so a repeat of that request is recognised.
 */
export function timelineEvent(
  issue: IssueRecord,
  actor: Actor | null,
  kind: EventRecord["kind"],
  fromState: IssueState | null,
  note: string | null,
  at: string,
  hash: string | null = null,
): EventRecord {
  return {
    issueId: issue.id,
    version: issue.version,
    kind,
    at,
    actorId: actor?.sub ?? null,
    actorRole: actor?.role ?? null,
    fromState,
    toState: issue.state,
    note,
    automatic: actor === null,
    requestHash: hash,
  };
}

/** One change's transaction; `followers`: what other features write with it. */
export function writeIssueChange(db: Db, w: Written<IssueRecord, IssueEffects>, followers: TransactItem[] = []) {
  const effects = w.effects ?? {};
  return store.writeTransition(db, {
    before: w.before,
    after: w.after,
    event: timelineEvent(w.after, w.actor, ISSUE_ACTIONS[w.action as Action].event, w.before.state, effects.note ?? null, w.at, w.requestHash),
    notifications: effects.notifications?.(w.after, w.at) ?? [],
    extra: [...w.leading, ...(effects.extra?.(w.after) ?? []), ...followers],
  });
}

export const ISSUE: AggregateType<IssueRecord, IssueView, IssueState, ActionRelation, IssueEffects> = {
  name: "Issue",
  actions: ISSUE_ACTIONS,
  read: (ctx, id) => store.getIssue(ctx.db, id),
  visible: canSee,
  relations: {
    visible: (_ctx, actor, issue) => canSee(actor, issue),
    handler: (_ctx, actor, issue) => handles(actor, issue),
    worker: works,
    reporterOrHandler: (_ctx, actor, issue) => isReporter(actor, issue) || handles(actor, issue),
    above: (_ctx, actor, issue) => belowScope(actor, issue.handlingPath),
  },
  state: (issue) => issue.state,
  async senderOf(ctx, issue, version) {
    const event = await store.getEvent(ctx.db, issue.id, version);
    return event && { actorId: event.actorId, requestHash: event.requestHash };
  },
  // A person's change asks the other features for their part (a council's task notebook).
  async write(ctx, w) {
    return writeIssueChange(ctx.db, w, await ctx.hooks.issueChanged(ctx, w.before, w.after));
  },
  remember(ctx, issue) {
    ctx.loaders.issue.clear(issue.id).prime(issue.id, issue);
    ctx.loaders.history.clear(issue.id);
  },
  present: (ctx, actor, issue, now) => present(ctx, actor, issue, now),
};
