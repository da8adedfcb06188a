// DynamoDB access for issues (keys in docs/access-patterns.md):
//   issue            pk ISSUE#<id>   sk ISSUE
//   timeline event   pk ISSUE#<id>   sk EV#<version, 6 digits>     (immutable, put-if-absent)
//   duplicate link   pk ISSUE#<id>   sk DUP#<duplicateId>
//   idempotency      pk IDEM#<reporter>#<key>  sk IDEM             (TTL)
//   index entries    pk UI#<unit>#ALL | UI#<unit>#S#<state> | UI#<unit>#C#<category> | UI#<unit>#P#<priority>
//                    pk REP#<person> | ASG#<person>    sk <createdAt>#<id>
//                    pk DUE#<unit>                     sk <dueAt>#<id>   (only while open with a deadline)
//   notification     pk NOTE#<recipient>  sk <ulid>
//
// Every transition is ONE TransactWriteItems: the issue (conditioned on the version the
// caller saw), its new timeline event, the index entries that change, the outbox messages.
import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Role } from "../auth/actor";
import type { HandlingLevel, IssueChannel, IssuePriority, IssueState, ReporterKind, ResolutionOutcome, TimelineEventKind } from "./issue.enums";
import type { NotificationKind } from "../notifications/notification.enums";
import type { Db } from "../store/dynamo";
import { issuePartitions as partitions } from "../store/keys";
import { batchGet, queryAll, queryPage, transact, type Item, type Page, type PageQuery, type TransactItem, type TransactOutcome } from "../store/ops";

export interface IssueRecord {
  id: string;
  title: string;
  description: string;
  categoryCode: string;
  priority: IssuePriority;
  state: IssueState;
  channel: IssueChannel;
  location: { gridId: string; buildingId: string | null; latitude: number | null; longitude: number | null; address: string | null };
  /** The grid's ancestors and the grid: the units the issue is listed under. */
  locationUnitIds: string[];
  locationPath: string;
  mediaUrls: string[];
  attributes: { code: string; values: string[] }[];
  reporter: { kind: ReporterKind; anonymous: boolean; personId: string; name: string | null; role: Role };
  handlingLevel: HandlingLevel;
  handlingUnitId: string;
  handlingPath: string;
  assignedUnitId: string | null;
  assigneeId: string | null;
  dueAt: string | null;
  /** The deadline the overdue sweep last supervised, so each deadline is supervised once. */
  overdueSupervisedFor: string | null;
  supervisionCount: number;
  reworkCount: number;
  returnCount: number;
  satisfaction: number | null;
  resolution: { outcome: ResolutionOutcome; note: string } | null;
  mergedIntoId: string | null;
  rejectReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface EventRecord {
  issueId: string;
  version: number;
  kind: TimelineEventKind;
  at: string;
  actorId: string | null;
  actorRole: Role | null;
  fromState: IssueState | null;
  toState: IssueState;
  note: string | null;
  automatic: boolean;
}

export interface NotificationRecord {
  id: string;
  recipient: string;
  kind: NotificationKind;
  issueId: string;
  message: string;
  createdAt: string;
  read: boolean;
}

const issueKey = (id: string) => ({ pk: `ISSUE#${id}`, sk: "ISSUE" });
const eventKey = (id: string, version: number) => ({ pk: `ISSUE#${id}`, sk: `EV#${String(version).padStart(6, "0")}` });
const idemKey = (reporter: string, key: string) => ({ pk: `IDEM#${reporter}#${key}`, sk: "IDEM" });
const OPEN_STATES = new Set<string>(["REPORTED", "ACCEPTED", "ASSIGNED", "IN_PROGRESS", "RESOLVED"]);

export const isOpen = (state: IssueState) => OPEN_STATES.has(state);

export { issuePartitions as partitions } from "../store/keys";

/** Every index entry an issue in this state should have. Transitions write the difference. */
export function indexEntries(issue: IssueRecord): { pk: string; sk: string }[] {
  const listed = `${issue.createdAt}#${issue.id}`;
  const entries: { pk: string; sk: string }[] = [];
  for (const unit of issue.locationUnitIds) {
    entries.push(
      { pk: partitions.all(unit), sk: listed },
      { pk: partitions.state(unit, issue.state), sk: listed },
      { pk: partitions.category(unit, issue.categoryCode), sk: listed },
      { pk: partitions.priority(unit, issue.priority), sk: listed },
    );
    // Sparse: only open, dispatched issues wait on a deadline.
    if (issue.dueAt && (issue.state === "ASSIGNED" || issue.state === "IN_PROGRESS")) {
      entries.push({ pk: partitions.due(unit), sk: `${issue.dueAt}#${issue.id}` });
    }
  }
  entries.push({ pk: partitions.reporter(issue.reporter.personId), sk: listed });
  if (issue.assigneeId) entries.push({ pk: partitions.assignee(issue.assigneeId), sk: listed });
  return entries;
}

const entryId = (e: { pk: string; sk: string }) => `${e.pk}\u0000${e.sk}`;

function issueItem(issue: IssueRecord): Item {
  return { ...issueKey(issue.id), type: "Issue", ...issue };
}

function eventItem(event: EventRecord): Item {
  return { ...eventKey(event.issueId, event.version), type: "IssueEvent", ...event };
}

function notificationItem(n: NotificationRecord): Item {
  return { pk: `NOTE#${n.recipient}`, sk: n.id, type: "Notification", ...n };
}

function toIssue(item: Item): IssueRecord {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as unknown as IssueRecord;
}

function toEvent(item: Item): EventRecord {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as unknown as EventRecord;
}

// ---- reads ----

export async function getIssue(db: Db, id: string): Promise<IssueRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: issueKey(id) }));
  return out.Item ? toIssue(out.Item) : null;
}

export async function getIssues(db: Db, ids: readonly string[]): Promise<Map<string, IssueRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(issueKey));
  return new Map(items.map((i) => [i.id as string, toIssue(i)]));
}

/** The timeline and duplicate links of an issue: one Query of its item collection. */
export async function getHistory(db: Db, id: string): Promise<{ events: EventRecord[]; duplicateIds: string[] }> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :p AND sk < :issue",
    ExpressionAttributeValues: { ":p": `ISSUE#${id}`, ":issue": "ISSUE" },
  });
  return {
    events: items.filter((i) => i.type === "IssueEvent").map(toEvent),
    duplicateIds: items.filter((i) => i.type === "DuplicateLink").map((i) => i.duplicateId as string),
  };
}

/** A page of index entries (issue ids) from one partition. */
export async function listIndex(db: Db, query: Omit<PageQuery, "index">): Promise<Page<{ issueId: string }>> {
  return queryPage<{ issueId: string }>(db, query);
}

export async function getIdempotentIssueId(db: Db, reporter: string, key: string): Promise<{ issueId: string; requestHash: string } | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: idemKey(reporter, key) }));
  return out.Item ? { issueId: out.Item.issueId as string, requestHash: out.Item.requestHash as string } : null;
}

// ---- writes ----

export interface Transition {
  before: IssueRecord | null;
  after: IssueRecord;
  event: EventRecord;
  notifications: NotificationRecord[];
  /** Extra items in the same transaction (idempotency record, duplicate link, a condition on another issue). */
  extra?: TransactItem[];
}

/** Index of the issue item in a transition's transaction; its condition failing is a lost race. */
export const ISSUE_ITEM = 0;
/** Index of the first of a transition's `extra` items (after the issue and its event). */
export const FIRST_EXTRA_ITEM = 2;

/**
 * Writes a transition atomically. The issue is put only if it is still at the version the
 * caller read (or absent, for a report); the event only if its number is free.
 */
export function writeTransition(db: Db, t: Transition): Promise<TransactOutcome> {
  const before = new Map((t.before ? indexEntries(t.before) : []).map((e) => [entryId(e), e]));
  const after = new Map(indexEntries(t.after).map((e) => [entryId(e), e]));
  const items: TransactItem[] = [
    {
      Put: {
        TableName: db.table,
        Item: issueItem(t.after),
        ...(t.before
          ? { ConditionExpression: "version = :seen", ExpressionAttributeValues: { ":seen": t.before.version } }
          : { ConditionExpression: "attribute_not_exists(pk)" }),
      },
    },
    { Put: { TableName: db.table, Item: eventItem(t.event), ConditionExpression: "attribute_not_exists(pk)" } },
    ...(t.extra ?? []),
  ];
  for (const [id, e] of before) if (!after.has(id)) items.push({ Delete: { TableName: db.table, Key: e } });
  for (const [id, e] of after) {
    if (!before.has(id)) items.push({ Put: { TableName: db.table, Item: { ...e, type: "IssueIndex", issueId: t.after.id } } });
  }
  for (const n of t.notifications) items.push({ Put: { TableName: db.table, Item: notificationItem(n) } });
  return transact(db, items);
}

/** The idempotency record written with a report: absent → this report creates the issue. */
export function idempotencyItem(db: Db, reporter: string, key: string, issueId: string, requestHash: string, expiresAt: number): TransactItem {
  return {
    Put: {
      TableName: db.table,
      Item: { ...idemKey(reporter, key), type: "Idempotency", issueId, requestHash, expiresAt },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  };
}

/** Links a merged duplicate to the issue it duplicates, which must still be in one of `states`. */
export function duplicateLinkItems(db: Db, target: IssueRecord, duplicateId: string, states: readonly IssueState[]): TransactItem[] {
  const values = Object.fromEntries(states.map((state, i) => [`:s${i}`, state]));
  return [
    {
      ConditionCheck: {
        TableName: db.table,
        Key: issueKey(target.id),
        ConditionExpression: `#s IN (${Object.keys(values).join(", ")})`,
        ExpressionAttributeNames: { "#s": "state" },
        ExpressionAttributeValues: values,
      },
    },
    { Put: { TableName: db.table, Item: { pk: `ISSUE#${target.id}`, sk: `DUP#${duplicateId}`, type: "DuplicateLink", duplicateId } } },
  ];
}

// ---- notifications ----

export async function listNotifications(db: Db, recipient: string, first: number, after?: string | null) {
  const page = await queryPage<Item>(db, { partition: `NOTE#${recipient}`, first, after, descending: true });
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: toNotification(item) })) };
}

function toNotification(item: Item): NotificationRecord {
  const { pk: _pk, sk: _sk, type: _type, expiresAt: _e, ...rest } = item;
  return rest as unknown as NotificationRecord;
}

/** Marks one notification read; read ones expire after `keepDays`. Returns false if absent. */
export async function markRead(db: Db, recipient: string, id: string, keepDays = 90): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: { pk: `NOTE#${recipient}`, sk: id },
        UpdateExpression: "SET #read = :t, expiresAt = :exp",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#read": "read" },
        ExpressionAttributeValues: { ":t": true, ":exp": Math.floor(Date.now() / 1000) + keepDays * 86400 },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}
