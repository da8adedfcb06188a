// The parent of every DynamoDB Local JVM gridnet starts: it makes sure the JVM never outlives
// the Node process that asked for it, however that process ends (Ctrl-C, a crash, SIGKILL).
//
//   node jvm-watchdog.js '<json: { java: [args…], cwd, logFile }>'
//
// The owner holds the write end of this process's stdin and never writes to it. When the owner
// ends, in any way, the kernel closes that pipe and stdin reads end-of-file at once: no polling,
// and no pid to check that could meanwhile belong to another process. That is why this is a pipe
// and not a loop testing the owner's pid. On end-of-file (or a signal to this process) the JVM
// gets SIGTERM, and SIGKILL if it has not gone after 5 s. Because the JVM is our own child and
// not yet reaped, its pid cannot have been reused when we signal it.
//
// Plain JavaScript run by plain Node (no tsx): it must start fast and depend on nothing.
// Our first stdout line is the JVM's pid, as JSON; our exit code is the JVM's.
"use strict";
const { spawn } = require("node:child_process");
const { closeSync, openSync } = require("node:fs");

const { java, cwd, logFile } = JSON.parse(process.argv[2]);
const out = openSync(logFile, "a");
// The JVM gets no stdin of ours and writes only to its log file, so it holds neither the
// owner's pipe nor anyone's terminal.
const jvm = spawn("java", java, { stdio: ["ignore", out, out], cwd });
closeSync(out);

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  jvm.kill("SIGTERM");
  setTimeout(() => jvm.kill("SIGKILL"), 5_000).unref();
}

jvm.on("error", (error) => {
  process.stderr.write(`could not start java: ${error.message}\n`);
  process.exit(127);
});
jvm.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
// The owner may stop reading once it has the pid; a failed write must not end us (and orphan the JVM).
process.stdout.on("error", () => {});
if (jvm.pid) process.stdout.write(`${JSON.stringify({ jvm: jvm.pid })}\n`);

process.stdin.on("end", stop);
process.stdin.on("error", stop);
process.stdin.resume();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);
