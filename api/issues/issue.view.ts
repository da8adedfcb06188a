// What of an issue a reader may see. One visibility rule (`canSee`) decides whether an issue
// reaches the reader at all — on the single read, in every list and filter, in a report's
// duplicate suggestions — and one presentation (`present`) decides how much of it, passing
// everything a partner or a resident reading someone else's issue receives through the
// masking layer. docs/personal-data.md lists the outcome field by field.
import { Role, inScope, isAdmin, seesPersonalData, type Actor } from "../auth/actor";
import type { GridnetContext } from "../context";
import { maskName, namesIn, roundCoordinate } from "../people/masking";
import { ENTITLED, maskedAudience, tagged } from "../privacy/audience";
import type { PersonRecord } from "../people/person.codec";
import type { EventRecord, IssueRecord } from "./issue.store";
import { WAITING_STATES } from "./issue.machine";
import { isOverdue } from "./sla";

export const isReporter = (actor: Actor, issue: IssueRecord) => actor.sub === issue.reporter.personId;
const isAssignee = (actor: Actor, issue: IssueRecord) => issue.assigneeId !== null && actor.sub === issue.assigneeId;

/** The visibility rule: the issue's place or its handling unit is in scope, or it is the reader's own. */
export function canSee(actor: Actor, issue: IssueRecord): boolean {
  return inScope(actor, issue.locationPath) || inScope(actor, issue.handlingPath) || isReporter(actor, issue) || isAssignee(actor, issue);
}

/** Admins whose scope holds the unit that handles the issue: they assess, assign, escalate. */
export const handles = (actor: Actor, issue: IssueRecord) => isAdmin(actor) && inScope(actor, issue.handlingPath);

/**
 * How much of an issue a reader gets:
 * - ENTITLED: the reporter, the assignee, admins and grid workers (who may see it at all): the original;
 * - PARTNER: every field, free text masked, people masked, no exact address, coordinates rounded;
 * - PUBLIC: residents and volunteers reading someone else's issue: its public status, masked.
 */
export type Audience = "ENTITLED" | "PARTNER" | "PUBLIC";

export function audienceOf(actor: Actor, issue: IssueRecord): Audience {
  if (isReporter(actor, issue) || isAssignee(actor, issue)) return "ENTITLED";
  if (actor.role === Role.PARTNER) return "PARTNER";
  if (isAdmin(actor) || actor.role === Role.GRID_WORKER) return "ENTITLED";
  return "PUBLIC";
}

export interface IssueView extends IssueRecord {
  overdue: boolean;
  audience: Audience;
  /** Whether the viewer sees the issue's details (description, place, attributes, notes). */
  detailed: boolean;
  /** Whether the viewer sees who reported it; `reporterMasked`: only a masked name. */
  reporterShown: boolean;
  reporterMasked: boolean;
}

/**
 * The issue as this reader may read it. Callers have already applied `canSee`. What a masked
 * audience may not have at all is left out here; everything personal that it does get is masked
 * by the masking layer (api/privacy), field by field, with every name the issue knows — its
 * people's and those its texts mark anywhere, its timeline included — redacted from all of it.
 */
export async function present(ctx: GridnetContext, actor: Actor, issue: IssueRecord, now = ctx.now()): Promise<IssueView> {
  const audience = audienceOf(actor, issue);
  const detailed = audience !== "PUBLIC";
  const reporterShown = isReporter(actor, issue) || (issue.reporter.anonymous ? handles(actor, issue) : detailed && seesPersonalData(actor));
  const view: IssueView = {
    ...issue,
    overdue: isOverdue(issue.dueAt, WAITING_STATES.includes(issue.state), now),
    audience,
    detailed,
    reporterShown,
    reporterMasked: !reporterShown && !issue.reporter.anonymous && audience === "PARTNER",
  };
  if (audience === "ENTITLED") return tagged(view, ENTITLED);

  view.mediaUrls = [];
  if (audience === "PARTNER") {
    view.location = {
      gridId: issue.location.gridId,
      buildingId: null,
      latitude: roundCoordinate(issue.location.latitude),
      longitude: roundCoordinate(issue.location.longitude),
      address: null,
    };
  } else {
    view.description = "";
    view.attributes = [];
    view.location = { gridId: issue.location.gridId, buildingId: null, latitude: null, longitude: null, address: null };
  }
  return tagged(
    view,
    maskedAudience(() => namesOf(ctx, issue)),
  );
}

/** Every name the issue knows or marks: its people's, its actors', and those its texts mark as names. */
async function namesOf(ctx: GridnetContext, issue: IssueRecord): Promise<string[]> {
  const [people, { events }] = await Promise.all([namesOnRecord(ctx, issue), ctx.loaders.history.load(issue.id)]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const actors = (await ctx.loaders.person.loadMany(actorIds)).flatMap((p) => (p && !(p instanceof Error) ? [p.name] : []));
  const texts = [issue.title, issue.description, issue.resolution?.note, issue.rejectReason, ...issue.attributes.flatMap((a) => a.values), ...events.map((e) => e.note)];
  return [...people, ...actors, ...namesIn(texts)];
}

/** The people an issue names: its reporter, its assignee, its grid's workers and party secretary. */
async function namesOnRecord(ctx: GridnetContext, issue: IssueRecord): Promise<string[]> {
  const [reporter, assignee, grid] = await Promise.all([
    ctx.loaders.person.load(issue.reporter.personId),
    issue.assigneeId ? ctx.loaders.person.load(issue.assigneeId) : null,
    ctx.loaders.orgUnit.load(issue.location.gridId),
  ]);
  return [reporter?.name, issue.reporter.name, assignee?.name, ...(grid?.workers.map((w) => w.name) ?? []), grid?.partyBranch?.secretary].filter(
    (n): n is string => typeof n === "string" && n.length > 0,
  );
}

/** The assignee as this viewer may read them: only with the details, name masked for partners. */
export function presentAssignee(actor: Actor, view: IssueView, person: PersonRecord | null) {
  if (!person || !view.detailed) return null;
  return { id: person.id, name: seesPersonalData(actor) ? person.name : maskName(person.name), role: person.role };
}

/**
 * The reporter as this viewer may read them. The name is the person's current one (through the
 * request's loader, so a renamed person shows renamed); the name kept on the issue serves only
 * reporters with no person record (an external identity's token claim).
 */
export async function presentReporter(ctx: GridnetContext, view: IssueView) {
  const { kind, anonymous, personId } = view.reporter;
  const hidden = !view.reporterShown && !view.reporterMasked;
  const name = hidden ? null : ((await ctx.loaders.person.load(personId))?.name ?? view.reporter.name);
  return {
    kind,
    anonymous,
    personId: view.reporterShown ? personId : null,
    name: view.reporterShown ? name : view.reporterMasked && name ? maskName(name) : null,
  };
}

/**
 * The timeline as this viewer may read it: who acted only for entitled readers; notes for
 * entitled readers and partners (masked by the layer, as the issue is), for the public not at all.
 */
export function presentEvents(actor: Actor, view: IssueView, events: EventRecord[]): EventRecord[] {
  return events.map((e) => {
    const hideActor = !view.detailed || !seesPersonalData(actor) || (e.kind === "REPORTED" && !view.reporterShown);
    return { ...e, actorId: hideActor ? null : e.actorId, note: view.audience === "PUBLIC" ? null : e.note };
  });
}
