// The domain rules of the issue loop: who may do what to which issue, in which state, with
// what input; what each transition writes and whom it notifies. Resolvers call these; these
// call the stores. Scope and role are checked here on the loaded records, whatever the
// shield decided.
import type { ReportIssueInput as ReportIssueInputClass } from "./issue.inputs";
import { ulid } from "ulid";
import { OrgUnitKind } from "../org";
import { HandlingLevel, IssueChannel, type IssuePriority, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";
import type { NotificationKind } from "../notifications/notification.enums";
import { ISSUE_NOTICES, ISSUE_SUBJECTS } from "./issue.notices";
import { Role, inScope, type Actor } from "../auth/actor";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import type { Db } from "../store/dynamo";
import { DomainError, badInput, conflict, forbidden, notFound } from "../errors";
import { requireActor } from "../auth/guards";
import { loadUnitInScope } from "../org";
import { getUnit, reportHold } from "../org";
import type { TransactItem } from "../store/ops";
import { runCommand } from "../kit/command";
import { createOnce } from "../kit/create";
import { requestDigest } from "../kit/digest";
import { ISSUE, timelineEvent, writeIssueChange, type IssueEffects } from "./issue.aggregate";
import type { CategoryRecord } from "./category.store";
import { validateAttributes } from "./category.rules";
import { ISSUE_ACTIONS, LEVEL_INDEX, MERGE_TARGET_STATES, NEXT_LEVEL, WAITING_STATES, allowedFrom, type Action } from "./issue.machine";
import * as store from "./issue.store";
import type { IssueRecord } from "./issue.store";
import { notification, personRecipient, unitRecipient, type NotificationRecord } from "../notifications/notification.store";
import { canSee, present, type IssueView } from "./issue.view";
import { deadline } from "./sla";
import { unknownReference } from "../privacy/references";

const SATISFIED_FROM = 3;
/** Where a report's (or a comment's) idempotency claim and a report's hold on the grid stand in its transaction. */
const CLAIM_ITEM = store.FIRST_EXTRA_ITEM;
const REPORT_GRID_HOLD = store.FIRST_EXTRA_ITEM + 1;
const NEARBY_METRES = 50;

// ---- loading ----

/**
 * The single read `issue(id)` and `node(id)`: the issue, or null when it does not exist or the
 * actor may not see it — the two are not told apart (docs/contract.md, nullable lookups).
 */
export async function findVisibleIssue(ctx: GridnetContext, id: string): Promise<IssueView | null> {
  const actor = requireActor(ctx);
  const issue = await ctx.loaders.issue.load(valid.id(id, "id"));
  return issue && canSee(actor, issue) ? present(ctx, actor, issue) : null;
}

/** An active category a report or assessment may use. */
async function categoryOf(ctx: GridnetContext, districtId: string, code: string): Promise<CategoryRecord> {
  const category = await slaCategory(ctx, { locationUnitIds: [districtId], categoryCode: code });
  if (!category?.active) throw badInput(`Unknown category ${code}.`, "categoryCode");
  return category;
}

/** The catalogue entry whose SLA an issue follows, even if it was deactivated since. */
async function slaCategory(ctx: GridnetContext, issue: Pick<IssueRecord, "locationUnitIds" | "categoryCode">): Promise<CategoryRecord | null> {
  const catalogue = await ctx.loaders.categories.load(issue.locationUnitIds[0]);
  return catalogue.find((c) => c.code === issue.categoryCode) ?? null;
}

// ---- reporting ----

/** The input as the contract declares it (issue.inputs.ts): one definition. */
export type ReportInput = ReportIssueInputClass;

function reporterKind(actor: Actor, channel: IssueChannel): ReporterKind {
  if (channel === IssueChannel.COUNCIL) return ReporterKind.COUNCIL;
  if (actor.role === Role.RESIDENT) return ReporterKind.RESIDENT;
  if (actor.role === Role.GRID_WORKER) return ReporterKind.GRID_WORKER;
  if (actor.role === Role.VOLUNTEER) return ReporterKind.VOLUNTEER;
  return ReporterKind.COMMAND_CENTRE;
}

function checkCoordinates(latitude?: number | null, longitude?: number | null): { latitude: number | null; longitude: number | null } {
  const lat = latitude ?? null;
  const lon = longitude ?? null;
  if ((lat === null) !== (lon === null)) throw badInput("Give both latitude and longitude, or neither.", "latitude");
  if (lat !== null && (!Number.isFinite(lat) || lat < -90 || lat > 90)) throw badInput("latitude must be between -90 and 90.", "latitude");
  if (lon !== null && (!Number.isFinite(lon) || lon < -180 || lon > 180)) throw badInput("longitude must be between -180 and 180.", "longitude");
  return { latitude: lat, longitude: lon };
}

function checkMedia(urls: string[] | null | undefined): string[] {
  const list = urls ?? [];
  if (list.length > 9) throw badInput("At most 9 media references.", "mediaUrls");
  for (const url of list) {
    if (typeof url !== "string" || url.length > 500 || !/^https:\/\/[^\s]+$/.test(url)) throw badInput(`Not an https URL: ${valid.excerpt(String(url))}`, "mediaUrls");
  }
  return list;
}

/**
 * Files a report. `options.extra` lets a feature that files issues on someone's behalf (a
 * council's resolution) write its own records in the report's transaction, so the issue and
 * what tracks it exist together or not at all; a replayed report writes none of them again.
 */
export async function reportIssue(
  ctx: GridnetContext,
  input: ReportInput,
  options: { extra?: (issue: IssueRecord) => TransactItem[] } = {},
): Promise<{ issue: IssueView; created: boolean; duplicateSuggestions: IssueView[] }> {
  const actor = requireActor(ctx);
  if (actor.role === Role.PARTNER) throw forbidden("Partners read; they do not report.");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const title = valid.text(input.title, "title", 80);
  const description = valid.text(input.description, "description", 2000);
  const address = input.address === null || input.address === undefined ? null : valid.text(input.address, "address", 200);
  const coordinates = checkCoordinates(input.latitude, input.longitude);
  const mediaUrls = checkMedia(input.mediaUrls);
  const grid = await ctx.loaders.orgUnit.load(valid.id(input.gridId, "gridId"));
  if (!grid) throw notFound("Org unit", input.gridId);
  if (grid.kind !== OrgUnitKind.GRID) throw badInput(`${grid.name} is a ${grid.kind}; issues are reported in a GRID.`, "gridId");
  if (!inScope(actor, grid.path)) throw forbidden(`Grid ${grid.id} is outside your scope.`);
  let buildingId: string | null = null;
  const askedBuilding = valid.optionalId(input.buildingId, "buildingId");
  if (askedBuilding) {
    const building = await ctx.loaders.orgUnit.load(askedBuilding);
    if (!building) throw notFound("Org unit", askedBuilding);
    if (building.parentId !== grid.id) throw badInput(`${building.name} is not a building of ${grid.name}.`, "buildingId");
    buildingId = building.id;
  }
  const [districtId, , communityId] = grid.ancestorIds;
  const category = await categoryOf(ctx, districtId, valid.key(input.categoryCode, "categoryCode"));
  const attributes = validateAttributes(category, input.attributes ?? []);
  const community = await ctx.loaders.orgUnit.load(communityId);
  if (!community) throw notFound("Org unit", communityId);

  const hash = requestDigest("reportIssue", [
    title,
    description,
    category.code,
    grid.id,
    buildingId,
    coordinates,
    address,
    mediaUrls,
    input.channel,
    Boolean(input.anonymous),
    attributes,
  ]);
  const reporterName = actor.name ?? (await ctx.loaders.person.load(actor.sub))?.name ?? null;
  // The items other features write with the report, after the claim and the grid hold so their
  // positions stay fixed.
  let followers: TransactItem[] = [];
  return createOnce(ctx, {
    key,
    what: "report",
    requestHash: hash,
    async build(now) {
      const at = now.toISOString();
      const issue: IssueRecord = {
        id: `is_${ulid()}`,
        title,
        description,
        categoryCode: category.code,
        priority: category.defaultPriority,
        state: IssueState.REPORTED,
        channel: input.channel,
        location: { gridId: grid.id, buildingId, ...coordinates, address },
        locationUnitIds: [...grid.ancestorIds, grid.id],
        locationPath: grid.path,
        mediaUrls,
        attributes,
        reporter: {
          kind: reporterKind(actor, input.channel),
          anonymous: Boolean(input.anonymous),
          personId: actor.sub,
          name: reporterName,
          role: actor.role,
        },
        handlingLevel: HandlingLevel.COMMUNITY,
        handlingUnitId: community.id,
        handlingPath: community.path,
        assignedUnitId: null,
        assigneeId: null,
        dueAt: null,
        overdueSupervisedFor: null,
        supervisionCount: 0,
        reworkCount: 0,
        returnCount: 0,
        satisfaction: null,
        resolution: null,
        mergedIntoId: null,
        rejectReason: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
        closedAt: null,
      };
      followers = [...(options.extra?.(issue) ?? []), ...(await ctx.hooks.issueChanged(ctx, null, issue))];
      return issue;
    },
    write: (issue, claim) =>
      store.writeTransition(ctx.db, {
        before: null,
        after: issue,
        event: timelineEvent(issue, actor, TimelineEventKind.REPORTED, null, null, issue.createdAt),
        notifications: [],
        extra: [claim, reportHold(ctx.db, grid), ...followers],
      }),
    claimIndex: CLAIM_ITEM,
    otherFailure(failed) {
      if (failed.includes(REPORT_GRID_HOLD)) throw conflict(`${grid.name} moved while the report was being filed; report it again.`);
      return "conflict";
    },
    answer: (id) => replay(ctx, actor, id),
    async created(issue, now) {
      ctx.loaders.issue.prime(issue.id, issue);
      return { issue: await present(ctx, actor, issue, now), created: true, duplicateSuggestions: await suggestDuplicates(ctx, actor, issue) };
    },
  });
}

async function replay(ctx: GridnetContext, actor: Actor, issueId: string) {
  const issue = await store.getIssue(ctx.db, issueId);
  if (!issue) throw notFound("Issue", issueId);
  return { issue: await present(ctx, actor, issue), created: false, duplicateSuggestions: await suggestDuplicates(ctx, actor, issue) };
}

/** Open issues of the same category in the same grid, within ~50 m when both have coordinates. */
async function suggestDuplicates(ctx: GridnetContext, actor: Actor, issue: IssueRecord): Promise<IssueView[]> {
  const page = await store.listIndex(ctx.db, { partition: store.partitions.category(issue.location.gridId, issue.categoryCode), first: 20, descending: true });
  const candidates = await ctx.loaders.issue.loadMany(page.items.map((i) => i.item.issueId).filter((id) => id !== issue.id));
  const similar = candidates
    .filter((c): c is IssueRecord => c !== null && !(c instanceof Error))
    .filter((c) => canSee(actor, c) && MERGE_TARGET_STATES.includes(c.state) && nearby(issue, c));
  return Promise.all(similar.map((c) => present(ctx, actor, c)));
}

function nearby(a: IssueRecord, b: IssueRecord): boolean {
  const [lat1, lon1, lat2, lon2] = [a.location.latitude, a.location.longitude, b.location.latitude, b.location.longitude];
  if (lat1 === null || lon1 === null || lat2 === null || lon2 === null) return true;
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h)) <= NEARBY_METRES;
}

// ---- transitions ----

/** A message about `issue`, written with the transition that causes it. */
export function notify(recipient: string, kind: NotificationKind, issue: IssueRecord, message: string, at: string): NotificationRecord {
  return notification(recipient, kind, { type: ISSUE_SUBJECTS.ISSUE, id: issue.id }, message, at);
}

interface Change extends IssueEffects {
  after: Partial<IssueRecord>;
}

interface TransitionInput {
  id: string;
  expectedVersion?: number | null;
}

/**
 * Runs one transition through the command runner (api/kit/command.ts): the row of `action`,
 * the version the sender read, the change, one transaction. A repeat (docs/idempotency.md) — the
 * same actor sending the same transition with the same input at the version their first attempt
 * moved the issue from — gets the issue as it is now, and nothing is written again. A keyed
 * request (a comment) is recognised by its claim instead. Without an expected version a lost
 * race is CONFLICT, unless the transition means "as it is now" (`rejudge`: supervision, comments).
 */
function transition(
  ctx: GridnetContext,
  input: TransitionInput,
  action: Action,
  change: (issue: IssueRecord, actor: Actor, now: Date) => Promise<Change> | Change,
  options: { rejudge?: boolean; keyed?: { key: string; hash: string } } = {},
): Promise<IssueView> {
  const { expectedVersion, ...asked } = input;
  return runCommand(ctx, ISSUE, {
    id: input.id,
    idField: "id",
    actions: [action],
    expectedVersion: expectedVersion ?? null,
    requestHash: options.keyed?.hash ?? requestDigest(ISSUE_ACTIONS[action].field, { action, ...asked }),
    rejudge: options.rejudge ?? false,
    key: options.keyed && { key: options.keyed.key, what: action },
    async change(issue, actor, now) {
      const { after, ...effects } = await change(issue, actor, now);
      return { after, effects };
    },
  });
}

const reason = (value: string, field = "reason") => valid.text(value, field, 500);
const optionalNote = (value: string | null | undefined) => (value === null || value === undefined ? null : valid.text(value, "note", 500));

export function acceptIssue(ctx: GridnetContext, input: TransitionInput & { categoryCode?: string | null; priority?: IssuePriority | null; note?: string | null }) {
  const note = optionalNote(input.note);
  return transition(ctx, input, "accept", async (issue) => {
    const category = await categoryOf(ctx, issue.locationUnitIds[0], valid.optionalKey(input.categoryCode, "categoryCode") ?? issue.categoryCode);
    return { after: { categoryCode: category.code, priority: input.priority ?? issue.priority ?? category.defaultPriority }, note };
  });
}

export function rejectIssue(ctx: GridnetContext, input: TransitionInput & { reason: string }) {
  const why = reason(input.reason);
  return transition(ctx, input, "reject", (_issue, _actor, now) => ({ after: { rejectReason: why, closedAt: now.toISOString() }, note: why }));
}

export function mergeIssue(ctx: GridnetContext, input: TransitionInput & { duplicateOfId: string; note?: string | null }) {
  const note = optionalNote(input.note);
  const targetId = valid.id(input.duplicateOfId, "duplicateOfId");
  if (targetId === input.id) throw badInput("An issue cannot duplicate itself.", "duplicateOfId");
  return transition(ctx, input, "merge", async (_issue, actor, now) => {
    const target = await store.getIssue(ctx.db, targetId);
    if (!target) throw notFound("Issue", targetId);
    if (!canSee(actor, target)) throw forbidden(`Issue ${targetId} is outside your scope.`);
    if (!MERGE_TARGET_STATES.includes(target.state)) {
      throw badInput(`Issue ${targetId} is ${target.state}; merge into an open issue.`, "duplicateOfId");
    }
    return {
      after: { mergedIntoId: target.id, closedAt: now.toISOString() },
      note: note ?? `Duplicate of ${target.id}`,
      extra: (merged) => store.duplicateLinkItems(ctx.db, target, merged.id, MERGE_TARGET_STATES),
    };
  });
}

export function assignIssue(ctx: GridnetContext, input: TransitionInput & { unitId?: string | null; assigneeId?: string | null; note?: string | null }) {
  const note = optionalNote(input.note);
  return transition(ctx, input, "assign", async (issue, actor, now) => {
    const unit = await loadUnitInScope(ctx, valid.optionalId(input.unitId, "unitId") ?? issue.handlingUnitId, "unitId");
    let assigneeId: string | null = null;
    const asked = valid.optionalId(input.assigneeId, "assigneeId");
    if (asked) {
      const person = await ctx.loaders.person.load(asked);
      if (!person) throw unknownReference("Person", asked, "assigneeId");
      const home = person.orgId ? await ctx.loaders.orgUnit.load(person.orgId) : null;
      if (!home || !inScope(actor, home.path)) throw forbidden(`${person.id} works outside your scope.`);
      if (person.role === Role.PARTNER || person.role === Role.RESIDENT)
        throw badInput(`${person.id} cannot handle issues: assignees are officers, grid workers or volunteers.`, "assigneeId");
      assigneeId = person.id;
    }
    const category = await slaCategory(ctx, issue);
    const dueAt = deadline(now, issue.priority, category);
    return {
      after: { assignedUnitId: unit.id, assigneeId, dueAt, overdueSupervisedFor: null },
      note,
      notifications: (after, at) => [
        ...(assigneeId ? [notify(personRecipient(assigneeId), ISSUE_NOTICES.ASSIGNED, after, `New assignment: ${after.title} (due ${dueAt})`, at)] : []),
        notify(unitRecipient(unit.id), ISSUE_NOTICES.ASSIGNED, after, `Assigned to ${unit.name}: ${after.title}`, at),
      ],
    };
  });
}

export function escalateIssue(ctx: GridnetContext, input: TransitionInput & { reason: string }) {
  const why = reason(input.reason);
  return transition(ctx, input, "escalate", async (issue) => {
    const level = NEXT_LEVEL[issue.handlingLevel];
    if (!level) throw new DomainError("INVALID_TRANSITION", "The district is the top level; this issue cannot be escalated further.", { state: issue.state, action: "escalate" });
    const unit = await ctx.loaders.orgUnit.load(issue.locationUnitIds[LEVEL_INDEX[level]]);
    if (!unit) throw notFound("Org unit", issue.locationUnitIds[LEVEL_INDEX[level]]);
    return { after: { handlingLevel: level, handlingUnitId: unit.id, handlingPath: unit.path }, note: why };
  });
}

export function returnIssue(ctx: GridnetContext, input: TransitionInput & { reason: string }) {
  const why = reason(input.reason);
  return transition(ctx, input, "return", (issue) => ({
    after: { assignedUnitId: null, assigneeId: null, dueAt: null, returnCount: issue.returnCount + 1 },
    note: why,
    notifications: (after, at) => [notify(unitRecipient(issue.handlingUnitId), ISSUE_NOTICES.RETURNED, after, `Returned as a wrong dispatch: ${after.title} — ${why}`, at)],
  }));
}

export function startIssue(ctx: GridnetContext, input: TransitionInput & { note?: string | null }) {
  const note = optionalNote(input.note);
  return transition(ctx, input, "start", () => ({ after: {}, note }));
}

export function resolveIssue(ctx: GridnetContext, input: TransitionInput & { outcome: ResolutionOutcome; result: string }) {
  const result = valid.text(input.result, "result", 1000);
  if (!Object.values(ResolutionOutcome).includes(input.outcome)) throw badInput("Unknown outcome.", "outcome");
  return transition(ctx, input, "resolve", (issue) => ({
    after: { resolution: { outcome: input.outcome, note: result } },
    note: result,
    notifications: (after, at) => [
      notify(personRecipient(issue.reporter.personId), ISSUE_NOTICES.RESOLVED, after, `Your report "${after.title}" was handled: ${result}`, at),
      notify(unitRecipient(issue.handlingUnitId), ISSUE_NOTICES.RESOLVED, after, `Resolved (${input.outcome}): ${after.title}`, at),
    ],
  }));
}

/**
 * Closing records the reporter's satisfaction. 3–5 closes (销号); 1–2 is not a close at all but
 * rework (返工): its own transition back to ASSIGNED with a REWORKED event, a fresh deadline and
 * the count assessment reads (docs/issue-counting.md).
 */
export function closeIssue(ctx: GridnetContext, input: TransitionInput & { satisfaction: number; note?: string | null }) {
  const satisfaction = valid.integer(input.satisfaction, "satisfaction", 1, 5);
  const note = optionalNote(input.note);
  if (satisfaction < SATISFIED_FROM) {
    return transition(ctx, input, "rework", async (issue, _actor, now) => ({
      after: { satisfaction, ...(await reworked(ctx, issue, now)) },
      note: note ?? `Not satisfied (${satisfaction}/5): rework`,
      notifications: (after, at) => reworkNotices(issue, after, at, `Rework: the reporter was not satisfied (${satisfaction}/5) with "${after.title}"`),
    }));
  }
  return transition(ctx, input, "close", (issue, _actor, now) => {
    const at = now.toISOString();
    return {
      after: { satisfaction, closedAt: at },
      note,
      notifications: (after) => [
        ...(issue.assigneeId ? [notify(personRecipient(issue.assigneeId), ISSUE_NOTICES.CLOSED, after, `Closed with satisfaction ${satisfaction}/5: ${after.title}`, at)] : []),
        notify(unitRecipient(issue.handlingUnitId), ISSUE_NOTICES.CLOSED, after, `Closed with satisfaction ${satisfaction}/5: ${after.title}`, at),
      ],
    };
  });
}

/** What rework changes, however it is reached: the result is void, the clock starts again. */
async function reworked(ctx: GridnetContext, issue: IssueRecord, now: Date): Promise<Partial<IssueRecord>> {
  const category = await slaCategory(ctx, issue);
  return { reworkCount: issue.reworkCount + 1, resolution: null, dueAt: deadline(now, issue.priority, category), overdueSupervisedFor: null };
}

function reworkNotices(before: IssueRecord, after: IssueRecord, at: string, message: string): NotificationRecord[] {
  return [
    ...(before.assigneeId ? [notify(personRecipient(before.assigneeId), ISSUE_NOTICES.REOPENED, after, message, at)] : []),
    notify(unitRecipient(before.handlingUnitId), ISSUE_NOTICES.REOPENED, after, message, at),
  ];
}

export function reopenIssue(ctx: GridnetContext, input: TransitionInput & { reason: string }) {
  const why = reason(input.reason);
  return transition(ctx, input, "reopen", async (issue, _actor, now) => ({
    after: await reworked(ctx, issue, now),
    note: why,
    notifications: (after, at) => reworkNotices(issue, after, at, `Reopened for rework: ${after.title} — ${why}`),
  }));
}

export function superviseIssue(ctx: GridnetContext, input: TransitionInput & { note: string }) {
  const note = valid.text(input.note, "note", 500);
  return transition(
    ctx,
    input,
    "supervise",
    (issue) => ({
      after: { supervisionCount: issue.supervisionCount + 1 },
      note,
      notifications: (after, at) => supervisionNotices(issue, after, at, `督办 Supervision: ${after.title} — ${note}`),
    }),
    { rejudge: true },
  );
}

/**
 * The overdue sweep's automatic supervision (督办) of one issue: the same transition as
 * superviseIssue, by the system, once per deadline; the level above the handling unit hears
 * of it. False when the issue is not (or no longer) overdue for a deadline not yet supervised,
 * or when someone acted on it meanwhile (the next sweep looks again).
 */
export async function superviseOverdue(db: Db, issueId: string, now: Date): Promise<boolean> {
  const issue = await store.getIssue(db, issueId);
  const at = now.toISOString();
  if (!issue?.dueAt || issue.dueAt >= at || issue.overdueSupervisedFor === issue.dueAt) return false;
  if (!WAITING_STATES.includes(issue.state) || !allowedFrom("supervise", issue.state)) return false;
  const handling = await getUnit(db, issue.handlingUnitId);
  const above = handling?.parentId ?? issue.handlingUnitId;
  const message = `Overdue since ${issue.dueAt}: ${issue.title}`;
  // Written directly, not through the runner: no one sent it, and other features' copies of the
  // issue follow its state and deadline, which supervision leaves as they are.
  const after: IssueRecord = { ...issue, supervisionCount: issue.supervisionCount + 1, overdueSupervisedFor: issue.dueAt, version: issue.version + 1, updatedAt: at };
  const outcome = await writeIssueChange(db, {
    before: issue,
    after,
    action: "supervise",
    row: ISSUE_ACTIONS.supervise,
    actor: null,
    requestHash: null,
    at,
    leading: [],
    effects: {
      note: `Automatic supervision: past the deadline ${issue.dueAt}`,
      notifications: (next) => [
        notify(unitRecipient(above), ISSUE_NOTICES.OVERDUE, next, message, at),
        ...(issue.assigneeId ? [notify(personRecipient(issue.assigneeId), ISSUE_NOTICES.OVERDUE, next, message, at)] : []),
      ],
    },
  });
  return outcome.ok;
}

function supervisionNotices(before: IssueRecord, after: IssueRecord, at: string, message: string): NotificationRecord[] {
  return [
    ...(before.assigneeId ? [notify(personRecipient(before.assigneeId), ISSUE_NOTICES.SUPERVISED, after, message, at)] : []),
    notify(unitRecipient(before.assignedUnitId ?? before.handlingUnitId), ISSUE_NOTICES.SUPERVISED, after, message, at),
  ];
}

/** A comment names its own idempotency key: it moves no state, so no version can tell a repeat. */
export function commentIssue(ctx: GridnetContext, input: { id: string; text: string; idempotencyKey: string }) {
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const text = valid.text(input.text, "text", 1000);
  const id = valid.id(input.id, "id");
  const keyed = { key, hash: requestDigest("commentIssue", { id, text }) };
  return transition(ctx, { id }, "comment", () => ({ after: {}, note: text }), { rejudge: true, keyed });
}
