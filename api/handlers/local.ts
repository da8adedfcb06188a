// `npm start`: gridnet on this machine. Starts DynamoDB Local (fetching it the first time),
// creates the table, seeds the Shapingba demo into an empty table, and serves the same
// Apollo server the Lambda runs, with tokens from the local dev signer.
//
//   npm start                      data kept under .data/ between runs
//   npm start -- --reset           start from a fresh demo
//   npm start -- --port 4001       another port (or PORT=4001)
//   npm start -- --data DIR        keep the data somewhere else than .data/
//   npm start -- --issues 50       seed fewer (or more) demo issues into a new table
//   npm start -- --host 0.0.0.0    listen on every interface (or GRIDNET_HOST); default 127.0.0.1
//   GRIDNET_DYNAMODB_ENDPOINT=http://host:8000 npm start   use a DynamoDB you already run
//
// Stopping: SIGINT or SIGTERM to any process of `npm start` (npm, tsx, this one) reaches this
// process — npm relays both to its script (which `exec`s tsx, so no shell sits in between to
// swallow them) and tsx to us — and stops the server, then DynamoDB Local, then exits.
// SIGHUP (the terminal closed) does the same. tsx kills its child with SIGKILL when the child
// has not acknowledged a relayed signal within 30 ms (a busy machine), and a supervisor may
// use SIGKILL itself. Against everything that cannot be relayed or handled: the
// JVM's watchdog ends it when this process is gone (api/local/jvm-watchdog.js), this process
// ends when npm or tsx above it is gone (api/local/parent-watch.ts), and a lock in the data
// folder keeps a second `npm start` off the same data, taking over one left by a dead owner
// (api/local/instance-lock.ts).
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ApolloServer } from "@apollo/server";
import { devCodeExchange } from "../auth/dev-code-exchange";
import { createDevSigner } from "../auth/dev-signer";
import { authConfigFromJwks } from "../auth/verifier";
import { createContext, type GridnetContext } from "../context";
import { SEAL_KEY_FILE_ENV } from "../kit/sealing";
import { REPO_ROOT, startDynamoDbLocal, type DynamoDbLocal } from "../local/dynamodb-local";
import { buildExplorer } from "../local/explorer/build";
import { explorerRoutes } from "../local/explorer/page";
import { demoTokens, type DemoToken } from "../local/demo-tokens";
import { acquireInstanceLock, type InstanceLock } from "../local/instance-lock";
import { watchParents } from "../local/parent-watch";
import { seedDemo, seedState } from "../seed/seed";
import { createApolloServer } from "../server";
import { createGraphQLHttpServer } from "./http-server";
import { createTable } from "../store/create-table";
import { createDb } from "../store/dynamo";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      reset: { type: "boolean", default: false },
      port: { type: "string" },
      host: { type: "string" },
      data: { type: "string" },
      issues: { type: "string", default: "300" },
    },
  });
  const port = Number(flags.port ?? process.env.PORT ?? 4000);
  const host = flags.host || process.env.GRIDNET_HOST || "127.0.0.1";
  const issues = Number(flags.issues);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${flags.port}`);
  if (!Number.isInteger(issues) || issues < 0) throw new Error(`--issues must be a whole number, not ${flags.issues}`);
  const DATA_DIR = flags.data ? resolve(flags.data) : join(REPO_ROOT, ".data");
  const table = process.env.GRIDNET_TABLE ?? "gridnet-local";
  const log = (line: string) => console.log(line);
  // The data folder holds the dev signer's private key and the database files: ours alone.
  // (A folder named with --data that already exists keeps the permissions its owner chose.)
  mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 });
  if (!flags.data) chmodSync(DATA_DIR, 0o700);
  // The key sensitive registry data is sealed with (api/kit/sealing.ts) stays with the data.
  process.env[SEAL_KEY_FILE_ENV] ??= join(DATA_DIR, "seal.key");

  let lock: InstanceLock | null = null;
  let dynamo: DynamoDbLocal | null = null;
  let apollo: ApolloServer<GridnetContext> | null = null;
  let stopping = false;
  const stopAll = async (code: number, why?: string) => {
    if (stopping) return;
    stopping = true;
    if (why) console.error(why);
    try {
      // The server first (no request may start against a database on its way out), then the JVM.
      await Promise.race([apollo?.stop().catch(() => {}), new Promise((r) => setTimeout(r, 3_000))]);
      if (dynamo) rmSync(join(DATA_DIR, "endpoint"), { force: true });
      await dynamo?.stop();
    } finally {
      lock?.release();
      process.exit(code);
    }
  };
  // Ctrl-C reaches this process more than once (from the terminal's process group, and
  // relayed by npm and tsx): the handler stays for all of them, so a later one cannot cut the
  // JVM's shutdown short.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stopAll(0));
  watchParents((which) => void stopAll(0, `The ${which} that ran this server is gone: stopping.`));
  // Whatever else ends this process, the lock goes with it (the watchdog takes the JVM).
  process.on("exit", () => lock?.release());

  try {
    let endpoint = process.env.GRIDNET_DYNAMODB_ENDPOINT;
    if (!endpoint) {
      lock = acquireInstanceLock(DATA_DIR, log);
      if (flags.reset) rmSync(join(DATA_DIR, "dynamodb"), { recursive: true, force: true });
      log("Starting DynamoDB Local…");
      dynamo = await startDynamoDbLocal({ dbPath: join(DATA_DIR, "dynamodb"), logFile: join(DATA_DIR, "dynamodb-local.log"), log });
      lock.update({ jvm: dynamo.jvm, watchdog: dynamo.watchdog });
      endpoint = dynamo.endpoint;
      // `npm run sweep` finds this DynamoDB Local here while the server runs.
      writeFileSync(join(DATA_DIR, "endpoint"), endpoint);
      log(`DynamoDB Local is up at ${endpoint} (data in ${join(DATA_DIR, "dynamodb")}).`);
      log(`  Note: DynamoDB Local listens on port ${dynamo.port} of every interface and accepts any credentials.`);
      const jvm = dynamo;
      void jvm.exited.then((code) => {
        if (stopping) return;
        // Keep serving: `health` now answers ok: false, which is what a supervisor should see.
        rmSync(join(DATA_DIR, "endpoint"), { force: true });
        console.error(`DynamoDB Local stopped unexpectedly (exit code ${code}); see ${join(DATA_DIR, "dynamodb-local.log")}. Restart \`npm start\`.`);
      });
    }

    const db = createDb({ table, endpoint });
    const created = await createTable(db.client, table);
    log(created === "created" ? `Created table ${table}.` : `Using table ${table}.`);
    const state = await seedState(db);
    if (state === "partial") {
      throw new Error("The local data is incomplete: an earlier seeding was interrupted. Run `npm start -- --reset` to seed the demo again.");
    }
    if (state === "empty") await seedDemo(db, { issues }, log);

    const signer = await createDevSigner(join(DATA_DIR, "dev-signer.json"));
    const auth = authConfigFromJwks(signer.issuer, signer.jwks);
    const tokens = await demoTokens(signer);
    const explorer = await buildExplorer(log).then(
      (build) => explorerRoutes(build, tokens),
      (error: unknown) => {
        // The API does not need the explorer: say why it is missing and serve on.
        console.error(`The GraphQL explorer could not be built (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); serving the API without it.`);
        return undefined;
      },
    );
    apollo = createApolloServer();
    await apollo.start();
    // Mini-program sign-in with dev codes (`dev:grid-worker`), tokens from the same dev signer.
    const login = { db, exchange: devCodeExchange(), signer };
    const http = createGraphQLHttpServer({ apollo, context: (req) => createContext(db, auth, req.headers.authorization), explorer, login });
    await new Promise<void>((listening, failed) => {
      http.once("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "EADDRINUSE") failed(new Error(`Port ${port} is in use: stop the other server, or run \`npm start -- --port ${port + 1}\`.`));
        else if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND") failed(new Error(`Cannot listen on ${host}: no such address on this machine.`));
        else failed(error);
      });
      http.listen(port, host, () => listening());
    });
    const address = http.address();
    const bound = typeof address === "object" && address ? address.port : port;
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}/`;
    lock?.update({ url: `${url}graphql` });
    printWelcome(url, tokens, explorer !== undefined);
    if (!LOOPBACK.has(host)) console.log(`\nListening on ${host}: anyone who can reach this machine can call the API (with a token).`);
  } catch (error) {
    await stopAll(1, error instanceof Error ? error.message : String(error));
  }
}

function printWelcome(url: string, tokens: readonly DemoToken[], explorer: boolean): void {
  console.log(`\ngridnet is serving the Shapingba demo at ${url}graphql\n`);
  console.log("Demo tokens (valid 12 h; `npm run token -- --role ROLE --org ORG_ID` makes more):\n");
  for (const user of tokens) {
    console.log(`# ${user.role} — ${user.name}, ${user.what}`);
    console.log(`export TOKEN_${user.id.replace(/^u-/, "").replace(/-/g, "_").toUpperCase()}=${user.token}\n`);
  }
  console.log("Try it:");
  console.log(`  curl -s ${url}graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN_FENGHUANGSHAN_ADMIN" \\`);
  console.log(`    -d '{"query":"{ orgUnits(kind: GRID) { edges { node { id name path } } } }"}'`);
  if (explorer) console.log(`\nOr open ${url} in a browser: GraphiQL, served from this machine, with these users to pick.`);
  console.log(`\nMini-programs sign in at POST ${url}auth/wechat with {"code": "dev:grid-worker"} (any demo user; docs/wechat-login.md).`);
  console.log("\nCtrl-C (or SIGTERM to npm) stops the server and DynamoDB Local.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
