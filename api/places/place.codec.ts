// Service place and timetable records, and their decoders (records are decoded, never cast).
import { arrayOf, decode, int, nullable, num, object, oneOf, str, type Infer } from "../store/codec";
import { PlaceKind, Weekday } from "./place.enums";

export type OpeningHoursRecord = Infer<typeof hours>;

export type PlaceRecord = Infer<typeof placeShape>;

export type TimetableSlotRecord = Infer<typeof slot>;

export type TimetableRecord = Infer<typeof timetableShape>;

const hours = object({
  weekday: oneOf(Weekday),
  /** Local time (China Standard Time), "HH:MM". */
  opens: str,
  closes: str,
});
const placeShape = object({
  id: str,
  kind: oneOf(PlaceKind),
  name: str,
  unitId: str,
  unitName: str,
  /** The unit's path when the place was filed (a unit with places cannot move: places.module.ts). */
  unitPath: str,
  address: str,
  latitude: num,
  longitude: num,
  /** At STORED_PRECISION characters (place.geo.ts). */
  geohash: str,
  openingHours: arrayOf(hours),
  services: arrayOf(str),
  /** The place's public contact number (a desk, never a person's mobile). */
  phone: nullable(str),
  version: int,
  createdAt: str,
  updatedAt: str,
  createdBy: str,
  /** What the last command's input hashed to, and who sent it: a repeated update is recognised. */
  lastRequest: str,
  lastActor: str,
});
const slot = object({
  weekday: oneOf(Weekday),
  start: str,
  end: str,
  department: str,
  service: str,
  note: nullable(str),
});
const timetableShape = object({
  placeId: str,
  /** 0 when no timetable has been set. */
  version: int,
  slots: arrayOf(slot),
  updatedAt: nullable(str),
  lastRequest: nullable(str),
  lastActor: nullable(str),
});

export const decodePlace = (item: unknown): PlaceRecord => decode(placeShape, item, "Place");
export const decodeTimetable = (item: unknown): TimetableRecord => decode(timetableShape, item, "Timetable");

/** An index entry of a place: enough to measure its distance before reading the place. */
export type PlaceEntry = Infer<typeof entryShape>;
const entryShape = object({
  placeId: str,
  kind: oneOf(PlaceKind),
  latitude: num,
  longitude: num,
});
export const decodePlaceEntry = (item: unknown): PlaceEntry => decode(entryShape, item, "PlaceIndex");
