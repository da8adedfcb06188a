// Weekly timetables of service places (a teahouse's: Monday the organisation department's
// party-history class, Tuesday street leaders receive residents, …): admins over the place set
// the whole week at once; residents ask what is on at the places near them this week.
import type { TimetableSlotInput as TimetableSlotInputClass } from "./timetable.type";
import { authorize, requireActor } from "../auth/guards";
import { tagged } from "../privacy/audience";
import { placeAudience } from "./place.view";
import * as valid from "../common/validate";
import type { GridnetContext } from "../context";
import { badInput } from "../errors";
import type { PlaceRecord, TimetableRecord, TimetableSlotRecord } from "./place.codec";
import { WEEKDAYS, Weekday } from "./place.enums";
import { clock, nearby, type NearArgs } from "./place.rules";
import { runCommand } from "../kit/command";
import { requestDigest } from "../kit/digest";
import { TIMETABLE } from "./places.aggregate";
import { PLACES_POLICY as POLICY } from "./places.policy";

/** The most sessions a week may hold: nine a day and some. */
export const MAX_SLOTS = 60;
/** How many of the nearest places `timetableNear` reads the timetables of. */
export const NEAREST_PLACES = 100;
/** China Standard Time, UTC+8 all year: the week and its dates are counted there. */
const CST_OFFSET_MS = 8 * 3600_000;

export const emptyTimetable = (placeId: string): TimetableRecord => ({ placeId, version: 0, slots: [], updatedAt: null, lastRequest: null, lastActor: null });

/** The input as the contract declares it (timetable.type.ts): one definition. */
type SlotInput = TimetableSlotInputClass;

function slots(list: readonly SlotInput[]): TimetableSlotRecord[] {
  if (!Array.isArray(list)) throw badInput("slots must be a list.", "slots");
  if (list.length > MAX_SLOTS) throw badInput(`At most ${MAX_SLOTS} sessions a week.`, "slots");
  const out = list.map((s, i) => {
    const weekday = valid.oneOf(Weekday, s?.weekday, `slots[${i}].weekday`);
    const start = clock(s.start, `slots[${i}].start`);
    const end = clock(s.end, `slots[${i}].end`);
    if (end <= start) throw badInput(`slots[${i}] ends before it starts.`, `slots[${i}].end`);
    const note = s.note === null || s.note === undefined ? null : valid.text(s.note, `slots[${i}].note`, 200);
    return { weekday, start, end, department: valid.text(s.department, `slots[${i}].department`, 40), service: valid.text(s.service, `slots[${i}].service`, 80), note };
  });
  return out.sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || a.start.localeCompare(b.start) || a.department.localeCompare(b.department));
}

/** Sets a place's whole week; returns the place (its `timetable` then reads the new one). */
export function setPlaceTimetable(ctx: GridnetContext, input: { placeId: string; expectedVersion: number; slots: SlotInput[] }): Promise<PlaceRecord> {
  authorize(ctx, POLICY.setPlaceTimetable, "set timetables");
  const week = slots(input.slots);
  const requestHash = requestDigest("setPlaceTimetable", { placeId: input.placeId, week });
  return runCommand(ctx, TIMETABLE, {
    id: input.placeId,
    idField: "placeId",
    actions: ["setTimetable"],
    expectedVersion: input.expectedVersion,
    requestHash,
    rejudge: false,
    change: (_timetable, actor) => ({ after: { slots: week, lastRequest: requestHash, lastActor: actor.sub } }),
  });
}

/** The date (YYYY-MM-DD, China Standard Time) of each weekday of the week holding `now`. */
export function weekDates(now: Date): Record<Weekday, string> {
  const local = new Date(now.getTime() + CST_OFFSET_MS);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - sinceMonday);
  return Object.fromEntries(WEEKDAYS.map((d, i) => [d, new Date(monday + i * 86400_000).toISOString().slice(0, 10)])) as Record<Weekday, string>;
}

/** What is on this week at the places within a radius of a point, day by day. */
export async function timetableNear(ctx: GridnetContext, args: NearArgs & { weekday?: Weekday | null }) {
  authorize(ctx, POLICY.timetableNear, "read timetables");
  const only = args.weekday === null || args.weekday === undefined ? null : valid.oneOf(Weekday, args.weekday, "weekday");
  const { found } = await nearby(ctx, args, undefined, NEAREST_PLACES);
  const timetables = await ctx.loaders.placeTimetable.loadMany(found.map((n) => n.place.id));
  const dates = weekDates(ctx.now());
  const sessions = found.flatMap((n, i) => {
    const t = timetables[i];
    if (!t || t instanceof Error) return [];
    // Each slot is read as its place is (api/councils/place.view.ts).
    const reader = placeAudience(requireActor(ctx), n.place);
    return t.slots.map((slot) => ({ place: n.place, distanceMetres: n.distanceMetres, walkingMinutes: n.walkingMinutes, millimetres: n.millimetres, slot: tagged(slot, reader) }));
  });
  const days = WEEKDAYS.filter((d) => only === null || d === only).map((weekday) => ({
    weekday,
    date: dates[weekday],
    sessions: sessions.filter((s) => s.slot.weekday === weekday).sort((a, b) => a.slot.start.localeCompare(b.slot.start) || a.millimetres - b.millimetres),
  }));
  return { weekStarts: dates[Weekday.MONDAY], placesConsidered: found.length, days };
}
