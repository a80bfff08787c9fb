// Runs the real massbal command as a process, after building it once per test file.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "massbal.js");

export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { stdio: "inherit" });
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
