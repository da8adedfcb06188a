// DynamoDB access for service places and timetables: the place with its index entries (near a
// point, under a unit) in one transaction, reads by cell and by path prefix, and the weekly
// timetable item beside the place. Keys are place.keys.ts's; records place.codec.ts's.
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";
import type { Db } from "../store/dynamo";
import { batchGet, queryAll, queryPage, transact, type Item, type Page, type TransactItem, type TransactOutcome } from "../store/ops";
import { decodePlace, decodePlaceEntry, decodeTimetable, type PlaceEntry, type PlaceRecord, type TimetableRecord } from "./place.codec";
import type { PlaceKind } from "./place.enums";
import { PARTITION_PRECISION } from "./place.geo";
import { geoPartition, pathPartition, pathPrefix, placeKey, timetableKey } from "./place.keys";

/** The most index entries one `placesNear` reads: a district's 3 × 3 cells hold far fewer. */
export const MAX_ENTRIES_READ = 2000;

interface Entry {
  pk: string;
  sk: string;
}

/** Every index entry a place has: near a point (all kinds, its kind) and under its unit. */
export function placeEntries(place: PlaceRecord): Entry[] {
  const near = `${place.geohash}#${place.id}`;
  return [
    { pk: geoPartition(place.geohash), sk: near },
    { pk: geoPartition(place.geohash, place.kind), sk: near },
    { pk: pathPartition(place.unitPath), sk: `${pathPrefix(place.unitPath)}#${place.id}` },
  ];
}

const entryItem = (place: PlaceRecord, e: Entry): Item => ({
  ...e,
  type: "PlaceIndex",
  placeId: place.id,
  kind: place.kind,
  latitude: place.latitude,
  longitude: place.longitude,
});
export const placeItem = (place: PlaceRecord): Item => ({ ...placeKey(place.id), type: "Place", ...place });

/** Every item a new place is (the demo seed writes these in batches). */
export const newPlaceItems = (place: PlaceRecord): Item[] => [placeItem(place), ...placeEntries(place).map((e) => entryItem(place, e))];

// ---- writes ----

/** Index of the creator's idempotency claim (api/store/idempotency.ts) in a creation's transaction. */
export const CREATE_CLAIM = 0;

/** Creates a place with its entries and its creator's claim on the key, all or nothing. */
export function createPlace(db: Db, place: PlaceRecord, claim: TransactItem): Promise<TransactOutcome> {
  const items: TransactItem[] = [
    claim,
    { Put: { TableName: db.table, Item: placeItem(place), ConditionExpression: "attribute_not_exists(pk)" } },
    ...placeEntries(place).map((e) => ({ Put: { TableName: db.table, Item: entryItem(place, e) } })),
  ];
  return transact(db, items);
}

/** Rewrites a place at the version the caller read, moving the entries that change. */
export function updatePlace(db: Db, before: PlaceRecord, after: PlaceRecord): Promise<TransactOutcome> {
  const id = (e: Entry) => `${e.pk}\u0000${e.sk}`;
  const old = new Map(placeEntries(before).map((e) => [id(e), e]));
  const next = placeEntries(after);
  const items: TransactItem[] = [
    { Put: { TableName: db.table, Item: placeItem(after), ConditionExpression: "version = :seen", ExpressionAttributeValues: { ":seen": before.version } } },
  ];
  const kept = new Set(next.map(id));
  for (const [key, e] of old) if (!kept.has(key)) items.push({ Delete: { TableName: db.table, Key: { pk: e.pk, sk: e.sk } } });
  // Entries carry the kind and coordinates, so every entry is rewritten with the place.
  for (const e of next) items.push({ Put: { TableName: db.table, Item: entryItem(after, e) } });
  return transact(db, items);
}

/** Writes a timetable at the version the caller read (0: none yet). False: someone else moved it. */
export async function putTimetable(db: Db, timetable: TimetableRecord, seenVersion: number): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...timetableKey(timetable.placeId), type: "Timetable", ...timetable },
        ...(seenVersion === 0
          ? { ConditionExpression: "attribute_not_exists(pk)" }
          : { ConditionExpression: "version = :seen", ExpressionAttributeValues: { ":seen": seenVersion } }),
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

export const timetableItem = (timetable: TimetableRecord): Item => ({ ...timetableKey(timetable.placeId), type: "Timetable", ...timetable });

// ---- reads ----

export async function getPlaces(db: Db, ids: readonly string[]): Promise<Map<string, PlaceRecord>> {
  const items = await batchGet(db, [...new Set(ids)].map(placeKey));
  return new Map(items.map((i) => [String(i.id), decodePlace(i)]));
}

export async function getTimetables(db: Db, placeIds: readonly string[]): Promise<Map<string, TimetableRecord>> {
  const items = await batchGet(db, [...new Set(placeIds)].map(timetableKey));
  return new Map(items.map((i) => [String(i.placeId), decodeTimetable(i)]));
}

/**
 * The entries of the places in `cells` (one Query per cell, in parallel): a cell of the
 * partition's precision is its whole partition; a finer one is a sort-key prefix in it.
 */
export async function entriesInCells(db: Db, cells: readonly string[], kind: PlaceKind | null): Promise<PlaceEntry[]> {
  const reads = await Promise.all(
    cells.map((cell) =>
      queryAll(
        db,
        cell.length > PARTITION_PRECISION
          ? { KeyConditionExpression: "pk = :p AND begins_with(sk, :c)", ExpressionAttributeValues: { ":p": geoPartition(cell, kind), ":c": cell } }
          : { KeyConditionExpression: "pk = :p", ExpressionAttributeValues: { ":p": geoPartition(cell, kind) } },
        MAX_ENTRIES_READ,
      ),
    ),
  );
  return reads.flat().map(decodePlaceEntry);
}

/** A page of the places of a unit and every unit beneath it, by path. */
export async function listUnitPlaces(db: Db, unitPath: string, first: number, after?: string | null): Promise<Page<PlaceEntry>> {
  const page = await queryPage(db, { partition: pathPartition(unitPath), sortPrefix: pathPrefix(unitPath), first, after });
  return { ...page, items: page.items.map(({ cursor, item }) => ({ cursor, item: decodePlaceEntry(item) })) };
}

/** Every place entry under a unit (counts; bounded by the subtree). */
export async function allUnitPlaces(db: Db, unitPath: string): Promise<PlaceEntry[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: "pk = :p AND begins_with(sk, :s)",
    ExpressionAttributeValues: { ":p": pathPartition(unitPath), ":s": pathPrefix(unitPath) },
  });
  return items.map(decodePlaceEntry);
}

/** Whether any place is filed under the unit (one key read, at most one item). */
export async function hasPlacesUnder(db: Db, unitPath: string): Promise<boolean> {
  const page = await queryPage(db, { partition: pathPartition(unitPath), sortPrefix: pathPrefix(unitPath), first: 1 });
  return page.items.length > 0;
}
