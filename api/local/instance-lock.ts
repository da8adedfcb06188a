// One `npm start` per data folder. Two DynamoDB Local JVMs writing the same database files
// would corrupt each other's view of the data, and a second `--reset` would delete the files
// under the first. So the first `npm start` writes `<data>/npm-start.lock` — its pid and start
// time, later its URL and its JVM — and a second one refuses while that process lives.
//
// A lock whose owner is gone (killed with SIGKILL, machine rebooted) is stale and taken over.
// If the stale owner's JVM is still running (its watchdog was killed too), it is ours to stop:
// we recorded its pid and start time, so we never signal a process that merely got its pid.
import { openSync, readFileSync, rmSync, writeFileSync, closeSync } from "node:fs";
import { join } from "node:path";
import { processInfo, sameProcess, type ProcessInfo } from "./processes";

type Recorded = Pick<ProcessInfo, "pid" | "start">;

export interface LockContent {
  owner: Recorded;
  /** What it serves, for the refusal message. */
  url?: string;
  jvm?: Recorded;
  watchdog?: Recorded;
}

export interface InstanceLock {
  readonly file: string;
  /** Records more about this instance (its URL, its JVM) for a later reader. */
  update(more: Omit<LockContent, "owner">): void;
  /** Removes the lock if it is still ours. Synchronous: it also runs on process exit. */
  release(): void;
}

export class AlreadyRunning extends Error {}

export function acquireInstanceLock(dataDir: string, log: (line: string) => void = () => {}): InstanceLock {
  const file = join(dataDir, "npm-start.lock");
  const me = processInfo(process.pid);
  if (!me) throw new Error("cannot read this process's own start time");
  const owner: Recorded = { pid: me.pid, start: me.start };
  let content: LockContent = { owner };

  // Exclusive create ("wx") is atomic: of two starts racing for a free lock, one wins.
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeFileSync(fd, JSON.stringify(content));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 3) throw error;
    }
    const held = readLock(file);
    if (held && sameProcess(held.owner)) {
      throw new AlreadyRunning(
        `Another \`npm start\` (pid ${held.owner.pid}${held.url ? `, serving ${held.url}` : ""}) is using ${dataDir}.\n` +
          "Stop it first (Ctrl-C in its terminal), or give this one other data: `npm start -- --data DIR`.",
      );
    }
    // Stale. Two starts taking over the same stale lock at the same instant could both get
    // here; the exclusive create above still lets only one of them write the new lock.
    if (held) stopStaleJvm(held, log);
    rmSync(file, { force: true });
  }

  return {
    file,
    update(more) {
      const named = (p: Recorded | undefined) => (p ? { pid: p.pid, start: p.start } : undefined);
      content = { ...content, ...more, jvm: named(more.jvm ?? content.jvm), watchdog: named(more.watchdog ?? content.watchdog), owner };
      writeFileSync(file, JSON.stringify(content), { mode: 0o600 });
    },
    release() {
      if (readLock(file)?.owner.pid === owner.pid) rmSync(file, { force: true });
    },
  };
}

export function readLock(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as LockContent;
    return parsed?.owner && typeof parsed.owner.pid === "number" ? parsed : null;
  } catch {
    return null; // absent, or cut short by a crash mid-write: either way nobody holds it
  }
}

function stopStaleJvm(held: LockContent, log: (line: string) => void): void {
  const left = () => [held.watchdog, held.jvm].filter((p): p is Recorded => sameProcess(p));
  if (left().length === 0) return;
  log(`Stopping the DynamoDB Local an earlier \`npm start\` (pid ${held.owner.pid}) left running…`);
  // SIGTERM first: the JVM closes its database files; SIGKILL if it has not gone in 3 s.
  for (const [signal, ms] of [
    ["SIGTERM", 3_000],
    ["SIGKILL", 2_000],
  ] as const) {
    for (const p of left()) {
      try {
        process.kill(p.pid, signal);
      } catch {
        // gone meanwhile
      }
    }
    const until = Date.now() + ms;
    while (left().length > 0 && Date.now() < until) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
    if (left().length === 0) return;
  }
}
