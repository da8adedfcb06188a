// DynamoDB access for councils and meetings: the only code of the feature that talks to the
// table. Keys are council.keys.ts's, records council.codec.ts's. A meeting is a versioned
// aggregate written through api/store/aggregate.ts with an event per command; ballots and
// registrations are naturally keyed items put only if absent.
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { NotificationRecord } from "../notifications/notification.store";
import { writeAggregate } from "../store/aggregate";
import type { Db } from "../store/dynamo";
import { batchGet, queryAll, queryPage, transact, type Item, type Page, type TransactItem, type TransactOutcome } from "../store/ops";
import {
  type BallotRecord,
  type CouncilRecord,
  type MeetingRecord,
  type RegistrationRecord,
  type TaskLinkRecord,
  type TaskRecord,
  decodeBallot,
  decodeCouncil,
  decodeMeeting,
  decodeRegistration,
  decodeTask,
  decodeTaskLink,
} from "./council.codec";
import { TaskStanding } from "./council.enums";
import { ballotKey, ballotPrefix, councilKey, meetingKey, meetingTaskKey, partitions, registrationKey, taskLinkKey, taskSortKey } from "./council.keys";

export type { BallotRecord, CouncilRecord, MeetingRecord, RegistrationRecord, TaskLinkRecord, TaskRecord };

// ---- councils ----

/** Index of the creation's idempotency claim in putCouncil's transaction. */
export const COUNCIL_CLAIM = 1;

/** Creates a council once, with its creator's claim on the key, listed under its unit and every unit above it. */
export function putCouncil(db: Db, council: CouncilRecord, claim: TransactItem): Promise<TransactOutcome> {
  return transact(db, [
    { Put: { TableName: db.table, Item: { ...councilKey(council.id), type: "Council", ...council }, ConditionExpression: "attribute_not_exists(pk)" } },
    claim,
    ...council.unitIds.map((unitId) => ({
      Put: { TableName: db.table, Item: { pk: partitions.councilsOf(unitId), sk: `${council.kind}#${council.id}`, type: "CouncilIndex", councilId: council.id } },
    })),
  ]);
}

/** One council, read consistently (a creation's retry must see the first attempt's write). */
export async function getCouncil(db: Db, id: string): Promise<CouncilRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: councilKey(id), ConsistentRead: true }));
  return out.Item ? decodeCouncil(out.Item) : null;
}

export async function getCouncils(db: Db, ids: readonly string[]): Promise<Map<string, CouncilRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(councilKey));
  return new Map(items.map((i) => [String(i.id), decodeCouncil(i)] as const));
}

/** A page of the councils listed under a unit (of one kind, optionally): ids only. */
export function listCouncilIds(db: Db, unitId: string, kind: string | null, first: number, after?: string | null): Promise<Page<{ councilId: string }>> {
  return queryPage<{ councilId: string }>(db, { partition: partitions.councilsOf(unitId), sortPrefix: kind ? `${kind}#` : undefined, first, after });
}

/** How many councils are listed under a unit (partners' counts). */
export function countCouncils(db: Db, unitId: string): Promise<number> {
  return count(db, partitions.councilsOf(unitId));
}

// ---- meetings ----

const meetingItem = (m: MeetingRecord): Item => ({ ...meetingKey(m.id), type: "Meeting", ...m });

/** The index entries of a meeting: by unit and time (its council's unit and above), by council and time. */
function meetingEntries(m: MeetingRecord) {
  const sk = `${m.startsAt}#${m.id}`;
  return [...m.unitIds.map((unitId) => ({ pk: partitions.meetingsOf(unitId), sk })), { pk: partitions.meetingsOfCouncil(m.councilId), sk }];
}

export interface MeetingWrite {
  before: MeetingRecord | null;
  after: MeetingRecord;
  /** The command's name, kept on its event. */
  action: string;
  actorId: string;
  /** The digest of the command's input (api/store/idempotency.ts): a repeat is told by it. */
  requestHash?: string | null;
  notifications?: NotificationRecord[];
  extra?: TransactItem[];
}

/** One command on a meeting: the meeting at the version the caller read (or new), its event, its entries, its outbox. */
export function writeMeeting(db: Db, w: MeetingWrite): Promise<TransactOutcome> {
  const { after } = w;
  return writeAggregate(db, {
    item: meetingItem(after),
    seenVersion: w.before?.version ?? null,
    event: {
      pk: partitions.meeting(after.id),
      sk: `EV#${String(after.version).padStart(6, "0")}`,
      type: "MeetingEvent",
      meetingId: after.id,
      version: after.version,
      action: w.action,
      actorId: w.actorId,
      requestHash: w.requestHash ?? null,
      fromState: w.before?.state ?? null,
      toState: after.state,
      at: after.updatedAt,
    },
    indexBefore: w.before ? meetingEntries(w.before) : [],
    indexAfter: meetingEntries(after),
    entryAttributes: { type: "MeetingIndex", meetingId: after.id },
    outbox: w.notifications,
    extra: w.extra,
  });
}

export async function getMeeting(db: Db, id: string): Promise<MeetingRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: meetingKey(id), ConsistentRead: true }));
  return out.Item ? decodeMeeting(out.Item) : null;
}

export async function getMeetings(db: Db, ids: readonly string[]): Promise<Map<string, MeetingRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(meetingKey));
  return new Map(items.map((i) => [String(i.id), decodeMeeting(i)] as const));
}

/** A page of meeting ids under a unit (or of a council) between two instants, soonest first. */
export function listMeetingIds(db: Db, partition: string, from: string, to: string, first: number, after?: string | null): Promise<Page<{ meetingId: string }>> {
  // The upper bound ends with "~" so a meeting starting exactly at `to` is included.
  return queryPage<{ meetingId: string }>(db, { partition, sortBetween: [from, `${to}~`], first, after });
}

export const meetingPartitions = { ofUnit: partitions.meetingsOf, ofCouncil: partitions.meetingsOfCouncil };

/** How many meetings are listed under a unit (partners' counts). */
export function countMeetings(db: Db, unitId: string): Promise<number> {
  return count(db, partitions.meetingsOf(unitId));
}

/** The meeting still allows `states` and has not decided `itemId`: a condition for a ballot or a registration. */
function meetingCondition(db: Db, meetingId: string, states: readonly string[], undecidedItem?: string): TransactItem {
  const values: Record<string, unknown> = Object.fromEntries(states.map((s, i) => [`:s${i}`, s]));
  let expression = `#state IN (${Object.keys(values).join(", ")})`;
  if (undecidedItem) {
    expression += " AND NOT contains(decidedItemIds, :item)";
    values[":item"] = undecidedItem;
  }
  return {
    ConditionCheck: {
      TableName: db.table,
      Key: meetingKey(meetingId),
      ConditionExpression: expression,
      ExpressionAttributeNames: { "#state": "state" },
      ExpressionAttributeValues: values,
    },
  };
}

// ---- registrations ----

/** Index of the registration item in registerItems' transaction. */
export const REGISTRATION_ITEM = 1;

/** Registers a person once, while the meeting is in one of `states`. */
export function putRegistration(db: Db, reg: RegistrationRecord, states: readonly string[]): Promise<TransactOutcome> {
  return transact(db, [
    meetingCondition(db, reg.meetingId, states),
    { Put: { TableName: db.table, Item: { ...registrationKey(reg.meetingId, reg.personId), type: "Registration", ...reg }, ConditionExpression: "attribute_not_exists(pk)" } },
  ]);
}

export async function getRegistration(db: Db, meetingId: string, personId: string): Promise<RegistrationRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: registrationKey(meetingId, personId), ConsistentRead: true }));
  return out.Item ? decodeRegistration(out.Item) : null;
}

export async function listRegistrations(db: Db, meetingId: string, first: number, after?: string | null): Promise<Page<RegistrationRecord>> {
  const page = await queryPage<Item>(db, { partition: partitions.meeting(meetingId), sortPrefix: "REG#", first, after });
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: decodeRegistration(item) })) };
}

export function countRegistrations(db: Db, meetingId: string): Promise<number> {
  return count(db, partitions.meeting(meetingId), "REG#");
}

// ---- ballots ----

/** Index of the ballot item in putBallot's transaction: its condition failing means a ballot exists. */
export const BALLOT_ITEM = 2;

/**
 * Casts one ballot: only while the meeting is in session with the item undecided, only by a
 * registered person, and only once — the put is conditioned on the key being free, so twenty
 * concurrent submissions by one attendee leave one ballot.
 */
export function putBallot(db: Db, ballot: BallotRecord, states: readonly string[]): Promise<TransactOutcome> {
  return transact(db, [
    meetingCondition(db, ballot.meetingId, states, ballot.itemId),
    { ConditionCheck: { TableName: db.table, Key: registrationKey(ballot.meetingId, ballot.personId), ConditionExpression: "attribute_exists(pk)" } },
    {
      Put: {
        TableName: db.table,
        Item: { ...ballotKey(ballot.meetingId, ballot.itemId, ballot.personId), type: "Ballot", ...ballot },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
  ]);
}

export async function getBallot(db: Db, meetingId: string, itemId: string, personId: string): Promise<BallotRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: ballotKey(meetingId, itemId, personId), ConsistentRead: true }));
  return out.Item ? decodeBallot(out.Item) : null;
}

/** Every ballot on an item (one Query of the meeting's partition; a meeting holds hundreds at most). */
export async function listBallots(db: Db, meetingId: string, itemId: string): Promise<BallotRecord[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :p AND begins_with(sk, :b)",
    ExpressionAttributeValues: { ":p": partitions.meeting(meetingId), ":b": ballotPrefix(itemId) },
    ConsistentRead: true,
  });
  return items.map(decodeBallot);
}

// ---- council tasks ----

/** The notebook entry of a task, at the standing its issue is in. */
function taskItem(db: Db, task: TaskRecord): TransactItem {
  const at = task.standing === TaskStanding.OPEN ? task.dueAt : task.closedAt;
  return { Put: { TableName: db.table, Item: { pk: partitions.tasksOf(task.councilId), sk: taskSortKey(task.standing, at, task.issueId), type: "CouncilTask", ...task } } };
}

function taskEntryKey(task: TaskRecord) {
  const at = task.standing === TaskStanding.OPEN ? task.dueAt : task.closedAt;
  return { pk: partitions.tasksOf(task.councilId), sk: taskSortKey(task.standing, at, task.issueId) };
}

/** What a new task writes with its issue: the link, the notebook entry, the meeting's entry. */
export function newTaskItems(db: Db, task: TaskRecord): TransactItem[] {
  const { standing: _s, issueState: _i, dueAt: _d, closedAt: _c, ...link } = task;
  return [
    { Put: { TableName: db.table, Item: { ...taskLinkKey(task.issueId), type: "CouncilTaskLink", ...link }, ConditionExpression: "attribute_not_exists(pk)" } },
    taskItem(db, task),
    { Put: { TableName: db.table, Item: { ...meetingTaskKey(task.meetingId, task.itemId, task.issueId), type: "MeetingTask", issueId: task.issueId } } },
  ];
}

/** Moves a task's notebook entry from where `before` kept it to where `after` belongs. */
export function movedTaskItems(db: Db, before: TaskRecord, after: TaskRecord): TransactItem[] {
  const from = taskEntryKey(before);
  const to = taskEntryKey(after);
  const moved = from.sk !== to.sk;
  return [...(moved ? [{ Delete: { TableName: db.table, Key: from } }] : []), taskItem(db, after)];
}

export async function getTaskLink(db: Db, issueId: string): Promise<TaskLinkRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: taskLinkKey(issueId) }));
  return out.Item ? decodeTaskLink(out.Item) : null;
}

/** A page of a council's tasks of one standing, ordered by due date (open) or close time. */
export async function listTasks(db: Db, councilId: string, standing: TaskStanding, first: number, after?: string | null): Promise<Page<TaskRecord>> {
  const page = await queryPage<Item>(db, { partition: partitions.tasksOf(councilId), sortPrefix: `${standing}#`, first, after });
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: decodeTask(item) })) };
}

/** Tasks of a meeting (of one item, or the residents' demands when itemId is null): issue ids. */
export async function listMeetingTaskIds(db: Db, meetingId: string, itemId: string | null): Promise<string[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :p AND begins_with(sk, :t)",
    ExpressionAttributeValues: { ":p": partitions.meeting(meetingId), ":t": `TASK#${itemId ?? "DEMAND"}#` },
  });
  return items.map((i) => String(i.issueId));
}

/** The council's notebook in numbers, from its keys: open, overdue (open with a due date before now), closed, dropped. */
export async function countTasks(db: Db, councilId: string, now: string) {
  const pk = partitions.tasksOf(councilId);
  const [open, overdue, closed, dropped] = await Promise.all([
    count(db, pk, `${TaskStanding.OPEN}#`),
    count(db, pk, undefined, [`${TaskStanding.OPEN}#0`, `${TaskStanding.OPEN}#${now}`]),
    count(db, pk, `${TaskStanding.CLOSED}#`),
    count(db, pk, `${TaskStanding.DROPPED}#`),
  ]);
  return { open, overdue, closed, dropped };
}

/** Counts the items of a key range (Select COUNT, following pages): reads keys, never a scan. */
async function count(db: Db, pk: string, prefix?: string, between?: [string, string]): Promise<number> {
  let condition = "pk = :p";
  const values: Record<string, unknown> = { ":p": pk };
  if (prefix) {
    condition += " AND begins_with(sk, :s)";
    values[":s"] = prefix;
  } else if (between) {
    condition += " AND sk BETWEEN :lo AND :hi";
    values[":lo"] = between[0];
    values[":hi"] = between[1];
  }
  let total = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({ TableName: db.table, KeyConditionExpression: condition, ExpressionAttributeValues: values, Select: "COUNT", ExclusiveStartKey: start }),
    );
    total += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return total;
}

/** Whether the meeting's event at `version` is `action` by `actorId` with this input: a repeated command that already took effect. */
/** Who sent the command that made `version` of a meeting, and the digest of what they sent. */
export async function meetingSender(db: Db, meetingId: string, version: number): Promise<{ actorId: string | null; requestHash: string | null } | null> {
  const out = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: { pk: partitions.meeting(meetingId), sk: `EV#${String(version).padStart(6, "0")}` }, ConsistentRead: true }),
  );
  return out.Item ? { actorId: (out.Item.actorId as string | undefined) ?? null, requestHash: (out.Item.requestHash as string | undefined) ?? null } : null;
}
