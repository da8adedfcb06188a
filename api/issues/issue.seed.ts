// Demo issues, made the way real ones are: every issue is reported and moved through the loop
// by the domain rules, as the demo's people, on a clock set back in time — so the timeline,
// index entries, deadlines and notifications are exactly what the API would have written.
// A few hundred issues in every state, plus the cases the article tells.
import type { GridnetContext } from "../context";
import type { SeedEnv } from "../feature";
import { IssueChannel, IssuePriority, ResolutionOutcome } from "./issue.enums";
import { OrgUnitKind } from "../org";
import { Role, type Actor } from "../auth/actor";
import * as issues from "./issue.rules";
import type { OrgUnitRecord } from "../org";
import { DEMO_CATEGORIES } from "./category.seed";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Target = "REPORTED" | "REJECTED" | "MERGED" | "ACCEPTED" | "ASSIGNED" | "IN_PROGRESS" | "RESOLVED" | "CLOSED";
const MIX: [Target, number][] = [
  ["REPORTED", 0.14],
  ["REJECTED", 0.05],
  ["MERGED", 0.05],
  ["ACCEPTED", 0.1],
  ["ASSIGNED", 0.14],
  ["IN_PROGRESS", 0.14],
  ["RESOLVED", 0.1],
  ["CLOSED", 0.28],
];

const TITLES: Record<string, string[]> = {
  SAFETY_HAZARD: ["楼道电动车充电", "燃气管道老化", "外墙砖松动"],
  FIRE_ACCESS_BLOCKED: ["消防通道被私家车占用", "楼道堆放杂物"],
  SANITATION_WASTE: ["垃圾桶满溢未清运", "建筑垃圾乱堆"],
  SANITATION_SEWAGE: ["化粪池污水外溢", "背街小巷污水横流"],
  PROPERTY_DISPUTE: ["物业费收支不透明", "小区绿化无人养护"],
  PROPERTY_GARAGE: ["地下车库雨天积水", "人车混行存在隐患"],
  NEIGHBOUR_NOISE: ["夜间装修噪音", "广场舞音量过大"],
  NEIGHBOUR_DISPUTE: ["楼上漏水殃及楼下", "公共区域被占用"],
  LIVELIHOOD_UNEMPLOYMENT: ["失业保险金申领咨询", "灵活就业社保补贴"],
  LIVELIHOOD_ILLNESS: ["大病医疗救助申请", "困难家庭医疗费用报销"],
  FACILITY_STREETLIGHT: ["路灯不亮", "步道照明损坏"],
  FACILITY_DRAIN: ["下水道堵塞渗漏", "雨水井盖破损"],
  FACILITY_ELEVATOR: ["电梯频繁停运", "电梯困人"],
  LOCKOUT: ["居民被锁门外", "老人钥匙丢失"],
  ELDERLY_CARE: ["独居老人需定期探访", "高龄老人助餐需求"],
};

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Walks `count` demo issues through the loop, as the demo's people, on a back-dated clock. */
export async function seedDemoIssues(env: Pick<SeedEnv, "demo" | "log" | "contextAs">, options: { count?: number; now?: Date } = {}): Promise<number> {
  const { demo, log } = env;
  /** A fresh context acting as `actor` at the clock's current time. */
  const as = (actor: Actor, clock: { at: number }): GridnetContext => env.contextAs(actor, () => new Date(clock.at));
  const count = options.count ?? 300;
  const now = (options.now ?? new Date()).getTime();
  const rand = random(2022);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const byId = new Map(demo.units.map((u) => [u.id, u]));
  const grids = demo.units.filter((u) => u.kind === OrgUnitKind.GRID);
  if (grids.length === 0) return 0;
  const unit = (name: string) => demo.units.find((u) => u.name === name)!;

  const actorFor = (role: Role, scope: OrgUnitRecord, sub: string, name?: string): Actor => ({ sub, role, orgId: scope.id, scopePath: scope.path, name });
  const communityAdmin = (grid: OrgUnitRecord) => {
    const community = byId.get(grid.ancestorIds[2])!;
    const demoAdmin = demo.people.find((p) => p.role === Role.COMMUNITY_ADMIN && p.orgId === community.id);
    return actorFor(Role.COMMUNITY_ADMIN, community, demoAdmin?.id ?? `admin-${community.id}`, demoAdmin?.name);
  };
  const worker = (grid: OrgUnitRecord) => {
    const person = demo.people.find((p) => p.role === Role.GRID_WORKER && p.orgId === grid.id)!;
    return actorFor(Role.GRID_WORKER, grid, person.id, person.name);
  };
  const streetAdmin = (grid: OrgUnitRecord) => {
    const street = byId.get(grid.ancestorIds[1])!;
    const demoAdmin = demo.people.find((p) => p.role === Role.STREET_ADMIN && p.orgId === street.id);
    return actorFor(Role.STREET_ADMIN, street, demoAdmin?.id ?? `admin-${street.id}`, demoAdmin?.name);
  };
  const resident = demo.people.find((p) => p.id === "u-resident")!;
  let made = 0;
  let key = 0;

  /** Walks one issue from report to `target`, `clock.at` advancing between steps. */
  async function walk(
    grid: OrgUnitRecord,
    target: Target,
    spec: {
      title?: string;
      description?: string;
      categoryCode?: string;
      reporter?: Actor;
      channel?: IssueChannel;
      buildingId?: string;
      attributes?: { code: string; values: string[] }[];
      startAt?: number;
      step?: () => number;
      escalate?: boolean;
      satisfaction?: number;
      result?: string;
      duplicateOf?: string;
    } = {},
  ) {
    const clock = { at: spec.startAt ?? now - (1 + rand() * 59) * DAY };
    const step = spec.step ?? (() => (0.2 + rand() * 8) * HOUR);
    const advance = () => (clock.at = Math.min(clock.at + step(), now - 60_000));
    const category = spec.categoryCode ?? pick(DEMO_CATEGORIES).code;
    const reporter = spec.reporter ?? (rand() < 0.7 ? worker(grid) : actorFor(Role.RESIDENT, byId.get(grid.ancestorIds[2])!, `resident-${grid.id}`));
    const defaults = DEMO_CATEGORIES.find((c) => c.code === category)!;
    const attributes =
      spec.attributes ??
      defaults.attributes
        .filter((a) => a.required)
        .map((a) => ({
          code: a.code,
          values: [a.datatype === "DATETIME" ? new Date(clock.at - 30 * DAY).toISOString().slice(0, 10) : (a.values[0]?.key ?? "1")],
        }));
    const reported = await issues.reportIssue(as(reporter, clock), {
      idempotencyKey: `seed-${(key += 1)}`,
      title: spec.title ?? pick(TITLES[category]),
      description: spec.description ?? `${grid.name}：${pick(TITLES[category])}，请尽快处理。`,
      categoryCode: category,
      gridId: grid.id,
      buildingId: spec.buildingId ?? null,
      channel: spec.channel ?? (reporter.role === Role.GRID_WORKER ? IssueChannel.GRID_PATROL : pick([IssueChannel.MINI_PROGRAM, IssueChannel.HOTLINE, IssueChannel.WEB])),
      attributes,
    });
    made += 1;
    const id = reported.issue.id;
    if (target === "REPORTED") return id;
    const admin = communityAdmin(grid);
    advance();
    if (target === "REJECTED") return (await issues.rejectIssue(as(admin, clock), { id, reason: "不属于受理范围，已告知反映人相关办理渠道" })).id;
    if (target === "MERGED") return (await issues.mergeIssue(as(admin, clock), { id, duplicateOfId: spec.duplicateOf! })).id;
    const priority = rand() < 0.15 ? IssuePriority.URGENT : undefined;
    await issues.acceptIssue(as(admin, clock), { id, priority });
    let handler = admin;
    if (spec.escalate) {
      advance();
      await issues.escalateIssue(as(admin, clock), { id, reason: "涉及多个部门，需街道统筹" });
      handler = streetAdmin(grid);
    }
    if (target === "ACCEPTED") return id;
    advance();
    const assignee = worker(grid);
    await issues.assignIssue(as(handler, clock), { id, assigneeId: assignee.sub, unitId: grid.id });
    if (target === "ASSIGNED") return id;
    advance();
    await issues.startIssue(as(assignee, clock), { id });
    if (target === "IN_PROGRESS") return id;
    advance();
    await issues.resolveIssue(as(assignee, clock), {
      id,
      outcome: rand() < 0.9 ? ResolutionOutcome.FIXED : ResolutionOutcome.NOT_FIXABLE,
      result: spec.result ?? "已现场处理并回访",
    });
    if (target === "RESOLVED") return id;
    advance();
    const closer = reporter.role === Role.RESIDENT || reporter.role === Role.GRID_WORKER ? reporter : admin;
    const satisfaction = spec.satisfaction ?? (rand() < 0.08 ? 2 : 3 + Math.floor(rand() * 3));
    await issues.closeIssue(as(closer, clock), { id, satisfaction });
    if (satisfaction < 3) {
      // Rework: handled again, then closed satisfied.
      advance();
      await issues.startIssue(as(assignee, clock), { id });
      advance();
      await issues.resolveIssue(as(assignee, clock), { id, outcome: ResolutionOutcome.FIXED, result: "返工后已彻底解决" });
      advance();
      await issues.closeIssue(as(closer, clock), { id, satisfaction: 4 });
    }
    return id;
  }

  // The article's cases first.
  const fenghuangGrid = unit("凤凰山社区第1网格");
  const minutes = (n: number) => () => n * 60_000;
  await walk(fenghuangGrid, "CLOSED", {
    title: "百年世家居民被锁门外",
    description: "百年世家一位独居老人出门倒垃圾被锁在门外，在网格群里求助。",
    categoryCode: "LOCKOUT",
    reporter: actorFor(Role.RESIDENT, unit("凤凰山社区"), resident.id, resident.name),
    channel: IssueChannel.MINI_PROGRAM,
    buildingId: demo.units.find((u) => u.name === "百年世家")?.id,
    startAt: now - 3 * DAY,
    step: minutes(8),
    satisfaction: 5,
    result: "网格平安员联系开锁师傅，半小时内开门",
  });
  const xiangxieli = unit("香榭里社区");
  const xiangxieliGrid = demo.units.find((u) => u.parentId === xiangxieli.id && u.kind === OrgUnitKind.GRID)!;
  await walk(xiangxieliGrid, "CLOSED", {
    title: "车库积水与人车分流纠纷",
    description: "业主反映地下车库雨天积水、小区人车混行，与物业多次协商未果，提交居民议事会。",
    categoryCode: "PROPERTY_GARAGE",
    reporter: actorFor(Role.COMMUNITY_ADMIN, xiangxieli, "u-xiangxieli-admin", "兰芳"),
    channel: IssueChannel.COUNCIL,
    startAt: now - 40 * DAY,
    step: () => 3 * DAY,
    satisfaction: 5,
    result: "议事会协商：物业整改车库排水沟，划定人车分流通道",
  });
  const tuzhu = unit("土主街道");
  const tuzhuGrid = demo.units.find((u) => u.kind === OrgUnitKind.GRID && u.ancestorIds[1] === tuzhu.id)!;
  const hall = actorFor(Role.STREET_ADMIN, tuzhu, "u-tuzhu-admin", "刘建国");
  await walk(tuzhuGrid, "CLOSED", {
    title: "李叔叔失业保险办理",
    description: "李叔叔在红色议事厅反映失业后不清楚失业保险金如何申领。",
    categoryCode: "LIVELIHOOD_UNEMPLOYMENT",
    reporter: hall,
    channel: IssueChannel.COUNCIL,
    startAt: now - 20 * DAY,
    step: () => 1 * DAY,
    satisfaction: 5,
    result: "志愿者陪同到社保窗口办结申领",
  });
  await walk(tuzhuGrid, "IN_PROGRESS", {
    title: "高幼驹大病救助申请",
    description: "高幼驹家庭因大病致困，在红色议事厅申请医疗救助。",
    categoryCode: "LIVELIHOOD_ILLNESS",
    // Raised by the resident herself at the hall: her name is on the record, so the masking
    // layer keeps it (and her illness) from partners and neighbours.
    reporter: actorFor(Role.RESIDENT, byId.get(tuzhuGrid.ancestorIds[2])!, "u-gao-youju", "高幼驹"),
    channel: IssueChannel.COUNCIL,
    escalate: true,
    startAt: now - 5 * DAY,
    step: () => 6 * HOUR,
    attributes: [
      { code: "diagnosed_on", values: [new Date(now - 60 * DAY).toISOString().slice(0, 10)] },
      { code: "insurance", values: ["resident"] },
    ],
  });

  // The rest: a mix of every state across the district's grids.
  const openInGrid = new Map<string, { id: string; category: string }>();
  const weights = MIX.map(([, w]) => w);
  while (made < count) {
    const grid = pick(grids);
    let r = rand();
    const target = MIX[weights.findIndex((w) => (r -= w) < 0)]?.[0] ?? "CLOSED";
    const previous = openInGrid.get(grid.id);
    if (target === "MERGED") {
      if (!previous) continue;
      await walk(grid, "MERGED", { categoryCode: previous.category, duplicateOf: previous.id, startAt: now - rand() * DAY });
    } else {
      const category = pick(DEMO_CATEGORIES).code;
      const id = await walk(grid, target, { categoryCode: category, escalate: rand() < 0.1 });
      if (target === "ACCEPTED" || target === "ASSIGNED" || target === "IN_PROGRESS") openInGrid.set(grid.id, { id, category });
    }
    if (made % 50 === 0) log(`  ${made}/${count} demo issues`);
  }
  return made;
}
