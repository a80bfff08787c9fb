// Runs the real massbal command (lib/, built once for all test files): inside the test process by
// default (massbal), as a node process of its own where the process itself is tested (massbalProcess).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import ExcelJS, { type CellValue } from "exceljs";

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "massbal.js");

const LOCK = path.join(os.tmpdir(), "massbal-test-build.lock");

/**
 * Builds lib/ once for all test files: build-cli.js empties lib/ first, so two test files
 * building at the same time would pull it from under each other's massbal processes.
 * Once built, `npm run massbal` (which runs build-cli.js too) finds lib/ up to date.
 */
export function buildCli(): void {
  for (const start = Date.now(); ;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // a lock left by a killed run is older than any build takes
      const held = statSync(LOCK, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - start > 180_000) throw new Error(`Waited 3 minutes for ${LOCK}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    // build-cli.js itself skips the build while lib/ matches the sources
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { stdio: "inherit" });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A run that takes longer has hung: its exit code is null, as spawnSync's on its timeout. */
const TIMEOUT_MS = 60_000;
/** The time the worker thread may take to load lib/, before its first run. */
const LOAD_MS = 600_000;

/**
 * `massbal ARGS` in the folder `cwd`: its exit code, stdout and stderr, as the command gives them.
 * It runs lib/cli/main.js in a worker thread of this test file (massbal-thread.js), loaded once,
 * not a node process per run: the same code bin/massbal.js runs, at a fraction of the cost (a node
 * process and the loading of lib/ took about a second of CPU per run, more than most runs
 * themselves). With MASSBAL_PROCESS=1 every run is a process of its own, as massbalProcess: run
 * the CLI tests both ways with MASSBAL_SNAPSHOT and `diff -r` to see they agree.
 */
export function massbal(args: string[], cwd: string): Run {
  const run = process.env.MASSBAL_PROCESS === "1" ? spawnRun(args, cwd) : threadRun(args, cwd);
  if (process.env.MASSBAL_SNAPSHOT) snapshot(process.env.MASSBAL_SNAPSHOT, args, cwd, run);
  return run;
}

/**
 * `massbal ARGS` in `cwd` as the shipped command: `node bin/massbal.js` in a process of its own.
 * For the tests of what only a process shows: the entry script, exit codes, --version and --help.
 */
export function massbalProcess(args: string[], cwd: string): Run {
  const run = spawnRun(args, cwd);
  if (process.env.MASSBAL_SNAPSHOT) snapshot(process.env.MASSBAL_SNAPSHOT, args, cwd, run);
  return run;
}

function spawnRun(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: TIMEOUT_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The worker thread of this test file, started at its first run. */
let thread: { worker: Worker; port: MessagePort; signal: Int32Array } | null = null;

function startThread() {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(path.join(__dirname, "massbal-thread.js"), {
    workerData: { main: path.join(ROOT, "lib", "cli", "main.js"), signal: signal.buffer, port: port2 },
    transferList: [port2],
    stdout: false,
    stderr: false,
  });
  // the test file ends without waiting for it
  worker.unref();
  port1.unref();
  if (Atomics.wait(signal, 0, 0, LOAD_MS) === "timed-out")
    throw new Error(`massbal-thread.js did not load lib/ in ${LOAD_MS} ms`);
  return { worker, port: port1, signal };
}

/**
 * One run in the worker thread, waited for here: this thread sets the run's folder (the command
 * reads paths against the process's folder, as it does its own) and puts the test's back after.
 */
function threadRun(args: string[], cwd: string): Run {
  thread ??= startThread();
  const { port, signal } = thread;
  const back = process.cwd();
  process.chdir(cwd);
  try {
    Atomics.store(signal, 0, 0);
    port.postMessage({ args, cwd });
    if (Atomics.wait(signal, 0, 0, TIMEOUT_MS) === "timed-out") {
      // a run that hangs ends with its thread; the next run starts a new one
      void thread.worker.terminate();
      thread = null;
      return { code: null, stdout: "", stderr: "" };
    }
    const message = receiveMessageOnPort(port);
    if (!message) throw new Error("massbal-thread.js woke the test without a result");
    return message.message as Run;
  } finally {
    process.chdir(back);
  }
}

/**
 * `massbal check FILE --json` in `dir`, asserting it wrote nothing to stderr but progress; its
 * report parsed as `T` (the shape a test reads of it).
 */
export function checkJson<T>(dir: string, file: string): T {
  const result = massbal(["check", file, "--json"], dir);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as T;
}

/** `massbal check FILE --out OUT --force --json` in `dir`, as checkJson: the audited copy written, the report as `T`. */
export function checkOutJson<T>(dir: string, file: string, out: string): T {
  const result = massbal(["check", file, "--out", out, "--force", "--json"], dir);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as T;
}

/** `massbal declare FILE --json` in `dir`, as checkJson: nothing on stderr but progress, the report as `T`. */
export function declareJson<T>(dir: string, file: string): T {
  const result = massbal(["declare", file, "--json"], dir);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as T;
}

/** The row-state findings (row-cancelled, row-unconfirmed, row-struck…) as [severity, code, "Sheet!Cell"]. */
export function rowMarks(
  findings: { code: string; severity: string; sheet: string | null; cell: string | null }[],
) {
  return findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`]);
}

/**
 * What massbal wrote to stderr besides its progress lines ("massbal: Reading…", printed off a
 * terminal only when a run takes over two seconds, src/cli/progress.ts): a test that wants a quiet
 * run asserts this is "", so a slow or loaded machine does not fail it.
 */
export function stderrBeyondProgress(stderr: string): string {
  return stderr
    .split("\n")
    .filter((line) => !/^massbal: [^\n]*…( \d{1,3}%)?$/.test(line))
    .join("\n")
    .trim();
}

const taken = new Map<string, number>();

/**
 * The safety net of refactors (issue 15: "--json byte-identical before and after"): with
 * MASSBAL_SNAPSHOT=<folder>, every massbal run of the tests leaves its exit code and stdout in
 * <folder>/<test file>/<test name>.<n>.txt, the test's temporary folder written as "<folder>".
 * Run the CLI tests before and after a change into two folders and `diff -r` them.
 */
function snapshot(root: string, args: string[], cwd: string, run: Run): void {
  const state = expect.getState();
  const file = path.basename(state.testPath ?? "unknown");
  const name = (state.currentTestName ?? "outside a test").replace(/[^\w.-]+/g, "_").slice(0, 120);
  const key = `${file}/${name}`;
  const n = (taken.get(key) ?? 0) + 1;
  taken.set(key, n);
  mkdirSync(path.join(root, file), { recursive: true });
  const text = `massbal ${args.join(" ")}\nexit ${run.code}\n${run.stdout}`.split(cwd).join("<folder>");
  writeFileSync(path.join(root, file, `${name}.${n}.txt`), text);
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "massbal-test-"));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/**
 * For a test file: builds massbal once, and gives each test a fresh folder of its own (removed
 * after it). Read `folder.path` inside a test.
 */
export function freshFolderPerTest(): { path: string } {
  const folder = { path: "" };
  beforeAll(() => buildCli());
  beforeEach(() => {
    folder.path = tempDir();
  });
  afterEach(() => rmSync(folder.path, { recursive: true, force: true }));
  return folder;
}

/** Writes `sheets` (name -> rows of cell values) as a real .xlsx named `name` in `dir`; returns the name. */
export async function writeBook(
  dir: string,
  name: string,
  sheets: Record<string, CellValue[][]>,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  await wb.xlsx.writeFile(path.join(dir, name));
  return name;
}
