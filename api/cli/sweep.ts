// `npm run sweep`: the overdue sweep against the local table. Uses the DynamoDB Local that
// `npm start` is running (its endpoint is in .data/endpoint), or GRIDNET_DYNAMODB_ENDPOINT,
// or starts one on .data/ for the duration of the sweep, holding npm start's lock meanwhile.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sweepOverdue } from "../issues/sweep";
import { REPO_ROOT, startDynamoDbLocal, type DynamoDbLocal } from "../local/dynamodb-local";
import { acquireInstanceLock, type InstanceLock } from "../local/instance-lock";
import { createDb } from "../store/dynamo";

async function main(): Promise<void> {
  const dataDir = join(REPO_ROOT, ".data");
  const endpointFile = join(dataDir, "endpoint");
  let endpoint = process.env.GRIDNET_DYNAMODB_ENDPOINT ?? (existsSync(endpointFile) ? readFileSync(endpointFile, "utf8").trim() : undefined);
  let own: DynamoDbLocal | null = null;
  if (endpoint && !(await reachable(endpoint))) endpoint = undefined;
  let lock: InstanceLock | null = null;
  if (!endpoint) {
    // No `npm start` serves this data: hold its lock while our own JVM has the files, so an
    // `npm start` begun meanwhile refuses instead of opening them a second time.
    lock = acquireInstanceLock(dataDir);
    own = await startDynamoDbLocal({ dbPath: join(dataDir, "dynamodb"), logFile: join(dataDir, "dynamodb-local.log") });
    endpoint = own.endpoint;
  }
  try {
    const db = createDb({ table: process.env.GRIDNET_TABLE ?? "gridnet-local", endpoint });
    console.log("Sweeping for overdue issues…");
    const result = await sweepOverdue(db, { log: (line) => console.log(line) });
    console.log(`Done: ${result.overdue} overdue, ${result.supervised} supervised now, ${result.skipped} already supervised for their deadline.`);
  } finally {
    await own?.stop();
    lock?.release();
  }
}

async function reachable(endpoint: string): Promise<boolean> {
  try {
    await fetch(endpoint, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
