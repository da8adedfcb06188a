// Automatic persisted queries (Apollo's APQ, on by default): a hash alone that the server has
// not seen asks the client to send the query; a hash that is not the query's SHA-256 is the
// client's mistake, answered as BAD_REQUEST with a message that says so — not an internal error.
import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { Role } from "../../api/auth/actor";
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
  token = await h.token(Role.DISTRICT_ADMIN, "500106", "u-district-admin");
}, 60_000);
afterAll(async () => {
  await new Promise((r) => http.close(r));
  await h.close();
});

const QUERY = "{ me { role } }";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function post(body: Record<string, unknown>) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as any };
}
const persisted = (sha256Hash: string, version = 1) => ({ persistedQuery: { version, sha256Hash } });

it("refuses a query whose hash is wrong with BAD_REQUEST and a message saying what to fix", async () => {
  const answer = await post({ query: QUERY, extensions: persisted(sha256("{ me { id } }")) });
  expect(answer.status).toBe(400);
  expect(answer.body.errors).toHaveLength(1);
  expect(answer.body.errors[0].extensions).toEqual({ code: "BAD_REQUEST" });
  expect(answer.body.errors[0].message).toMatch(/sha256Hash.*SHA-256 of the query/);
  expect(answer.body.data).toBeUndefined();
});

it("refuses an unsupported persisted-query version with BAD_REQUEST", async () => {
  const answer = await post({ query: QUERY, extensions: persisted(sha256(QUERY), 2) });
  expect([answer.status, answer.body.errors[0].extensions.code]).toEqual([400, "BAD_REQUEST"]);
});

it("asks for the query behind an unknown hash, then serves the hash alone once registered", async () => {
  const hash = sha256(QUERY);
  const unknown = await post({ extensions: persisted(hash) });
  expect(unknown.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  const registered = await post({ query: QUERY, extensions: persisted(hash) });
  expect(registered.body).toEqual({ data: { me: { role: "DISTRICT_ADMIN" } } });
  expect((await post({ extensions: persisted(hash) })).body).toEqual({ data: { me: { role: "DISTRICT_ADMIN" } } });
});
