// The real Lambda handler, loaded the way Lambda loads it (configuration from the environment,
// keys from a JWKS URL), answering API Gateway HTTP API v2 events.
import { createServer, type Server } from "node:http";
import type { APIGatewayProxyEventV2, Context } from "aws-lambda";
import { Role } from "../../api/auth/actor";
import { createHarness, type Harness } from "../helpers/harness";

let h: Harness;
let jwksServer: Server;
let lambda: typeof import("../../api/handlers/lambda").handler;
/** Lambda calls async handlers without a callback; the result is the HTTP response. */
const handler = async (event: APIGatewayProxyEventV2, context: Context) => {
  const result = (await lambda(event, context, () => {}))!;
  return { statusCode: result.statusCode, body: result.body ?? "" };
};

beforeAll(async () => {
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
  ({ handler: lambda } = await import("../../api/handlers/lambda"));
});
afterAll(async () => {
  await new Promise((r) => jwksServer.close(r));
  await h.close();
});

export function httpApiEvent(body: unknown, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
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
  const res = await handler(httpApiEvent({ query: `{ orgUnit(id: "${other}") { children { edges { node { id } } } } }` }, { authorization: `Bearer ${token}` }), lambdaContext);
  const body = JSON.parse(res.body);
  expect(body.errors[0].extensions).toEqual({ code: "FORBIDDEN" });
  expect(res.body).not.toMatch(/stacktrace|at .*\.ts/);
});

it("answers malformed GraphQL with a client error", async () => {
  const res = await handler(httpApiEvent({ query: "{ health { " }), lambdaContext);
  expect(res.statusCode).toBe(400);
  expect(JSON.parse(res.body).errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
});
