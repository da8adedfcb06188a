// Service places (the 15-minute party–mass service circle): admins file and update the places
// of units in their scope; every signed-in role but partners reads them — they are public
// service points — near a point (a Query per covering geohash cell, then the exact distance)
// or under a unit (a path-prefix Query). Partners get counts only (placeCounts).
import type { UpdatePlaceInput as UpdatePlaceInputClass } from "./place.type";
import type { CreatePlaceInput as CreatePlaceInputClass } from "./place.type";
import { ulid } from "ulid";
import { authorize, requireActor } from "../auth/guards";
import { loadUnit, loadUnitInScope } from "../org";
import { presentPlace, canSeePlace } from "./place.view";
import { pageSize, toConnection } from "../common/paging";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput, notFound } from "../errors";
import { decodeCursor, encodeCursor, listDigest } from "../store/cursor";
import type { Page } from "../store/ops";
import type { OpeningHoursRecord, PlaceEntry, PlaceRecord } from "./place.codec";
import { PlaceKind, WEEKDAYS, Weekday } from "./place.enums";
import { MAX_RADIUS_METRES, STORED_PRECISION, coveringCells, haversineMetres, walkingMetres, walkingMinutes, type Point } from "./place.geo";
import { encode } from "./place.geohash";
import * as store from "./place.store";
import { runCommand } from "../kit/command";
import { createOnce } from "../kit/create";
import { requestDigest } from "../kit/digest";
import { PLACE } from "./places.aggregate";
import { PLACES_POLICY as POLICY } from "./places.policy";

export { canSeePlace };

// ---- input checks (shared with timetable.rules.ts) ----

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A local time "HH:MM", 24-hour. */
export function clock(value: string, field: string): string {
  if (typeof value !== "string" || !CLOCK.test(value)) throw badInput(`${field} must be a time HH:MM (00:00–23:59).`, field);
  return value;
}

export function point(latitude: unknown, longitude: unknown): Point {
  if (typeof latitude !== "number" || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) throw badInput("latitude must be between -90 and 90.", "latitude");
  if (typeof longitude !== "number" || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    throw badInput("longitude must be between -180 and 180.", "longitude");
  }
  return { latitude, longitude };
}

/** The radius asked for, in metres: exactly one of radiusMetres and walkingMinutes. */
export function radius(radiusMetres: number | null | undefined, minutes: number | null | undefined): number {
  const given = [radiusMetres, minutes].filter((v) => v !== null && v !== undefined);
  if (given.length !== 1) throw badInput("Give exactly one of radiusMetres and walkingMinutes.", "radiusMetres");
  if (minutes !== null && minutes !== undefined) return walkingMetres(valid.integer(minutes, "walkingMinutes", 1, Math.floor(MAX_RADIUS_METRES / walkingMetres(1))));
  if (typeof radiusMetres !== "number" || !Number.isFinite(radiusMetres) || radiusMetres <= 0 || radiusMetres > MAX_RADIUS_METRES) {
    throw badInput(`radiusMetres must be more than 0 and at most ${MAX_RADIUS_METRES}.`, "radiusMetres");
  }
  return radiusMetres;
}

function openingHours(list: readonly { weekday: Weekday; opens: string; closes: string }[] | null | undefined): OpeningHoursRecord[] {
  const hours = (list ?? []).map((h, i) => {
    const weekday = valid.oneOf(Weekday, h?.weekday, `openingHours[${i}].weekday`);
    const opens = clock(h.opens, `openingHours[${i}].opens`);
    const closes = clock(h.closes, `openingHours[${i}].closes`);
    if (closes <= opens) throw badInput(`openingHours[${i}] closes before it opens.`, `openingHours[${i}].closes`);
    return { weekday, opens, closes };
  });
  if (new Set(hours.map((h) => h.weekday)).size !== hours.length) throw badInput("openingHours lists a weekday twice.", "openingHours");
  return hours.sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday));
}

function services(list: readonly string[] | null | undefined): string[] {
  const out = (list ?? []).map((s, i) => valid.text(s, `services[${i}]`, 40));
  if (out.length > 30) throw badInput("At most 30 services.", "services");
  if (new Set(out).size !== out.length) throw badInput("services lists one twice.", "services");
  return out;
}

function phone(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string" || !/^[0-9+\-() ]{3,20}$/.test(value)) throw badInput("phone must be 3–20 digits, spaces or + - ( ).", "phone");
  return value;
}

// ---- commands ----

/** The input as the contract declares it (place.type.ts): one definition. */
export type CreatePlaceArgs = CreatePlaceInputClass;

export async function createPlace(ctx: GridnetContext, input: CreatePlaceArgs): Promise<PlaceRecord> {
  const actor = authorize(ctx, POLICY.createPlace, "file service places");
  const key = valid.key(input.idempotencyKey, "idempotencyKey");
  const kind = valid.oneOf(PlaceKind, input.kind, "kind");
  const name = valid.text(input.name, "name", 60);
  const address = valid.text(input.address, "address", 200);
  const at = point(input.latitude, input.longitude);
  const hours = openingHours(input.openingHours);
  const offered = services(input.services);
  const contact = phone(input.phone);
  const unit = await loadUnitInScope(ctx, valid.optionalId(input.unitId, "unitId") ?? actor.orgId, "unitId");
  const requestHash = requestDigest("createPlace", [unit.id, kind, name, address, at, hours, offered, contact]);

  // The actor's key names one request, whatever the mutation (docs/idempotency.md, "Keys").
  return createOnce(ctx, {
    key,
    what: "place",
    requestHash,
    build(when): PlaceRecord {
      const now = when.toISOString();
      return {
        id: `pl_${ulid()}`,
        kind,
        name,
        unitId: unit.id,
        unitName: unit.name,
        unitPath: unit.path,
        address,
        ...at,
        geohash: encode(at.latitude, at.longitude, STORED_PRECISION),
        openingHours: hours,
        services: offered,
        phone: contact,
        version: 1,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.sub,
        lastRequest: requestHash,
        lastActor: actor.sub,
      };
    },
    write: (place, claim) => store.createPlace(ctx.db, place, claim),
    claimIndex: store.CREATE_CLAIM,
    answer: (id) => createdBefore(ctx, id),
    created(place) {
      ctx.loaders.place.prime(place.id, place);
      return place;
    },
  });
}

/** The place a key's first request filed, as it is now. */
async function createdBefore(ctx: GridnetContext, placeId: string): Promise<PlaceRecord> {
  const place = (await store.getPlaces(ctx.db, [placeId])).get(placeId);
  if (!place) throw notFound("Place", placeId);
  return place;
}

/** The input as the contract declares it (place.type.ts): one definition. */
export type UpdatePlaceArgs = UpdatePlaceInputClass;

const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

export async function updatePlace(ctx: GridnetContext, input: UpdatePlaceArgs): Promise<PlaceRecord> {
  const _actor = authorize(ctx, POLICY.updatePlace, "change service places");
  const id = valid.id(input.id, "id");
  const expectedVersion = valid.version(input.expectedVersion);
  const changes: Partial<PlaceRecord> = {};
  if (given(input.kind)) changes.kind = valid.oneOf(PlaceKind, input.kind, "kind");
  if (given(input.name)) changes.name = valid.text(input.name, "name", 60);
  if (given(input.address)) changes.address = valid.text(input.address, "address", 200);
  if (given(input.latitude) !== given(input.longitude)) throw badInput("Give latitude and longitude together.", given(input.latitude) ? "longitude" : "latitude");
  if (given(input.latitude)) {
    Object.assign(changes, point(input.latitude, input.longitude));
    changes.geohash = encode(input.latitude, input.longitude as number, STORED_PRECISION);
  }
  if (given(input.openingHours)) changes.openingHours = openingHours(input.openingHours);
  if (given(input.services)) changes.services = services(input.services);
  if (given(input.phone)) changes.phone = phone(input.phone);
  if (Object.keys(changes).length === 0) throw badInput("Nothing to change.", "id");

  return runCommand(ctx, PLACE, {
    id,
    idField: "id",
    actions: ["update"],
    expectedVersion,
    requestHash: requestDigest("updatePlace", { id, changes }),
    rejudge: true,
    change: (_place, actor) => ({ after: { ...changes, lastRequest: requestDigest("updatePlace", { id, changes }), lastActor: actor.sub } }),
  });
}

// ---- reads ----

/** One place, or null when it does not exist or the reader may not see it. */
export async function place(ctx: GridnetContext, id: string): Promise<PlaceRecord | null> {
  const actor = authorize(ctx, POLICY.place, "read service places");
  const found = await ctx.loaders.place.load(valid.id(id, "id"));
  return found && canSeePlace(actor) ? presentPlace(actor, found) : null;
}

/** The node(id:) loader: the same rule as `place`, null instead of any refusal. */
export async function placeNode(ctx: GridnetContext, id: string): Promise<PlaceRecord | null> {
  if (!ctx.actor || !canSeePlace(ctx.actor)) return null;
  const found = await ctx.loaders.place.load(id);
  return found && presentPlace(ctx.actor, found);
}

export interface NearArgs {
  latitude: number;
  longitude: number;
  radiusMetres?: number | null;
  walkingMinutes?: number | null;
  kind?: PlaceKind | null;
}

export interface Nearby {
  place: PlaceRecord;
  distanceMetres: number;
  walkingMinutes: number;
  /** Whole millimetres: the order and the cursor use it, so "on the edge" is exact. */
  millimetres: number;
}

/**
 * Every place within the radius, nearest first (ties by id): one Query per covering cell,
 * then the exact distance of each entry; only the hits are read from the table.
 */
export async function nearby(ctx: GridnetContext, args: NearArgs, skip?: { millimetres: number; id: string }, limit = Number.POSITIVE_INFINITY) {
  const actor = requireActor(ctx);
  const centre = point(args.latitude, args.longitude);
  const metres = radius(args.radiusMetres, args.walkingMinutes);
  const kind = given(args.kind) ? valid.oneOf(PlaceKind, args.kind, "kind") : null;
  const cells = coveringCells(centre, metres);
  if (!cells) throw badInput("This radius is too large at this latitude.", "radiusMetres");
  const edge = Math.round(metres * 1000);
  const hits = (await store.entriesInCells(ctx.db, cells, kind))
    .map((entry) => ({ entry, millimetres: Math.round(haversineMetres(centre, entry) * 1000) }))
    .filter((h) => h.millimetres <= edge)
    .filter((h) => !skip || h.millimetres > skip.millimetres || (h.millimetres === skip.millimetres && h.entry.placeId > skip.id))
    .sort((a, b) => a.millimetres - b.millimetres || (a.entry.placeId < b.entry.placeId ? -1 : 1));
  const taken = hits.slice(0, limit);
  const places = await ctx.loaders.place.loadMany(taken.map((h) => h.entry.placeId));
  const found: Nearby[] = [];
  taken.forEach((h, i) => {
    const p = places[i];
    // An entry whose place is gone (never the case while places are not deleted) is skipped.
    if (p && !(p instanceof Error))
      found.push({
        place: presentPlace(actor, p),
        millimetres: h.millimetres,
        distanceMetres: Math.round(h.millimetres / 100) / 10,
        walkingMinutes: walkingMinutes(h.millimetres / 1000),
      });
  });
  return { found, more: hits.length > taken.length };
}

/** Places within a radius of a point, nearest first, as a connection. */
export async function placesNear(ctx: GridnetContext, args: NearArgs, first?: number | null, after?: string | null) {
  authorize(ctx, POLICY.placesNear, "find service places");
  const size = pageSize(first);
  const list = listDigest(["placesNear", args.latitude, args.longitude, args.radiusMetres ?? null, args.walkingMinutes ?? null, args.kind ?? null]);
  let skip: { millimetres: number; id: string } | undefined;
  if (after !== null && after !== undefined) {
    const key = decodeCursor(after, ["d", "id"], {}, { list });
    if (!/^\d{1,12}$/.test(key.d)) throw badInput("The cursor is not one this API issued.", "after");
    skip = { millimetres: Number(key.d), id: valid.id(key.id, "after") };
  }
  const { found, more } = await nearby(ctx, args, skip, size);
  const page: Page<Nearby> = {
    items: found.map((n) => ({ cursor: encodeCursor({ d: String(n.millimetres), id: n.place.id }, list), item: n })),
    hasNextPage: more,
    hasPreviousPage: after !== null && after !== undefined,
    endCursor: null,
  };
  page.endCursor = page.items.at(-1)?.cursor ?? after ?? null;
  return toConnection(page, (n) => n);
}

/** The places of a unit (any unit: places are public) and of every unit beneath it. */
export async function places(ctx: GridnetContext, unitId: string | null | undefined, first?: number | null, after?: string | null) {
  const actor = authorize(ctx, POLICY.places, "read service places");
  const unit = await loadUnit(ctx, valid.optionalId(unitId, "unitId") ?? actor.orgId, "unitId");
  const page = await store.listUnitPlaces(ctx.db, unit.path, pageSize(first), after);
  const loaded = await ctx.loaders.place.loadMany(page.items.map((i) => i.item.placeId));
  const items = page.items.flatMap(({ cursor }, i) => {
    const p = loaded[i];
    return p && !(p instanceof Error) ? [{ cursor, item: presentPlace(actor, p) }] : [];
  });
  return toConnection({ ...page, items }, (p) => p);
}

/** How many places a unit in scope has, by kind: what partners may read. */
export async function placeCounts(ctx: GridnetContext, unitId: string | null | undefined) {
  const actor = authorize(ctx, POLICY.placeCounts, "count service places");
  const unit = await loadUnitInScope(ctx, valid.optionalId(unitId, "unitId") ?? actor.orgId, "unitId");
  const entries: PlaceEntry[] = await store.allUnitPlaces(ctx.db, unit.path);
  return {
    unitId: unit.id,
    total: entries.length,
    byKind: Object.values(PlaceKind).map((kind) => ({ kind, count: entries.filter((e) => e.kind === kind).length })),
  };
}
