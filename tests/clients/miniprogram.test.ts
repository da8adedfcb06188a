// The mini-program module against the real local server over real HTTP: a stand-in `wx`
// whose request is Node's fetch, whose login hands out dev codes and whose getRandomValues
// is Node's crypto — WeChat's own APIs are the one thing a test cannot run.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { devCodeExchange } from "../../api/auth/dev-code-exchange";
import { verifyToken } from "../../api/auth/verifier";
import { createContext } from "../../api/context";
import { createGraphQLHttpServer } from "../../api/handlers/http-server";
import { createMiniProgramClient, createSession, login, loginUrlFor, uuidV4, wxFetch, type Wx } from "../../clients/miniprogram";
import { GridnetError, MeDocument, OrgUnitsDocument } from "../../clients/sdk/src";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let http: Server;
let url: string;

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 2, buildingsPerGrid: 0 } });
  http = createGraphQLHttpServer({
    apollo: h.server,
    context: (req) => createContext(h.db, h.auth, req.headers.authorization),
    login: { db: h.db, exchange: devCodeExchange(), signer: h.signer },
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/graphql`;
}, 60_000);
afterAll(async () => {
  await new Promise((r) => http.close(r));
  await h.close();
});

/** A `wx` that does what WeChat's would, over real HTTP; it counts what it was asked to do. */
function fakeWx(options: { code?: string; secureRandom?: boolean } = {}) {
  const storage = new Map<string, unknown>();
  const calls = { login: 0, request: 0, getRandomValues: 0 };
  const wx: Wx & { storage: Map<string, unknown>; calls: typeof calls } = {
    storage,
    calls,
    request(option) {
      calls.request += 1;
      fetch(option.url, { method: option.method, headers: option.header, body: option.data })
        .then(async (res) => option.success?.({ statusCode: res.status, data: await res.text() }))
        .catch((error: Error) => option.fail?.({ errMsg: `request:fail ${error.message}` }));
    },
    login(option) {
      calls.login += 1;
      setTimeout(() => option.success?.({ code: options.code ?? "dev:grid-worker" }), 1);
    },
    ...(options.secureRandom === false
      ? {}
      : {
          getRandomValues(option: Parameters<NonNullable<Wx["getRandomValues"]>>[0]) {
            calls.getRandomValues += 1;
            const bytes = randomBytes(option.length);
            setTimeout(() => option.success?.({ randomValues: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) }), 1);
          },
        }),
    getStorageSync: (key) => storage.get(key) ?? "",
    setStorageSync: (key, data) => void storage.set(key, JSON.parse(JSON.stringify(data))),
    removeStorageSync: (key) => void storage.delete(key),
  };
  return wx;
}

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

it("signs in with a wx.login() code: a verified token for the person the people table names", async () => {
  const wx = fakeWx({ code: "dev:fenghuangshan-admin" });
  const result = await login(wx, { url });
  const person = h.demo.people.find((p) => p.id === "u-fenghuangshan-admin")!;
  expect(result.person).toEqual({ id: person.id, name: person.name, role: person.role, orgId: person.orgId });
  expect(await verifyToken(result.token, h.auth)).toMatchObject({ sub: person.id, role: person.role, orgId: person.orgId });
  expect(Date.parse(result.expiresAt)).toBeGreaterThan(Date.now());
  expect(wx.calls).toMatchObject({ login: 1, request: 1 });
  expect(loginUrlFor("https://api.example.com/graphql")).toBe("https://api.example.com/auth/wechat");
  expect(loginUrlFor("http://127.0.0.1:4000/")).toBe("http://127.0.0.1:4000/auth/wechat");
});

it("a client signs in once, runs a query and reports an issue under a v4 UUID key from wx.getRandomValues", async () => {
  const wx = fakeWx();
  const client = createMiniProgramClient(wx, { url });
  const { me } = await client.request(MeDocument);
  expect([me.id, me.role]).toEqual(["u-grid-worker", "GRID_WORKER"]);
  const grid = me.scope.id;
  const report = { title: "楼道灯不亮", description: "3栋2单元楼道灯不亮", categoryCode: "FACILITY_STREETLIGHT", gridId: grid, channel: "MINI_PROGRAM" as const };
  const key = await client.newIdempotencyKey();
  expect(key).toMatch(V4);
  const first = await client.reportIssue({ ...report, idempotencyKey: key });
  expect(first.created).toBe(true);
  // The same key again (a resend after a lost answer) is the same issue, not a second one.
  const again = await client.reportIssue({ ...report, idempotencyKey: key });
  expect([again.created, again.issue.id]).toEqual([false, first.issue.id]);
  // Without a key, the client draws one: a new issue.
  const other = await client.reportIssue({ ...report, title: "楼道灯又不亮" });
  expect(other.created).toBe(true);
  expect(other.issue.id).not.toBe(first.issue.id);
  expect(wx.calls.getRandomValues).toBe(2);
  // One sign-in for all of it; the token is kept in storage for the next launch.
  expect(wx.calls.login).toBe(1);
  expect(wx.storage.get("gridnet.login")).toMatchObject({ person: { id: "u-grid-worker" } });
  const nextLaunch = createMiniProgramClient(wx, { url });
  await nextLaunch.request(MeDocument);
  expect(wx.calls.login).toBe(1);
});

it("signs in again when the kept token is about to end, and when the server no longer takes it", async () => {
  const wx = fakeWx({ code: "dev:resident" });
  let clock = Date.now();
  const client = createMiniProgramClient(wx, { url, now: () => clock });
  await client.request(MeDocument);
  expect(wx.calls.login).toBe(1);
  // 59 minutes on: within the 60 s margin of the hour's end.
  clock += 59.5 * 60_000;
  await client.request(MeDocument);
  expect(wx.calls.login).toBe(2);

  // A kept token the server refuses (here: not a token at all) is dropped and replaced once.
  wx.storage.set("gridnet.login", { token: "not-a-token", expiresAt: new Date(Date.now() + 3600_000).toISOString(), person: { id: "u-resident" } });
  const relaunched = createMiniProgramClient(wx, { url });
  const { me } = await relaunched.request(MeDocument);
  expect(me.id).toBe("u-resident");
  expect(wx.calls.login).toBe(3);
});

it("concurrent requests while signed out share one wx.login() code", async () => {
  const wx = fakeWx();
  const session = createSession(wx, { url, storageKey: null });
  const tokens = await Promise.all([session.token(), session.token(), session.token()]);
  expect(new Set(tokens).size).toBe(1);
  expect(wx.calls.login).toBe(1);
  expect(wx.storage.size).toBe(0);
});

it("a wx.request that fails (no answer) is NETWORK_ERROR; any HTTP answer resolves with its text", async () => {
  const wx = fakeWx();
  const client = createMiniProgramClient(wx, { url });
  await client.request(MeDocument);
  // Point the signed-in client at a port nobody listens on: every attempt's wx.request fails.
  const closed = await new Promise<number>((resolve) => {
    const probe = require("node:net").createServer();
    probe.listen(0, "127.0.0.1", () => {
      const port = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
  const offline = createMiniProgramClient(wx, { url: `http://127.0.0.1:${closed}/graphql`, attempts: 2 });
  const before = wx.calls.request;
  const error = await offline.request(OrgUnitsDocument, { kind: "GRID" }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GridnetError);
  expect((error as GridnetError).code).toBe("NETWORK_ERROR");
  expect(((error as GridnetError).cause as Error).message).toMatch(/wx\.request failed: request:fail/);
  expect(wx.calls.request - before).toBe(2);

  // Signing in against that port is NETWORK_ERROR too.
  await expect(login(fakeWx(), { url: `http://127.0.0.1:${closed}/graphql` })).rejects.toMatchObject({ code: "NETWORK_ERROR" });

  // A 404 with an HTML-free JSON body still resolves: the adapter hands every answer over.
  const answer = await wxFetch(wx)(url.replace("/graphql", "/nowhere"), { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
  expect([answer.ok, answer.status, JSON.parse(await answer.text()).errors[0].extensions.code]).toEqual([false, 404, "NOT_FOUND"]);
});

it("a code the server refuses is the server's UNAUTHENTICATED", async () => {
  await expect(login(fakeWx({ code: "dev:u-nobody" }), { url })).rejects.toMatchObject({ name: "GridnetError", code: "UNAUTHENTICATED", status: 401 });
  await expect(createMiniProgramClient(fakeWx({ code: "081-real-wechat-code" }), { url }).request(MeDocument)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
});

it("makes RFC 4122 v4 UUIDs from wx.getRandomValues, and without it from the documented fallback", async () => {
  const secure = fakeWx();
  const keys = await Promise.all(Array.from({ length: 50 }, () => uuidV4(secure)));
  expect(secure.calls.getRandomValues).toBe(50);
  const plain = fakeWx({ secureRandom: false });
  keys.push(...(await Promise.all(Array.from({ length: 50 }, () => uuidV4(plain)))));
  for (const key of keys) expect(key).toMatch(V4);
  expect(new Set(keys).size).toBe(100);
  // A getRandomValues that fails falls back rather than failing the report.
  const failing = { getRandomValues: (option: { fail?: (e: { errMsg: string }) => void }) => option.fail?.({ errMsg: "getRandomValues:fail" }) };
  expect(await uuidV4(failing)).toMatch(V4);
});
