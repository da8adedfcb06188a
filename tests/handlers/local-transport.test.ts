// The local server (`npm start`'s HTTP layer) answers every malformed request as the Lambda
// does: a JSON GraphQL error with extensions.code and the status it earns — never an HTML
// page, a stack trace or a file path.
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

async function post(body: string | Buffer, contentType = "application/json") {
  const res = await fetch(url, { method: "POST", headers: { "content-type": contentType, authorization: `Bearer ${token}` }, body });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

function expectJsonError(answer: { status: number; type: string; text: string }, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.type).toContain("application/json");
  const parsed = JSON.parse(answer.text);
  expect(parsed.errors[0].extensions.code).toBe(code);
  expect(answer.text).not.toMatch(/<html|\bat [\w.<>]+ \(|node_modules|\/work\/|stack/i);
}

it("answers a well-formed query", async () => {
  const answer = await post(JSON.stringify({ query: "{ me { role } }" }));
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.text)).toEqual({ data: { me: { role: "DISTRICT_ADMIN" } } });
});

it("refuses truncated JSON, a non-object body and bad UTF-8 with 400 BAD_REQUEST", async () => {
  expectJsonError(await post('{"query":"{ me { role } }"'), 400, "BAD_REQUEST");
  expectJsonError(await post("[1,2,3]"), 400, "BAD_REQUEST");
  expectJsonError(await post(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, "BAD_REQUEST");
});

it("refuses another charset or content type with 415", async () => {
  expectJsonError(await post(JSON.stringify({ query: "{ me { role } }" }), "application/json; charset=latin1"), 415, "BAD_REQUEST");
  expectJsonError(await post("query={ me { role } }", "application/x-www-form-urlencoded"), 415, "BAD_REQUEST");
});

it("refuses a body over the limit with 413 without reading it all", async () => {
  const big = JSON.stringify({ query: "{ me { role } }", variables: { pad: "x".repeat(5 * 1024 * 1024) } });
  expectJsonError(await post(big), 413, "BAD_REQUEST");
});

it("answers an unknown path with 404 in JSON", async () => {
  const res = await fetch(url.replace("/graphql", "/admin"));
  expectJsonError({ status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() }, 404, "NOT_FOUND");
});
