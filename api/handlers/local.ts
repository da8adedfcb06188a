// `npm start`: gridnet on this machine. Starts DynamoDB Local (fetching it the first time),
// creates the table, seeds the Shapingba demo into an empty table, and serves the same
// Apollo server the Lambda runs, with tokens from the local dev signer.
//
//   npm start                      data kept under .data/ between runs
//   npm start -- --reset           start from a fresh demo
//   npm start -- --port 4001       another port (or PORT=4001)
//   npm start -- --data DIR        keep the data somewhere else than .data/
//   npm start -- --issues 50       seed fewer (or more) demo issues into a new table
//   GRIDNET_DYNAMODB_ENDPOINT=http://host:8000 npm start   use a DynamoDB you already run
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startStandaloneServer } from "@apollo/server/standalone";
import { createDevSigner } from "../auth/dev-signer";
import { authConfigFromJwks } from "../auth/verifier";
import { createContext } from "../context";
import { REPO_ROOT, startDynamoDbLocal, type DynamoDbLocal } from "../local/dynamodb-local";
import { seedDemo, seedState } from "../seed/seed";
import { DEMO_USERS, shapingbaDemo } from "../seed/shapingba";
import { createApolloServer } from "../server";
import { createTable } from "../store/create-table";
import { createDb } from "../store/dynamo";

async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      reset: { type: "boolean", default: false },
      port: { type: "string" },
      data: { type: "string" },
      issues: { type: "string", default: "300" },
    },
  });
  const port = Number(flags.port ?? process.env.PORT ?? 4000);
  const issues = Number(flags.issues);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${flags.port}`);
  if (!Number.isInteger(issues) || issues < 0) throw new Error(`--issues must be a whole number, not ${flags.issues}`);
  const DATA_DIR = flags.data ? resolve(flags.data) : join(REPO_ROOT, ".data");
  const table = process.env.GRIDNET_TABLE ?? "gridnet-local";
  const log = (line: string) => console.log(line);

  let dynamo: DynamoDbLocal | null = null;
  let endpoint = process.env.GRIDNET_DYNAMODB_ENDPOINT;
  if (!endpoint) {
    if (flags.reset) rmSync(join(DATA_DIR, "dynamodb"), { recursive: true, force: true });
    log("Starting DynamoDB Local…");
    dynamo = await startDynamoDbLocal({ dbPath: join(DATA_DIR, "dynamodb"), logFile: join(DATA_DIR, "dynamodb-local.log"), log });
    endpoint = dynamo.endpoint;
    // `npm run sweep` finds this DynamoDB Local here while the server runs.
    writeFileSync(join(DATA_DIR, "endpoint"), endpoint);
    log(`DynamoDB Local is up at ${endpoint} (data in ${join(DATA_DIR, "dynamodb")})`);
  }

  let stopping = false;
  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (dynamo) rmSync(join(DATA_DIR, "endpoint"), { force: true });
    await dynamo?.stop();
    process.exit(code);
  };
  // Ctrl-C reaches this process twice (from the terminal's process group and relayed by
  // npm/tsx): keep the handler for both, so the second cannot cut the JVM's shutdown short.
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  try {
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
    const server = createApolloServer({ landingPage: true });
    const { url } = await startStandaloneServer(server, {
      listen: { port },
      context: ({ req }) => createContext(db, auth, req.headers.authorization),
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") throw new Error(`Port ${port} is in use: stop the other server, or run \`npm start -- --port ${port + 1}\`.`);
      throw error;
    });
    await printWelcome(url, signer);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stopAll(1);
  }
}

async function printWelcome(url: string, signer: Awaited<ReturnType<typeof createDevSigner>>): Promise<void> {
  const { people } = shapingbaDemo();
  console.log(`\ngridnet is serving the Shapingba demo at ${url}graphql\n`);
  console.log("Demo tokens (valid 12 h; `npm run token -- --role ROLE --org ORG_ID` makes more):\n");
  for (const user of DEMO_USERS) {
    const orgId = people.find((p) => p.id === user.id)?.orgId;
    if (!orgId) continue;
    const token = await signer.sign({ sub: user.id, role: user.role, orgId, name: user.name });
    console.log(`# ${user.role} — ${user.name}, ${user.what} (org ${orgId})`);
    console.log(`export TOKEN_${user.id.replace(/^u-/, "").replace(/-/g, "_").toUpperCase()}=${token}\n`);
  }
  console.log("Try it:");
  console.log(`  curl -s ${url}graphql -H 'content-type: application/json' -H "authorization: Bearer $TOKEN_FENGHUANGSHAN_ADMIN" \\`);
  console.log(`    -d '{"query":"{ orgUnits(kind: GRID) { edges { node { id name path } } } }"}'`);
  console.log("\nCtrl-C stops the server and DynamoDB Local.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
