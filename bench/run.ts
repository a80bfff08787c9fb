// Runs every benchmark in bench/*.bench.ts: each module exports one or more async functions whose
// names start with "bench" and return a report. Timings are reported as ratios against a baseline
// measured in the same run (these machines are noisy); nothing here asserts a time.
// `npm run bench` builds lib/ and lib/bench/ first (scripts/build-bench.js): the engine benchmark
// measures the compiled engine, as `massbal` runs it; `--ts` measures the TypeScript sources
// through scripts/run-ts.js instead.
// Usage: npm run bench [-- name-filter] [--ts]
import fs from "fs";
import path from "path";

export interface BenchReport {
  name: string;
  /** what was measured, e.g. "100,000 receipts + 100,000 deliveries" */
  workload: string;
  ms: number;
  /** peak resident memory during the run, in MB */
  peakMB?: number;
  baseline?: { name: string; ms: number };
  /** the budget of design.md, as a ratio or absolute, for the reader */
  budget?: string;
  notes?: string[];
}

type BenchFn = () => Promise<BenchReport | BenchReport[]>;

function print(report: BenchReport): void {
  console.log(`\n${report.name}`);
  console.log(`  workload: ${report.workload}`);
  console.log(`  time:     ${report.ms.toFixed(0)} ms`);
  if (report.peakMB !== undefined) console.log(`  peak RSS: ${report.peakMB.toFixed(0)} MB`);
  if (report.baseline) {
    const ratio = report.ms / report.baseline.ms;
    console.log(
      `  baseline: ${report.baseline.name}: ${report.baseline.ms.toFixed(0)} ms → ratio ${ratio.toFixed(2)}×`,
    );
  }
  if (report.budget) console.log(`  budget:   ${report.budget}`);
  for (const note of report.notes ?? []) console.log(`  note:     ${note}`);
}

async function main(): Promise<void> {
  const filter = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "";
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && f.includes(filter))
    .sort();
  if (files.length === 0) {
    console.error(`No benchmarks match "${filter}" in bench/.`);
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    const mod = (await import(path.join(__dirname, file))) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      if (!name.startsWith("bench") || typeof fn !== "function") continue;
      const reports = await (fn as BenchFn)();
      for (const report of Array.isArray(reports) ? reports : [reports]) print(report);
    }
  }
}

void main();
