// The massbal command inside a worker thread of the test process (run-massbal.ts, massbal()):
// lib/cli/main.js loaded once per test file instead of a node process started per run. One run at
// a time: the test's thread posts the arguments and waits on `signal`; this thread runs main() as
// bin/massbal.js does, with what it writes to stdout and stderr captured, and posts back the exit
// code and the two texts on `port`. The test's thread sets the folder of the run (process.chdir)
// before posting and puts it back after: the command reads its paths against the process's folder.
// A worker thread keeps its own copy of process.cwd(), which that chdir may not update (it is not
// node's own process.chdir in a test file): the run's folder is given here too, as process.cwd().
"use strict";
const { workerData } = require("node:worker_threads");

const signal = new Int32Array(workerData.signal);
const port = workerData.port;
let current = null;

/** Ends the current run: its result to the test's thread, which wakes up. */
function finish(code, error) {
  const run = current;
  if (run === null) return;
  current = null;
  if (error !== undefined) run.stderr.push(error);
  process.stdout.write = run.out;
  process.stderr.write = run.err;
  process.cwd = run.cwd;
  port.postMessage({ code, stdout: run.stdout.join(""), stderr: run.stderr.join("") });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

// what a node process does with an error no one caught: prints it and exits 1 (the thread goes on)
const crash = (e) => finish(1, `${e && e.stack ? e.stack : String(e)}\n`);
process.on("uncaughtException", crash);
process.on("unhandledRejection", crash);

let cli;
let failed = null;
try {
  cli = require(workerData.main);
} catch (e) {
  // bin/massbal.js says this, for a lib/ not built yet; any other error ends the process (exit 1)
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("lib/cli/main.js")) cli = null;
  else failed = `${e && e.stack ? e.stack : String(e)}\n`;
}

// loaded: the test's thread waits for this before it gives the first run its time (loading lib/ on a
// busy machine is no hang)
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);

/** Text as a stream's write takes it (a string or bytes), with its callback called as node does. */
function capture(into) {
  return (chunk, encoding, callback) => {
    into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
}

port.on("message", ({ args, cwd }) => {
  current = {
    stdout: [],
    stderr: [],
    out: process.stdout.write,
    err: process.stderr.write,
    cwd: process.cwd,
  };
  process.cwd = () => cwd;
  process.stdout.write = capture(current.stdout);
  process.stderr.write = capture(current.stderr);
  if (failed !== null) {
    finish(1, failed);
    return;
  }
  if (cli === null) {
    finish(2, "massbal: the command is not built yet: run `npm run build:cli` first.\n");
    return;
  }
  // bin/massbal.js: the exit code main() gives, or 2 with the error's message
  cli.main(args).then(
    (code) => finish(code),
    (e) => finish(2, `massbal: ${e && e.message ? e.message : String(e)}\n`),
  );
});
