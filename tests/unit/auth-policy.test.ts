// The policy tables' two operations, without a server: whether a role passes an entry's gate,
// and the gate of a root field that serves several actions.
import { ADMINS, CONTRIBUTORS, admits, unionWho, type Who } from "../../api/auth/policy";
import { Role } from "../../api/auth/actor";

const EVERY_ROLE = Object.values(Role);

it("admits every role through public and signedIn, and exactly the listed roles otherwise", () => {
  for (const role of EVERY_ROLE) {
    expect(admits("public", role)).toBe(true);
    expect(admits("signedIn", role)).toBe(true);
    expect(admits([], role)).toBe(false);
  }
  const listed: Who = [Role.STREET_ADMIN, Role.VOLUNTEER];
  expect(EVERY_ROLE.filter((role) => admits(listed, role))).toEqual([Role.STREET_ADMIN, Role.VOLUNTEER]);
});

it("names the admins, and lets everyone but partners contribute", () => {
  expect([...ADMINS].sort()).toEqual([Role.COMMUNITY_ADMIN, Role.DISTRICT_ADMIN, Role.STREET_ADMIN]);
  expect([...CONTRIBUTORS].sort()).toEqual(EVERY_ROLE.filter((role) => role !== Role.PARTNER).sort());
});

describe("unionWho", () => {
  it("is public when any entry is public, however the others are gated", () => {
    expect(unionWho([{ who: [Role.RESIDENT] }, { who: "public" }, { who: "signedIn" }])).toBe("public");
  });

  it("is signedIn when some entry is signedIn and none is public", () => {
    expect(unionWho([{ who: [Role.PARTNER] }, { who: "signedIn" }])).toBe("signedIn");
  });

  it("lists each role any entry lists, once, in the roles' own order", () => {
    const union = unionWho([{ who: [Role.RESIDENT, Role.DISTRICT_ADMIN] }, { who: [Role.DISTRICT_ADMIN, Role.GRID_WORKER] }]);
    expect(union).toEqual([Role.DISTRICT_ADMIN, Role.GRID_WORKER, Role.RESIDENT]);
    for (const role of EVERY_ROLE) {
      expect([role, admits(union, role)]).toEqual([role, ([Role.RESIDENT, Role.DISTRICT_ADMIN, Role.GRID_WORKER] as Role[]).includes(role)]);
    }
  });

  it("admits nobody when no entry lists a role", () => {
    expect(unionWho([])).toEqual([]);
    expect(unionWho([{ who: [] }, { who: [] }])).toEqual([]);
  });
});
