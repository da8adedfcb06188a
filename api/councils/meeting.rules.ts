// Meetings: scheduling (members notified through the outbox), the state machine read from
// the policy rows (councils.policy.ts: MEETING_ACTIONS), registration, attendance, and reads
// under the one visibility rule (council.view.ts). Votes are vote.rules.ts's; the commands
// that change the meeting all go through `command` here.
import type { MeetingCommandInput as MeetingCommandInputClass } from "./meeting.type";
import type { AttendeeInput as AttendeeInputClass } from "./meeting.type";
import type { ScheduleMeetingInput as ScheduleMeetingInputClass } from "./meeting.type";
import type { AgendaItemInput as AgendaItemInputClass } from "./meeting.type";
import { visiblePage } from "../kit/page";
import type { Actor } from "../auth/actor";
import { authorize, requireActor } from "../auth/guards";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, conflict, forbidden, notFound } from "../errors";
import type { NotificationKind } from "../notifications/notification.enums";
import { MEETING_NOTICES, MEETING_SUBJECTS } from "./meeting.notices";
import { notification, personRecipient, unitRecipient, type NotificationRecord } from "../notifications/notification.store";
import type { AgendaItemRecord, AttendeeRecord, CouncilRecord, MeetingRecord } from "./council.codec";
import { MeetingState } from "./council.enums";
import { FIRST_EXTRA_ITEM } from "../store/aggregate";
import { reusedKey } from "../store/idempotency";
import { admitted, runCommand } from "../kit/command";
import { createOnce } from "../kit/create";
import { requestDigest } from "../kit/digest";
import { MEETING } from "./meeting.aggregate";
import { derivedId } from "./council.ids";
import { listedUnit } from "./council.rules";
import * as store from "./council.store";
import { maskText } from "../people/masking";
import { canSeeMeeting, meetingNames, presentMeeting, runsCouncil, type MeetingView } from "./council.view";
import { COUNCIL_POLICY as POLICY, MEETING_ACTIONS, type MeetingActionName } from "./councils.policy";
import { unknownReference } from "../privacy/references";

const MAX_AGENDA = 20;
const MAX_ATTENDEES = 100;

// ---- loading and the policy rows ----

export async function loadCouncil(ctx: GridnetContext, id: string): Promise<CouncilRecord> {
  const council = await ctx.loaders.council.load(id);
  if (!council) throw notFound("Council", id);
  return council;
}

/**
 * The meeting `id`, checked against the row of `action` as the command runner checks it
 * (api/kit/command.ts: admitted) — for the requests that write elsewhere (a registration, a
 * ballot, the issues a resolution files): visible, the role gate, the relation, the state.
 */
export async function meetingFor(ctx: GridnetContext, id: string, action: MeetingActionName): Promise<{ actor: Actor; meeting: MeetingRecord }> {
  const actor = requireActor(ctx);
  const { record } = await admitted(ctx, MEETING, actor, valid.id(id, "meetingId"), [action]);
  return { actor, meeting: record };
}

// ---- scheduling ----

/** The input as the contract declares it (meeting.type.ts): one definition. */
export type AgendaItemInput = AgendaItemInputClass;

/** The input as the contract declares it (meeting.type.ts): one definition. */
export type ScheduleMeetingInput = ScheduleMeetingInputClass;

function checkAgenda(meetingId: string, items: AgendaItemInput[]): AgendaItemRecord[] {
  if (!Array.isArray(items) || items.length > MAX_AGENDA) throw badInput(`An agenda has at most ${MAX_AGENDA} items.`, "agenda");
  const suffix = meetingId.slice(3);
  return items.map((item, i) => {
    const linked = item.linkedIssueIds ?? [];
    if (linked.length > 20) throw badInput("An item links at most 20 issues.", "linkedIssueIds");
    return {
      id: `ai_${suffix}_${i + 1}`,
      order: i + 1,
      title: valid.text(item.title, "title", 80),
      description: item.description === null || item.description === undefined ? "" : valid.text(item.description, "description", 2000, 0),
      plannedMinutes: valid.integer(item.plannedMinutes, "plannedMinutes", 1, 480),
      linkedIssueIds: linked.map((id) => valid.id(id, "linkedIssueIds")),
      vote: null,
    };
  });
}

/**
 * The members with an account hear of the meeting, and the council's unit (its admins' outbox).
 * A non-public meeting is read only by the admins who run the council (council.view.ts), so
 * only their unit's outbox hears of it: a member's notice would name a meeting they cannot open.
 * Members read the message as they read the meeting itself: through the masking layer.
 */
function memberNotices(council: CouncilRecord, meeting: MeetingRecord, kind: NotificationKind, message: string): NotificationRecord[] {
  const subject = { type: MEETING_SUBJECTS.MEETING, id: meeting.id };
  const people = meeting.public ? [...new Set(council.members.flatMap((m) => (m.personId ? [m.personId] : [])))] : [];
  // The names the meeting itself knows or marks are masked in its notice as in the meeting.
  const masked = maskText(message, meetingNames(meeting));
  return [
    ...people.map((p) => notification(personRecipient(p), kind, subject, masked, meeting.updatedAt)),
    notification(unitRecipient(council.unitId), kind, subject, message, meeting.updatedAt),
  ];
}

export async function scheduleMeeting(ctx: GridnetContext, input: ScheduleMeetingInput): Promise<MeetingView> {
  const actor = authorize(ctx, POLICY.scheduleMeeting, "schedule meetings");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const title = valid.text(input.title, "title", 80);
  const place = valid.text(input.place, "place", 100);
  const placeId = valid.optionalId(input.placeId, "placeId");
  const startsAt = valid.isoDate(input.startsAt, "startsAt");
  const id = derivedId("mt", actor.sub, key);
  const agenda = checkAgenda(id, input.agenda);
  const council = await loadCouncil(ctx, valid.id(input.councilId, "councilId"));
  if (!runsCouncil(actor, council)) throw forbidden(`Council ${council.id} is outside your scope.`);
  const hash = requestDigest("scheduleMeeting", [council.id, title, startsAt, place, placeId, input.public ?? true, agenda]);
  // The actor's key names one request, whatever the mutation (docs/idempotency.md, "Keys").
  return createOnce(ctx, {
    key,
    what: "meeting",
    requestHash: hash,
    build(now): MeetingRecord {
      const at = now.toISOString();
      return {
        id,
        councilId: council.id,
        unitId: council.unitId,
        unitPath: council.unitPath,
        unitIds: council.unitIds,
        title,
        startsAt,
        place,
        placeId,
        public: input.public ?? true,
        state: MeetingState.SCHEDULED,
        agenda,
        attendance: [],
        othersPresent: 0,
        decidedItemIds: [],
        report: null,
        cancelReason: null,
        requestHash: hash,
        createdBy: actor.sub,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
    },
    write: (meeting, claim) =>
      store.writeMeeting(ctx.db, {
        before: null,
        after: meeting,
        action: "scheduleMeeting",
        actorId: actor.sub,
        requestHash: hash,
        notifications: memberNotices(council, meeting, MEETING_NOTICES.MEETING_SCHEDULED, `${council.name}: ${title}, ${startsAt} at ${place}`),
        extra: [claim],
      }),
    claimIndex: FIRST_EXTRA_ITEM,
    // The id the key derives is taken but the claim is gone (a key reused after its days ran
    // out): the meeting itself tells whether this is the same request.
    async otherFailure(_failed, meeting) {
      const first = await store.getMeeting(ctx.db, meeting.id);
      if (first && first.requestHash !== hash) throw reusedKey("meeting");
      return "answer" as const;
    },
    answer: (meetingId) => scheduledBefore(ctx, actor, meetingId),
    created: (meeting) => presentMeeting(actor, meeting),
  });
}

/** The meeting a key's first request scheduled, as it is now. */
async function scheduledBefore(ctx: GridnetContext, actor: Actor, id: string): Promise<MeetingView> {
  const first = await store.getMeeting(ctx.db, id);
  if (!first) throw conflict("A meeting with this idempotency key is still being written; retry.");
  return presentMeeting(actor, first);
}

// ---- commands on a meeting ----

/** The input as the contract declares it (meeting.type.ts): one definition. */
export type CommandInput = MeetingCommandInputClass;

export interface Change {
  after: Partial<MeetingRecord>;
  notifications?: (after: MeetingRecord, council: CouncilRecord) => NotificationRecord[];
  /** A repeat of a command that already took effect: answer with the meeting as it is. */
  alreadyDone?: boolean;
}

/**
 * Runs one command of the policy rows on a meeting through the command runner
 * (api/kit/command.ts). The event keeps the digest of `request` (what was sent, apart from the
 * meeting and the version). A repeat of the same command with the same request by the same
 * actor that already moved the meeting from the version they saw returns the meeting as it is;
 * anything else changed meanwhile is CONFLICT. A lost race reads the meeting again: with
 * expectedVersion that tells a concurrent copy of this request (answered as a repeat) from
 * someone else's change; without it the command is judged afresh on the meeting as it now is.
 */
export function command(
  ctx: GridnetContext,
  input: CommandInput,
  action: MeetingActionName,
  request: unknown,
  change: (meeting: MeetingRecord, council: CouncilRecord, actor: Actor) => Change | Promise<Change>,
): Promise<MeetingView> {
  return runCommand(ctx, MEETING, {
    id: input.meetingId,
    idField: "meetingId",
    actions: [action],
    expectedVersion: input.expectedVersion ?? null,
    requestHash: requestDigest(MEETING_ACTIONS[action].field, request),
    rejudge: true,
    async change(meeting, actor) {
      const council = await loadCouncil(ctx, meeting.councilId);
      const applied = await change(meeting, council, actor);
      const notices = applied.notifications;
      return { after: applied.after, alreadyDone: applied.alreadyDone, effects: notices && ((after: MeetingRecord) => notices(after, council)) };
    },
  });
}

export function openMeeting(ctx: GridnetContext, input: CommandInput) {
  return command(ctx, input, "open", null, () => ({ after: {} }));
}

export function cancelMeeting(ctx: GridnetContext, input: CommandInput & { reason: string }) {
  const reason = valid.text(input.reason, "reason", 500);
  return command(ctx, input, "cancel", { reason }, (meeting) => ({
    after: { cancelReason: reason },
    notifications: (after, council) =>
      memberNotices(council, after, MEETING_NOTICES.MEETING_CANCELLED, `${council.name}: ${meeting.title} (${meeting.startsAt}) is cancelled — ${reason}`),
  }));
}

export function closeMeeting(ctx: GridnetContext, input: CommandInput & { report: string }) {
  const report = valid.text(input.report, "report", 4000);
  return command(ctx, input, "close", { report }, () => ({ after: { report } }));
}

/** The input as the contract declares it (meeting.type.ts): one definition. */
export type AttendeeInput = AttendeeInputClass;

/** Records who is present (replacing the last record): members by id, people by account, others by name, and a count of the rest. */
export async function recordAttendance(ctx: GridnetContext, input: CommandInput & { attendees: AttendeeInput[]; othersPresent?: number | null }) {
  if (!Array.isArray(input.attendees) || input.attendees.length > MAX_ATTENDEES) throw badInput(`At most ${MAX_ATTENDEES} named attendees.`, "attendees");
  const others = valid.integer(input.othersPresent ?? 0, "othersPresent", 0, 100_000);
  const asked = input.attendees.map((a) => ({
    memberId: valid.optionalKey(a.memberId, "memberId", 8),
    personId: valid.optionalId(a.personId, "personId"),
    name: a.name === null || a.name === undefined ? null : valid.text(a.name, "name", 30),
  }));
  for (const a of asked) if (!a.memberId && !a.personId && !a.name) throw badInput("Each attendee needs a memberId, a personId or a name.", "attendees");
  return command(ctx, input, "attendance", { attendees: asked, othersPresent: others }, async (_meeting, council) => {
    const attendance: AttendeeRecord[] = [];
    for (const a of asked) {
      let member = a.memberId ? council.members.find((m) => m.id === a.memberId) : undefined;
      if (a.memberId && !member) throw badInput(`No member ${a.memberId} in ${council.name}.`, "memberId");
      let name = a.name ?? member?.name ?? null;
      if (a.personId) {
        const person = await ctx.loaders.person.load(a.personId);
        if (!person) throw unknownReference("Person", a.personId, "personId");
        member = member ?? council.members.find((m) => m.personId === a.personId);
        name = name ?? person.name;
      }
      const entry = { memberId: member?.id ?? null, personId: a.personId ?? member?.personId ?? null, name: name ?? "" };
      const twice = attendance.some((x) => (entry.memberId && x.memberId === entry.memberId) || (entry.personId && x.personId === entry.personId));
      if (twice) throw badInput(`${entry.name} is listed twice.`, "attendees");
      attendance.push(entry);
    }
    return { after: { attendance, othersPresent: others } };
  });
}

// ---- registration ----

/** Registers the actor for a meeting they may see; a repeat returns the first registration. */
export async function registerForMeeting(ctx: GridnetContext, input: { meetingId: string }) {
  const { actor, meeting } = await meetingFor(ctx, input.meetingId, "register");
  const registration = {
    meetingId: meeting.id,
    personId: actor.sub,
    name: actor.name ?? (await ctx.loaders.person.load(actor.sub))?.name ?? null,
    role: actor.role,
    registeredAt: ctx.now().toISOString(),
  };
  const outcome = await store.putRegistration(ctx.db, registration, MEETING_ACTIONS.register.from);
  if (outcome.ok) return registration;
  const first = await store.getRegistration(ctx.db, meeting.id, actor.sub);
  if (first) return first;
  // The meeting moved on (closed or cancelled) between the read and the write.
  throw conflict(`Meeting ${meeting.id} no longer takes registrations.`);
}

// ---- reads ----

export async function visibleMeeting(ctx: GridnetContext, actor: Actor, id: string): Promise<MeetingView | null> {
  const found = await ctx.loaders.meeting.load(id);
  return found && canSeeMeeting(actor, found) ? presentMeeting(actor, found) : null;
}

/** One meeting the actor may see, or null. */
export function meeting(ctx: GridnetContext, id: string): Promise<MeetingView | null> {
  const actor = authorize(ctx, POLICY.meeting, "read meetings");
  return visibleMeeting(ctx, actor, valid.id(id, "id"));
}

/** node(id:) for mt_ ids: the same rule as meeting(id). */
export function meetingNode(ctx: GridnetContext, id: string): Promise<MeetingView | null> {
  return visibleMeeting(ctx, requireActor(ctx), id);
}

const DAY_MS = 86_400_000;

function window(ctx: GridnetContext, from: string | null | undefined, to: string | null | undefined): [string, string] {
  const start = from ?? ctx.now().toISOString();
  const end = to ?? new Date(Date.parse(start) + 366 * DAY_MS).toISOString();
  if (end < start) throw badInput("to must not be before from.", "to");
  return [start, end];
}

/** A page of meeting ids read from one partition, kept to those the actor may see. */
async function meetingPage(ctx: GridnetContext, actor: Actor, partition: string, range: [string, string], first?: number | null, after?: string | null) {
  const page = await store.listMeetingIds(ctx.db, partition, range[0], range[1], pageSize(first), after);
  return visiblePage(
    page,
    (entry) => entry.meetingId,
    ctx.loaders.meeting,
    (m) => canSeeMeeting(actor, m),
    (m) => presentMeeting(actor, m),
  );
}

/** Meetings of a unit's councils and those beneath it between two instants (default: from now, a year ahead), soonest first. */
export async function meetings(
  ctx: GridnetContext,
  unitId: string | null | undefined,
  from: string | null | undefined,
  to: string | null | undefined,
  first?: number | null,
  after?: string | null,
) {
  const actor = authorize(ctx, POLICY.meetings, "read meetings");
  const range = window(ctx, from, to);
  pageSize(first);
  const unit = await listedUnit(ctx, actor, unitId);
  return meetingPage(ctx, actor, store.meetingPartitions.ofUnit(unit.id), range, first, after);
}

/** A council's meetings (the council already passed the rule), each passing the meeting rule. */
export function councilMeetings(
  ctx: GridnetContext,
  council: CouncilRecord,
  from: string | null | undefined,
  to: string | null | undefined,
  first?: number | null,
  after?: string | null,
) {
  const actor = requireActor(ctx);
  const range: [string, string] = [from ?? "0", to ?? "9999"];
  return meetingPage(ctx, actor, store.meetingPartitions.ofCouncil(council.id), range, first, after);
}

/** Who registered: those who run the council see the list; everyone gets the count. */
export async function registrations(ctx: GridnetContext, meeting: MeetingView, first?: number | null, after?: string | null) {
  if (!meeting.runByViewer) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  return toConnection(await store.listRegistrations(ctx.db, meeting.id, pageSize(first), after), (r) => r);
}

export function registrationCount(ctx: GridnetContext, meeting: MeetingRecord) {
  return store.countRegistrations(ctx.db, meeting.id);
}
