// DynamoDB access for mediation cases: every command is one transaction through the
// versioned-aggregate writer — the case at the version the caller read, its event, the index
// entries that change (unit lists, state lists, people's own lists, open obligations by due
// date). Keys are mediation.keys.ts's; records mediation.codec.ts's.
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { writeAggregate, type IndexEntry } from "../store/aggregate";
import type { Db } from "../store/dynamo";
import { batchGet, queryPage, type Page, type TransactItem, type TransactOutcome } from "../store/ops";
import { decodeCase, decodeCaseEvent, type MediationCaseRecord, type MediationEventRecord } from "./mediation.codec";
import { MediationState } from "./mediation.enums";
import { caseEventKey, caseKey, mediationPartitions as partitions } from "./mediation.keys";

/** Every index entry a case in its state should have; commands write the difference. */
export function caseEntries(c: MediationCaseRecord): IndexEntry[] {
  const listed = `${c.openedAt}#${c.id}`;
  const entries: IndexEntry[] = [];
  for (const unit of c.unitIds) {
    entries.push({ pk: partitions.all(unit), sk: listed }, { pk: partitions.state(unit, c.state), sk: listed });
    // Sparse: only obligations still owed under an agreement wait on a date.
    if (c.state === MediationState.AGREED) {
      for (const o of c.obligations) if (o.fulfilledAt === null) entries.push({ pk: partitions.due(unit), sk: `${o.dueAt}#${c.id}#${o.id}` });
    }
  }
  const people = new Set([...c.parties.flatMap((p) => (p.personId ? [p.personId] : [])), ...c.mediators.map((m) => m.personId)]);
  for (const person of people) entries.push({ pk: partitions.person(person), sk: listed });
  return entries;
}

/** Writes a command on a case atomically: the case (new, or at `before`'s version), its event, its entries' difference. */
export function writeCase(
  db: Db,
  before: MediationCaseRecord | null,
  after: MediationCaseRecord,
  event: MediationEventRecord,
  extra: TransactItem[] = [],
): Promise<TransactOutcome> {
  return writeAggregate(db, {
    item: { ...caseKey(after.id), type: "MediationCase", ...after },
    seenVersion: before?.version ?? null,
    event: { ...caseEventKey(after.id, event.version), type: "MediationEvent", ...event },
    indexBefore: before ? caseEntries(before) : [],
    indexAfter: caseEntries(after),
    entryAttributes: { type: "MediationIndex", caseId: after.id },
    extra,
  });
}

export async function getCase(db: Db, id: string): Promise<MediationCaseRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: caseKey(id), ConsistentRead: true }));
  return out.Item ? decodeCase(out.Item) : null;
}

export async function getCases(db: Db, ids: readonly string[]): Promise<Map<string, MediationCaseRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(caseKey));
  return new Map(items.map((i) => [String(i.id), decodeCase(i)]));
}

export async function getCaseEvent(db: Db, id: string, version: number): Promise<MediationEventRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: caseEventKey(id, version), ConsistentRead: true }));
  return out.Item ? decodeCaseEvent(out.Item) : null;
}

/** A page of case ids from one index partition, newest first (or, for due dates, soonest first). */
export async function listCaseIndex(
  db: Db,
  partition: string,
  first: number,
  after?: string | null,
  options: { dueBefore?: string } = {},
): Promise<Page<{ caseId: string; sk: string }>> {
  const page = await queryPage<{ caseId: string; sk: string }>(db, {
    partition,
    first,
    after,
    descending: options.dueBefore === undefined,
    // Past due: every sort key from the start up to (not including) now.
    sortBetween: options.dueBefore === undefined ? undefined : ["0", options.dueBefore],
    list: options.dueBefore === undefined ? undefined : "overdue",
  });
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: { caseId: String(item.caseId), sk: String(item.sk) } })) };
}

/** How many entries a partition holds (below `before` when given): a COUNT Query, following pages. */
export async function countIndex(db: Db, partition: string, before?: string): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        KeyConditionExpression: before === undefined ? "pk = :p" : "pk = :p AND sk < :b",
        ExpressionAttributeValues: before === undefined ? { ":p": partition } : { ":p": partition, ":b": before },
        Select: "COUNT",
        ExclusiveStartKey: start,
      }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/** Whether any case is listed under the unit (one key read, at most one item). */
export async function hasCasesUnder(db: Db, unitId: string): Promise<boolean> {
  const out = await db.doc.send(
    new QueryCommand({ TableName: db.table, KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": partitions.all(unitId) }, Limit: 1 }),
  );
  return (out.Items ?? []).length > 0;
}
