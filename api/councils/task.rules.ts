// Resolutions become work: an adopted item's tasks and the residents' demands raised at a
// meeting are filed as issues through the issue loop (channel COUNCIL), each with its council
// task written in the issue's own transaction; the issue loop keeps the task in step through
// the `issueChanged` guard (councils.module.ts), so the council's progress is read from its
// task keys, never by scanning issues.
import type { CouncilTaskInput as CouncilTaskInputClass } from "./meeting.type";
import { requestDigest } from "../kit/digest";
import { badInput, DomainError } from "../errors";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { IssueChannel, IssueState, reportIssue, type IssueRecord } from "../issues";
import { OrgUnitKind } from "../org";
import { awaitClaim, claimItem, readClaim, sameRequest } from "../store/idempotency";
import { transact, type TransactItem } from "../store/ops";
import type { CouncilRecord, MeetingRecord, TaskLinkRecord, TaskRecord } from "./council.codec";
import { TaskOrigin, TaskStanding, VoteOutcome } from "./council.enums";
import * as store from "./council.store";
import { presentMeeting } from "./council.view";
import { loadCouncil, meetingFor } from "./meeting.rules";

const MAX_TASKS = 20;

/** The input as the contract declares it (meeting.type.ts): one definition. */
export type TaskInput = CouncilTaskInputClass;

/** Where an issue's state puts its task in the notebook. */
export function standingOf(state: IssueState): TaskStanding {
  if (state === IssueState.CLOSED) return TaskStanding.CLOSED;
  if (state === IssueState.REJECTED || state === IssueState.MERGED) return TaskStanding.DROPPED;
  return TaskStanding.OPEN;
}

/** A task as its issue stands now. */
export function taskOf(link: TaskLinkRecord, issue: IssueRecord): TaskRecord {
  return { ...link, standing: standingOf(issue.state), issueState: issue.state, dueAt: link.councilDueAt ?? issue.dueAt, closedAt: issue.closedAt };
}

/**
 * The guard the issue loop asks on every transition: a council task's entry moves with its
 * issue's standing and deadline in the same transaction. Issues not filed by a council, and
 * changes that move neither, cost nothing; the rest one key read (the link).
 */
export async function issueChanged(ctx: GridnetContext, before: IssueRecord | null, after: IssueRecord): Promise<TransactItem[]> {
  if (!before || after.channel !== IssueChannel.COUNCIL) return [];
  if (before.state === after.state && before.dueAt === after.dueAt && before.closedAt === after.closedAt) return [];
  const link = await store.getTaskLink(ctx.db, after.id);
  return link ? store.movedTaskItems(ctx.db, taskOf(link, before), taskOf(link, after)) : [];
}

interface CheckedTask extends Omit<TaskInput, "dueAt"> {
  dueAt: string | null;
}

/** Every task checked before the first is filed: bad input anywhere writes nothing. */
async function checkTasks(ctx: GridnetContext, council: CouncilRecord, inputs: TaskInput[], field: string): Promise<CheckedTask[]> {
  checkCount(inputs, field);
  const catalogue = await ctx.loaders.categories.load(council.unitIds[0]);
  const checked: CheckedTask[] = [];
  for (const t of inputs) {
    const gridId = valid.id(t.gridId, "gridId");
    const grid = await ctx.loaders.orgUnit.load(gridId);
    if (!grid || grid.kind !== OrgUnitKind.GRID) throw badInput(`${valid.excerpt(gridId)} is not a grid.`, "gridId");
    if (!grid.path.startsWith(`${council.unitPath}/`)) throw badInput(`${grid.name} is not in ${council.name}'s unit.`, "gridId");
    const categoryCode = valid.key(t.categoryCode, "categoryCode");
    if (!catalogue.some((c) => c.code === categoryCode && c.active)) throw badInput(`Unknown category ${categoryCode}.`, "categoryCode");
    checked.push({
      title: valid.text(t.title, "title", 80),
      description: valid.text(t.description, "description", 2000),
      categoryCode,
      gridId,
      dueAt: t.dueAt === null || t.dueAt === undefined ? null : new Date(Date.parse(valid.isoDate(t.dueAt, "dueAt"))).toISOString(),
    });
  }
  return checked;
}

/**
 * Files each task as an issue through the loop, with its council task in the same
 * transaction. Each task's report key is derived from the command's key and its position, so
 * a retried command (even one cut off halfway) files each task once.
 */
async function file(ctx: GridnetContext, meeting: MeetingRecord, council: CouncilRecord, itemId: string | null, origin: TaskOrigin, key: string, tasks: CheckedTask[]) {
  const filed = [];
  for (const [i, t] of tasks.entries()) {
    const result = await reportIssue(
      ctx,
      {
        idempotencyKey: `${origin === TaskOrigin.RESOLUTION ? "cr" : "cd"}.${key}.${i + 1}`,
        title: t.title,
        description: t.description,
        categoryCode: t.categoryCode,
        gridId: t.gridId,
        channel: IssueChannel.COUNCIL,
      },
      {
        extra: (issue) => {
          const link: TaskLinkRecord = {
            issueId: issue.id,
            councilId: council.id,
            meetingId: meeting.id,
            itemId,
            origin,
            title: t.title,
            councilDueAt: t.dueAt,
            createdAt: issue.createdAt,
          };
          return store.newTaskItems(ctx.db, taskOf(link, issue));
        },
      },
    );
    filed.push(result.issue);
  }
  return filed;
}

const taskKey = (value: string) => valid.key(value, "idempotencyKey", 48);

/**
 * The command's own claim on its key, put before the first task is filed: the tasks' keys
 * derive from it, so without it the same key sent with one more task, or for another item or
 * meeting, would file what the first request never asked for. The same request finds its claim
 * and files on (each task's report answers as a repeat); a different one is BAD_USER_INPUT.
 */
async function claim(ctx: GridnetContext, actorId: string, key: string, meetingId: string, hash: string) {
  const found = await readClaim(ctx.db, actorId, key);
  if (found) return void sameRequest(found, hash, "set of tasks");
  const outcome = await transact(ctx.db, [claimItem(ctx.db, actorId, key, { resultId: meetingId, requestHash: hash }, ctx.now())]);
  if (!outcome.ok) sameRequest(await awaitClaim(ctx.db, actorId, key), hash, "set of tasks");
}

/** The list's size is input, refused before the meeting is even read. */
function checkCount(list: unknown[], field: string) {
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_TASKS) throw badInput(`Give 1 to ${MAX_TASKS} ${field}.`, field);
}

/** An adopted agenda item's resolution becomes tracked issues (like 光荣社区's 12 key tasks). */
export async function createResolutionIssues(ctx: GridnetContext, input: { meetingId: string; itemId: string; idempotencyKey: string; tasks: TaskInput[] }) {
  const key = taskKey(input.idempotencyKey);
  const itemId = valid.key(input.itemId, "itemId");
  checkCount(input.tasks, "tasks");
  const { actor, meeting } = await meetingFor(ctx, input.meetingId, "resolve");
  const item = meeting.agenda.find((i) => i.id === itemId);
  if (!item) throw badInput(`No agenda item ${valid.excerpt(itemId)} on this meeting.`, "itemId");
  if (item.vote?.outcome !== VoteOutcome.ADOPTED) {
    throw new DomainError("INVALID_TRANSITION", `Item ${item.order} is ${item.vote?.outcome ?? "not decided"}; only an adopted item creates work.`, {
      state: item.vote?.outcome ?? "UNDECIDED",
      action: "createResolutionIssues",
    });
  }
  const council = await loadCouncil(ctx, meeting.councilId);
  const tasks = await checkTasks(ctx, council, input.tasks, "tasks");
  await claim(ctx, actor.sub, key, meeting.id, requestDigest("createResolutionIssues", { meetingId: meeting.id, itemId: item.id, tasks }));
  const issues = await file(ctx, meeting, council, item.id, TaskOrigin.RESOLUTION, key, tasks);
  return { meeting: presentMeeting(actor, meeting), issues };
}

/** Residents' demands raised at a meeting become tracked issues too. */
export async function raiseDemands(ctx: GridnetContext, input: { meetingId: string; idempotencyKey: string; demands: TaskInput[] }) {
  const key = taskKey(input.idempotencyKey);
  checkCount(input.demands, "demands");
  const { actor, meeting } = await meetingFor(ctx, input.meetingId, "demands");
  const council = await loadCouncil(ctx, meeting.councilId);
  const demands = await checkTasks(ctx, council, input.demands, "demands");
  await claim(ctx, actor.sub, key, meeting.id, requestDigest("raiseDemands", { meetingId: meeting.id, demands }));
  const issues = await file(ctx, meeting, council, null, TaskOrigin.DEMAND, key, demands);
  return { meeting: presentMeeting(actor, meeting), issues };
}

/** The issue ids an agenda item (or, itemId null, the residents' demands) of a meeting created. */
export function meetingTaskIds(ctx: GridnetContext, meetingId: string, itemId: string | null) {
  return store.listMeetingTaskIds(ctx.db, meetingId, itemId);
}
