// DynamoDB access for the org hierarchy: reads and the transactions that change units. The
// key strings are org.keys.ts's; records are decoded by org.codec.ts.
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { OrgUnitKind } from "./org.enums";
import type { Db } from "../store/dynamo";
import { decodeUnit, type GridWorkerRecord, type OrgUnitRecord } from "./org.codec";
import { guardKey, rootCode, unitKey } from "./org.keys";
import { batchGet, queryAll, queryPage, transact, type Item, type Page, type TransactItem, type TransactOutcome } from "../store/ops";

/** The item for a unit, with the index keys derived from it. */
export function unitItem(unit: OrgUnitRecord): Item {
  return {
    ...unitKey(unit.id),
    type: "OrgUnit",
    ...unit,
    ...(unit.parentId ? { gsi1pk: `PARENT#${unit.parentId}`, gsi1sk: unit.segment } : {}),
    gsi2pk: `KIND#${unit.kind}`,
    gsi2sk: unit.path,
    gsi3pk: `TREE#${rootCode(unit.path)}`,
    gsi3sk: unit.path,
  };
}

export function guardItem(unit: OrgUnitRecord): Item {
  return { ...guardKey(unit.parentId ?? "ROOT", unit.segment), type: "ChildGuard", childId: unit.id };
}

function toPage(page: Page<Item>): Page<OrgUnitRecord> {
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: decodeUnit(item) })) };
}

export async function getUnits(db: Db, ids: readonly string[]): Promise<Map<string, OrgUnitRecord>> {
  const unique = [...new Set(ids)];
  const items = await batchGet(db, unique.map(unitKey));
  return new Map(
    items.map((item) => {
      const unit = decodeUnit(item);
      return [unit.id, unit] as const;
    }),
  );
}

export async function getUnit(db: Db, id: string): Promise<OrgUnitRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: unitKey(id) }));
  return out.Item ? decodeUnit(out.Item) : null;
}

export async function listChildren(db: Db, parentId: string, first: number, after?: string | null) {
  return toPage(await queryPage(db, { index: "gsi1", partition: `PARENT#${parentId}`, first, after }));
}

export async function listSubtreeOfKind(db: Db, root: OrgUnitRecord, kind: OrgUnitKind, first: number, after?: string | null) {
  return toPage(await queryPage(db, { index: "gsi2", partition: `KIND#${kind}`, sortPrefix: `${root.path}/`, first, after }));
}

/**
 * Units beneath `root` whose name contains `text`. The read is a Query on the subtree's path
 * range with a filter, so it costs the subtree (a few thousand units for a whole district),
 * never the table; each page reads a bounded batch and may hold fewer than `first` matches.
 */
export async function searchSubtree(db: Db, root: OrgUnitRecord, text: string, first: number, after?: string | null) {
  return toPage(
    await queryPage(db, {
      index: "gsi3",
      partition: `TREE#${rootCode(root.path)}`,
      sortPrefix: root.path,
      first,
      after,
      filter: { expression: "contains(#name, :q)", names: { "#name": "name" }, values: { ":q": text } },
    }),
  );
}

/** Every unit beneath `root`, for a move. Bounded by the caller's limit. */
export async function listDescendants(db: Db, root: OrgUnitRecord, limit: number): Promise<OrgUnitRecord[]> {
  const items = await queryAll(
    db,
    {
      IndexName: "gsi3",
      KeyConditionExpression: "gsi3pk = :p AND begins_with(gsi3sk, :s)",
      ExpressionAttributeValues: { ":p": `TREE#${rootCode(root.path)}`, ":s": `${root.path}/` },
      Limit: limit + 1,
    },
    limit,
  );
  return items.map((item) => decodeUnit(item));
}

// ---- writes: each is one transaction, conditioned on what the caller read ----

/** Index of the item whose condition failing means "the segment is taken". */
export const CREATE_GUARD = 1;

/** Index of the creation's idempotency claim (`claim`, written with the unit). */
export const CREATE_CLAIM = 3;

export function createUnit(db: Db, unit: OrgUnitRecord, parent: OrgUnitRecord, claim: TransactItem): Promise<TransactOutcome> {
  return transact(db, [
    { Put: { TableName: db.table, Item: unitItem(unit), ConditionExpression: "attribute_not_exists(pk)" } },
    { Put: { TableName: db.table, Item: guardItem(unit), ConditionExpression: "attribute_not_exists(pk)" } },
    // The parent must still be where the caller saw it, or the new path would be wrong.
    {
      ConditionCheck: {
        TableName: db.table,
        Key: unitKey(parent.id),
        ConditionExpression: "#path = :path",
        ExpressionAttributeNames: { "#path": "path" },
        ExpressionAttributeValues: { ":path": parent.path },
      },
    },
    claim,
  ]);
}

function versioned(db: Db, unit: OrgUnitRecord, set: Record<string, unknown>, options: { withoutIssues?: boolean } = {}): TransactItem {
  const names: Record<string, string> = { "#v": "version", "#u": "updatedAt" };
  const values: Record<string, unknown> = { ":seen": unit.version, ":next": unit.version + 1, ":now": new Date().toISOString() };
  const parts = ["#v = :next", "#u = :now"];
  Object.entries(set).forEach(([attr, value], i) => {
    names[`#a${i}`] = attr;
    values[`:a${i}`] = value;
    parts.push(`#a${i} = :a${i}`);
  });
  return {
    Update: {
      TableName: db.table,
      Key: unitKey(unit.id),
      UpdateExpression: `SET ${parts.join(", ")}`,
      ConditionExpression: options.withoutIssues ? "#v = :seen AND (attribute_not_exists(#ic) OR #ic = :none)" : "#v = :seen",
      ExpressionAttributeNames: options.withoutIssues ? { ...names, "#ic": "issueCount" } : names,
      ExpressionAttributeValues: options.withoutIssues ? { ...values, ":none": 0 } : values,
    },
  };
}
/** Changes attributes of one unit if its version is still the one read. */
export function updateUnit(db: Db, unit: OrgUnitRecord, set: Record<string, unknown>): Promise<TransactOutcome> {
  return transact(db, [versioned(db, unit, set)]);
}

/**
 * Moves `unit` (and rewrites its descendants' paths and codes) under `parent`: the old
 * segment guard goes, a new one is taken, every rewritten unit is conditioned on its version
 * and on holding no issues — a report counts itself on its grid in its own transaction
 * (`reportHold`), so a move and a report racing each other cannot both succeed.
 * Items: 3 + descendants, so callers keep descendants ≤ 97.
 */
export function moveUnit(
  db: Db,
  moved: { before: OrgUnitRecord; after: OrgUnitRecord },
  descendants: { before: OrgUnitRecord; after: OrgUnitRecord }[],
  parent: OrgUnitRecord,
): Promise<TransactOutcome> {
  const rewrite = ({ before, after }: { before: OrgUnitRecord; after: OrgUnitRecord }) =>
    versioned(
      db,
      before,
      {
        parentId: after.parentId,
        segment: after.segment,
        code: after.code,
        path: after.path,
        ancestorIds: after.ancestorIds,
        ...(after.parentId ? { gsi1pk: `PARENT#${after.parentId}`, gsi1sk: after.segment } : {}),
        gsi2sk: after.path,
        gsi3sk: after.path,
      },
      { withoutIssues: true },
    );
  return transact(db, [
    rewrite(moved),
    { Delete: { TableName: db.table, Key: guardKey(moved.before.parentId ?? "ROOT", moved.before.segment) } },
    { Put: { TableName: db.table, Item: guardItem(moved.after), ConditionExpression: "attribute_not_exists(pk)" } },
    {
      ConditionCheck: {
        TableName: db.table,
        Key: unitKey(parent.id),
        ConditionExpression: "#path = :path",
        ExpressionAttributeNames: { "#path": "path" },
        ExpressionAttributeValues: { ":path": parent.path },
      },
    },
    ...descendants.map(rewrite),
  ]);
}

/** A grid's worker list with one worker's copy refreshed, conditioned on the grid's version. */
export function workerCopyItem(db: Db, grid: OrgUnitRecord, worker: GridWorkerRecord): TransactItem {
  return versioned(db, grid, { workers: grid.workers.map((w) => (w.id === worker.id ? worker : w)) });
}

/** Index of the item whose condition failing means "the new segment is taken". */
export const MOVE_GUARD = 2;

/**
 * A report's hold on its grid, written in the report's transaction: the grid must still be at
 * the path the report was filed under, and its issue count goes up, which a move of the grid
 * (or of any unit above it) is conditioned on. Either the move sees the report and refuses,
 * or the report sees the move and fails.
 */
export function reportHold(db: Db, grid: OrgUnitRecord): TransactItem {
  return {
    Update: {
      TableName: db.table,
      Key: unitKey(grid.id),
      UpdateExpression: "SET #ic = if_not_exists(#ic, :none) + :one",
      ConditionExpression: "#path = :path",
      ExpressionAttributeNames: { "#ic": "issueCount", "#path": "path" },
      ExpressionAttributeValues: { ":none": 0, ":one": 1, ":path": grid.path },
    },
  };
}

/**
 * Puts a worker on `grid` (taking them off `previous`, the grid they served): both grids'
 * worker lists conditioned on the versions read, and the person's unit conditioned on the grid
 * they were on — two admins moving one worker at once cannot leave them on two grids.
 */
export function assignWorker(
  db: Db,
  grid: OrgUnitRecord,
  previous: OrgUnitRecord | null,
  person: { id: string; name: string; phone: string | null; orgId: string | null },
): Promise<TransactOutcome> {
  const worker: GridWorkerRecord = { id: person.id, name: person.name, phone: person.phone };
  const items: TransactItem[] = [versioned(db, grid, { workers: [...grid.workers.filter((w) => w.id !== person.id), worker] })];
  if (previous && previous.id !== grid.id) items.push(versioned(db, previous, { workers: previous.workers.filter((w) => w.id !== person.id) }));
  items.push({
    Update: {
      TableName: db.table,
      Key: { pk: `USER#${person.id}`, sk: "PROFILE" },
      UpdateExpression: "SET orgId = :grid",
      ConditionExpression: person.orgId ? "orgId = :prev" : "attribute_not_exists(orgId) OR orgId = :grid",
      ExpressionAttributeValues: { ":grid": grid.id, ...(person.orgId ? { ":prev": person.orgId } : {}) },
    },
  });
  return transact(db, items);
}
