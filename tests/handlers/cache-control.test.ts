// Cache-Control on the local server (api/common/cache-control.ts): only answers that are the
// same for everyone and were asked without a token may be cached publicly; a token makes any
// cacheable answer private; everything else — lists, issues, errors, writes — is no-store.
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Role } from "../../api/auth/actor";
import { CACHEABLE } from "../../api/common/cache-control";
import { createContext } from "../../api/context";
import { createGraphQLHttpServer } from "../../api/handlers/http-server";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let http: Server;
let url: string;
let token: string;

beforeAll(async () => {
  h = await createHarness();
  http = createGraphQLHttpServer({ apollo: h.server, context: (req) => createContext(h.db, h.auth, req.headers.authorization) });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
  token = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id, "u-fenghuangshan-admin");
}, 60_000);
afterAll(async () => {
  await new Promise((r) => http.close(r));
  await h.close();
});

async function post(query: string, withToken: boolean, variables?: Record<string, unknown>) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (withToken) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as any;
  return { cacheControl: res.headers.get("cache-control"), vary: res.headers.get("vary"), body };
}

it("lets anyone cache the token-less health answer, for as long as its probe is shared", async () => {
  const answer = await post("{ health { ok version } }", false);
  expect(answer.body.data.health.ok).toBe(true);
  expect(answer.cacheControl).toBe(`public, max-age=${CACHEABLE.health.maxAge}`);
  expect(answer.vary).toMatch(/authorization/i);
});

it("never caches an answer to a request with a token publicly, even one the same for everyone", async () => {
  const answer = await post("{ health { ok } }", true);
  expect(answer.cacheControl).toBe(`private, max-age=${CACHEABLE.health.maxAge}`);
});

it("lets the caller alone cache the category catalogue, which depends on their district", async () => {
  const answer = await post("{ categories { code name } }", true);
  expect(answer.body.data.categories.length).toBeGreaterThan(0);
  expect(answer.cacheControl).toBe(`private, max-age=${CACHEABLE.categories.maxAge}`);
  // With another field beside it, the shortest age wins and the answer stays private.
  const both = await post("query { categories { code } ... on Query { health { ok } } }", true);
  expect(both.cacheControl).toBe(`private, max-age=${Math.min(CACHEABLE.categories.maxAge, CACHEABLE.health.maxAge)}`);
});

it("answers no-store for personal reads, for an operation with one uncacheable field, for errors and for writes", async () => {
  expect((await post("{ me { role } }", true)).cacheControl).toBe("no-store");
  expect((await post("{ categories { code } me { role } }", true)).cacheControl).toBe("no-store");
  expect((await post("fragment F on Query { me { role } } { categories { code } ...F }", true)).cacheControl).toBe("no-store");
  const refused = await post("{ categories { code } }", false); // needs a token
  expect(refused.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  expect(refused.cacheControl).toBe("no-store");
  const write = await post("mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { id } }", true, { i: { id: h.unit("凤凰山社区第1网格").id, name: "凤凰山社区第1网格" } });
  expect(write.body.errors).toBeUndefined();
  expect(write.cacheControl).toBe("no-store");
  expect((await post("{ health { nope } }", false)).cacheControl).toBe("no-store");
});
