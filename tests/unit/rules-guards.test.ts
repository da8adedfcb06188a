// The checks every feature's rules start with (api/auth/guards.ts), without a database: who is
// asking, whether their role passes an entry's gate, and the "load it, NOT_FOUND, in scope or
// FORBIDDEN" sequence for units and people — the loaders are in-memory maps.
import { Role, type Actor } from "../../api/auth/actor";
import { authorize, personInScope, requireActor, scopeUnitInScope } from "../../api/auth/guards";
import type { GridnetContext } from "../../api/context";
import { DomainError, unauthenticated } from "../../api/errors";
import type { PersonRecord } from "../../api/people/person.codec";

const R = Role;
const STREET = "500106/500106017";
const UNITS: Record<string, { id: string; path: string }> = {
  "500106": { id: "500106", path: "500106" },
  "500106017": { id: "500106017", path: STREET },
  "500106017001": { id: "500106017001", path: `${STREET}/500106017001` },
  "500106018": { id: "500106018", path: "500106/500106018" },
};
const person = (id: string, orgId: string | null): PersonRecord => ({ id, name: "王芳", phone: null, role: R.RESIDENT, orgId });
const PEOPLE: Record<string, PersonRecord> = {
  "u-in": person("u-in", "500106017001"),
  "u-out": person("u-out", "500106018"),
  "u-homeless": person("u-homeless", null),
  "u-lost": person("u-lost", "500106099"),
};

let loaded: string[] = [];
const loader = <T>(kind: string, table: Record<string, T>) => ({
  load: async (id: string) => {
    loaded.push(`${kind}:${id}`);
    return table[id] ?? null;
  },
});
const actor = (role: Role, scopePath = STREET): Actor => ({ sub: "me", role, orgId: scopePath.split("/").pop()!, scopePath });
const ctx = (who: Actor | null, authError: DomainError | null = null) =>
  ({ actor: who, authError, loaders: { scopeUnit: loader("unit", UNITS), person: loader("person", PEOPLE) } }) as unknown as GridnetContext;

beforeEach(() => {
  loaded = [];
});

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
    return "resolved";
  } catch (error) {
    const e = error as DomainError;
    return { code: e.extensions.code, message: e.message };
  }
}

describe("requireActor and authorize", () => {
  it("answers the signed-in actor, and without one the token's own reason or 'sign in'", () => {
    const me = actor(R.RESIDENT);
    expect(requireActor(ctx(me))).toBe(me);
    expect(() => requireActor(ctx(null))).toThrow(unauthenticated());
    const expired = unauthenticated("The token has expired. Sign in again.");
    expect(() => requireActor(ctx(null, expired))).toThrow(expired);
  });

  it("admits the roles the entry lists and refuses the rest, naming the role and the deed", () => {
    const entry = { who: [R.STREET_ADMIN], relation: "x" } as const;
    const admin = actor(R.STREET_ADMIN);
    expect(authorize(ctx(admin), entry)).toBe(admin);
    const refused = () => authorize(ctx(actor(R.VOLUNTEER)), entry, "rename units");
    expect(refused).toThrow(DomainError);
    expect(refused).toThrow("Your role (VOLUNTEER) may not rename units.");
    expect(() => authorize(ctx(actor(R.PARTNER)), entry)).toThrow("Your role (PARTNER) may not do this.");
    expect(authorize(ctx(actor(R.PARTNER)), { who: "signedIn", relation: "x" })).toMatchObject({ role: R.PARTNER });
    expect(() => authorize(ctx(null), { who: "signedIn", relation: "x" })).toThrow(unauthenticated());
  });
});

describe("scopeUnitInScope", () => {
  const admin = actor(R.STREET_ADMIN);

  it("answers the unit itself and units beneath the scope", async () => {
    expect(await scopeUnitInScope(ctx(admin), "500106017")).toEqual(UNITS["500106017"]);
    expect(await scopeUnitInScope(ctx(admin), "500106017001")).toEqual(UNITS["500106017001"]);
  });

  it("refuses a unit above or beside the scope as FORBIDDEN, one that does not exist as NOT_FOUND", async () => {
    expect(await refusal(scopeUnitInScope(ctx(admin), "500106"))).toEqual({ code: "FORBIDDEN", message: "Org unit 500106 is outside your scope." });
    expect(await refusal(scopeUnitInScope(ctx(admin), "500106018"))).toEqual({ code: "FORBIDDEN", message: "Org unit 500106018 is outside your scope." });
    expect(await refusal(scopeUnitInScope(ctx(admin), "500106099"))).toEqual({ code: "NOT_FOUND", message: "Org unit 500106099 does not exist." });
  });

  it("refuses a malformed id by the field it came in, before loading", async () => {
    expect(await refusal(scopeUnitInScope(ctx(admin), "5001 06", "under"))).toEqual({ code: "BAD_USER_INPUT", message: "under is not a valid id." });
    expect(await refusal(scopeUnitInScope(ctx(admin), ""))).toEqual({ code: "BAD_USER_INPUT", message: "id is not a valid id." });
    expect(loaded).toEqual([]);
  });

  it("needs an actor to judge the scope", async () => {
    expect(await refusal(scopeUnitInScope(ctx(null), "500106017"))).toEqual({ code: "UNAUTHENTICATED", message: "Sign in: a valid bearer token is required." });
  });
});

describe("personInScope", () => {
  const admin = actor(R.STREET_ADMIN);

  it("answers a person whose home unit lies in the scope", async () => {
    expect(await personInScope(ctx(admin), "u-in")).toEqual(PEOPLE["u-in"]);
    expect(loaded).toEqual(["person:u-in", "unit:500106017001"]);
  });

  it("refuses a person homed elsewhere, with no home, or with a home that is gone, as working outside the scope", async () => {
    for (const id of ["u-out", "u-homeless", "u-lost"]) {
      expect([id, await refusal(personInScope(ctx(admin), id))]).toEqual([id, { code: "FORBIDDEN", message: `${id} works outside your scope.` }]);
    }
    expect(loaded).not.toContain("unit:null");
  });

  it("answers NOT_FOUND for nobody, and BAD_USER_INPUT for a malformed id by its field", async () => {
    expect(await refusal(personInScope(ctx(admin), "u-none"))).toEqual({ code: "NOT_FOUND", message: "User u-none does not exist." });
    expect(await refusal(personInScope(ctx(admin), "u none", "assigneeId"))).toEqual({ code: "BAD_USER_INPUT", message: "assigneeId is not a valid id." });
    expect(await refusal(personInScope(ctx(admin), "u none"))).toEqual({ code: "BAD_USER_INPUT", message: "id is not a valid id." });
  });

  it("needs an actor to judge the scope", async () => {
    expect(await refusal(personInScope(ctx(null), "u-in"))).toEqual({ code: "UNAUTHENTICATED", message: "Sign in: a valid bearer token is required." });
  });
});
