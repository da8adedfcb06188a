// The few DynamoDB operations every feature store uses, written once: paged queries that
// turn into connections, batched reads and writes with retry of unprocessed items, and
// transactions whose cancellation reasons come back as data.
import { BatchGetCommand, BatchWriteCommand, QueryCommand, TransactWriteCommand, type QueryCommandInput, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { TransactionCanceledException } from "@aws-sdk/client-dynamodb";
import { badInput } from "../errors";
import { tableDefinition } from "./table";
import { decodeCursor, encodeCursor, listDigest, type Key } from "./cursor";
import type { Db } from "./dynamo";

export type Item = Record<string, unknown>;
export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

export interface Page<T> {
  items: { cursor: string; item: T }[];
  hasNextPage: boolean;
  /** Paging is forward only: true when the page was read from an `after` cursor (items precede it). */
  hasPreviousPage: boolean;
  endCursor: string | null;
}

export interface PageQuery {
  /** Absent: the base table. */
  index?: string;
  /** The partition to read. */
  partition: string;
  /** Optional begins_with on the sort key. */
  sortPrefix?: string;
  /** Optional inclusive range on the sort key (used instead of sortPrefix). */
  sortBetween?: [string, string];
  first: number;
  after?: string | null;
  /** Newest first, for sort keys that start with a time. */
  descending?: boolean;
  /**
   * What names the list for its cursors, when its key condition moves with the clock (overdue:
   * due before now); by default the index, partition, key condition and filter name it.
   */
  list?: unknown;
  /** A filter on the read items (search); pages may then hold fewer than `first` items. */
  filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> };
}

function keyNames(index?: string): { pk: string; sk: string; names: string[] } {
  const def = tableDefinition;
  if (!index) return { pk: def.partitionKey, sk: def.sortKey, names: [def.partitionKey, def.sortKey] };
  const found = def.indexes.find((i) => i.name === index);
  if (!found) throw new Error(`Unknown index ${index}`);
  return { pk: found.partitionKey, sk: found.sortKey, names: [def.partitionKey, def.sortKey, found.partitionKey, found.sortKey] };
}

/** The cursor of one item in a list read from `index`: the key DynamoDB would resume after. */
function cursorOf(item: Item, names: string[], list: string): string {
  const key: Key = {};
  for (const n of names) key[n] = String(item[n]);
  return encodeCursor(key, list);
}

/** What identifies a Query's list, so a cursor continues only the list it came from. */
const listOf = (q: PageQuery) =>
  listDigest([q.index ?? "", q.partition, q.sortPrefix ?? null, q.list ?? q.sortBetween ?? null, Boolean(q.descending), q.filter?.expression ?? null, q.filter?.values ?? null]);

/** One page of a Query on a key, as connection material. Cost grows with the page, not the table. */
export async function queryPage<T extends Item>(db: Db, q: PageQuery): Promise<Page<T>> {
  const { pk, sk, names } = keyNames(q.index);
  const list = listOf(q);
  // "" is not "no cursor": it is refused like any cursor this API did not issue.
  const exclusiveStartKey = q.after !== null && q.after !== undefined ? decodeCursor(q.after, names, { [pk]: q.partition }, { list }) : undefined;
  if (exclusiveStartKey) assertWithinRange(exclusiveStartKey[sk], q);
  const values: Record<string, unknown> = { ":p": q.partition };
  let condition = "#pk = :p";
  if (q.sortPrefix !== undefined) {
    condition += " AND begins_with(#sk, :s)";
    values[":s"] = q.sortPrefix;
  } else if (q.sortBetween) {
    condition += " AND #sk BETWEEN :lo AND :hi";
    values[":lo"] = q.sortBetween[0];
    values[":hi"] = q.sortBetween[1];
  }
  const usesSort = q.sortPrefix !== undefined || q.sortBetween !== undefined;
  const input: QueryCommandInput = {
    TableName: db.table,
    IndexName: q.index,
    KeyConditionExpression: condition,
    ExpressionAttributeNames: { "#pk": pk, ...(usesSort ? { "#sk": sk } : {}), ...(q.filter?.names ?? {}) },
    ExpressionAttributeValues: { ...values, ...(q.filter?.values ?? {}) },
    ExclusiveStartKey: exclusiveStartKey,
    ScanIndexForward: !q.descending,
    FilterExpression: q.filter?.expression,
    // Read one more than asked so hasNextPage is exact; with a filter, read a bounded batch.
    Limit: q.filter ? Math.max(q.first * 4, 100) : q.first + 1,
  };
  const out = await db.doc.send(new QueryCommand(input));
  const read = (out.Items ?? []) as T[];
  const page = read.slice(0, q.first);
  const hasNextPage = read.length > q.first || (q.filter !== undefined && out.LastEvaluatedKey !== undefined);
  const items = page.map((item) => ({ cursor: cursorOf(item, names, list), item }));
  let endCursor = items.length > 0 ? items[items.length - 1].cursor : null;
  // A filtered read can end on an item that was filtered out: resume from where DynamoDB stopped.
  if (q.filter && read.length <= q.first && out.LastEvaluatedKey) endCursor = encodeCursor(out.LastEvaluatedKey as Key, list);
  return { items, hasNextPage, hasPreviousPage: Boolean(q.after), endCursor: endCursor ?? q.after ?? null };
}

function assertWithinRange(sortValue: string, q: PageQuery): void {
  const outside =
    (q.sortPrefix !== undefined && !sortValue.startsWith(q.sortPrefix)) || (q.sortBetween !== undefined && (sortValue < q.sortBetween[0] || sortValue > q.sortBetween[1]));
  if (outside) throw badInput("The cursor does not belong to this list.", "after");
}

/** Reads many items by key, 100 per request, retrying what DynamoDB left unprocessed. */
export async function batchGet<T extends Item>(db: Db, keys: Key[]): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Key[] | undefined = keys.slice(i, i + 100);
    for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
      const out = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: pending } } }));
      found.push(...((out.Responses?.[db.table] ?? []) as T[]));
      pending = out.UnprocessedKeys?.[db.table]?.Keys as Key[] | undefined;
      if (pending?.length) await backoff(attempt);
    }
  }
  return found;
}

/** Writes many items, 25 per request (seeding and bulk jobs, never a domain transition). */
export async function batchPut(db: Db, items: Item[], onProgress?: (written: number) => void): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    type Requests = { PutRequest: { Item: Item } }[];
    let pending: Requests | undefined = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
      const out = await db.doc.send(new BatchWriteCommand({ RequestItems: { [db.table]: pending } }));
      pending = out.UnprocessedItems?.[db.table] as Requests | undefined;
      if (pending?.length) await backoff(attempt);
    }
    onProgress?.(Math.min(i + 25, items.length));
  }
}

export type TransactOutcome = { ok: true } | { ok: false; failed: number[] };

/**
 * Runs one TransactWriteItems. When a condition fails, returns the indexes of the items whose
 * condition failed instead of throwing, so the caller can say CONFLICT or NOT_FOUND precisely.
 */
export async function transact(db: Db, items: TransactItem[]): Promise<TransactOutcome> {
  if (items.length > 100) throw new Error(`A transaction holds at most 100 items, not ${items.length}`);
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return { ok: true };
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const failed = reasons.flatMap((r, i) => (r.Code === "ConditionalCheckFailed" ? [i] : []));
      // TransactionConflict (another transaction on the same item) is a lost race too.
      const conflicted = reasons.some((r) => r.Code === "TransactionConflict");
      if (failed.length > 0 || conflicted) return { ok: false, failed };
    }
    throw error;
  }
}

function backoff(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
}

/**
 * One page merged from several partitions of the base table, newest first (several states
 * at once). The cursor remembers where each partition stopped, so no item is skipped or
 * repeated; a partition that was not read from keeps its place.
 */
export async function queryMergedPage<T extends Item>(db: Db, partitions: string[], first: number, after?: string | null, sortBetween?: [string, string]): Promise<Page<T>> {
  const list = listDigest([partitions, sortBetween ?? null]);
  const positions: Positions = after !== null && after !== undefined ? decodePositions(after, partitions, list) : {};
  for (const position of Object.values(positions)) {
    if (position && sortBetween) assertWithinRange(position, { partition: "", first, sortBetween });
  }
  const reads = await Promise.all(
    partitions.map(async (pk) => {
      if (positions[pk] === null) return { pk, items: [] as T[], more: false };
      const values: Record<string, unknown> = { ":p": pk };
      let condition = "pk = :p";
      if (sortBetween) {
        condition += " AND sk BETWEEN :lo AND :hi";
        values[":lo"] = sortBetween[0];
        values[":hi"] = sortBetween[1];
      }
      const out = await db.doc.send(
        new QueryCommand({
          TableName: db.table,
          KeyConditionExpression: condition,
          ExpressionAttributeValues: values,
          ExclusiveStartKey: positions[pk] ? { pk, sk: positions[pk] } : undefined,
          ScanIndexForward: false,
          Limit: first + 1,
        }),
      );
      return { pk, items: (out.Items ?? []) as T[], more: (out.Items ?? []).length > first || out.LastEvaluatedKey !== undefined };
    }),
  );
  const merged = reads.flatMap((r) => r.items.map((item) => ({ pk: r.pk, item }))).sort((a, b) => String(b.item.sk).localeCompare(String(a.item.sk)));
  const taken = merged.slice(0, first);
  // Each edge's cursor holds every partition's position just after that edge.
  const next: Positions = { ...positions };
  const items = taken.map(({ pk, item }) => {
    next[pk] = String(item.sk);
    return { cursor: encodePositions(next, partitions, list), item };
  });
  // Partitions read to their end are marked done so later pages skip them.
  for (const read of reads) {
    if (!read.more && taken.filter((t) => t.pk === read.pk).length === read.items.length) next[read.pk] = null;
  }
  const hasNextPage = merged.length > first || reads.some((r) => r.more);
  return { items, hasNextPage, hasPreviousPage: Boolean(after), endCursor: encodePositions(next, partitions, list) };
}

/** Per partition: where the last page stopped (a sort key), null when done, absent before the first read. */
type Positions = Record<string, string | null | undefined>;
const NOT_STARTED = "";
const DONE = "~";

function encodePositions(positions: Positions, partitions: string[], list: string): string {
  return encodeCursor(Object.fromEntries(partitions.map((p) => [p, positions[p] === null ? DONE : (positions[p] ?? NOT_STARTED)])), list);
}

function decodePositions(cursor: string, partitions: string[], list: string): Positions {
  const raw = decodeCursor(cursor, partitions, {}, { emptyAllowed: true, list });
  return Object.fromEntries(partitions.map((p) => [p, raw[p] === DONE ? null : raw[p] === NOT_STARTED ? undefined : raw[p]]));
}

/** Every item a Query returns, following LastEvaluatedKey — for small, bounded collections. */
export async function queryAll<T extends Item>(db: Db, input: Omit<QueryCommandInput, "TableName" | "ExclusiveStartKey">, limit = Infinity): Promise<T[]> {
  const found: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(new QueryCommand({ ...input, TableName: db.table, ExclusiveStartKey: start }));
    found.push(...((out.Items ?? []) as T[]));
    start = out.LastEvaluatedKey;
  } while (start && found.length <= limit);
  return found;
}
