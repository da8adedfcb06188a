// Cold start and size of gridnet's Lambda bundle, measured (npm run bench:cold-start).
//
// 1. Builds the GraphQL bundle with the shared options (infra/bundle-options.ts, the same the
//    stack deploys) and prints its size, minified and gzipped, and what weighs most.
// 2. Starts DynamoDB Local, creates the table and seeds a small demo.
// 3. Times fresh `node` processes from spawn to the first answer, alternating:
//    - gridnet: loads the bundle, answers an authenticated `orgUnit` query (JWT verified against a
//      JWKS over HTTP, then DynamoDB reads), as API Gateway would invoke it on a cold start;
//    - baseline: a bare process making one GetItem with the same @aws-sdk/client-dynamodb,
//      bundled with the same options — the floor any Lambda that talks to DynamoDB pays.
//    and prints the medians and their ratio (target: bundle <= 1.5 MB, ratio <= 1.5).
// 4. A what-if, never the headline: both sides again, loaded through a V8 code cache made by a
//    previous run (see CODE_CACHE_RUNNER for why Lambda does not get this today).
// Ends with a summary and exits 0 whether or not the targets are met: it measures, it does not
// judge. It exits 1 only when a measurement fails (a wrong answer, a crashed child).
// Usage: npm run bench:cold-start [-- --runs 9] [-- --no-code-cache]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { build, type Metafile } from "esbuild";
import { createDevSigner } from "../api/auth/dev-signer";
import { Role } from "../api/auth/actor";
import { startDynamoDbLocal, type DynamoDbLocal } from "../api/local/dynamodb-local";
import { seedDemo } from "../api/seed/seed";
import { DISTRICT } from "../api/seed/shapingba";
import { createTable } from "../api/store/create-table";
import { createDb } from "../api/store/dynamo";
import { esbuildOptions, GRAPHQL_ENTRY, lambdaBundle, REPO_ROOT } from "../infra/bundle-options";

const TARGET_BYTES = 1.5 * 1024 * 1024;
const TARGET_RATIO = 1.5;
const TABLE = "gridnet-bench";
const runs = Math.max(7, Number(process.argv[process.argv.indexOf("--runs") + 1]) || 9);
const codeCacheWhatIf = !process.argv.includes("--no-code-cache");

/** The child that plays the Lambda runtime: load the handler, invoke it once, print the answer. */
const GRAPHQL_RUNNER = `
const t0 = performance.now();
const { handler } = require(process.argv[2]);
const loadMs = performance.now() - t0;
const event = JSON.parse(process.argv[3]);
handler(event, { awsRequestId: "bench", functionName: "gridnet", getRemainingTimeInMillis: () => 10000 })
  .then((r) => { process.stdout.write(JSON.stringify({ ...r, loadMs, requestMs: performance.now() - t0 - loadMs }) + "\\n"); process.exit(0); })
  .catch((e) => { console.error(e); process.exit(1); });
`;

/** The baseline: one GetItem with the same SDK, nothing else. */
const BASELINE_SOURCE = `
import { DynamoDBClient, GetItemCommand } from "@aws-sdk/client-dynamodb";
const client = new DynamoDBClient({
  endpoint: process.env.GRIDNET_DYNAMODB_ENDPOINT,
  region: "cn-northwest-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});
client
  .send(new GetItemCommand({ TableName: process.env.GRIDNET_TABLE, Key: { pk: { S: "ORG#${DISTRICT.code}" }, sk: { S: "UNIT" } } }))
  .then((r) => { process.stdout.write(JSON.stringify({ found: Boolean(r.Item) }) + "\\n"); process.exit(0); })
  .catch((e) => { console.error(e); process.exit(1); });
`;

/**
 * The what-if: the same bundle compiled from a V8 code cache (vm.Script cachedData) written by an
 * earlier run, as Node 22's module.enableCompileCache() would. It measures what a cache is worth,
 * not what Lambda gets: V8 accepts a cache only from the same V8 version and flags, and the Lambda
 * runtime's Node 22.x is not the Node that builds the bundle (this machine runs Node 20); nor can a
 * cold container write one to /var/task. The child prints `rejected` so a refused cache shows.
 * argv: bundle, "graphql" <event> | "plain", and GRIDNET_BENCH_WRITE_CACHE=1 to write the cache.
 */
const CODE_CACHE_RUNNER = `
const t0 = performance.now();
const fs = require("node:fs"), vm = require("node:vm"), path = require("node:path"), Module = require("node:module");
const file = path.resolve(process.argv[2]);
const cacheFile = file + ".v8cache";
const cachedData = fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
const rejected = cachedData ? script.cachedDataRejected : undefined;
const mod = { exports: {} };
script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
const done = (line) => {
  if (process.env.GRIDNET_BENCH_WRITE_CACHE) fs.writeFileSync(cacheFile, script.createCachedData());
  process.stdout.write(line + "\\n");
  process.exit(0);
};
if (process.argv[3] === "graphql") {
  const loadMs = performance.now() - t0;
  mod.exports.handler(JSON.parse(process.argv[4]), { awsRequestId: "bench", functionName: "gridnet", getRemainingTimeInMillis: () => 10000 })
    .then((r) => done(JSON.stringify({ ...r, loadMs, requestMs: performance.now() - t0 - loadMs, rejected })))
    .catch((e) => { console.error(e); process.exit(1); });
} else {
  // The baseline bundle prints its own answer; keep the process alive for it, then write.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    if (process.env.GRIDNET_BENCH_WRITE_CACHE) fs.writeFileSync(cacheFile, script.createCachedData());
    const parsed = JSON.parse(String(chunk));
    return write(JSON.stringify({ ...parsed, rejected }) + "\\n", ...rest);
  };
}
`;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function heaviest(meta: Metafile, top = 10): string[] {
  const output = Object.values(meta.outputs)[0];
  const byPackage = new Map<string, number>();
  for (const [file, input] of Object.entries(output.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const name = match ? match[1] : file.startsWith("api/") || file.startsWith("schema/") ? "(gridnet code)" : file;
    byPackage.set(name, (byPackage.get(name) ?? 0) + input.bytesInOutput);
  }
  return [...byPackage.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, bytes]) => `  ${kb(bytes).padStart(7)}  ${name}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds from spawn to the answer, the last line on stdout (the request log line comes before it); it must satisfy `check`. */
function timeProcess(args: string[], env: NodeJS.ProcessEnv, check: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let elapsed: number | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      // The runner prints its answer last and exits: time the chunk that completes a line.
      if (out.endsWith("\n")) elapsed = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0 || elapsed === undefined) return reject(new Error(`child exited ${code}: ${err || out}`));
      try {
        check(out.trim().split("\n").at(-1)!);
        resolve(elapsed);
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function serveJwks(jwks: unknown): Promise<{ server: Server; url: string }> {
  const body = JSON.stringify(jwks);
  const server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json` };
}

function httpApiEvent(query: string, token: string): unknown {
  const body = JSON.stringify({ query });
  return {
    version: "2.0",
    routeKey: "POST /graphql",
    rawPath: "/graphql",
    rawQueryString: "",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "content-length": String(body.length) },
    requestContext: {
      accountId: "123456789012",
      apiId: "bench",
      domainName: "bench.execute-api.local",
      domainPrefix: "bench",
      http: { method: "POST", path: "/graphql", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" },
      requestId: "bench",
      routeKey: "POST /graphql",
      stage: "$default",
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "gridnet-bench-"));
  let dynamo: DynamoDbLocal | undefined;
  let jwksServer: Server | undefined;
  const cleanups: (() => void)[] = [];
  try {
    // 1. Size.
    const bundle = join(work, "graphql", "index.js");
    const built = await build({ ...esbuildOptions(GRAPHQL_ENTRY, bundle), metafile: true });
    const bytes = readFileSync(bundle);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    console.log(`bundle: ${bytes.length} bytes minified (${(bytes.length / 1024 / 1024).toFixed(2)} MB), ${gzip} bytes gzip (${kb(gzip)})`);
    console.log(`  target <= 1.5 MB minified: ${bytes.length <= TARGET_BYTES ? "met" : "NOT met"}`);
    console.log(
      `  options: target ${lambdaBundle.target}, mainFields ${lambdaBundle.mainFields.join(",")}, external [${lambdaBundle.external.join(", ")}], aliased away: ${Object.keys(lambdaBundle.alias).join(", ") || "none"}`,
    );
    console.log("  heaviest packages in the bundle:");
    for (const line of heaviest(built.metafile)) console.log(line);

    // The same baseline unbundled: the SDK required from node_modules, as an unbundled Lambda would.
    const baselineUnbundled = join(REPO_ROOT, "node_modules", `.gridnet-bench-baseline-${process.pid}.js`);
    writeFileSync(baselineUnbundled, BASELINE_SOURCE.replace(/^import \{ (.*) \} from "(.*)";$/m, 'const { $1 } = require("$2");'));
    cleanups.push(() => rmSync(baselineUnbundled, { force: true }));
    const baselineBundle = join(work, "baseline", "index.js");
    await build({
      ...esbuildOptions(GRAPHQL_ENTRY, baselineBundle),
      entryPoints: undefined,
      stdin: { contents: BASELINE_SOURCE, resolveDir: REPO_ROOT, loader: "ts", sourcefile: "baseline.ts" },
    });
    console.log(`baseline bundle (one GetItem, same SDK and options): ${readFileSync(baselineBundle).length} bytes`);
    const runner = join(work, "runner.js");
    writeFileSync(runner, GRAPHQL_RUNNER);
    const cacheRunner = join(work, "code-cache-runner.js");
    writeFileSync(cacheRunner, CODE_CACHE_RUNNER);

    // 2. DynamoDB Local with a small demo, and a JWKS for the dev signer.
    dynamo = await startDynamoDbLocal({ log: (line) => console.log(line) });
    const db = createDb({ table: TABLE, endpoint: dynamo.endpoint });
    await createTable(db.client, TABLE);
    await seedDemo(db, { gridsPerCommunity: 1, buildingsPerGrid: 1 });
    const signer = await createDevSigner();
    const jwks = await serveJwks(signer.jwks);
    jwksServer = jwks.server;
    const token = await signer.sign({ sub: "u-district-admin", role: Role.DISTRICT_ADMIN, orgId: DISTRICT.code, name: "bench" });

    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      NODE_NO_WARNINGS: "1",
      AWS_REGION: "cn-northwest-1",
      GRIDNET_TABLE: TABLE,
      GRIDNET_DYNAMODB_ENDPOINT: dynamo.endpoint,
      GRIDNET_AUTH_ISSUER: signer.issuer,
      GRIDNET_AUTH_JWKS_URL: jwks.url,
    };
    const query = `{ orgUnit(id: "${DISTRICT.code}") { id name } }`;
    const graphqlArgs = [runner, bundle, JSON.stringify(httpApiEvent(query, token))];
    const phases = { loadMs: [] as number[], requestMs: [] as number[] };
    const checkGraphql = (line: string) => {
      const result = JSON.parse(line) as { statusCode: number; body: string; loadMs: number; requestMs: number };
      phases.loadMs.push(result.loadMs);
      phases.requestMs.push(result.requestMs);
      const body = JSON.parse(result.body) as { data?: { orgUnit?: { name?: string } }; errors?: unknown };
      if (result.statusCode !== 200 || body.data?.orgUnit?.name !== DISTRICT.name) throw new Error(`unexpected answer: ${line}`);
    };
    const checkBaseline = (line: string) => {
      if (!(JSON.parse(line) as { found: boolean }).found) throw new Error(`baseline found no item: ${line}`);
    };
    const acceptedCache = (check: (line: string) => void) => (line: string) => {
      if ((JSON.parse(line) as { rejected?: boolean }).rejected !== false) throw new Error(`V8 code cache missing or rejected: ${line}`);
      check(line);
    };

    // 3. Warm the OS file cache and DynamoDB Local's JVM once, then alternate the measured runs.
    await timeProcess(graphqlArgs, env, checkGraphql);
    await timeProcess([baselineBundle], env, checkBaseline);
    await timeProcess([baselineUnbundled], env, checkBaseline);
    phases.loadMs.length = phases.requestMs.length = 0;
    const gridnet: number[] = [];
    const baseline: number[] = [];
    const unbundled: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      gridnet.push(await timeProcess(graphqlArgs, env, checkGraphql));
      baseline.push(await timeProcess([baselineBundle], env, checkBaseline));
      unbundled.push(await timeProcess([baselineUnbundled], env, checkBaseline));
      bare.push(await timeProcess(["-e", "process.stdout.write('0\\n')"], env, () => {}));
    }
    const fmt = (values: number[]) => `median ${median(values).toFixed(0)} ms  [${values.map((v) => v.toFixed(0)).join(", ")}]`;
    const ratio = median(gridnet) / median(baseline);
    const load = median(phases.loadMs);
    const request = median(phases.requestMs);
    console.log(`\ncold start, spawn -> first answer, ${runs} fresh processes each (Node ${process.versions.node}):`);
    console.log(`  gridnet bundle, authenticated orgUnit query (JWKS fetch + DynamoDB): ${fmt(gridnet)}`);
    console.log(`    of which loading the bundle ${load.toFixed(0)} ms, first request ${request.toFixed(0)} ms (medians)`);
    console.log(`  baseline, one GetItem with the same SDK, bundled the same way:        ${fmt(baseline)}`);
    console.log(`  baseline, one GetItem with the SDK unbundled from node_modules:       ${fmt(unbundled)}`);
    console.log(`  bare node, print and exit:                                            ${fmt(bare)}`);
    console.log(`  ratio gridnet / bundled baseline: ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "NOT met"})`);
    console.log(`  ratio gridnet / unbundled baseline: ${(median(gridnet) / median(unbundled)).toFixed(2)}`);

    // 4. What-if: both bundles compiled from a V8 code cache (not what Lambda gets; see CODE_CACHE_RUNNER).
    let cached: { gridnet: number; baseline: number } | undefined;
    if (codeCacheWhatIf) {
      const cachedGraphqlArgs = [cacheRunner, bundle, "graphql", graphqlArgs[2]];
      const cachedBaselineArgs = [cacheRunner, baselineBundle, "plain"];
      const writeEnv = { ...env, GRIDNET_BENCH_WRITE_CACHE: "1" };
      await timeProcess(cachedGraphqlArgs, writeEnv, checkGraphql);
      await timeProcess(cachedBaselineArgs, writeEnv, checkBaseline);
      const gridnetCached: number[] = [];
      const baselineCached: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        gridnetCached.push(await timeProcess(cachedGraphqlArgs, env, acceptedCache(checkGraphql)));
        baselineCached.push(await timeProcess(cachedBaselineArgs, env, acceptedCache(checkBaseline)));
      }
      cached = { gridnet: median(gridnetCached), baseline: median(baselineCached) };
      console.log(`\nwhat-if, NOT what Lambda gets today: both bundles compiled from a V8 code cache written by a previous run`);
      console.log(`(vm.Script cachedData on Node ${process.versions.node}; Node 22's module.enableCompileCache is the same mechanism. V8 accepts`);
      console.log(`a cache only from the same V8 version and flags, so a cache built on another Node than the Lambda runtime's is ignored):`);
      console.log(`  gridnet:  ${fmt(gridnetCached)}`);
      console.log(`  baseline: ${fmt(baselineCached)}`);
      console.log(`  ratio: ${(cached.gridnet / cached.baseline).toFixed(2)}`);
    }

    const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
    console.log(`\n=== summary (Node ${process.versions.node}, ${runs} fresh processes per side, medians) ===`);
    console.log(
      `bundle size:  ${bytes.length} bytes minified (${mb(bytes.length)} MB), ${gzip} bytes gzip (${kb(gzip)})  target <= 1.5 MB: ${bytes.length <= TARGET_BYTES ? "met" : "NOT met"}`,
    );
    console.log(
      `cold start:   gridnet ${median(gridnet).toFixed(0)} ms (load ${load.toFixed(0)} + first request ${request.toFixed(0)}), baseline ${median(baseline).toFixed(0)} ms`,
    );
    console.log(`ratio:        ${ratio.toFixed(2)}  target <= ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? "met" : "NOT met"}`);
    if (cached)
      console.log(
        `what-if V8 code cache (not deployed): gridnet ${cached.gridnet.toFixed(0)} ms, baseline ${cached.baseline.toFixed(0)} ms, ratio ${(cached.gridnet / cached.baseline).toFixed(2)}`,
      );
  } finally {
    jwksServer?.close();
    await dynamo?.stop();
    rmSync(work, { recursive: true, force: true });
    for (const cleanup of cleanups) cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
