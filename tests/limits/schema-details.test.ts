// In production the API does not describe itself: no introspection, no "Did you mean …"
// suggestions in errors — whoever asks, with a token or without. `npm start` and the tests keep
// both. GRIDNET_INTROSPECTION=on|off overrides NODE_ENV either way.
import type { ApolloServer } from "@apollo/server";
import { getIntrospectionQuery } from "graphql";
import { Role } from "../../api/auth/actor";
import { createContext, type GridnetContext } from "../../api/context";
import { createApolloServer, schemaDetailsFromEnv } from "../../api/server";
import { createHarness, outcome, type GqlResult, type Harness } from "../helpers/harness";

let h: Harness;
let production: ApolloServer<GridnetContext>;
let admin = "";
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  production = createApolloServer({ requestLog: false, schemaDetails: schemaDetailsFromEnv({ NODE_ENV: "production" }) });
  await production.start();
  admin = await h.token(Role.DISTRICT_ADMIN, "500106");
});
afterAll(async () => {
  await production.stop();
  await h.close();
});

async function run(server: ApolloServer<GridnetContext>, token: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult> {
  const contextValue = await createContext(h.db, h.auth, token ? `Bearer ${token}` : undefined);
  const response = await server.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== "single") throw new Error("unexpected incremental response");
  return response.body.singleResult as GqlResult;
}

describe("schemaDetailsFromEnv", () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "production" }, false],
    [{ NODE_ENV: "production", GRIDNET_INTROSPECTION: "on" }, true],
    [{ NODE_ENV: "development", GRIDNET_INTROSPECTION: "off" }, false],
    [{ GRIDNET_INTROSPECTION: "false" }, false],
  ])("%j → %s", (env, expected) => {
    expect(schemaDetailsFromEnv(env)).toBe(expected);
  });

  it("refuses a switch it does not understand rather than guess", () => {
    expect(() => schemaDetailsFromEnv({ GRIDNET_INTROSPECTION: "maybe" })).toThrow(/on or off/);
  });
});

describe("in production", () => {
  it.each([
    ["without a token", null],
    ["with a district admin's token", "admin"],
  ])("refuses the introspection query %s", async (_name, who) => {
    const res = await run(production, who ? admin : null, getIntrospectionQuery());
    expect(outcome(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.data ?? null).toBeNull();
    expect(outcome(await run(production, null, `{ __type(name: "Issue") { fields { name } } }`))).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("names a misspelled field without suggesting the real one", async () => {
    const res = await run(production, admin, '{ orgUnit(id: "500106") { nmae } }');
    expect(outcome(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(res.errors![0].message).toMatch(/nmae/);
    expect(res.errors![0].message).not.toMatch(/Did you mean|"name"/);
  });

  it("refuses an unknown enum value without listing the real ones", async () => {
    const literal = await run(production, admin, "{ orgUnits(kind: GRIDD) { edges { node { id } } } }");
    expect(outcome(literal)).toBe("GRAPHQL_VALIDATION_FAILED");
    const variable = await run(production, admin, "query($k: OrgUnitKind!) { orgUnits(kind: $k) { edges { node { id } } } }", { k: "GRIDD" });
    expect(outcome(variable)).toBe("BAD_USER_INPUT");
    for (const res of [literal, variable]) expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean|"GRID"/);
  });

  it("still answers ordinary operations", async () => {
    const res = await run(production, admin, '{ orgUnit(id: "500106") { name } }');
    expect(res.data?.orgUnit.name).toBe("沙坪坝区");
  });
});

describe("outside production (npm start, tests)", () => {
  it("answers introspection and suggests", async () => {
    const res = await h.gql(null, `{ __type(name: "OrgUnitKind") { enumValues { name } } }`);
    expect(res.data?.__type.enumValues.map((v: { name: string }) => v.name)).toContain("GRID");
    const typo = await h.gql(admin, '{ orgUnit(id: "500106") { nmae } }');
    expect(typo.errors![0].message).toMatch(/Did you mean "name"/);
  });
});
