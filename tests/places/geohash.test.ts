// The geohash module and the covering of a circle, without a database: known encodings, the
// neighbours of a cell, and — what placesNear relies on — every point within the radius lies
// in one of the cells the covering reads.
import { coveringCells, coveringPrecision, haversineMetres, MAX_RADIUS_METRES } from "../../api/places/place.geo";
import { bounds, encode, neighbour, neighbours } from "../../api/places/place.geohash";

it("encodes the published examples and decodes back to a cell holding the point", () => {
  expect(encode(42.6, -5.6, 5)).toBe("ezs42");
  expect(encode(57.64911, 10.40744, 11)).toBe("u4pruydqqvj");
  const cell = bounds(encode(29.5563, 106.4588, 9));
  expect(cell.south <= 29.5563 && 29.5563 <= cell.north && cell.west <= 106.4588 && 106.4588 <= cell.east).toBe(true);
});

it("finds the eight distinct cells that touch a cell, each sharing an edge or a corner with it", () => {
  const hash = encode(29.55, 106.45, 6);
  const around = neighbours(hash);
  expect(new Set([hash, ...around]).size).toBe(9);
  const c = bounds(hash);
  for (const n of around) {
    const b = bounds(n);
    const touches = (b.south === c.north || b.north === c.south || b.south === c.south) && (b.west === c.east || b.east === c.west || b.west === c.west);
    expect([n, touches]).toEqual([n, true]);
  }
  // Stepping across a partition (precision-5) border: the east neighbour of the cell at its east edge.
  const edge = bounds(encode(29.55, 106.45, 5));
  const inside = encode((edge.south + edge.north) / 2, edge.east - 1e-7, 7);
  expect(neighbour(inside, "e").slice(0, 5)).not.toBe(inside.slice(0, 5));
});

it("chooses finer cells for smaller radii, and none beyond the largest radius", () => {
  const at = { latitude: 29.55, longitude: 106.45 };
  expect(coveringPrecision(at, 100)).toBe(7);
  expect(coveringPrecision(at, 500)).toBe(6);
  expect(coveringPrecision(at, 1200)).toBe(5);
  expect(coveringPrecision(at, MAX_RADIUS_METRES)).toBe(5);
  expect(coveringCells(at, 20_000)).toBeNull();
});

it("covers every point within the radius (3,000 random circles around Chongqing)", () => {
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = 0; i < 3000; i += 1) {
    const radius = 10 + random() * (MAX_RADIUS_METRES - 10);
    // Centres anywhere around Chongqing: many of the circles cross cell borders.
    const centre = { latitude: 29.4 + random() * 0.4, longitude: 106.3 + random() * 0.4 };
    const cells = coveringCells(centre, radius)!;
    const bearing = random() * 2 * Math.PI;
    const distance = radius * Math.sqrt(random());
    const p = {
      latitude: centre.latitude + ((distance * Math.cos(bearing)) / 6_371_008.8) * (180 / Math.PI),
      longitude: centre.longitude + ((distance * Math.sin(bearing)) / (6_371_008.8 * Math.cos((centre.latitude * Math.PI) / 180))) * (180 / Math.PI),
    };
    if (haversineMetres(centre, p) > radius) continue;
    const hash = encode(p.latitude, p.longitude, 9);
    expect([i, cells.some((c) => hash.startsWith(c))]).toEqual([i, true]);
  }
});
