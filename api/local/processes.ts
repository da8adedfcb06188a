// What `npm start` needs to know about other processes on this machine: is a pid still the
// process we recorded (and not a later one that got the same pid), who is its parent, which
// process group is it in, and what command is it.
//
// A pid alone is not an identity: pids are reused, and a dead child that nobody reaped (a
// zombie) still answers `kill(pid, 0)`. So a process is named by its pid AND its start time,
// and a zombie counts as gone. Linux answers from /proc (cheap enough to poll every second);
// elsewhere (macOS) `ps` answers.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** Opaque, but equal only for the same process: the start time as the OS reports it. */
  start: string;
}

/** A process that is alive (not a zombie); null when there is none with this pid. */
export function processInfo(pid: number): ProcessInfo | null {
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return existsSync("/proc/self/stat") ? fromProc(pid) : fromPs(pid);
}

/** True when `recorded` still names a living process: same pid, same start. */
export function sameProcess(recorded: { pid: number; start: string } | undefined | null): boolean {
  if (!recorded) return false;
  return processInfo(recorded.pid)?.start === recorded.start;
}

/** The command line, for messages and for recognising npm among our ancestors. */
export function commandOf(pid: number): string {
  try {
    if (existsSync("/proc/self/cmdline")) return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
  const ps = spawnSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" });
  return ps.status === 0 ? ps.stdout.trim() : "";
}

function fromProc(pid: number): ProcessInfo | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // "pid (comm) state ppid pgrp … starttime(22nd) …"; comm may hold spaces and parentheses.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  if (fields[0] === "Z" || fields[0] === "X") return null;
  return { pid, ppid: Number(fields[1]), pgid: Number(fields[2]), start: fields[19] };
}

function fromPs(pid: number): ProcessInfo | null {
  const ps = spawnSync("ps", ["-o", "stat=,ppid=,pgid=,lstart=", "-p", String(pid)], { encoding: "utf8" });
  if (ps.status !== 0) return null;
  const match = ps.stdout.trim().match(/^(\S+)\s+(\d+)\s+(\d+)\s+(.+)$/);
  if (!match || match[1].startsWith("Z")) return null;
  return { pid, ppid: Number(match[2]), pgid: Number(match[3]), start: match[4] };
}
