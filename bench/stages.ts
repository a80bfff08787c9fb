// Per-stage timing of one engine run on the budget ledger (for bench/RESULTS.md): the pipeline of
// src/engine/index.ts, stage by stage, with the time and the heap each stage leaves behind.
// Usage: node --expose-gc scripts/run-ts.js bench/stages.ts [runs] [--check] [--fingerprints] [--json]
// (--check runs Check: no new declarations are built, as `massbal check`)
// (--fingerprints reads every declaration's fingerprint, hashed by the register stage itself; --json
// serialises the result, as `massbal --json` does)
import {
  bookStage,
  context,
  conversionStage,
  declarationRuleStage,
  decideStage,
  factRuleStage,
  periodStage,
  readStage,
  recordRuleStage,
  registerStage,
  type Staged,
} from "../src/engine/pipeline";
import { resolveProfile } from "../src/engine/profile";
import type { Finding } from "../src/engine/result";
import { budgetLedger } from "./engine.bench";

function once(): void {
  const ledger = budgetLedger();
  (globalThis as { gc?: () => void }).gc?.();
  const times: [string, number, number, number][] = [];
  let t = performance.now();
  let cpu = process.cpuUsage();
  const mark = (name: string) => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    times.push([name, now - t, (used.user + used.system) / 1000, process.memoryUsage().heapUsed / 2 ** 20]);
    t = performance.now();
    cpu = process.cpuUsage();
  };
  const findings: Finding[] = [];
  const keep = <T>(s: Staged<T>): T => {
    findings.push(...s.findings);
    return s.value;
  };
  const profile = resolveProfile(ledger.settings);
  const start = context(ledger, profile, { today: "2026-01-15", declare: !process.argv.includes("--check") });
  const read = keep(readStage(ledger, start));
  mark("intake (read, normalise, validate)");
  const { books, periods } = keep(periodStage(read, start));
  const ctx = { ...start, periods };
  const conversions = keep(conversionStage(books, ctx));
  mark("periods + conversions");
  const verdicts = keep(recordRuleStage(books, ctx));
  mark("rules (incoming SDs)");
  const booked = keep(bookStage({ books, conversions, verdicts }, ctx));
  keep(factRuleStage(booked.book.facts, ctx));
  const { book } = booked;
  mark("booking (and its fact rules)");
  const register = keep(registerStage({ books, booked }, ctx));
  mark("register (declaration lines)");
  keep(declarationRuleStage({ register, own: book.own }, ctx));
  mark("declaration rules");
  const declarations = keep(decideStage({ register, books, findings }, ctx));
  mark("decide (status, numbers)");
  if (process.argv.includes("--fingerprints")) {
    let chars = 0;
    for (const d of declarations) chars += d.fingerprint.length;
    mark(`fingerprints read (${declarations.length} × ${chars / declarations.length} chars)`);
  }
  if (process.argv.includes("--json")) {
    const json = JSON.stringify({ balances: book.balances, ledger: book.ledger, declarations });
    mark(`result as JSON, fingerprints read (${(json.length / 2 ** 20).toFixed(0)} MB)`);
  }
  const total = times.reduce((s, x) => s + x[1], 0);
  const totalCpu = times.reduce((s, x) => s + x[2], 0);
  for (const [name, ms, cpuMs, heap] of times)
    console.log(
      `${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms  cpu ${cpuMs.toFixed(0).padStart(6)} ms  heap after ${heap.toFixed(0)} MB`,
    );
  console.log(
    `${"total".padEnd(40)} ${total.toFixed(0).padStart(6)} ms  cpu ${totalCpu.toFixed(0).padStart(6)} ms  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
}

const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? "1");
for (let i = 0; i < runs; i++) once();
