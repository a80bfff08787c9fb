// Runs the real massbal command as a process, after building it once per test file.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "massbal.js");

const LOCK = path.join(os.tmpdir(), "massbal-test-build.lock");
const STAMP = path.join(ROOT, "lib", ".sources");

/** what the build compiles, by path, size and time: a changed file means a new build */
function sourcesStamp(): string {
  const files = ["engine", "workbook", "app", "cli"].flatMap((layer) =>
    readdirSync(path.join(ROOT, "src", layer), { recursive: true, encoding: "utf8" }).map((f) =>
      path.join(layer, f),
    ),
  );
  const hash = createHash("sha256");
  for (const f of files.sort()) {
    const info = statSync(path.join(ROOT, "src", f));
    hash.update(`${f}:${info.size}:${info.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

/**
 * Builds lib/ once for all test files: build-cli.js empties lib/ first, so two test files
 * building at the same time would pull it from under each other's massbal processes.
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
    const stamp = sourcesStamp();
    if (existsSync(STAMP) && readFileSync(STAMP, "utf8") === stamp) return;
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { stdio: "inherit" });
    writeFileSync(STAMP, stamp);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function massbal(args: string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "massbal-test-"));
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
