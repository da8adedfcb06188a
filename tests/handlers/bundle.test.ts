// The Lambda bundle, not the TypeScript: bundles the real api/handlers/lambda.ts with the very
// esbuild options the stack deploys (infra/bundle-options.ts), loads it in a fresh Node process,
// and answers an API Gateway HTTP API v2 event. Catches what tsc and jest cannot: missing type
// functions without decorator metadata, renamed classes, modules the bundle stubs out.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { esbuildOptions, GRAPHQL_ENTRY } from "../../infra/bundle-options";

const work = mkdtempSync(join(tmpdir(), "gridnet-bundle-"));
const bundle = join(work, "index.js");
beforeAll(async () => {
  await build(esbuildOptions(GRAPHQL_ENTRY, bundle));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function httpApiEvent(body: string) {
  return {
    version: "2.0",
    routeKey: "POST /graphql",
    rawPath: "/graphql",
    rawQueryString: "",
    headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), host: "abc123.execute-api.cn-northwest-1.amazonaws.com.cn" },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.cn-northwest-1.amazonaws.com.cn",
      domainPrefix: "abc123",
      http: { method: "POST", path: "/graphql", protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "jest" },
      requestId: "bundle-test",
      routeKey: "POST /graphql",
      stage: "$default",
      time: "01/Jan/2026:00:00:00 +0000",
      timeEpoch: 1767225600000,
    },
    body,
    isBase64Encoded: false,
  };
}

/** Runs the bundle in a child process, as the Lambda runtime would: require, invoke once, print. */
function invoke(event: unknown): { statusCode: number; body: string } {
  const runner = join(work, "runner.js");
  writeFileSync(
    runner,
    `require(process.argv[2]).handler(JSON.parse(process.argv[3]), { awsRequestId: "t", getRemainingTimeInMillis: () => 10000 })
      .then((r) => process.stdout.write("\\n" + JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });`,
  );
  const out = execFileSync(process.execPath, [runner, bundle, JSON.stringify(event)], {
    encoding: "utf8",
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NODE_NO_WARNINGS: "1",
      AWS_REGION: "cn-northwest-1",
      GRIDNET_TABLE: "gridnet-bundle-test",
      // The run's DynamoDB Local, where this table does not exist: health must say so.
      GRIDNET_DYNAMODB_ENDPOINT: process.env.GRIDNET_DYNAMODB_ENDPOINT ?? "http://127.0.0.1:9",
      GRIDNET_AUTH_ISSUER: "https://auth.gridnet.local/bundle-test",
      GRIDNET_AUTH_JWKS_URL: "http://127.0.0.1:9/jwks.json",
    },
    timeout: 20_000,
  });
  // The bundle logs one JSON line per request before the runner prints the answer.
  const lines = out.trim().split("\n");
  expect(JSON.parse(lines[0])).toMatchObject({ msg: "graphql" });
  return JSON.parse(lines[lines.length - 1]) as { statusCode: number; body: string };
}

test("the bundled GraphQL handler answers health over an HTTP API v2 event, probing its table", async () => {
  const result = invoke(httpApiEvent(JSON.stringify({ query: "{ health { ok databaseReachable databaseStatus } }" })));
  expect(result.statusCode).toBe(200);
  const body = JSON.parse(result.body) as { data?: { health?: unknown }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data?.health).toEqual({ ok: false, databaseReachable: true, databaseStatus: "TABLE_MISSING" });
});

test("the bundle refuses an unauthenticated private query without leaking internals", async () => {
  const result = invoke(httpApiEvent(JSON.stringify({ query: '{ orgUnit(id: "500106") { name } }' })));
  const body = JSON.parse(result.body) as { errors?: { message: string; extensions?: { code?: string; stacktrace?: unknown } }[] };
  expect(body.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  expect(body.errors?.[0]?.extensions?.stacktrace).toBeUndefined();
});
