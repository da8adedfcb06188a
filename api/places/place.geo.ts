// Distances and the cells that cover a circle: what `placesNear` reads (docs/places.md).
//   - distance: haversine on a sphere of the Earth's mean radius — within 0.5 % of the
//     ellipsoid at these ranges, far finer than "a 15-minute walk";
//   - walking minutes → metres at WALKING_METRES_PER_MINUTE, a straight-line distance;
//   - the covering: geohash cells at the finest precision whose cell is at least the radius
//     tall and wide, so the centre cell and its eight neighbours always hold the whole circle;
//     only those of the nine that touch the circle's bounding box are read.
import { bounds, cellDegrees, encode, neighbours } from "./place.geohash";

/** The Earth's mean radius (IUGG), metres. */
export const EARTH_RADIUS_METRES = 6_371_008.8;
/** 4.8 km/h: an adult's unhurried pace, the planning figure for a 15-minute walk. */
export const WALKING_METRES_PER_MINUTE = 80;
/** Places are stored under cells of this precision (~4.9 km × 4.3 km at Chongqing's latitude). */
export const PARTITION_PRECISION = 5;
/** The finest precision a covering uses (~38 m × 19 m): finer would only add requests. */
export const FINEST_PRECISION = 8;
/** The geohash precision stored on each place (~5 m): any covering's cell is a prefix of it. */
export const STORED_PRECISION = 9;
/** The largest radius `placesNear` serves: its 3 × 3 cells of PARTITION_PRECISION always hold it below 59° latitude. */
export const MAX_RADIUS_METRES = 2500;

export interface Point {
  latitude: number;
  longitude: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points, metres. */
export function haversineMetres(a: Point, b: Point): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Metres walked in `minutes` at WALKING_METRES_PER_MINUTE. */
export const walkingMetres = (minutes: number) => minutes * WALKING_METRES_PER_MINUTE;

/** Minutes to walk `metres`, rounded up to a whole minute. */
export const walkingMinutes = (metres: number) => Math.ceil(metres / WALKING_METRES_PER_MINUTE);

/** The circle's bounding box in degrees (its widest longitude span taken at its poleward edge). */
export function boundingBox(centre: Point, radiusMetres: number) {
  const dLat = (radiusMetres / EARTH_RADIUS_METRES) * (180 / Math.PI);
  const poleward = Math.min(89.9, Math.abs(centre.latitude) + dLat);
  const dLng = dLat / Math.cos(radians(poleward));
  return { south: centre.latitude - dLat, north: centre.latitude + dLat, west: centre.longitude - dLng, east: centre.longitude + dLng, dLat, dLng };
}

/**
 * The finest precision (PARTITION_PRECISION…FINEST_PRECISION) whose cell is at least
 * `radiusMetres` tall and wide around `centre`; null when even the coarsest is too small.
 */
export function coveringPrecision(centre: Point, radiusMetres: number): number | null {
  const box = boundingBox(centre, radiusMetres);
  for (let precision = FINEST_PRECISION; precision >= PARTITION_PRECISION; precision -= 1) {
    const size = cellDegrees(precision);
    if (size.latitude >= box.dLat && size.longitude >= box.dLng) return precision;
  }
  return null;
}

/**
 * The cells to read for a circle: the centre's cell and those of its eight neighbours that
 * touch the circle's bounding box, at `coveringPrecision`. Null when the radius is too large.
 */
export function coveringCells(centre: Point, radiusMetres: number): string[] | null {
  const precision = coveringPrecision(centre, radiusMetres);
  if (precision === null) return null;
  const box = boundingBox(centre, radiusMetres);
  const middle = encode(centre.latitude, centre.longitude, precision);
  return [middle, ...neighbours(middle)].filter((hash, i, all) => {
    if (all.indexOf(hash) !== i) return false;
    const cell = bounds(hash);
    return cell.south <= box.north && cell.north >= box.south && cell.west <= box.east && cell.east >= box.west;
  });
}
