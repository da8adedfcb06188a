// DynamoDB access for issues: reads, and the one transaction every transition writes — the
// issue (conditioned on the version the caller saw), its new timeline event, the index entries
// that change and the outbox messages. Keys are issue.keys.ts's; records issue.codec.ts's.
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { IssueState } from "./issue.enums";
import type { NotificationRecord } from "../notifications/notification.store";
import { AGGREGATE_ITEM, FIRST_EXTRA_ITEM, writeAggregate } from "../store/aggregate";
import type { Db } from "../store/dynamo";
import { decodeEvent, decodeIssue, type EventRecord, type IssueRecord } from "./issue.codec";
import { eventKey, issueKey, partitions } from "./issue.keys";
import { WAITING_STATES } from "./issue.machine";
import { batchGet, queryAll, queryPage, type Item, type Page, type PageQuery, type TransactItem, type TransactOutcome } from "../store/ops";

export { partitions } from "./issue.keys";
export type { EventRecord, IssueRecord } from "./issue.codec";

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
    if (issue.dueAt && WAITING_STATES.includes(issue.state)) {
      entries.push({ pk: partitions.due(unit), sk: `${issue.dueAt}#${issue.id}` });
    }
  }
  entries.push({ pk: partitions.reporter(issue.reporter.personId), sk: listed });
  if (issue.assigneeId) entries.push({ pk: partitions.assignee(issue.assigneeId), sk: listed });
  return entries;
}

function issueItem(issue: IssueRecord): Item {
  return { ...issueKey(issue.id), type: "Issue", ...issue };
}

function eventItem(event: EventRecord): Item {
  return { ...eventKey(event.issueId, event.version), type: "IssueEvent", ...event };
}

// ---- reads ----

export async function getIssue(db: Db, id: string): Promise<IssueRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: issueKey(id) }));
  return out.Item ? decodeIssue(out.Item) : null;
}

export async function getIssues(db: Db, ids: readonly string[]): Promise<Map<string, IssueRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(issueKey));
  return new Map(
    items.map((i) => {
      const issue = decodeIssue(i);
      return [issue.id, issue] as const;
    }),
  );
}

/** The timeline and duplicate links of an issue: one Query of its item collection. */
export async function getHistory(db: Db, id: string): Promise<{ events: EventRecord[]; duplicateIds: string[] }> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :p AND sk < :issue",
    ExpressionAttributeValues: { ":p": `ISSUE#${id}`, ":issue": "ISSUE" },
  });
  return {
    events: items.filter((i) => i.type === "IssueEvent").map((item) => decodeEvent(item)),
    duplicateIds: items.filter((i) => i.type === "DuplicateLink").map((i) => i.duplicateId as string),
  };
}

/** Whether any issue is listed under the unit (one key read, at most one item). */
export async function hasIssues(db: Db, unitId: string): Promise<boolean> {
  const out = await db.doc.send(
    new QueryCommand({ TableName: db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": partitions.all(unitId) }, Limit: 1 }),
  );
  return (out.Items ?? []).length > 0;
}

/** A page of index entries (issue ids) from one partition. */
export async function listIndex(db: Db, query: Omit<PageQuery, "index">): Promise<Page<{ issueId: string }>> {
  return queryPage<{ issueId: string }>(db, query);
}

/** One timeline event: the one that moved the issue to `version`, or null. */
export async function getEvent(db: Db, id: string, version: number): Promise<EventRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: eventKey(id, version), ConsistentRead: true }));
  return out.Item ? decodeEvent(out.Item) : null;
}

// ---- writes ----

export interface Transition {
  before: IssueRecord | null;
  after: IssueRecord;
  event: EventRecord;
  notifications: NotificationRecord[];
  /** Extra items in the same transaction (idempotency claim, duplicate link, a condition on another issue). */
  extra?: TransactItem[];
}

/** Index of the issue item in a transition's transaction; its condition failing is a lost race. */
export const ISSUE_ITEM = AGGREGATE_ITEM;
export { FIRST_EXTRA_ITEM };

/**
 * Writes a transition atomically through the versioned-aggregate writer: the issue at the
 * version the caller read (or new, for a report), its event, its index entries' difference,
 * its outbox messages.
 */
export function writeTransition(db: Db, t: Transition): Promise<TransactOutcome> {
  return writeAggregate(db, {
    item: issueItem(t.after),
    seenVersion: t.before?.version ?? null,
    event: eventItem(t.event),
    indexBefore: t.before ? indexEntries(t.before) : [],
    indexAfter: indexEntries(t.after),
    entryAttributes: { type: "IssueIndex", issueId: t.after.id },
    outbox: t.notifications,
    extra: t.extra,
  });
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
