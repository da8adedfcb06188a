// A service place's visibility rule (place.view.ts: canSeePlace), without a database: places are
// public to every signed-in role but partners, who get counts only (docs/places.md). Who reads a
// place as written is in rules-mediation-view.test.ts ("places").
import { Role, type Actor } from "../../api/auth/actor";
import { canSeePlace } from "../../api/places/place.view";

const actor = (role: Role): Actor => ({ sub: `u-${role.toLowerCase()}`, role, orgId: "500106018", scopePath: "500106/500106018" });

it("shows a place to every role but partners, wherever their scope is", () => {
  const roles = Object.values(Role);
  expect(roles.filter((role) => canSeePlace(actor(role)))).toEqual(roles.filter((role) => role !== Role.PARTNER));
  expect(canSeePlace(actor(Role.PARTNER))).toBe(false);
});
