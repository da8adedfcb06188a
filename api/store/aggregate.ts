// The versioned-aggregate writer: one TransactWriteItems per command on an aggregate (an issue
// today; a meeting or a service project as those features arrive), holding
//   0  the aggregate, put only if it is still at the version the caller read (or absent, new);
//   1  its immutable event, put only if its number is free;
//   2… the caller's extra items (idempotency records, conditions on other records, holds);
//   …  then the index entries that change (the difference between the before and after sets),
//      the outbox messages, and the per-unit counters (the command-centre's hook).
// A condition failing comes back as data (TransactOutcome), so the caller says CONFLICT or
// refuses precisely; nothing is written unless everything is.
import { outboxItem, type NotificationRecord } from "../notifications/notification.store";
import type { Db } from "./dynamo";
import { transact, type Item, type TransactItem, type TransactOutcome } from "./ops";

export interface IndexEntry {
  pk: string;
  sk: string;
}

export interface AggregateWrite {
  /** The aggregate's item as it is after the command (keys included); the version it was read at (null: new). */
  item: Item;
  seenVersion: number | null;
  /** The event the command writes (keys included). */
  event: Item;
  /** Index entries before and after; each after-entry is written with `entryAttributes`. */
  indexBefore: IndexEntry[];
  indexAfter: IndexEntry[];
  entryAttributes: Item;
  outbox?: NotificationRecord[];
  /** Items that must hold or be written with the command, placed from FIRST_EXTRA_ITEM on. */
  extra?: TransactItem[];
  /** Counter updates per unit and period, written with the command (none yet). */
  counters?: TransactItem[];
}

/** Index of the aggregate item; its condition failing is a lost race. */
export const AGGREGATE_ITEM = 0;
/** Index of the first of the caller's `extra` items. */
export const FIRST_EXTRA_ITEM = 2;

const entryId = (e: IndexEntry) => `${e.pk}\u0000${e.sk}`;

export function writeAggregate(db: Db, w: AggregateWrite): Promise<TransactOutcome> {
  const before = new Map(w.indexBefore.map((e) => [entryId(e), e]));
  const after = new Map(w.indexAfter.map((e) => [entryId(e), e]));
  const items: TransactItem[] = [
    {
      Put: {
        TableName: db.table,
        Item: w.item,
        ...(w.seenVersion === null
          ? { ConditionExpression: "attribute_not_exists(pk)" }
          : { ConditionExpression: "version = :seen", ExpressionAttributeValues: { ":seen": w.seenVersion } }),
      },
    },
    { Put: { TableName: db.table, Item: w.event, ConditionExpression: "attribute_not_exists(pk)" } },
    ...(w.extra ?? []),
  ];
  for (const [id, e] of before) if (!after.has(id)) items.push({ Delete: { TableName: db.table, Key: { pk: e.pk, sk: e.sk } } });
  for (const [id, e] of after) if (!before.has(id)) items.push({ Put: { TableName: db.table, Item: { ...e, ...w.entryAttributes } } });
  for (const n of w.outbox ?? []) items.push(outboxItem(db, n));
  items.push(...(w.counters ?? []));
  return transact(db, items);
}
