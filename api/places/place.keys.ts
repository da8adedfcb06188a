// The key strings of service places and their timetables (docs/access-patterns.md, "Service
// places, timetables and mediation"), owned here alone:
//   place            pk PLACE#<id>                     sk PLACE
//   timetable        pk PLACE#<id>                     sk TIMETABLE
//   near a point     pk GEO#<geohash 5>  | GEO#<geohash 5>#<kind>       sk <geohash 9>#<id>
//   under a unit     pk PLACEPATH#<district code>      sk <unit path>/#<id>
import type { PlaceKind } from "./place.enums";
import { PARTITION_PRECISION } from "./place.geo";

export const placeKey = (id: string) => ({ pk: `PLACE#${id}`, sk: "PLACE" });
export const timetableKey = (placeId: string) => ({ pk: `PLACE#${placeId}`, sk: "TIMETABLE" });

/** The spatial partition of a cell (any precision ≥ PARTITION_PRECISION), of all kinds or one. */
export const geoPartition = (cell: string, kind?: PlaceKind | null) => `GEO#${cell.slice(0, PARTITION_PRECISION)}${kind ? `#${kind}` : ""}`;

/** Every unit's places share their district's partition, sorted by the unit's path. */
export const pathPartition = (unitPath: string) => `PLACEPATH#${unitPath.split("/")[1]}`;
/** A unit's own places and all beneath it begin with this. */
export const pathPrefix = (unitPath: string) => `${unitPath}/`;
