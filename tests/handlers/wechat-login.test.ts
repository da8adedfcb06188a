// POST /auth/wechat, the mini-program login exchange, on both transports: the local HTTP
// server over real HTTP and the Lambda handler on HTTP API v2 events. Tokens it mints are
// checked by the real verifier and used against the real server.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { Role } from "../../api/auth/actor";
import { devCodeExchange } from "../../api/auth/dev-code-exchange";
import { verifyToken } from "../../api/auth/verifier";
import { createContext } from "../../api/context";
import { createGraphQLHttpServer } from "../../api/handlers/http-server";
import { type WechatLogin, wechatLoginFromEnv } from "../../api/handlers/wechat-login";
import { personItem } from "../../api/people/people.store";
import { DEMO_USERS } from "../../api/seed/shapingba";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let login: WechatLogin;
const servers: Server[] = [];
let base: string;
let unconfiguredBase: string;

async function listen(withLogin: WechatLogin | null): Promise<string> {
  const http = createGraphQLHttpServer({ apollo: h.server, context: (req) => createContext(h.db, h.auth, req.headers.authorization), login: withLogin });
  servers.push(http);
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", () => r()));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  h = await createHarness({ demo: { gridsPerCommunity: 1, buildingsPerGrid: 0 } });
  login = { db: h.db, exchange: devCodeExchange(), signer: h.signer };
  base = await listen(login);
  unconfiguredBase = await listen(null);
}, 60_000);
afterAll(async () => {
  for (const http of servers) await new Promise((r) => http.close(r));
  await h.close();
});

async function post(url: string, body: string, contentType = "application/json") {
  const res = await fetch(url, { method: "POST", headers: { "content-type": contentType }, body });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

function errorCode(answer: { status: number; text: string }, status: number): string {
  expect(answer.status).toBe(status);
  expect(answer.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|stack/i);
  return JSON.parse(answer.text).errors[0].extensions.code;
}

describe("local HTTP server", () => {
  it("signs a demo user in by login name, with the role and scope the people table holds", async () => {
    const before = Date.now();
    const answer = await post(`${base}/auth/wechat`, JSON.stringify({ code: "dev:grid-worker" }));
    expect(answer.status).toBe(200);
    const { token, expiresAt, ...rest } = JSON.parse(answer.text);
    const person = h.demo.people.find((p) => p.id === "u-grid-worker")!;
    expect(rest).toEqual({ person: { id: person.id, name: person.name, role: person.role, orgId: person.orgId } });
    expect(await verifyToken(token, h.auth)).toEqual({ sub: person.id, role: person.role, orgId: person.orgId, name: person.name });
    const lifetime = Date.parse(expiresAt) - before;
    expect(lifetime).toBeGreaterThan(3590_000);
    expect(lifetime).toBeLessThanOrEqual(3601_000);
    // The token is an ordinary gridnet token: the GraphQL endpoint on the same server takes it.
    const me = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { id role scope { id } } }" }),
    }).then((r) => r.json());
    expect(me).toEqual({ data: { me: { id: person.id, role: Role.GRID_WORKER, scope: { id: person.orgId } } } });
  });

  it("signs any seeded person in by id, each with their own role", async () => {
    for (const user of DEMO_USERS) {
      const answer = await post(`${base}/auth/wechat`, JSON.stringify({ code: `dev:${user.id}` }));
      expect(answer.status).toBe(200);
      const claims = await verifyToken(JSON.parse(answer.text).token, h.auth);
      expect([claims.sub, claims.role]).toEqual([user.id, user.role]);
    }
  });

  it("refuses a code it does not accept, or one for nobody, with 401 UNAUTHENTICATED", async () => {
    for (const code of ["081AbCdEfGhIjKlMnOpQrStUvWxYz0123", "dev:", "dev:u-nobody", "DEV:grid-worker"]) {
      expect([code, errorCode(await post(`${base}/auth/wechat`, JSON.stringify({ code })), 401)]).toEqual([code, "UNAUTHENTICATED"]);
    }
  });

  it("refuses a person without a scope unit: a token must carry custom:org_id", async () => {
    await h.db.doc.send(new PutCommand({ TableName: h.db.table, Item: personItem({ id: "u-no-scope", name: "无单位", phone: null, role: Role.RESIDENT, orgId: null }) }));
    expect(errorCode(await post(`${base}/auth/wechat`, JSON.stringify({ code: "dev:u-no-scope" })), 401)).toBe("UNAUTHENTICATED");
  });

  it("refuses bad bodies with a JSON error code and never echoes the code", async () => {
    expect(errorCode(await post(`${base}/auth/wechat`, '{"code": "dev:grid'), 400)).toBe("BAD_REQUEST");
    expect(errorCode(await post(`${base}/auth/wechat`, '["dev:grid-worker"]'), 400)).toBe("BAD_REQUEST");
    expect(errorCode(await post(`${base}/auth/wechat`, "code=dev:grid-worker", "application/x-www-form-urlencoded"), 415)).toBe("BAD_REQUEST");
    expect(errorCode(await post(`${base}/auth/wechat`, "{}"), 400)).toBe("BAD_USER_INPUT");
    expect(errorCode(await post(`${base}/auth/wechat`, JSON.stringify({ code: 42 })), 400)).toBe("BAD_USER_INPUT");
    const long = await post(`${base}/auth/wechat`, JSON.stringify({ code: `dev:${"secretish".repeat(20)}` }));
    expect(errorCode(long, 400)).toBe("BAD_USER_INPUT");
    expect(long.text).not.toContain("secretish");
    const get = await fetch(`${base}/auth/wechat`);
    expect(errorCode({ status: get.status, text: await get.text() }, 405)).toBe("METHOD_NOT_ALLOWED");
  });

  it("answers 404 NOT_FOUND when no exchange is configured", async () => {
    const answer = await post(`${unconfiguredBase}/auth/wechat`, JSON.stringify({ code: "dev:grid-worker" }));
    expect(answer.type).toContain("application/json");
    expect(errorCode(answer, 404)).toBe("NOT_FOUND");
  });

  it("mints tokens that end when it says: one issued two hours ago is refused as expired", async () => {
    const past = { ...login, now: () => new Date(Date.now() - 2 * 3600_000) };
    const answer = await post(await listen(past).then((u) => `${u}/auth/wechat`), JSON.stringify({ code: "dev:resident" }));
    const { token, expiresAt } = JSON.parse(answer.text);
    expect(Date.parse(expiresAt)).toBeLessThan(Date.now());
    await expect(verifyToken(token, h.auth)).rejects.toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/expired/) });
  });
});

describe("Lambda handler", () => {
  const lambdaContext = { callbackWaitsForEmptyEventLoop: false, functionName: "gridnet", awsRequestId: "1" } as Context;
  let lambda: typeof import("../../api/handlers/lambda");

  beforeAll(async () => {
    // As deployed: configuration from the environment, no GRIDNET_WECHAT_EXCHANGE.
    Object.assign(process.env, { GRIDNET_TABLE: h.db.table, GRIDNET_AUTH_ISSUER: h.signer.issuer, AWS_REGION: "local" });
    delete process.env.GRIDNET_WECHAT_EXCHANGE;
    lambda = await import("../../api/handlers/lambda");
  });

  function event(path: string, body: string, options: { method?: string; contentType?: string; base64?: boolean } = {}): APIGatewayProxyEventV2 {
    const method = options.method ?? "POST";
    return {
      version: "2.0",
      routeKey: `${method} ${path}`,
      rawPath: path,
      rawQueryString: "",
      headers: { "Content-Type": options.contentType ?? "application/json" },
      requestContext: {
        accountId: "123456789012",
        apiId: "api",
        domainName: "api.example.com",
        domainPrefix: "api",
        http: { method, path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "jest" },
        requestId: "req",
        routeKey: `${method} ${path}`,
        stage: "$default",
        time: "26/Nov/2026:00:00:00 +0000",
        timeEpoch: 0,
      },
      body: options.base64 ? Buffer.from(body).toString("base64") : body,
      isBase64Encoded: options.base64 ?? false,
    };
  }

  async function call(handler: typeof lambda.handler, e: APIGatewayProxyEventV2) {
    const result = (await handler(e, lambdaContext, () => {}))!;
    return { status: result.statusCode ?? 0, text: result.body ?? "" };
  }

  it("answers 404 NOT_FOUND in JSON as deployed without an exchange", async () => {
    expect(errorCode(await call(lambda.handler, event("/auth/wechat", JSON.stringify({ code: "dev:grid-worker" }))), 404)).toBe("NOT_FOUND");
  });

  it("routes /auth/wechat to the exchange and everything else to GraphQL", async () => {
    const handler = lambda.createLambdaHandler({ db: h.db, auth: h.auth, login });
    const answer = await call(handler, event("/auth/wechat", JSON.stringify({ code: "dev:fenghuangshan-admin" }), { base64: true }));
    expect(answer.status).toBe(200);
    const { token } = JSON.parse(answer.text);
    const me = await call(handler, {
      ...event("/graphql", JSON.stringify({ query: "{ me { id role } }" })),
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    });
    expect(JSON.parse(me.text)).toEqual({ data: { me: { id: "u-fenghuangshan-admin", role: Role.COMMUNITY_ADMIN } } });
    expect(errorCode(await call(handler, event("/auth/wechat", JSON.stringify({ code: "nope" }))), 401)).toBe("UNAUTHENTICATED");
    expect(errorCode(await call(handler, event("/auth/wechat", '{"code":')), 400)).toBe("BAD_REQUEST");
    expect(errorCode(await call(handler, event("/auth/wechat", JSON.stringify({ code: ["x"] }))), 400)).toBe("BAD_USER_INPUT");
    expect(errorCode(await call(handler, event("/auth/wechat", "", { method: "GET" })), 405)).toBe("METHOD_NOT_ALLOWED");
  });

  it("takes its exchange from GRIDNET_WECHAT_EXCHANGE: none by default, and refuses dev, the unimplemented slot and unknown names", () => {
    expect(wechatLoginFromEnv({})).toBeNull();
    expect(wechatLoginFromEnv({ GRIDNET_WECHAT_EXCHANGE: "" })).toBeNull();
    expect(() => wechatLoginFromEnv({ GRIDNET_WECHAT_EXCHANGE: "dev" })).toThrow(/never a deployment/);
    expect(() => wechatLoginFromEnv({ GRIDNET_WECHAT_EXCHANGE: "jscode2session" })).toThrow(/not implemented/);
    expect(() => wechatLoginFromEnv({ GRIDNET_WECHAT_EXCHANGE: "ldap" })).toThrow(/no exchange/);
  });
});
