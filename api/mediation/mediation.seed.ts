// The demo's mediation cases, walked through the same rules as any client's commands on a
// back-dated clock:
//   - 中梁镇's land-transfer dispute (土地流转) between 永宁村's villagers and an agricultural
//     company, mediated at the town's teahouse with a circuit-court sitting (巡回法庭) that
//     confirms the agreement; three payment instalments — the first paid, the second overdue,
//     the third not yet due;
//   - 香榭里社区's garage drainage case, tied to its council, agreed with the property company's
//     repair obligation.
import { Role, type Actor } from "../auth/actor";
import type { SeedEnv } from "../feature";
import type { OrgUnitRecord } from "../org";
import { DisputeCategory, MediationOutcome, PartyKind, PartySide, SessionKind } from "./mediation.enums";
import { concludeMediation, fulfilObligation, openMediationCase, recordMediationSession } from "./mediation.rules";
import { demoPlaces } from "../places";

/** The council of 香榭里社区 the garage drainage case belongs to (seeded by the councils feature). */
export const XIANGXIELI_COUNCIL_ID = "co_01KC0000000000000000000XXL";

const DAY = 86400_000;

export async function seedMediation(env: SeedEnv): Promise<void> {
  // The places feature seeds its demo places before this one; their ids follow from the units.
  const places = demoPlaces(env.demo.units, "2026-01-01T00:00:00.000Z");
  const unit = (name: string): OrgUnitRecord => {
    const found = env.demo.units.find((u) => u.name === name);
    if (!found) throw new Error(`demo unit ${name} missing`);
    return found;
  };
  const placeNamed = (name: string) => places.find((p) => p.name === name)?.id ?? null;
  const start = Date.now() - 70 * DAY;
  let clock = start;
  const as = (actor: Actor) => env.contextAs(actor, () => new Date(clock));
  const at = (days: number) => new Date(start + days * DAY).toISOString();

  // 中梁镇: the town's admin opens the case; the grid workers of 永宁村 mediate.
  const town = unit("中梁镇");
  const village = unit("永宁村");
  const villageWorkers = env.demo.people.filter((p) => p.role === Role.GRID_WORKER && p.orgId?.startsWith(village.code));
  const townAdmin: Actor = { sub: "u-zhongliang-admin", role: Role.STREET_ADMIN, orgId: town.id, scopePath: town.path, name: "中梁镇调解员" };
  let ctx = as(townAdmin);
  let c = await openMediationCase(ctx, {
    idempotencyKey: "demo-zhongliang-land",
    unitId: village.id,
    placeId: placeNamed("中梁镇和顺茶馆"),
    category: DisputeCategory.LAND,
    title: "永宁村土地流转租金纠纷",
    summary: "永宁村12户村民将承包地流转给重庆某农业开发公司种植果树，公司以收成不好为由拖欠两年租金共计18.6万元，村民多次讨要未果。",
    parties: [
      { kind: PartyKind.PERSON, side: PartySide.APPLICANT, name: "王德明", phone: "13983001234" },
      { kind: PartyKind.PERSON, side: PartySide.APPLICANT, name: "李桂英" },
      { kind: PartyKind.ORGANISATION, side: PartySide.RESPONDENT, name: "重庆某农业开发有限公司" },
    ],
    mediatorIds: villageWorkers.slice(0, 2).map((p) => p.id),
  });
  clock = start + 7 * DAY;
  ctx = as(townAdmin);
  c = await recordMediationSession(ctx, {
    caseId: c.id,
    expectedVersion: c.version,
    kind: SessionKind.MEDIATION,
    at: at(7),
    note: "双方到和顺茶馆面对面协商，公司承认欠付，提出分期支付；村民代表王德明要求年底前付清。",
  });
  clock = start + 14 * DAY;
  ctx = as(townAdmin);
  c = await recordMediationSession(ctx, {
    caseId: c.id,
    expectedVersion: c.version,
    kind: SessionKind.CIRCUIT_COURT,
    at: at(14),
    court: "沙坪坝区人民法院巡回法庭",
    note: "法官在茶馆释法明理，双方同意分三期支付，法院当场进行司法确认。",
  });
  clock = start + 14 * DAY + 3600_000;
  ctx = as(townAdmin);
  c = await concludeMediation(ctx, {
    caseId: c.id,
    expectedVersion: c.version,
    outcome: MediationOutcome.AGREEMENT,
    agreementText: "重庆某农业开发有限公司分三期向12户村民支付拖欠租金共计18.6万元；此后租金按年于每年1月底前支付；村民继续履行流转合同。",
    obligations: [
      { partyId: "p3", description: "第一期欠付租金", amountYuan: 60000, dueAt: at(30) },
      { partyId: "p3", description: "第二期欠付租金", amountYuan: 60000, dueAt: at(60) },
      { partyId: "p3", description: "第三期欠付租金", amountYuan: 66000, dueAt: at(130) },
    ],
  });
  clock = start + 29 * DAY;
  ctx = as(townAdmin);
  c = await fulfilObligation(ctx, { caseId: c.id, expectedVersion: c.version, obligationId: "o1", note: "村民代表确认已收到第一期款项。" });

  // 香榭里社区: 兰芳 (the community's admin) opens and mediates the garage drainage case of its council.
  const xiangxieli = unit("香榭里社区");
  const lan: Actor = { sub: "u-xiangxieli-admin", role: Role.COMMUNITY_ADMIN, orgId: xiangxieli.id, scopePath: xiangxieli.path, name: "兰芳" };
  clock = start + 40 * DAY;
  ctx = as(lan);
  let d = await openMediationCase(ctx, {
    idempotencyKey: "demo-xiangxieli-garage",
    unitId: xiangxieli.id,
    placeId: placeNamed("香榭里社区和顺茶馆"),
    councilId: XIANGXIELI_COUNCIL_ID,
    category: DisputeCategory.PROPERTY_MANAGEMENT,
    title: "香榭里地下车库排水纠纷",
    summary: "雨季地下车库反复积水，业主车辆受损，业主代表与物业公司就排水改造费用和责任争执不下，议事会提交调解。",
    parties: [
      { kind: PartyKind.PERSON, side: PartySide.APPLICANT, name: "赵文斌", phone: "13908881234" },
      { kind: PartyKind.ORGANISATION, side: PartySide.RESPONDENT, name: "香榭里物业服务有限公司" },
    ],
    mediatorIds: ["u-xiangxieli-admin"],
  });
  clock = start + 45 * DAY;
  ctx = as(lan);
  d = await recordMediationSession(ctx, {
    caseId: d.id,
    expectedVersion: d.version,
    kind: SessionKind.MEDIATION,
    at: at(45),
    note: "兰姐组织业主代表、物业和施工方现场查看排水沟，确定由物业先行疏通、维修基金承担改造费用。",
  });
  clock = start + 45 * DAY + 7200_000;
  ctx = as(lan);
  await concludeMediation(ctx, {
    caseId: d.id,
    expectedVersion: d.version,
    outcome: MediationOutcome.AGREEMENT,
    agreementText: "物业公司在雨季前完成车库排水沟疏通和集水井改造，改造费用经业主大会表决后由维修基金列支；受损车辆由物业公司协助向保险公司理赔。",
    obligations: [{ partyId: "p2", description: "完成车库排水沟疏通和集水井改造", dueAt: at(120) }],
  });
  env.log("  2 mediation cases");
}
