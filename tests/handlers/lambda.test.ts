// The real Lambda handler, loaded the way Lambda loads it (configuration from the environment,
// keys from a JWKS URL), answering API Gateway HTTP API v2 events.
import { createServer, type Server } from "node:http";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { Role } from "../../api/auth/actor";
import { MAX_BODY_BYTES } from "../../api/common/query-limits";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let jwksServer: Server;
let lambda: typeof import("../../api/handlers/lambda").handler;
/** What the handler's request log wrote: it runs the plugins the deployment runs, the log included. */
let logged: string[] = [];
/** Lambda calls async handlers without a callback; the result is the HTTP response. */
const handler = async (event: APIGatewayProxyEventV2, context: Context) => {
  const result = (await lambda(event, context, () => {}))!;
  return { statusCode: result.statusCode, body: result.body ?? "" };
};

beforeAll(async () => {
  jest.spyOn(console, "log").mockImplementation((line: unknown) => {
    logged.push(String(line));
  });
  h = await createHarness({ demo: { gridsPerCommunity: 2, buildingsPerGrid: 0 } });
  // The issuer's JWKS, served over HTTP like Cognito's /.well-known/jwks.json.
  jwksServer = createServer((req, res) => {
    res.writeHead(req.url === "/.well-known/jwks.json" ? 200 : 404, { "content-type": "application/json" });
    res.end(JSON.stringify(h.signer.jwks));
  });
  await new Promise<void>((r) => jwksServer.listen(0, "127.0.0.1", r));
  const address = jwksServer.address();
  const port = typeof address === "object" && address ? address.port : 0;
  Object.assign(process.env, {
    GRIDNET_TABLE: h.db.table,
    GRIDNET_AUTH_ISSUER: h.signer.issuer,
    GRIDNET_AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    AWS_REGION: "local",
  });
  // As the CDK stack deploys it: NODE_ENV=production (read once, when the server is built).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    ({ handler: lambda } = await import("../../api/handlers/lambda"));
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
});
afterAll(async () => {
  jest.restoreAllMocks();
  await new Promise((r) => jwksServer.close(r));
  await h.close();
});

function httpApiEvent(body: unknown, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: "2.0",
    routeKey: "POST /graphql",
    rawPath: "/graphql",
    rawQueryString: "",
    headers: { "content-type": "application/json", ...headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "api.example.com",
      domainPrefix: "api",
      http: { method: "POST", path: "/graphql", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "jest" },
      requestId: "req",
      routeKey: "POST /graphql",
      stage: "$default",
      time: "26/Nov/2026:00:00:00 +0000",
      timeEpoch: 0,
    },
    body: JSON.stringify(body),
    isBase64Encoded: false,
  };
}

const lambdaContext = { callbackWaitsForEmptyEventLoop: false, functionName: "gridnet", awsRequestId: "1" } as Context;

it("answers the public health query", async () => {
  const res = await handler(httpApiEvent({ query: "{ health { ok } }" }), lambdaContext);
  expect(res.statusCode).toBe(200);
  expect(JSON.parse(res.body).data.health.ok).toBe(true);
});

it("runs the deployment's request log: one JSON line per request, with the role and no token", async () => {
  logged = [];
  const token = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id);
  await handler(httpApiEvent({ query: "query Grids { orgUnits(kind: GRID) { edges { node { name } } } }" }, { authorization: `Bearer ${token}` }), lambdaContext);
  const lines = logged.filter((l) => l.includes('"msg":"graphql"')).map((l) => JSON.parse(l));
  expect(lines).toEqual([expect.objectContaining({ operation: "Grids", role: "COMMUNITY_ADMIN", status: 200, errors: [] })]);
  expect(logged.join("\n")).not.toContain(token);
});

it("verifies a token against the issuer's JWKS URL and answers within scope", async () => {
  const token = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id);
  const res = await handler(httpApiEvent({ query: "{ orgUnits(kind: GRID) { edges { node { name } } } }" }, { authorization: `Bearer ${token}` }), lambdaContext);
  expect(res.statusCode).toBe(200);
  expect(JSON.parse(res.body).data.orgUnits.edges.map((e: any) => e.node.name)).toEqual(["凤凰山社区第1网格", "凤凰山社区第2网格"]);
});

it("says UNAUTHENTICATED for a bad token and FORBIDDEN outside scope, never leaking a stack", async () => {
  const bad = await handler(httpApiEvent({ query: "{ me { id } }" }, { authorization: "Bearer nope" }), lambdaContext);
  expect(JSON.parse(bad.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  const token = await h.token(Role.COMMUNITY_ADMIN, h.unit("凤凰山社区").id);
  const other = h.unit("香榭里社区").id;
  const res = await handler(httpApiEvent({ query: `{ orgUnits(kind: GRID, under: "${other}") { edges { node { id } } } }` }, { authorization: `Bearer ${token}` }), lambdaContext);
  const body = JSON.parse(res.body);
  expect(body.errors[0].extensions).toEqual({ code: "FORBIDDEN" });
  expect(res.body).not.toMatch(/stacktrace|at .*\.ts/);
});

it("answers malformed GraphQL with a client error", async () => {
  const res = await handler(httpApiEvent({ query: "{ health { " }), lambdaContext);
  expect(res.statusCode).toBe(400);
  expect(JSON.parse(res.body).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
});

// ---- malformed requests: a JSON GraphQL error with a code, never a parser's message or a stack ----

/** An event whose body is exactly `body` (not JSON-encoded again). */
function rawEvent(body: string, headers: Record<string, string> = {}, isBase64Encoded = false): APIGatewayProxyEventV2 {
  return { ...httpApiEvent(null, headers), body, isBase64Encoded };
}

describe("refuses malformed requests with a JSON error", () => {
  const MAX_BODY = MAX_BODY_BYTES;
  const valid = JSON.stringify({ query: "{ health { ok } }" });
  const cases: [string, () => APIGatewayProxyEventV2, number][] = [
    ["truncated JSON", () => rawEvent('{"query":"{ health { ok } }"'), 400],
    ["a body that is not JSON at all", () => rawEvent("query=%7B%20health%20%7D"), 400],
    ["a JSON array (batching is off)", () => rawEvent(`[${valid}]`), 400],
    ["a JSON string", () => rawEvent('"{ health { ok } }"'), 400],
    ["JSON null", () => rawEvent("null"), 400],
    ["charset=latin1", () => rawEvent(valid, { "content-type": "application/json; charset=latin1" }), 415],
    [
      "bytes that are not UTF-8",
      () => rawEvent(Buffer.concat([Buffer.from('{"query":"{ health { ok } }","x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]).toString("base64"), {}, true),
      400,
    ],
    ["content-type text/plain", () => rawEvent(valid, { "content-type": "text/plain" }), 415],
    ["content-type application/x-www-form-urlencoded", () => rawEvent(valid, { "content-type": "application/x-www-form-urlencoded" }), 415],
    ["no content-type", () => ({ ...rawEvent(valid), headers: {} }), 415],
    [`a body over ${MAX_BODY} bytes`, () => rawEvent(JSON.stringify({ query: "{ health { ok } }", variables: { pad: "x".repeat(MAX_BODY) } })), 413],
    [
      "a base64 body over the limit",
      () => rawEvent(Buffer.from(JSON.stringify({ query: "{ health { ok } }", variables: { pad: "x".repeat(MAX_BODY) } })).toString("base64"), {}, true),
      413,
    ],
    ["a 50 MB body", () => rawEvent("x".repeat(50 * MAX_BODY)), 413],
  ];
  it.each(cases.map(([name, event, status]) => [name, status, event] as const))("%s → HTTP %i, BAD_REQUEST", async (_name, status, event) => {
    const res = await lambda(event(), lambdaContext, () => {});
    expect(res!.statusCode).toBe(status);
    expect(String(res!.headers?.["content-type"])).toMatch(/^application\/json/);
    const body = JSON.parse(res!.body!);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: "BAD_REQUEST" });
    expect(res!.body).not.toMatch(/SyntaxError|Unexpected token|position \d|at .*\.(ts|js)|stack/);
    expect(res!.body!.length).toBeLessThan(300);
  });

  it("still answers the same operation sent well: charset=utf-8, any case, base64 or not", async () => {
    for (const event of [
      rawEvent(valid, { "content-type": "application/json; charset=utf-8" }),
      rawEvent(valid, { "content-type": "Application/JSON; Charset=UTF-8" }),
      rawEvent(Buffer.from(valid).toString("base64"), {}, true),
    ]) {
      const res = await handler(event, lambdaContext);
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body).data.health.ok).toBe(true);
    }
  });

  it("answers a GET query from the query string (no body, no content-type)", async () => {
    const event = {
      ...rawEvent(""),
      headers: { "apollo-require-preflight": "true" },
      rawQueryString: `query=${encodeURIComponent("{ health { ok } }")}`,
      requestContext: { ...httpApiEvent(null).requestContext, http: { ...httpApiEvent(null).requestContext.http, method: "GET" } },
    };
    const res = await handler(event as APIGatewayProxyEventV2, lambdaContext);
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).data.health.ok).toBe(true);
  });

  it("refuses an oversize input and an over-costly operation with their codes over HTTP (400)", async () => {
    const token = await h.token(Role.PARTNER, "500106", "u-partner");
    const attack = "{ orgUnits(kind: COMMUNITY, first: 100) { edges { node { children(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } } } } }";
    const costly = await handler(httpApiEvent({ query: attack }, { authorization: `Bearer ${token}` }), lambdaContext);
    expect(costly.statusCode).toBe(400);
    expect(JSON.parse(costly.body).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const big = await handler(
      httpApiEvent(
        { query: "query($n: String!) { searchOrgUnits(name: $n) { edges { node { id } } } }", variables: { n: "长".repeat(3000) } },
        { authorization: `Bearer ${token}` },
      ),
      lambdaContext,
    );
    expect(big.statusCode).toBe(400);
    expect(JSON.parse(big.body).errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "$n" });
  });
});

it("runs as deployed with NODE_ENV=production: no introspection, with or without a token", async () => {
  const token = await h.token(Role.DISTRICT_ADMIN, "500106");
  for (const headers of [{}, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
    const res = await handler(httpApiEvent({ query: '{ __type(name: "Issue") { name } }' }, headers), lambdaContext);
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  }
});
