// The demo's service places: 15 teahouses (和顺茶馆) across the district's streets and towns,
// each with its weekly timetable of departments that come down, and the service places of a few
// communities the article names — with coordinates around Shapingba (≈29.55 N, 106.45 E). The
// coordinates are plausible, not surveyed. Ids are fixed so README examples and tests can name
// them. Written in batches (a new place's items are independent of any other's).
import type { SeedEnv } from "../feature";
import type { OrgUnitRecord } from "../org";
import { batchPut } from "../store/ops";
import type { PlaceRecord, TimetableRecord, TimetableSlotRecord } from "./place.codec";
import { PlaceKind, Weekday } from "./place.enums";
import { STORED_PRECISION } from "./place.geo";
import { encode } from "./place.geohash";
import { newPlaceItems, timetableItem } from "./place.store";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** A fixed, valid ULID per demo place: pl_01KC…00 + its number. */
export const demoPlaceId = (n: number) => `pl_01KC${"0".repeat(20)}${CROCKFORD[Math.floor(n / 32)]}${CROCKFORD[n % 32]}`;

interface DemoPlace {
  kind: PlaceKind;
  name: string;
  /** The unit's name, or "<street>/<n>" for the street's n-th community or village (its generated name fills {unit}). */
  unit: string;
  address: string;
  at: [number, number];
  services: string[];
}

const TEA = PlaceKind.TEAHOUSE;
const TEA_SERVICES = ["党史学习", "领导接待", "法律援助", "矛盾调解", "网格民情会"];

/** The 15 teahouses. */
export const DEMO_TEAHOUSES: DemoPlace[] = [
  { kind: TEA, name: "回龙坝镇和顺茶馆", unit: "回龙坝镇", address: "回龙坝镇回龙路12号", at: [29.6412, 106.3218], services: TEA_SERVICES },
  { kind: TEA, name: "{unit}和顺茶馆", unit: "回龙坝镇/1", address: "回龙坝镇{unit}便民服务站旁", at: [29.6533, 106.3062], services: TEA_SERVICES },
  { kind: TEA, name: "中梁镇和顺茶馆", unit: "中梁镇", address: "中梁镇中梁街38号", at: [29.6261, 106.3604], services: TEA_SERVICES },
  { kind: TEA, name: "永宁村和顺茶馆", unit: "永宁村", address: "中梁镇永宁村村民服务中心", at: [29.6378, 106.3489], services: TEA_SERVICES },
  { kind: TEA, name: "磁器口街道和顺茶馆", unit: "磁器口街道", address: "磁器口正街57号", at: [29.5793, 106.4497], services: TEA_SERVICES },
  { kind: TEA, name: "凤凰山社区和顺茶馆", unit: "凤凰山社区", address: "凤凰山路18号", at: [29.5821, 106.4553], services: TEA_SERVICES },
  { kind: TEA, name: "金蓉社区和顺茶馆", unit: "金蓉社区", address: "金蓉正街9号", at: [29.5748, 106.4531], services: TEA_SERVICES },
  { kind: TEA, name: "小龙坎街道和顺茶馆", unit: "小龙坎街道", address: "小龙坎正街122号", at: [29.5563, 106.4588], services: TEA_SERVICES },
  { kind: TEA, name: "{unit}和顺茶馆", unit: "小龙坎街道/1", address: "小龙坎{unit}居委会一楼", at: [29.5609, 106.4622], services: TEA_SERVICES },
  { kind: TEA, name: "联芳街道和顺茶馆", unit: "联芳街道", address: "联芳路88号", at: [29.5312, 106.4415], services: TEA_SERVICES },
  { kind: TEA, name: "香榭里社区和顺茶馆", unit: "香榭里社区", address: "香榭里小区会所一楼", at: [29.5286, 106.4458], services: TEA_SERVICES },
  { kind: TEA, name: "双碑街道和顺茶馆", unit: "双碑街道", address: "双碑正街31号", at: [29.6121, 106.4392], services: TEA_SERVICES },
  { kind: TEA, name: "{unit}和顺茶馆", unit: "双碑街道/1", address: "双碑街道{unit}居委会旁", at: [29.6087, 106.4431], services: TEA_SERVICES },
  { kind: TEA, name: "土主街道和顺茶馆", unit: "土主街道", address: "土主镇老街20号", at: [29.6228, 106.2917], services: TEA_SERVICES },
  { kind: TEA, name: "光荣社区和顺茶馆", unit: "光荣社区", address: "石井坡光荣村路3号", at: [29.5901, 106.4486], services: TEA_SERVICES },
];

/** The other service places of a few communities. */
export const DEMO_SERVICE_PLACES: DemoPlace[] = [
  {
    kind: PlaceKind.PARTY_MASS_SERVICE_CENTRE,
    name: "凤凰山社区党群服务中心",
    unit: "凤凰山社区",
    address: "凤凰山路20号",
    at: [29.5826, 106.4561],
    services: ["党员活动", "社保咨询", "老年助餐", "证明开具"],
  },
  { kind: PlaceKind.LIBRARY, name: "凤凰山社区书屋", unit: "凤凰山社区", address: "凤凰山路20号二楼", at: [29.5827, 106.4562], services: ["图书借阅", "儿童阅读"] },
  {
    kind: PlaceKind.SERVICE_POINT,
    name: "百年世家网格服务站",
    unit: "凤凰山社区第1网格",
    address: "百年世家小区北门",
    at: [29.5838, 106.4549],
    services: ["网格员值守", "问题上报"],
  },
  { kind: PlaceKind.STAGE, name: "磁器口古镇群众大舞台", unit: "磁器口街道", address: "磁器口古镇码头广场", at: [29.5806, 106.4479], services: ["文艺演出", "政策宣讲"] },
  {
    kind: PlaceKind.PARTY_MASS_SERVICE_CENTRE,
    name: "香榭里社区党群服务中心",
    unit: "香榭里社区",
    address: "香榭里小区会所二楼",
    at: [29.5288, 106.446],
    services: ["党员活动", "物业纠纷调解", "社保咨询"],
  },
  { kind: PlaceKind.COUNCIL_HALL, name: "香榭里社区议事厅", unit: "香榭里社区", address: "香榭里小区会所三楼", at: [29.5289, 106.4461], services: ["居民议事", "业主协商"] },
  {
    kind: PlaceKind.COUNCIL_HALL,
    name: "土主街道红色议事厅",
    unit: "土主街道",
    address: "土主街道便民服务中心一楼",
    at: [29.6222, 106.2925],
    services: ["居民议事", "领导接待", "困难救助"],
  },
  { kind: PlaceKind.COUNCIL_HALL, name: "光荣社区居民议事厅", unit: "光荣社区", address: "石井坡光荣村路5号", at: [29.5903, 106.449], services: ["居民议事"] },
  {
    kind: PlaceKind.VILLAGE_PARLOUR,
    name: "永宁村乡村会客厅",
    unit: "永宁村",
    address: "中梁镇永宁村村民服务中心二楼",
    at: [29.6381, 106.3492],
    services: ["村民议事", "农技咨询", "土地流转咨询"],
  },
  {
    kind: PlaceKind.PARTY_MASS_SERVICE_CENTRE,
    name: "磁器口街道党群服务中心",
    unit: "磁器口街道",
    address: "磁器口街道办事处一楼",
    at: [29.5772, 106.4512],
    services: ["党员活动", "便民服务", "就业登记"],
  },
];

const W = Weekday;
const slot = (weekday: Weekday, start: string, end: string, department: string, service: string, note: string | null = null): TimetableSlotRecord => ({
  weekday,
  start,
  end,
  department,
  service,
  note,
});

/** A teahouse's week: the article's Monday–Wednesday, and a rotating rest of the week. */
function teahouseWeek(n: number): TimetableSlotRecord[] {
  const week = [
    slot(W.MONDAY, "09:30", "11:00", "区委组织部", "党史学习课"),
    slot(W.TUESDAY, "09:00", "11:30", "街道领导", "接待群众", "有事直接来，不用预约"),
    slot(W.WEDNESDAY, "09:00", "11:30", "司法所", "法律援助咨询"),
    slot(W.WEDNESDAY, "15:00", "16:30", "网格员", "网格民情会"),
  ];
  const rest = [
    slot(W.THURSDAY, "09:00", "11:00", "区人力社保局", "社保就业咨询"),
    slot(W.THURSDAY, "14:30", "16:30", "社区卫生服务中心", "义诊与健康讲座"),
    slot(W.FRIDAY, "09:00", "11:00", "区退役军人事务局", "退役军人服务"),
    slot(W.FRIDAY, "14:30", "16:30", "人民调解委员会", "矛盾纠纷调解"),
    slot(W.SATURDAY, "09:30", "11:00", "志愿服务队", "理发、修补与家电维修"),
  ];
  return [...week, rest[n % rest.length], rest[(n + 2) % rest.length]];
}

function unitFor(units: OrgUnitRecord[], name: string): OrgUnitRecord {
  const [streetName, index] = name.split("/");
  const street = units.find((u) => u.name === streetName);
  if (!street) throw new Error(`demo unit ${streetName} missing`);
  if (!index) return street;
  const children = units.filter((u) => u.parentId === street.id).sort((a, b) => a.segment.localeCompare(b.segment));
  const child = children[Number(index) - 1];
  if (!child) throw new Error(`demo unit ${name} missing`);
  return child;
}

/** The demo places as records (teahouses first: demoPlaceId(1…15), then the others). */
export function demoPlaces(units: OrgUnitRecord[], at: string): PlaceRecord[] {
  return [...DEMO_TEAHOUSES, ...DEMO_SERVICE_PLACES].map((p, i) => {
    const unit = unitFor(units, p.unit);
    const [latitude, longitude] = p.at;
    return {
      id: demoPlaceId(i + 1),
      kind: p.kind,
      name: p.name.replace("{unit}", unit.name),
      unitId: unit.id,
      unitName: unit.name,
      unitPath: unit.path,
      address: p.address.replace("{unit}", unit.name),
      latitude,
      longitude,
      geohash: encode(latitude, longitude, STORED_PRECISION),
      openingHours: [W.MONDAY, W.TUESDAY, W.WEDNESDAY, W.THURSDAY, W.FRIDAY, W.SATURDAY].map((weekday) => ({ weekday, opens: "08:30", closes: "17:30" })),
      services: p.services,
      phone: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: "demo-seed",
      lastRequest: "demo-seed",
      lastActor: "demo-seed",
    };
  });
}

export async function seedPlaces(env: SeedEnv): Promise<PlaceRecord[]> {
  const at = "2026-01-01T00:00:00.000Z";
  const places = demoPlaces(env.demo.units, at);
  const timetables: TimetableRecord[] = places
    .filter((p) => p.kind === PlaceKind.TEAHOUSE)
    .map((p, n) => ({ placeId: p.id, version: 1, slots: teahouseWeek(n), updatedAt: at, lastRequest: "demo-seed", lastActor: "demo-seed" }));
  await batchPut(env.db, [...places.flatMap(newPlaceItems), ...timetables.map(timetableItem)]);
  env.log(`  ${places.length} service places (${timetables.length} teahouses with timetables)`);
  return places;
}
