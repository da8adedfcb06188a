// The Shapingba demo matches the article: 22 streets and towns, 160 communities and villages,
// the places it names, a party branch and a grid worker on every grid, a user for every role.
import { Role } from "../../api/auth/actor";
import { DEMO_USERS, shapingbaDemo } from "../../api/seed/shapingba";

const demo = shapingbaDemo();
const count = (kinds: string[]) => demo.units.filter((u) => kinds.includes(u.kind)).length;

it("has the article's numbers of streets/towns and communities/villages", () => {
  expect(count(["DISTRICT"])).toBe(1);
  expect(count(["STREET", "TOWN"])).toBe(22);
  expect(count(["COMMUNITY", "VILLAGE"])).toBe(160);
  expect(count(["GRID"])).toBe(640);
});

it("places the units the article names under the right parents", () => {
  const parentName = (name: string) => demo.units.find((u) => u.id === demo.units.find((c) => c.name === name)?.parentId)?.name;
  expect(parentName("凤凰山社区")).toBe("磁器口街道");
  expect(parentName("金蓉社区")).toBe("磁器口街道");
  expect(parentName("香榭里社区")).toBe("联芳街道");
  expect(parentName("光荣社区")).toBe("石井坡街道");
  expect(parentName("永宁村")).toBe("中梁镇");
  expect(parentName("三河村")).toBe("中梁镇");
  expect(parentName("百年世家")).toBe("凤凰山社区第1网格");
  for (const street of ["土主街道", "丰文街道", "双碑街道", "小龙坎街道", "回龙坝镇"]) {
    expect(demo.units.some((u) => u.name === street)).toBe(true);
  }
});

it("builds codes and paths the CJ/T 349 way, unique across the district", () => {
  const grid = demo.units.find((u) => u.name === "凤凰山社区第1网格")!;
  expect(grid.code).toBe("50010600400101");
  expect(grid.path).toBe("/500106/004/001/01");
  expect(new Set(demo.units.map((u) => u.path)).size).toBe(demo.units.length);
  expect(new Set(demo.units.map((u) => u.name.replace(/第\d+网格|\d+栋/, ""))).size).toBeGreaterThan(180);
});

it("gives every grid a party branch and a grid worker", () => {
  const grids = demo.units.filter((u) => u.kind === "GRID");
  expect(grids.every((g) => g.partyBranch && g.partyBranch.memberCount > 0)).toBe(true);
  expect(grids.every((g) => g.workers.length > 0)).toBe(true);
});

it("has a demo user for each of the seven roles", () => {
  expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(Object.values(Role)));
  for (const user of DEMO_USERS) expect(demo.people.find((p) => p.id === user.id)?.orgId).toBeTruthy();
});
