// Service place and timetable records, and their decoders (records are decoded, never cast).
import { arrayOf, decode, int, nullable, num, object, oneOf, str } from "../store/codec";
import { PlaceKind, Weekday } from "./place.enums";

export interface OpeningHoursRecord {
  weekday: Weekday;
  /** Local time (China Standard Time), "HH:MM". */
  opens: string;
  closes: string;
}

export interface PlaceRecord {
  id: string;
  kind: PlaceKind;
  name: string;
  unitId: string;
  unitName: string;
  /** The unit's path when the place was filed (a unit with places cannot move: places.parts.ts). */
  unitPath: string;
  address: string;
  latitude: number;
  longitude: number;
  /** At STORED_PRECISION characters (place.geo.ts). */
  geohash: string;
  openingHours: OpeningHoursRecord[];
  services: string[];
  /** The place's public contact number (a desk, never a person's mobile). */
  phone: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  /** What the last command's input hashed to, and who sent it: a repeated update is recognised. */
  lastRequest: string;
  lastActor: string;
}

export interface TimetableSlotRecord {
  weekday: Weekday;
  start: string;
  end: string;
  department: string;
  service: string;
  note: string | null;
}

export interface TimetableRecord {
  placeId: string;
  /** 0 when no timetable has been set. */
  version: number;
  slots: TimetableSlotRecord[];
  updatedAt: string | null;
  lastRequest: string | null;
  lastActor: string | null;
}

const hours = object({ weekday: oneOf(Weekday), opens: str, closes: str });
const placeShape = object({
  id: str,
  kind: oneOf(PlaceKind),
  name: str,
  unitId: str,
  unitName: str,
  unitPath: str,
  address: str,
  latitude: num,
  longitude: num,
  geohash: str,
  openingHours: arrayOf(hours),
  services: arrayOf(str),
  phone: nullable(str),
  version: int,
  createdAt: str,
  updatedAt: str,
  createdBy: str,
  lastRequest: str,
  lastActor: str,
});
const slot = object({ weekday: oneOf(Weekday), start: str, end: str, department: str, service: str, note: nullable(str) });
const timetableShape = object({ placeId: str, version: int, slots: arrayOf(slot), updatedAt: nullable(str), lastRequest: nullable(str), lastActor: nullable(str) });

export const decodePlace = (item: unknown): PlaceRecord => decode(placeShape, item, "Place");
export const decodeTimetable = (item: unknown): TimetableRecord => decode(timetableShape, item, "Timetable");

/** An index entry of a place: enough to measure its distance before reading the place. */
export interface PlaceEntry {
  placeId: string;
  kind: PlaceKind;
  latitude: number;
  longitude: number;
}
const entryShape = object({ placeId: str, kind: oneOf(PlaceKind), latitude: num, longitude: num });
export const decodePlaceEntry = (item: unknown): PlaceEntry => decode(entryShape, item, "PlaceIndex");
