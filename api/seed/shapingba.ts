// The Shapingba demo: the district, 22 streets and towns, 160 communities and villages with
// the names the article uses, their grids, buildings, grid workers, party branches, and one
// demo user per role. Deterministic: the same ids and names on every machine, so README
// examples and tests can name them. Seed ids are the unit's code at seeding time; units
// created later get opaque ids.
import { OrgUnitKind } from "../org";
import { Role } from "../auth/actor";
import type { OrgUnitRecord } from "../org";
import type { PersonRecord } from "../people/person.codec";

export interface DemoOptions {
  gridsPerCommunity?: number;
  buildingsPerGrid?: number;
}

export interface Demo {
  units: OrgUnitRecord[];
  people: PersonRecord[];
}

export const DISTRICT = { code: "500106", name: "沙坪坝区" };

/** 19 streets and 3 towns (the article's 22); names from the district's public listings and the article. */
const STREETS: [string, OrgUnitKind][] = [
  ["小龙坎街道", OrgUnitKind.STREET],
  ["沙坪坝街道", OrgUnitKind.STREET],
  ["渝碚路街道", OrgUnitKind.STREET],
  ["磁器口街道", OrgUnitKind.STREET],
  ["童家桥街道", OrgUnitKind.STREET],
  ["石井坡街道", OrgUnitKind.STREET],
  ["井口街道", OrgUnitKind.STREET],
  ["山洞街道", OrgUnitKind.STREET],
  ["新桥街道", OrgUnitKind.STREET],
  ["天星桥街道", OrgUnitKind.STREET],
  ["土湾街道", OrgUnitKind.STREET],
  ["覃家岗街道", OrgUnitKind.STREET],
  ["陈家桥街道", OrgUnitKind.STREET],
  ["虎溪街道", OrgUnitKind.STREET],
  ["西永街道", OrgUnitKind.STREET],
  ["联芳街道", OrgUnitKind.STREET],
  ["土主街道", OrgUnitKind.STREET],
  ["丰文街道", OrgUnitKind.STREET],
  ["双碑街道", OrgUnitKind.STREET],
  ["回龙坝镇", OrgUnitKind.TOWN],
  ["中梁镇", OrgUnitKind.TOWN],
  ["歌乐山镇", OrgUnitKind.TOWN],
];

/** Communities and villages the article names, placed first under their street or town. */
const NAMED: Record<string, string[]> = {
  磁器口街道: ["凤凰山社区", "金蓉社区"],
  联芳街道: ["香榭里社区"],
  石井坡街道: ["光荣社区"],
  中梁镇: ["永宁村", "三河村"],
};

/** Plausible name stems for the other communities and villages. */
const STEMS = (
  "梨树湾 松林坡 新民 站东 正街 团结 桂花园 嘉陵 凤天 杨公桥 三角碑 石门 和平 莲花 双巷子 高滩岩 美丽 二塘 晒光坪 五云 " +
  "沙正 平正 新鸣 高店子 林园 兴隆 青凤 大川 曾家 大学城 月台 西城 康居 明月 文化 学府 宏声 华宇 紫云 金沙 清溪 龙泉 " +
  "青龙 白鹤 瓦店 兰花 丽苑 馨苑 和谐 同心 芳华 荣昌 香樟 锦绣 福泽 安居 长滩 磨滩 梨园 柏树林 桃源 茶园 黄桷 四合 " +
  "石岗 新开 玉泉 响水 民乐 青杠 合建 三溪 观音 石坝 向阳 红岩 宝轮 磁南 龙隐 凤山 碧水 文星 欣悦 景苑 书香 凤鸣 晨光 " +
  "永兴 天马 马家岩 石碾盘 新村 建设 劳动 詹家溪 顺和 东岳 荷花 宝山 苏家 六店子 竹林 梧桐 泉水 长安 花园 海棠 清水 " +
  "汉渝 龙湾 学苑 盛景 金碧 新城 西山 鹿鸣 梨花 松鹤 康乐 丹桂 兴福 大河 莲池 白云 金海 新华 双山 铁马 东风 团山 田坝 " +
  "红槽房 井新 雅居 育才 振华 春晖 中和 瑞峰 鑫阳 福星 金叶 雨台 歌乐 覃家 土湾 天星 渝碚 童家 山洞 井口 虎峰 陈家 西永 " +
  "丰文 双碑 土主 回龙 中梁 青木 凤栖 龙凤 桥东 南园 北城 万佛 古道"
).split(" ");

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建平红玉兰春梅海燕志刚国庆德文斌琳婷雪松波宇浩霞凤桂荣".split("");

/** A small deterministic generator, so the demo is the same everywhere. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

export function shapingbaDemo(options: DemoOptions = {}): Demo {
  const gridsPerCommunity = options.gridsPerCommunity ?? 4;
  const buildingsPerGrid = options.buildingsPerGrid ?? 3;
  const rand = random(500106);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const personName = () => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.6 ? pick(GIVEN) : "");
  const now = "2026-01-01T00:00:00.000Z";
  const units: OrgUnitRecord[] = [];
  const people: PersonRecord[] = [];

  const add = (parent: OrgUnitRecord | null, kind: OrgUnitKind, segment: string, name: string): OrgUnitRecord => {
    const unit: OrgUnitRecord = {
      id: parent ? parent.code + segment : segment,
      kind,
      segment,
      code: parent ? parent.code + segment : segment,
      name,
      parentId: parent?.id ?? null,
      path: parent ? `${parent.path}/${segment}` : `/${segment}`,
      ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
      version: 1,
      partyBranch: null,
      workers: [],
      createdAt: now,
      updatedAt: now,
    };
    units.push(unit);
    return unit;
  };

  const district = add(null, OrgUnitKind.DISTRICT, DISTRICT.code, DISTRICT.name);
  const stems = STEMS.filter(
    (s) =>
      !Object.values(NAMED)
        .flat()
        .some((n) => n.startsWith(s)),
  );
  let stemIndex = 0;
  STREETS.forEach(([streetName, streetKind], s) => {
    const street = add(district, streetKind, pad(s + 1, 3), streetName);
    // 160 communities over 22 streets: the first 6 get 8, the rest 7.
    const count = s < 6 ? 8 : 7;
    const names = [...(NAMED[streetName] ?? [])];
    while (names.length < count) {
      const village = streetKind === OrgUnitKind.TOWN && names.length % 3 !== 2;
      names.push(`${stems[stemIndex++ % stems.length]}${village ? "村" : "社区"}`);
    }
    names.forEach((communityName, c) => {
      const kind = communityName.endsWith("村") ? OrgUnitKind.VILLAGE : OrgUnitKind.COMMUNITY;
      const community = add(street, kind, pad(c + 1, 3), communityName);
      for (let g = 1; g <= gridsPerCommunity; g += 1) {
        const grid = add(community, OrgUnitKind.GRID, pad(g, 2), `${communityName}第${g}网格`);
        grid.partyBranch = { name: `${grid.name}党支部`, secretary: personName(), memberCount: 8 + Math.floor(rand() * 40) };
        for (let b = 1; b <= buildingsPerGrid; b += 1) {
          const buildingName = communityName === "凤凰山社区" && g === 1 && b === 1 ? "百年世家" : `${b}栋`;
          add(grid, OrgUnitKind.BUILDING, pad(b, 3), buildingName);
        }
        const worker: PersonRecord = {
          id: `gw-${grid.code}`,
          name: personName(),
          phone: `139${pad(Math.floor(rand() * 1e8), 8)}`,
          role: Role.GRID_WORKER,
          orgId: grid.id,
        };
        people.push(worker);
        grid.workers.push({ id: worker.id, name: worker.name, phone: worker.phone });
      }
    });
  });

  const byName = (name: string) => {
    const unit = units.find((u) => u.name === name);
    if (!unit) throw new Error(`demo unit ${name} missing`);
    return unit;
  };
  for (const user of DEMO_USERS) {
    const unit = user.unitName === DISTRICT.name ? district : byName(user.unitName);
    people.push({ id: user.id, name: user.name, phone: user.phone, role: user.role, orgId: unit.id });
  }
  // The demo grid worker walks 凤凰山社区's first grid, beside its generated colleague.
  const demoWorker = people.find((p) => p.id === "u-grid-worker");
  const demoGrid = units.find((u) => u.id === demoWorker?.orgId);
  if (demoWorker && demoGrid) demoGrid.workers.push({ id: demoWorker.id, name: demoWorker.name, phone: demoWorker.phone });
  return { units, people };
}

export interface DemoUser {
  id: string;
  role: Role;
  name: string;
  phone: string;
  unitName: string;
  what: string;
}

/** One demo user per role; `npm start` prints a token for each. */
export const DEMO_USERS: DemoUser[] = [
  { id: "u-district-admin", role: Role.DISTRICT_ADMIN, name: "周明", phone: "13900000001", unitName: DISTRICT.name, what: "district command centre" },
  { id: "u-tuzhu-admin", role: Role.STREET_ADMIN, name: "刘建国", phone: "13900000002", unitName: "土主街道", what: "土主街道 (red council hall)" },
  { id: "u-ciqikou-admin", role: Role.STREET_ADMIN, name: "陈慧", phone: "13900000003", unitName: "磁器口街道", what: "磁器口街道" },
  { id: "u-fenghuangshan-admin", role: Role.COMMUNITY_ADMIN, name: "杨丽", phone: "13900000004", unitName: "凤凰山社区", what: "凤凰山社区" },
  { id: "u-xiangxieli-admin", role: Role.COMMUNITY_ADMIN, name: "兰芳", phone: "13900000005", unitName: "香榭里社区", what: "香榭里社区 (兰姐不难解)" },
  { id: "u-grid-worker", role: Role.GRID_WORKER, name: "何平", phone: "13900000006", unitName: "凤凰山社区第1网格", what: "凤凰山社区 grid 1" },
  { id: "u-volunteer", role: Role.VOLUNTEER, name: "苏雪", phone: "13900000007", unitName: "金蓉社区", what: "金蓉社区 squad" },
  { id: "u-resident", role: Role.RESIDENT, name: "李德文", phone: "13900000008", unitName: "凤凰山社区", what: "resident of 凤凰山社区" },
  { id: "u-partner", role: Role.PARTNER, name: "数据共享伙伴", phone: "13900000009", unitName: DISTRICT.name, what: "data-sharing partner, district-wide" },
];
