// The demo's category catalogue: what Shapingba's grid workers and residents report most,
// in the article's words, shaped like Open311 service definitions.
import { AttributeDatatype as T, IssuePriority as P } from "./issue.enums";
import type { CategoryRecord } from "./category.store";

const list = (...pairs: [string, string][]) => pairs.map(([key, name]) => ({ key, name }));

function category(c: Partial<CategoryRecord> & Pick<CategoryRecord, "code" | "name" | "group" | "defaultPriority">): CategoryRecord {
  return { description: "", keywords: [], sla: [], attributes: [], active: true, ...c };
}

export const DEMO_CATEGORIES: CategoryRecord[] = [
  category({
    code: "SAFETY_HAZARD",
    name: "安全隐患",
    group: "安全",
    defaultPriority: P.HIGH,
    keywords: ["消防", "燃气", "电线"],
    description: "Fire, gas, electrical or structural hazards in homes and public spaces.",
    sla: [{ priority: P.HIGH, hours: 12 }],
    attributes: [
      {
        code: "hazard",
        datatype: T.SINGLEVALUELIST,
        description: "Kind of hazard",
        required: true,
        order: 1,
        values: list(["fire", "消防"], ["gas", "燃气"], ["electric", "电气"], ["structure", "房屋结构"]),
      },
    ],
  }),
  category({ code: "FIRE_ACCESS_BLOCKED", name: "消防通道堵塞", group: "安全", defaultPriority: P.HIGH, keywords: ["消防通道", "占道"] }),
  category({ code: "SANITATION_WASTE", name: "垃圾清运", group: "环境卫生", defaultPriority: P.NORMAL, keywords: ["垃圾", "清运"] }),
  category({ code: "SANITATION_SEWAGE", name: "污水外溢", group: "环境卫生", defaultPriority: P.HIGH, keywords: ["污水", "化粪池"] }),
  category({
    code: "PROPERTY_DISPUTE",
    name: "物业纠纷",
    group: "物业纠纷",
    defaultPriority: P.NORMAL,
    keywords: ["物业", "业委会", "物业费"],
    attributes: [{ code: "compound", datatype: T.STRING, description: "Residential compound (小区)", required: false, order: 1, values: [] }],
  }),
  category({
    code: "PROPERTY_GARAGE",
    name: "车库积水与人车分流",
    group: "物业纠纷",
    defaultPriority: P.NORMAL,
    keywords: ["车库", "积水", "人车分流"],
    description: "Garage drainage and pedestrian–vehicle separation in residential compounds.",
  }),
  category({ code: "NEIGHBOUR_NOISE", name: "邻里噪音", group: "邻里纠纷", defaultPriority: P.LOW, keywords: ["噪音", "广场舞"] }),
  category({ code: "NEIGHBOUR_DISPUTE", name: "邻里纠纷", group: "邻里纠纷", defaultPriority: P.NORMAL, keywords: ["漏水", "占用", "宠物"] }),
  category({
    code: "LIVELIHOOD_UNEMPLOYMENT",
    name: "失业保险办理",
    group: "民生救助",
    defaultPriority: P.NORMAL,
    keywords: ["失业", "社保"],
    attributes: [{ code: "household_size", datatype: T.NUMBER, description: "People in the household", required: false, order: 1, values: [] }],
  }),
  category({
    code: "LIVELIHOOD_ILLNESS",
    name: "大病救助",
    group: "民生救助",
    defaultPriority: P.HIGH,
    keywords: ["大病", "医疗救助"],
    sla: [{ priority: P.HIGH, hours: 48 }],
    attributes: [
      { code: "diagnosed_on", datatype: T.DATETIME, description: "Date of diagnosis", required: true, order: 1, values: [] },
      {
        code: "insurance",
        datatype: T.MULTIVALUELIST,
        description: "Medical insurance held",
        required: true,
        order: 2,
        values: list(["employee", "职工医保"], ["resident", "城乡居民医保"], ["commercial", "商业保险"], ["none", "无"]),
      },
    ],
  }),
  category({
    code: "FACILITY_STREETLIGHT",
    name: "路灯损坏",
    group: "设施维护",
    defaultPriority: P.NORMAL,
    keywords: ["路灯"],
    attributes: [{ code: "lamp_count", datatype: T.NUMBER, description: "Lamps out", required: false, order: 1, values: [] }],
  }),
  category({ code: "FACILITY_DRAIN", name: "下水道渗漏", group: "设施维护", defaultPriority: P.HIGH, keywords: ["下水道", "渗漏", "堵塞"] }),
  category({ code: "FACILITY_ELEVATOR", name: "电梯故障", group: "设施维护", defaultPriority: P.URGENT, keywords: ["电梯", "困人"] }),
  category({
    code: "LOCKOUT",
    name: "开锁求助",
    group: "便民服务",
    defaultPriority: P.URGENT,
    keywords: ["开锁", "钥匙"],
    description: "A resident locked out; grid safety officers answer in the group chat.",
    sla: [{ priority: P.URGENT, hours: 1 }],
  }),
  category({ code: "ELDERLY_CARE", name: "独居老人关爱", group: "便民服务", defaultPriority: P.NORMAL, keywords: ["独居", "老人", "探访"] }),
];
