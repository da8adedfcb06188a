// `npm start` is a chain of processes: npm → tsx → node (this server) → watchdog → JVM.
// Signals travel down it (npm and tsx relay SIGINT and SIGTERM to their child), but SIGKILL
// cannot be relayed: kill tsx or npm with it and the rest of the chain would run on, ports
// bound, with nobody to stop it. So the server watches the processes above it and stops
// itself when one of them is gone.
//
// Which ancestors: our parent always (on every OS, by noticing that our parent pid changed —
// a dead parent's children are handed to another process). On Linux, also the ones above it
// up to the npm that started us, if there is one within our process group (a terminal puts
// the whole `npm start` job in one group). We stop at npm, never watching the shell or the
// supervisor that ran it: `npm start &` in a script must outlive the script.
// Each ancestor is named by pid and start time, so a reused pid does not look alive.
import { existsSync } from "node:fs";
import { commandOf, processInfo, sameProcess, type ProcessInfo } from "./processes";

const MAX_DEPTH = 4;

export function watchParents(onGone: (which: string) => void, intervalMs = 1_000): () => void {
  const parent = process.ppid;
  const chain = existsSync("/proc/self/stat") ? ancestorsUpToNpm() : [];
  const timer = setInterval(() => {
    if (process.ppid !== parent) return fire(`parent process ${parent}`);
    const gone = chain.find((p) => !sameProcess(p));
    if (gone) fire(`ancestor process ${gone.pid}`);
  }, intervalMs);
  timer.unref();
  let fired = false;
  function fire(which: string) {
    if (fired) return;
    fired = true;
    clearInterval(timer);
    onGone(which);
  }
  return () => clearInterval(timer);
}

/** From our grandparent up, within our process group, ending with npm; [] if no npm is found. */
function ancestorsUpToNpm(): ProcessInfo[] {
  const me = processInfo(process.pid);
  const parent = processInfo(process.ppid);
  if (!me || !parent) return [];
  const chain: ProcessInfo[] = [];
  let current = parent;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (isNpm(current.pid)) return chain.concat(current === parent ? [] : [current]);
    const up = processInfo(current.ppid);
    if (!up || up.pid <= 1 || up.pgid !== me.pgid) return [];
    if (current !== parent) chain.push(current);
    current = up;
  }
  return [];
}

/** npm names itself `npm <command>` (its process title), or runs as `node …/npm-cli.js`. */
function isNpm(pid: number): boolean {
  const command = commandOf(pid);
  return /^npm(\s|$)/.test(command) || /[/\\]npm-cli\.js(\s|$)/.test(command);
}
