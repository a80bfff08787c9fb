// Per-stage timing of one engine run on the budget ledger (for bench/RESULTS.md): the engine's own
// pipeline (runPipeline in src/engine/pipeline.ts), observed after each stage, with the time (wall,
// CPU of the process, CPU of the main thread) and the heap each stage leaves behind. Stages are
// shown in the groups below; a stage the pipeline gains that no group names is shown on its own
// line, so the table cannot drift from the engine.
// Usage: node --expose-gc scripts/run-ts.js bench/stages.ts [runs] [--check] [--fingerprints] [--json]
// or, on the compiled engine as massbal runs it: node scripts/build-bench.js, then
// node --expose-gc lib/bench/stages.js [same options]
// (--check runs Check: no new declarations are built, as `massbal check`)
// (--fingerprints reads every declaration's fingerprint, hashed by the register stage itself; --json
// serialises the result, as `massbal --json` does)
import { readFileSync } from "node:fs";
import { runPipeline, STAGE_NAMES, type StageName } from "../src/engine/pipeline";
import { resolveProfile } from "../src/engine/profile";
import { budgetLedger } from "./engine.bench";

/** The line each stage is counted on; the last stage of a group closes its line. */
const GROUPS: [string, StageName[]][] = [
  ["intake (read, normalise, validate)", ["read"]],
  ["periods + conversions", ["periods", "conversions"]],
  ["rules (incoming SDs)", ["record rules"]],
  ["booking (and its fact rules)", ["booking", "fact rules"]],
  ["register (declaration lines)", ["register", "input-incomplete"]],
  ["declaration rules", ["declaration rules"]],
  ["decide (status, numbers)", ["decide"]],
];

function lineOf(stage: StageName): { name: string; closes: boolean } {
  for (const [name, stages] of GROUPS)
    if (stages.includes(stage)) return { name, closes: stages[stages.length - 1] === stage };
  return { name: stage, closes: true };
}

/**
 * CPU time of the calling thread in ms (Linux: /proc/thread-self/schedstat; NaN elsewhere): the
 * main thread's own share, without the collector's and the compiler's helper threads. On a machine
 * other processes load, it moves less than wall time (bench/RESULTS.md round 15), but it misses
 * time the main thread waits for those helpers: compare wall times as well where you can.
 */
function threadCpu(): number {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;
  } catch {
    return NaN;
  }
}

function once(): void {
  const ledger = budgetLedger();
  (globalThis as { gc?: () => void }).gc?.();
  const times: [string, number, number, number, number][] = [];
  let t = performance.now();
  let cpu = process.cpuUsage();
  let main = threadCpu();
  const mark = (name: string) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    const mainNow = threadCpu();
    const heap = process.memoryUsage().heapUsed / 2 ** 20;
    times.push([name, now - t, (used.user + used.system) / 1000, mainNow - main, heap]);
    t = performance.now();
    cpu = process.cpuUsage();
    main = threadCpu();
  };
  const seen: StageName[] = [];
  const observe = (stage: StageName) => {
    seen.push(stage);
    const line = lineOf(stage);
    if (line.closes) mark(line.name);
  };
  const profile = resolveProfile(ledger.settings);
  const declare = !process.argv.includes("--check");
  const result = runPipeline(ledger, profile, { today: "2026-01-15", declare }, observe);
  if (seen.join() !== STAGE_NAMES.join()) throw new Error(`stages observed out of order: ${seen.join(", ")}`);
  const { declarations } = result;
  if (process.argv.includes("--fingerprints")) {
    let chars = 0;
    for (const d of declarations) chars += d.fingerprint.length;
    mark(`fingerprints read (${declarations.length} × ${chars / declarations.length} chars)`);
  }
  if (process.argv.includes("--json")) {
    const json = JSON.stringify({ balances: result.balances, ledger: result.ledger, declarations });
    mark(`result as JSON, fingerprints read (${(json.length / 2 ** 20).toFixed(0)} MB)`);
  }
  const total = times.reduce((s, x) => s + x[1], 0);
  const totalCpu = times.reduce((s, x) => s + x[2], 0);
  const totalMain = times.reduce((s, x) => s + x[3], 0);
  const ms = (x: number) => x.toFixed(0).padStart(6);
  for (const [name, wall, cpuMs, mainMs, heap] of times)
    console.log(
      `${name.padEnd(40)} ${ms(wall)} ms  cpu ${ms(cpuMs)} ms  main ${ms(mainMs)} ms  heap after ${heap.toFixed(0)} MB`,
    );
  console.log(
    `${"total".padEnd(40)} ${ms(total)} ms  cpu ${ms(totalCpu)} ms  main ${ms(totalMain)} ms  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
}

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? "1");
for (let i = 0; i < runs; i++) once();
