// The one scope rule and the role predicates, without a server: a path is in scope when it is
// the scope unit or lies beneath it — never when it merely starts with the same characters.
import { ADMIN_ROLES, ROLES, Role, aboveScope, belowScope, inScope, isAdmin, isRole, seesPersonalData, type Actor } from "../../api/auth/actor";

const STREET = "500106/500106017";
const actor = (role: Role, scopePath = STREET): Actor => ({ sub: "u1", role, orgId: "500106017", scopePath });

describe("inScope", () => {
  const a = actor(Role.STREET_ADMIN);

  it("holds for the scope unit itself and everything beneath it", () => {
    expect(inScope(a, STREET)).toBe(true);
    expect(inScope(a, `${STREET}/500106017001`)).toBe(true);
    expect(inScope(a, `${STREET}/500106017001/50010601700101`)).toBe(true);
  });

  it("does not hold for the unit above, a sibling, or a unit whose id only starts the same", () => {
    expect(inScope(a, "500106")).toBe(false);
    expect(inScope(a, "500106/500106018")).toBe(false);
    expect(inScope(a, `${STREET}9`)).toBe(false);
    expect(inScope(a, `${STREET}9/5001060179001`)).toBe(false);
    expect(inScope(a, "")).toBe(false);
  });
});

describe("belowScope", () => {
  const a = actor(Role.STREET_ADMIN);

  it("holds strictly beneath the scope unit, not at it", () => {
    expect(belowScope(a, `${STREET}/500106017001`)).toBe(true);
    expect(belowScope(a, STREET)).toBe(false);
    expect(belowScope(a, `${STREET}9`)).toBe(false);
    expect(belowScope(a, "500106")).toBe(false);
  });
});

describe("aboveScope", () => {
  const a = actor(Role.RESIDENT, `${STREET}/500106017001`);

  it("holds for every ancestor of the scope unit and nothing else", () => {
    expect(aboveScope(a, STREET)).toBe(true);
    expect(aboveScope(a, "500106")).toBe(true);
    expect(aboveScope(a, `${STREET}/500106017001`)).toBe(false);
    expect(aboveScope(a, `${STREET}/500106017001/50010601700101`)).toBe(false);
    // "500106/5001060" is a prefix of the path's characters, not a unit on the way up.
    expect(aboveScope(a, "500106/5001060")).toBe(false);
  });
});

describe("roles", () => {
  it("knows the seven roles and exactly the three admin roles", () => {
    expect(ROLES).toEqual(["DISTRICT_ADMIN", "STREET_ADMIN", "COMMUNITY_ADMIN", "GRID_WORKER", "VOLUNTEER", "RESIDENT", "PARTNER"]);
    expect(ADMIN_ROLES).toEqual([Role.DISTRICT_ADMIN, Role.STREET_ADMIN, Role.COMMUNITY_ADMIN]);
    expect(ROLES.filter((role) => isAdmin({ role }))).toEqual(ADMIN_ROLES);
  });

  it("recognises a role only as the exact string", () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ["SUPERUSER", "resident", "", " RESIDENT", null, undefined, 1, ["RESIDENT"], { RESIDENT: true }]) expect([value, isRole(value)]).toEqual([value, false]);
  });

  it("shows personal data to every role but partners", () => {
    expect(ROLES.filter((role) => seesPersonalData(actor(role)))).toEqual(ROLES.filter((role) => role !== Role.PARTNER));
  });
});
