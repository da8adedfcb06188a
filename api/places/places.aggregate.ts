// A service place and its weekly timetable as aggregates of the command runner
// (api/kit/command.ts). Neither keeps events: each record carries the digest and the sender of
// the change that made its current version, which is all a repeat needs to be recognised.
import { inScope } from "../auth/actor";
import { notFound } from "../errors";
import type { AggregateType } from "../kit/command";
import type { PlaceRecord, TimetableRecord } from "./place.codec";
import { canSeePlace } from "./place.view";
import * as store from "./place.store";
import { PLACE_ACTIONS, type PlaceActionRelation } from "./places.policy";

const lastSender = (record: { version: number; lastActor: string | null; lastRequest: string | null }, version: number) =>
  version === record.version ? { actorId: record.lastActor, requestHash: record.lastRequest } : null;

export const PLACE: AggregateType<PlaceRecord, PlaceRecord, string, PlaceActionRelation> = {
  name: "Place",
  actions: PLACE_ACTIONS,
  read: async (ctx, id) => (await store.getPlaces(ctx.db, [id])).get(id) ?? null,
  visible: canSeePlace,
  relations: { placeInScope: (_ctx, actor, place) => inScope(actor, place.unitPath) },
  senderOf: async (_ctx, place, version) => lastSender(place, version),
  write: (ctx, w) => store.updatePlace(ctx.db, w.before, w.after),
  remember(ctx, place) {
    ctx.loaders.place.clear(place.id).prime(place.id, place);
  },
  present: (_ctx, _actor, place) => place,
};

/** A timetable, named by its place's id; version 0 and no slots until one is set. */
export type Timetable = TimetableRecord & { id: string };

export const TIMETABLE: AggregateType<Timetable, PlaceRecord, string, PlaceActionRelation> = {
  name: "Place",
  firstVersion: 0,
  actions: PLACE_ACTIONS,
  async read(ctx, id) {
    const place = await ctx.loaders.place.load(id);
    if (!place) return null;
    const found = (await store.getTimetables(ctx.db, [id])).get(id);
    return { ...(found ?? { placeId: id, version: 0, slots: [], updatedAt: null, lastRequest: null, lastActor: null }), id };
  },
  // A timetable is read and run as its place is.
  visible: canSeePlace,
  relations: {
    placeInScope: async (ctx, actor, timetable) => {
      const place = await ctx.loaders.place.load(timetable.placeId);
      return place !== null && inScope(actor, place.unitPath);
    },
  },
  senderOf: async (_ctx, timetable, version) => lastSender(timetable, version),
  async write(ctx, w) {
    const { id: _id, ...timetable } = w.after;
    return (await store.putTimetable(ctx.db, timetable, w.before.version)) ? { ok: true } : { ok: false, failed: [0] };
  },
  remember(ctx, timetable) {
    const { id: _id, ...record } = timetable;
    ctx.loaders.placeTimetable.clear(timetable.placeId).prime(timetable.placeId, record);
  },
  async present(ctx, _actor, timetable) {
    const place = await ctx.loaders.place.load(timetable.placeId);
    if (!place) throw notFound("Place", timetable.placeId);
    return place;
  },
};
