// Geohash (the public-domain scheme of Gustavo Niemeyer, 2008): a point becomes a string of
// base-32 characters, each adding five bits that halve the cell alternately in longitude and
// latitude. Nearby points share a prefix, so a cell is a key prefix DynamoDB can Query.
// Written here rather than taken from npm: it is ~80 lines with no dependencies, the npm
// packages for it are unmaintained or ESM-only, and every byte counts in the Lambda bundle.
// Cells near the antimeridian and the poles are not special-cased (gridnet serves China).

const BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz";

export interface Cell {
  /** The cell's bounds in degrees. */
  south: number;
  north: number;
  west: number;
  east: number;
}

/** The geohash of a point at `precision` characters (1–12). */
export function encode(latitude: number, longitude: number, precision: number): string {
  let [south, north, west, east] = [-90, 90, -180, 180];
  let hash = "";
  let bits = 0;
  let value = 0;
  let evenBit = true; // the first bit halves longitude
  while (hash.length < precision) {
    if (evenBit) {
      const mid = (west + east) / 2;
      if (longitude >= mid) {
        value = value * 2 + 1;
        west = mid;
      } else {
        value *= 2;
        east = mid;
      }
    } else {
      const mid = (south + north) / 2;
      if (latitude >= mid) {
        value = value * 2 + 1;
        south = mid;
      } else {
        value *= 2;
        north = mid;
      }
    }
    evenBit = !evenBit;
    bits += 1;
    if (bits === 5) {
      hash += BASE32[value];
      bits = 0;
      value = 0;
    }
  }
  return hash;
}

/** The bounds of a geohash cell. */
export function bounds(hash: string): Cell {
  let [south, north, west, east] = [-90, 90, -180, 180];
  let evenBit = true;
  for (const char of hash) {
    const value = BASE32.indexOf(char);
    if (value < 0) throw new Error(`not a geohash character: ${char}`);
    for (let bit = 4; bit >= 0; bit -= 1) {
      const on = (value >> bit) & 1;
      if (evenBit) {
        const mid = (west + east) / 2;
        if (on) west = mid;
        else east = mid;
      } else {
        const mid = (south + north) / 2;
        if (on) south = mid;
        else north = mid;
      }
      evenBit = !evenBit;
    }
  }
  return { south, north, west, east };
}

/** The cell's size in degrees at `precision`: every cell of one precision has the same. */
export function cellDegrees(precision: number): { latitude: number; longitude: number } {
  const bits = 5 * precision;
  const longitudeBits = Math.ceil(bits / 2);
  return { latitude: 180 / 2 ** (bits - longitudeBits), longitude: 360 / 2 ** longitudeBits };
}

export type Direction = "n" | "s" | "e" | "w";

/**
 * The adjacent cell in one direction, by stepping from the cell's centre by one cell's size:
 * simpler to check than the classic border tables, and exact, since every cell of a precision
 * has the same size.
 */
export function neighbour(hash: string, direction: Direction): string {
  const cell = bounds(hash);
  const size = cellDegrees(hash.length);
  const latitude = (cell.south + cell.north) / 2 + (direction === "n" ? size.latitude : direction === "s" ? -size.latitude : 0);
  let longitude = (cell.west + cell.east) / 2 + (direction === "e" ? size.longitude : direction === "w" ? -size.longitude : 0);
  if (longitude > 180) longitude -= 360;
  if (longitude < -180) longitude += 360;
  return encode(Math.max(-90, Math.min(90, latitude)), longitude, hash.length);
}

/** The eight cells around a cell, clockwise from north. */
export function neighbours(hash: string): string[] {
  const n = neighbour(hash, "n");
  const s = neighbour(hash, "s");
  return [n, neighbour(n, "e"), neighbour(hash, "e"), neighbour(s, "e"), s, neighbour(s, "w"), neighbour(hash, "w"), neighbour(n, "w")];
}
