// Service places and timetables against DynamoDB Local through the real server: places near a
// point — inside, exactly on the edge, outside, across a cell border at the covering's
// precision and across a partition border — read by Query on the covering cells and never a
// Scan; the places of a unit; what is on near me this week; idempotent creation; versioned
// updates that move the spatial entries; bad input on every mutation writing nothing.
import { Role } from "../../api/auth/actor";
import { coveringPrecision, haversineMetres, type Point } from "../../api/places/place.geo";
import { bounds, encode } from "../../api/places/place.geohash";
import { demoPlaceId, DEMO_TEAHOUSES } from "../../api/places/place.seed";
import { PLACES_POLICY } from "../../api/places/places.policy";
import { admits } from "../../api/auth/policy";
import { places } from "../../api/places/places.module";
import { contextAs } from "../../api/context";
import { createHarness, ok, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let district: string;
let ciqikou: string;
let fenghuang: string;
let resident: string;
let partner: string;
const commands: string[] = [];

beforeAll(async () => {
  h = await createHarness();
  district = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
  ciqikou = await h.token(Role.STREET_ADMIN, h.unit("磁器口街道").id, "u-ciqikou-admin");
  fenghuang = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
  resident = await h.token(Role.RESIDENT, h.unit("凤凰山社区").id, "u-resident");
  partner = await h.token(Role.PARTNER, "500106", "u-partner");
  // Every DynamoDB command the server sends, by name: a Scan would show here.
  h.db.client.middlewareStack.add(
    (next, context) => async (args) => {
      commands.push(String(context.commandName));
      return next(args);
    },
    { step: "initialize", name: "testCommandLog" },
  );
}, 60_000);
afterAll(() => h.close());

const CREATE = "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { id name kind version latitude longitude unitId } }";
const NEAR = `query($lat: Float!, $lng: Float!, $r: Float, $w: Int, $k: PlaceKind, $first: Int, $after: String) {
  placesNear(latitude: $lat, longitude: $lng, radiusMetres: $r, walkingMinutes: $w, kind: $k, first: $first, after: $after) {
    edges { node { distanceMetres walkingMinutes place { id name kind } } } pageInfo { hasNextPage endCursor } } }`;

let keys = 0;
async function place(token: string, at: Point, extra: Record<string, unknown> = {}) {
  keys += 1;
  const input = { idempotencyKey: `t-${keys}`, kind: "SERVICE_POINT", name: `测试点${keys}`, address: "测试路1号", ...at, ...extra };
  return (await ok(h.gql(token, CREATE, { i: input }))).createPlace;
}

async function near(token: string, at: Point, vars: Record<string, unknown>) {
  const res = await h.gql(token, NEAR, { lat: at.latitude, lng: at.longitude, ...vars });
  expect(res.errors).toBeUndefined();
  return res.data!.placesNear;
}
const names = (conn: any) => conn.edges.map((e: any) => e.node.place.name);

/** Metres → a point due north or east of `from`. */
const north = (from: Point, metres: number): Point => ({ latitude: from.latitude + (metres / 6_371_008.8) * (180 / Math.PI), longitude: from.longitude });

describe("placesNear", () => {
  // An empty corner of the map (no demo places): south-east of the district.
  const centre: Point = { latitude: 29.4512, longitude: 106.6173 };

  it("returns places inside the radius nearest first, one exactly on the edge, and none outside", async () => {
    const close = await place(district, north(centre, 40));
    const middle = await place(district, north(centre, 150));
    const edgePoint = north(centre, 300);
    const edge = await place(district, edgePoint);
    await place(district, north(centre, 320));
    const exact = haversineMetres(centre, { latitude: edge.latitude, longitude: edge.longitude });
    const hits = await near(resident, centre, { r: exact });
    expect(names(hits)).toEqual([close.name, middle.name, edge.name]);
    expect(hits.edges.map((e: any) => e.node.distanceMetres)).toEqual([40, 150, 300]);
    expect(hits.edges.map((e: any) => e.node.walkingMinutes)).toEqual([1, 2, 4]);
    // A centimetre less and the place on the edge is outside.
    expect(names(await near(resident, centre, { r: exact - 0.01 }))).toEqual([close.name, middle.name]);
  });

  it("finds a place across a cell border at the covering's precision, and across a partition border", async () => {
    // 100 m → precision-7 cells (~150 m × 130 m here): a centre 3 m inside a cell's east edge.
    const cellCentre = { latitude: 29.4402, longitude: 106.6355 };
    const precision = coveringPrecision(cellCentre, 100)!;
    expect(precision).toBe(7);
    const cell = bounds(encode(cellCentre.latitude, cellCentre.longitude, precision));
    const at = { latitude: (cell.south + cell.north) / 2, longitude: cell.east - 0.00003 };
    const across = { latitude: at.latitude, longitude: cell.east + 0.0005 }; // ~50 m east, the next cell
    expect(encode(across.latitude, across.longitude, precision)).not.toBe(encode(at.latitude, at.longitude, precision));
    const neighbour = await place(district, across);
    expect(names(await near(resident, at, { r: 100 }))).toEqual([neighbour.name]);

    // A partition (precision-5) border: the place is stored under another partition key.
    const big = bounds(encode(29.43, 106.66, 5));
    const from = { latitude: (big.south + big.north) / 2, longitude: big.west + 0.00002 };
    const west = { latitude: from.latitude, longitude: big.west - 0.002 }; // ~190 m west
    expect(encode(west.latitude, west.longitude, 5)).not.toBe(encode(from.latitude, from.longitude, 5));
    const other = await place(district, west);
    commands.length = 0;
    expect(names(await near(resident, from, { r: 250 }))).toEqual([other.name]);
    // Read by Query on at most 9 cells and one batch of places; never a Scan.
    expect(commands.filter((c) => c === "QueryCommand").length).toBeLessThanOrEqual(9);
    expect(commands.filter((c) => !["QueryCommand", "BatchGetItemCommand", "GetItemCommand"].includes(c))).toEqual([]);
  });

  it("filters by kind from the kind's own partition, pages with a cursor, and takes walking minutes at 80 m a minute", async () => {
    const centreB = { latitude: 29.4301, longitude: 106.5902 };
    const library = await place(district, north(centreB, 100), { kind: "LIBRARY" });
    await place(district, north(centreB, 200));
    const farLibrary = await place(district, north(centreB, 900), { kind: "LIBRARY" });
    expect(names(await near(resident, centreB, { r: 1000, k: "LIBRARY" }))).toEqual([library.name, farLibrary.name]);
    expect(names(await near(resident, centreB, { w: 10, k: "LIBRARY" }))).toEqual([library.name]); // 800 m
    const first = await near(resident, centreB, { r: 1000, first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await near(resident, centreB, { r: 1000, first: 2, after: first.pageInfo.endCursor });
    expect([...names(first), ...names(second)]).toEqual(names(await near(resident, centreB, { r: 1000 })));
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("finds the demo teahouses around 磁器口 for a resident, and refuses partners and bad radii", async () => {
    const ciqikouTeahouse = DEMO_TEAHOUSES.find((t) => t.name === "磁器口街道和顺茶馆")!;
    const [lat, lng] = ciqikouTeahouse.at;
    const hits = await near(resident, { latitude: lat, longitude: lng }, { w: 15, k: "TEAHOUSE" });
    expect(names(hits)).toEqual(expect.arrayContaining(["磁器口街道和顺茶馆", "凤凰山社区和顺茶馆", "金蓉社区和顺茶馆"]));
    expect(names(hits)[0]).toBe("磁器口街道和顺茶馆");
    expect(outcome(await h.gql(partner, NEAR, { lat, lng, r: 500 }))).toBe("FORBIDDEN");
    for (const vars of [{ r: 0 }, { r: 2501 }, { w: 0 }, { w: 32 }, {}, { r: 100, w: 5 }, { r: 100, after: "bm9wZQ" }]) {
      expect([vars, outcome(await h.gql(resident, NEAR, { lat, lng, ...vars }))]).toEqual([vars, "BAD_USER_INPUT"]);
    }
    expect(outcome(await h.gql(resident, NEAR, { lat: 91, lng, r: 100 }))).toBe("BAD_USER_INPUT");
  });
});

describe("places of a unit", () => {
  const PLACES =
    "query($u: ID, $first: Int, $after: String) { places(unitId: $u, first: $first, after: $after) { edges { node { id name unitId } } pageInfo { hasNextPage endCursor } } }";

  it("lists a unit's places and those of every unit beneath it, to anyone but partners", async () => {
    const street = await ok(h.gql(resident, PLACES, { u: h.unit("磁器口街道").id }));
    const got = street.places.edges.map((e: any) => e.node.name);
    expect(got).toEqual(
      expect.arrayContaining(["磁器口街道和顺茶馆", "凤凰山社区和顺茶馆", "金蓉社区和顺茶馆", "凤凰山社区党群服务中心", "百年世家网格服务站", "磁器口古镇群众大舞台"]),
    );
    expect(got).not.toContain("香榭里社区和顺茶馆");
    const community = await ok(h.gql(resident, PLACES, { u: h.unit("凤凰山社区").id }));
    expect(community.places.edges.map((e: any) => e.node.name).sort()).toEqual(["凤凰山社区书屋", "凤凰山社区党群服务中心", "凤凰山社区和顺茶馆", "百年世家网格服务站"].sort());
    // Another street's places are public too; paging goes on where it stopped.
    const page1 = await ok(h.gql(resident, PLACES, { u: "500106", first: 10 }));
    const page2 = await ok(h.gql(resident, PLACES, { u: "500106", first: 100, after: page1.places.pageInfo.endCursor }));
    const all = [...page1.places.edges, ...page2.places.edges].map((e: any) => e.node.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining([demoPlaceId(1), demoPlaceId(25)]));
    expect(outcome(await h.gql(partner, PLACES, { u: "500106" }))).toBe("FORBIDDEN");
    expect(outcome(await h.gql(resident, PLACES, { u: "nope" }))).toBe("NOT_FOUND");
  });

  it("gives partners counts by kind, within their scope", async () => {
    const counts = (await ok(h.gql(partner, "query($u: ID) { placeCounts(unitId: $u) { total byKind { kind count } } }", { u: h.unit("凤凰山社区").id }))).placeCounts;
    expect(counts.total).toBe(4);
    expect(counts.byKind.filter((k: any) => k.count > 0)).toEqual([
      { kind: "PARTY_MASS_SERVICE_CENTRE", count: 1 },
      { kind: "TEAHOUSE", count: 1 },
      { kind: "LIBRARY", count: 1 },
      { kind: "SERVICE_POINT", count: 1 },
    ]);
    expect(outcome(await h.gql(fenghuang, "query($u: ID) { placeCounts(unitId: $u) { total } }", { u: h.unit("金蓉社区").id }))).toBe("FORBIDDEN");
  });

  it("answers place(id) with the place and its timetable, null for an unknown id and for partners, as the node loader does", async () => {
    const Q = "query($id: ID!) { place(id: $id) { id name timetable { version slots { weekday department } } } }";
    const res = await ok(h.gql(resident, Q, { id: demoPlaceId(5) }));
    expect(res.place.name).toBe("磁器口街道和顺茶馆");
    expect(res.place.timetable.slots[0]).toEqual({ weekday: "MONDAY", department: "区委组织部" });
    expect((await ok(h.gql(resident, Q, { id: "pl_nope" }))).place).toBeNull();
    expect((await ok(h.gql(partner, Q, { id: demoPlaceId(5) }))).place).toBeNull();
    const node = places.nodes!.find((n) => n.prefix === "pl_")!;
    const as = (role: Role) => contextAs(h.db, { sub: "x", role, orgId: "500106", scopePath: "/500106" });
    expect(await node.load(as(Role.RESIDENT), demoPlaceId(5))).toMatchObject({ name: "磁器口街道和顺茶馆" });
    expect(await node.load(as(Role.PARTNER), demoPlaceId(5))).toBeNull();
  });
});

describe("timetables", () => {
  const WEEK = `query($lat: Float!, $lng: Float!, $w: Int, $d: Weekday) { timetableNear(latitude: $lat, longitude: $lng, walkingMinutes: $w, kind: TEAHOUSE, weekday: $d) {
    weekStarts placesConsidered days { weekday date sessions { distanceMetres place { name } slot { start end department service } } } } }`;
  const SET = "mutation($i: SetPlaceTimetableInput!) { setPlaceTimetable(input: $i) { id timetable { version slots { weekday start end department service note } } } }";

  it("tells a resident what is on at the teahouses near them this week, day by day", async () => {
    const [lat, lng] = DEMO_TEAHOUSES.find((t) => t.name === "凤凰山社区和顺茶馆")!.at;
    const week = (await ok(h.gql(resident, WEEK, { lat, lng, w: 15 }))).timetableNear;
    expect(week.days.map((d: any) => d.weekday)).toEqual(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]);
    expect(week.days[0].date).toBe(week.weekStarts);
    expect(new Date(`${week.weekStarts}T00:00:00Z`).getUTCDay()).toBe(1);
    const monday = week.days[0].sessions;
    expect(monday.length).toBe(week.placesConsidered);
    expect(monday[0]).toMatchObject({ place: { name: "凤凰山社区和顺茶馆" }, slot: { department: "区委组织部", service: "党史学习课" } });
    const wednesday = week.days[2].sessions.map((s: any) => s.slot.service);
    expect(wednesday).toEqual(expect.arrayContaining(["法律援助咨询", "网格民情会"]));
    // Sessions run by start time, the nearest place first within a time.
    const times = week.days[2].sessions.map((s: any) => [s.slot.start, s.distanceMetres]);
    expect(times).toEqual([...times].sort((a: any, b: any) => a[0].localeCompare(b[0]) || a[1] - b[1]));
    const tuesday = (await ok(h.gql(resident, WEEK, { lat, lng, w: 15, d: "TUESDAY" }))).timetableNear.days;
    expect(tuesday.map((d: any) => d.weekday)).toEqual(["TUESDAY"]);
    expect(tuesday[0].sessions[0].slot).toMatchObject({ department: "街道领导", service: "接待群众" });
  });

  it("sets a week at the version read; a repeat returns the week, another stale write is a CONFLICT; outsiders are refused", async () => {
    const teahouse = demoPlaceId(6); // 凤凰山社区和顺茶馆
    const slots = [
      { weekday: "THURSDAY", start: "14:00", end: "16:00", department: "区人力社保局", service: "社保咨询" },
      { weekday: "MONDAY", start: "09:30", end: "11:00", department: "区委组织部", service: "党史学习课", note: "请带笔记本" },
    ];
    const input = { placeId: teahouse, expectedVersion: 1, slots };
    const set = (await ok(h.gql(fenghuang, SET, { i: input }))).setPlaceTimetable;
    expect(set.timetable.version).toBe(2);
    expect(set.timetable.slots.map((s: any) => s.weekday)).toEqual(["MONDAY", "THURSDAY"]);
    expect((await ok(h.gql(fenghuang, SET, { i: input }))).setPlaceTimetable.timetable).toEqual(set.timetable);
    expect(outcome(await h.gql(fenghuang, SET, { i: { ...input, slots: slots.slice(0, 1) } }))).toBe("CONFLICT");
    expect(outcome(await h.gql(ciqikou, SET, { i: input }))).toBe("CONFLICT"); // another actor, same stale version
    const jinrong = await h.token(Role.COMMUNITY_ADMIN, h.unit("金蓉社区").id, "u-jinrong-admin");
    expect(outcome(await h.gql(jinrong, SET, { i: { ...input, expectedVersion: 2 } }))).toBe("FORBIDDEN");
    expect(outcome(await h.gql(resident, SET, { i: { ...input, expectedVersion: 2 } }))).toBe("FORBIDDEN");
  });
});

describe("creating and changing places", () => {
  const UPDATE = "mutation($i: UpdatePlaceInput!) { updatePlace(input: $i) { id name version latitude longitude kind } }";

  it("creates once per idempotency key; the same key with other content is BAD_USER_INPUT", async () => {
    const input = { idempotencyKey: "dup-1", kind: "LIBRARY", name: "凤凰山二号书屋", address: "凤凰山路30号", latitude: 29.583, longitude: 106.4561 };
    const first = (await ok(h.gql(fenghuang, CREATE, { i: input }))).createPlace;
    const again = (await ok(h.gql(fenghuang, CREATE, { i: input }))).createPlace;
    expect(again).toEqual(first);
    expect(first.unitId).toBe(h.unit("凤凰山社区").id);
    expect(outcome(await h.gql(fenghuang, CREATE, { i: { ...input, name: "别的书屋" } }))).toBe("BAD_USER_INPUT");
    const races = await Promise.all(Array.from({ length: 10 }, () => h.gql(fenghuang, CREATE, { i: { ...input, idempotencyKey: "dup-race" } })));
    expect(new Set(races.map((r) => r.data?.createPlace.id)).size).toBe(1);
    const counted = (await ok(h.gql(fenghuang, "{ placeCounts { byKind { kind count } } }"))).placeCounts.byKind.find((k: any) => k.kind === "LIBRARY");
    expect(counted.count).toBe(3); // the demo's, "dup-1" and "dup-race"
  });

  it("moves a place's spatial entries with its coordinates and kind; a repeated update returns the place", async () => {
    const from = { latitude: 29.4205, longitude: 106.6402 };
    const to = { latitude: 29.4705, longitude: 106.6702 };
    const p = await place(district, from);
    const input = { id: p.id, expectedVersion: 1, name: "迁址服务点", kind: "STAGE", ...to };
    const moved = (await ok(h.gql(district, UPDATE, { i: input }))).updatePlace;
    expect(moved).toMatchObject({ version: 2, name: "迁址服务点", kind: "STAGE", ...to });
    expect((await ok(h.gql(district, UPDATE, { i: input }))).updatePlace).toEqual(moved);
    expect(outcome(await h.gql(district, UPDATE, { i: { ...input, name: "又改" } }))).toBe("CONFLICT");
    expect(names(await near(resident, from, { r: 50 }))).toEqual([]);
    expect(names(await near(resident, to, { r: 50 }))).toEqual(["迁址服务点"]);
    expect(names(await near(resident, to, { r: 50, k: "SERVICE_POINT" }))).toEqual([]);
    expect(names(await near(resident, to, { r: 50, k: "STAGE" }))).toEqual(["迁址服务点"]);
  });

  it("admits to createPlace exactly the roles its policy row names, inside their scope only", async () => {
    const roles: [Role, string, string][] = [
      [Role.DISTRICT_ADMIN, "500106", h.unit("凤凰山社区").id],
      [Role.STREET_ADMIN, h.unit("磁器口街道").id, h.unit("凤凰山社区").id],
      [Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, h.unit("凤凰山社区").id],
      [Role.GRID_WORKER, h.unit("凤凰山社区第1网格").id, h.unit("凤凰山社区第1网格").id],
      [Role.VOLUNTEER, h.unit("金蓉社区").id, h.unit("金蓉社区").id],
      [Role.RESIDENT, h.unit("凤凰山社区").id, h.unit("凤凰山社区").id],
      [Role.PARTNER, "500106", h.unit("凤凰山社区").id],
    ];
    for (const [role, scope, target] of roles) {
      const token = await h.token(role, scope);
      const input = { idempotencyKey: `m-${role}`, unitId: target, kind: "SERVICE_POINT", name: "矩阵点", address: "x", latitude: 29.41, longitude: 106.61 };
      expect([role, outcome(await h.gql(token, CREATE, { i: input }))]).toEqual([role, admits(PLACES_POLICY.createPlace.who, role) ? "OK" : "FORBIDDEN"]);
    }
    expect(
      outcome(
        await h.gql(fenghuang, CREATE, {
          i: { idempotencyKey: "m-out", unitId: h.unit("金蓉社区").id, kind: "LIBRARY", name: "x", address: "x", latitude: 29.4, longitude: 106.6 },
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("refuses bad input on every mutation and writes nothing", async () => {
    const p = await place(district, { latitude: 29.4111, longitude: 106.6111 });
    const base = { idempotencyKey: "bad", kind: "LIBRARY", name: "好名字", address: "好地址", latitude: 29.41, longitude: 106.61 };
    const badCreates = [
      { ...base, name: " " },
      { ...base, name: "x".repeat(61) },
      { ...base, address: "" },
      { ...base, latitude: 95 },
      { ...base, longitude: -181 },
      { ...base, idempotencyKey: "有空格 key" },
      { ...base, openingHours: [{ weekday: "MONDAY", opens: "18:00", closes: "09:00" }] },
      { ...base, openingHours: [{ weekday: "MONDAY", opens: "25:00", closes: "26:00" }] },
      {
        ...base,
        openingHours: [
          { weekday: "MONDAY", opens: "08:00", closes: "09:00" },
          { weekday: "MONDAY", opens: "10:00", closes: "11:00" },
        ],
      },
      { ...base, services: ["法律援助", "法律援助"] },
      { ...base, services: ["x".repeat(41)] },
      { ...base, phone: "call me" },
      { ...base, unitId: "" },
    ];
    const before = await h.db.doc.send(new (await import("@aws-sdk/lib-dynamodb")).ScanCommand({ TableName: h.db.table, Select: "COUNT" }));
    for (const input of badCreates) expect([input, outcome(await h.gql(district, CREATE, { i: input }))]).toEqual([input, "BAD_USER_INPUT"]);
    const badUpdates = [
      { id: p.id, expectedVersion: 1 },
      { id: p.id, expectedVersion: 1, latitude: 29.4 },
      { id: p.id, expectedVersion: 1, name: "" },
      { id: p.id, expectedVersion: 0, name: "新名" },
      { id: "", expectedVersion: 1, name: "新名" },
    ];
    for (const input of badUpdates) expect([input, outcome(await h.gql(district, UPDATE, { i: input }))]).toEqual([input, "BAD_USER_INPUT"]);
    const SET = "mutation($i: SetPlaceTimetableInput!) { setPlaceTimetable(input: $i) { id } }";
    const slot = { weekday: "MONDAY", start: "09:00", end: "10:00", department: "司法所", service: "法律援助" };
    const badSets = [
      { placeId: p.id, expectedVersion: 0, slots: [{ ...slot, end: "08:00" }] },
      { placeId: p.id, expectedVersion: 0, slots: [{ ...slot, start: "9:00" }] },
      { placeId: p.id, expectedVersion: 0, slots: [{ ...slot, department: "" }] },
      { placeId: p.id, expectedVersion: 0, slots: Array.from({ length: 61 }, () => slot) },
      { placeId: p.id, expectedVersion: -1, slots: [slot] },
    ];
    for (const input of badSets) expect([input.slots.length, outcome(await h.gql(district, SET, { i: input }))]).toEqual([input.slots.length, "BAD_USER_INPUT"]);
    // Test-only: counting the whole (small) table is how "nothing was written" is proved.
    const after = await h.db.doc.send(new (await import("@aws-sdk/lib-dynamodb")).ScanCommand({ TableName: h.db.table, Select: "COUNT" }));
    expect(after.Count).toBe(before.Count);
    expect((await ok(h.gql(district, "query($id: ID!) { place(id: $id) { version timetable { version } } }", { id: p.id }))).place).toEqual({
      version: 1,
      timetable: { version: 0 },
    });
  });
});
