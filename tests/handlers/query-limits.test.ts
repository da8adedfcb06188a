// What one operation may ask for is bounded, and every request leaves one log line an
// operator can search — without tokens, variables or personal data.
import { Role } from "../../api/auth/actor";
import { MAX_ALIASES, MAX_TOKENS } from "../../api/common/query-limits";
import { createContext } from "../../api/context";
import { createApolloServer } from "../../api/server";
import { createHarness, outcome, type Harness } from "../helpers/harness";

let h: Harness;
let token: string;
beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  token = await h.token(Role.DISTRICT_ADMIN, "500106");
});
afterAll(() => h.close());

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health { ok }`).join(" ")} }`;

it(`allows ${MAX_ALIASES} aliases and refuses more`, async () => {
  expect(outcome(await h.gql(token, aliases(MAX_ALIASES)))).toBe("OK");
  const res = await h.gql(token, aliases(MAX_ALIASES + 1));
  expect(outcome(res)).toBe("GRAPHQL_VALIDATION_FAILED");
  expect(res.errors![0].message).toMatch(/alias/i);
});

it(`refuses a document of more than ${MAX_TOKENS} tokens before parsing it whole`, async () => {
  const padding = Array.from({ length: MAX_TOKENS }, () => "ok").join(" ");
  const res = await h.gql(token, `{ health { ${padding} } }`);
  expect(outcome(res)).toBe("GRAPHQL_PARSE_FAILED");
});

it("logs one line per request with operation, role, duration and error codes, and nothing personal", async () => {
  const lines: string[] = [];
  const server = createApolloServer({ requestLog: (line) => lines.push(line) });
  await server.start();
  try {
    const contextValue = await createContext(h.db, h.auth, `Bearer ${token}`);
    await server.executeOperation({ query: "query Grids { orgUnits(kind: GRID, first: 2) { edges { node { name } } } }" }, { contextValue });
    // A lookup answers null for a missing unit; a write that names one is NOT_FOUND.
    await server.executeOperation({ query: 'mutation Nope { renameOrgUnit(input: { id: "no-such-unit", name: "x" }) { name } }' }, { contextValue });
  } finally {
    await server.stop();
  }
  const [ok, missing] = lines.map((l) => JSON.parse(l));
  expect(ok).toMatchObject({ level: "info", msg: "graphql", operation: "Grids", type: "query", role: "DISTRICT_ADMIN", errors: [] });
  expect(typeof ok.ms).toBe("number");
  expect(missing).toMatchObject({ operation: "Nope", errors: ["NOT_FOUND"] });
  expect(lines.join("\n")).not.toMatch(new RegExp(`${token.slice(0, 20)}|u-district-admin|沙坪坝`));
});
