// `npm start` as a supervisor sees it: a tree of real processes — npm → tsx → node (the
// server) → watchdog → java (DynamoDB Local). SIGINT or SIGTERM to any of npm, tsx or node
// stops the whole tree and frees both ports; SIGKILL to node still takes the JVM along, and
// SIGKILL to npm the server and the JVM; a second `npm start` on the same data is refused
// while the first runs (and a lock left by a killed one is taken over); health follows the
// database's state; the API listens on loopback only. Every start shares one data folder, so
// the demo is seeded once.
//
// Processes are checked by pid and start time (a zombie or a reused pid is not "alive"),
// found from the lock file the server writes and from /proc: this suite needs Linux.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../../api/local/dynamodb-local";
import { readLock } from "../../api/local/instance-lock";
import { processInfo, sameProcess, type ProcessInfo } from "../../api/local/processes";

const root = join(__dirname, "..", "..");
const STOP_WITHIN_MS = 15_000;
let data: string;
const everyProcess: ProcessInfo[] = [];
let taker: Running | undefined;

interface Running {
  child: ChildProcess;
  output: () => string;
  url: string;
  apiPort: number;
  dbPort: number;
  npm: ProcessInfo;
  tsx: ProcessInfo;
  node: ProcessInfo;
  watchdog: ProcessInfo;
  jvm: ProcessInfo;
  /** npm and everything below it, the watchdog's group included. */
  tree: ProcessInfo[];
}

beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), "gridnet-process-"));
});
/** Every `npm start` group spawned, so a start that timed out before it was read is stopped too. */
const spawnedGroups: number[] = [];

afterAll(() => {
  for (const p of everyProcess) if (sameProcess(p)) process.kill(p.pid, "SIGKILL");
  for (const group of spawnedGroups) {
    try {
      // The whole group: npm, tsx and node; the watchdog then ends the JVM when node's pipe closes.
      process.kill(-group, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  rmSync(data, { recursive: true, force: true });
});

/** `npm start` in its own process group, as a terminal or a supervisor runs it. */
function spawnNpmStart(port: number): { child: ChildProcess; output: () => string } {
  const child = spawn("npm", ["start", "--", "--data", data, "--port", String(port), "--issues", "0"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, GRIDNET_DYNAMODB_ENDPOINT: "", GRIDNET_HOST: "", PORT: "" },
  });
  if (child.pid !== undefined) spawnedGroups.push(child.pid);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

async function start(): Promise<Running> {
  const apiPort = await freePort();
  const { child, output } = spawnNpmStart(apiPort);
  const deadline = Date.now() + 150_000;
  let url: string | undefined;
  while (!(url = output().match(/gridnet is serving the Shapingba demo at (\S+)/)?.[1])) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output()}`);
    if (Date.now() > deadline) throw new Error(`npm start did not serve in time:\n${output()}`);
    await sleep(200);
  }
  const lock = readLock(join(data, "npm-start.lock"))!;
  const known = (p: { pid: number } | undefined) => processInfo(p?.pid ?? -1)!;
  const node = known(lock.owner);
  const running: Running = {
    child,
    output,
    url,
    apiPort,
    dbPort: Number(new URL(readFileSync(join(data, "endpoint"), "utf8").trim()).port),
    npm: known({ pid: child.pid! }),
    tsx: known({ pid: node.ppid }),
    node,
    watchdog: known(lock.watchdog),
    jvm: known(lock.jvm),
    tree: [],
  };
  running.tree = [...descendants(running.npm.pid), ...descendants(running.watchdog.pid)];
  everyProcess.push(...running.tree);
  // The chain is what the suite means by npm, tsx and node.
  expect(running.tsx.ppid).toBe(running.npm.pid);
  expect(running.jvm.ppid).toBe(running.watchdog.pid);
  expect(running.tree.map((p) => p.pid)).toEqual(expect.arrayContaining([running.npm, running.tsx, running.node, running.watchdog, running.jvm].map((p) => p.pid)));
  return running;
}

/** A process and all below it, from /proc. */
function descendants(pid: number): ProcessInfo[] {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map((name) => processInfo(Number(name)))
    .filter((p): p is ProcessInfo => p !== null);
  const found = all.filter((p) => p.pid === pid);
  for (let i = 0; i < found.length; i++) found.push(...all.filter((p) => p.ppid === found[i].pid));
  return found;
}

function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/** Waits until no process of the tree lives and both ports refuse; returns what is left. */
async function waitUntilGone(running: Running, ms = STOP_WITHIN_MS): Promise<{ alive: string[]; ports: number[] }> {
  const deadline = Date.now() + ms;
  for (;;) {
    const alive = running.tree.filter((p) => sameProcess(p)).map((p) => `${p.pid} ${commandOf(p.pid)}`);
    const ports: number[] = [];
    for (const port of [running.apiPort, running.dbPort]) if (!(await portRefuses(port))) ports.push(port);
    if ((alive.length === 0 && ports.length === 0) || Date.now() > deadline) return { alive, ports };
    await sleep(200);
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").slice(0, 100);
  } catch {
    return "";
  }
}

async function health(url: string): Promise<{ ok: boolean; databaseReachable: boolean; databaseStatus: string }> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ health { ok databaseReachable databaseStatus } }" }),
    signal: AbortSignal.timeout(5_000),
  });
  return ((await res.json()) as { data: { health: any } }).data.health;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(["SIGINT", "SIGTERM"] as const)("%s", (signal) => {
  it.each(["npm", "tsx", "node"] as const)(
    `to the %s process stops every process of npm start and frees both ports`,
    async (target) => {
      const running = await start();
      process.kill(running[target].pid, signal);
      expect(await waitUntilGone(running)).toEqual({ alive: [], ports: [] });
      // The server's own clean stop leaves no lock behind. (Relayed by tsx, the signal may end
      // in SIGKILL: tsx kills a child that has not acknowledged it within 30 ms. Then the
      // watchdog still ends the JVM, and the lock left behind is stale, taken over next time.)
      if (target === "node") expect(existsSync(join(data, "npm-start.lock"))).toBe(false);
    },
    180_000,
  );
});

it("SIGKILL to the node server still takes the JVM along, and the next start takes over the lock it left", async () => {
  const running = await start();
  process.kill(running.node.pid, "SIGKILL");
  expect(await waitUntilGone(running, 5_000)).toEqual({ alive: [], ports: [] });
  // The lock is still there, naming a dead owner: stale.
  const stale = readLock(join(data, "npm-start.lock"));
  expect(stale?.owner.pid).toBe(running.node.pid);
  expect(sameProcess(stale!.owner)).toBe(false);

  taker = await start();
  expect(readLock(join(data, "npm-start.lock"))?.owner.pid).toBe(taker.node.pid);
}, 300_000);

it("refuses a second start on the same data while the first runs; health follows the database; serves loopback only", async () => {
  // The start that took the lock over serves here (one start fewer for the suite).
  const running = taker ?? (await start());
  expect(running.url).toBe(`http://127.0.0.1:${running.apiPort}/graphql`);
  expect(await health(running.url)).toEqual({ ok: true, databaseReachable: true, databaseStatus: "OK" });

  // The second start: refused, with a message naming the first, exit code ≠ 0.
  const second = spawnNpmStart(await freePort());
  const code = await new Promise<number | null>((resolve) => second.child.once("exit", (c) => resolve(c)));
  expect(code).not.toBe(0);
  expect(second.output()).toMatch(new RegExp(`Another \`npm start\` \\(pid ${running.node.pid}, serving ${running.url.replace(/[.]/g, "\\.")}\\) is using`));
  // …and the first is untouched.
  expect(running.tree.every((p) => sameProcess(p))).toBe(true);
  expect(await health(running.url)).toEqual({ ok: true, databaseReachable: true, databaseStatus: "OK" });

  // Not on any other address of this machine: its other interfaces, if it has any, and always
  // 127.0.0.2 — on the loopback interface, so it answers, but not the address the API bound.
  const others = [
    "127.0.0.2",
    ...Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === "IPv4" && !i.internal)
      .map((i) => i!.address),
  ];
  for (const address of others) {
    // Refused means the kernel said so (ECONNREFUSED); a timeout or another error proves nothing.
    const answer = await new Promise<string>((resolve) => {
      const socket = connect({ port: running.apiPort, host: address });
      socket.setTimeout(2000, () => {
        socket.destroy();
        resolve("TIMEOUT");
      });
      socket.once("connect", () => {
        socket.destroy();
        resolve("CONNECTED");
      });
      socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "ERROR"));
    });
    expect([address, answer]).toEqual([address, "ECONNREFUSED"]);
  }

  // The JVM dies: the server keeps answering, and health says the database is gone.
  process.kill(running.jvm.pid, "SIGKILL");
  const deadline = Date.now() + 10_000;
  let answer = await health(running.url);
  while (answer.databaseReachable && Date.now() < deadline) {
    await sleep(250);
    answer = await health(running.url);
  }
  expect(answer).toEqual({ ok: false, databaseReachable: false, databaseStatus: "UNREACHABLE" });
  expect(running.output()).toMatch(/DynamoDB Local stopped unexpectedly/);

  // SIGKILL to npm cannot be relayed: the server notices its ancestor is gone and stops.
  process.kill(running.npm.pid, "SIGKILL");
  expect(await waitUntilGone(running)).toEqual({ alive: [], ports: [] });
}, 180_000);
