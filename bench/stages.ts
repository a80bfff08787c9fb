// Per-stage timing of one engine run on the budget ledger (for bench/RESULTS.md): the pipeline of
// src/engine/index.ts, stage by stage, with the time and the heap each stage leaves behind.
// Usage: node --expose-gc scripts/run-ts.js bench/stages.ts [runs] [--fingerprints] [--json]
// (--fingerprints reads every declaration's fingerprint, hashed by the register stage itself; --json
// serialises the result, as `massbal --json` does)
import { bookingStage } from "../src/engine/book/booking";
import { incompleteness } from "../src/engine/book/incomplete";
import { conversionsStage } from "../src/engine/conversions";
import { intake } from "../src/engine/intake";
import { decide } from "../src/engine/issue/decide";
import { registerStage } from "../src/engine/issue/stage";
import { outgoingStage } from "../src/engine/outgoing";
import { periodsStage } from "../src/engine/periods";
import { resolveProfile } from "../src/engine/profile";
import type { Finding } from "../src/engine/result";
import { rulesStage } from "../src/engine/rules";
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
  const keep = <T>(s: { value: T; findings: Finding[] }): T => {
    findings.push(...s.findings);
    return s.value;
  };
  const profile = resolveProfile(ledger.settings);
  const read = keep(intake(ledger, profile));
  mark("intake (read, normalise, validate)");
  const { books, periods } = keep(periodsStage(read, profile));
  const conversions = keep(conversionsStage(books, profile));
  mark("periods + conversions");
  const verdicts = keep(rulesStage(books, profile));
  mark("rules (incoming SDs)");
  const { book, allocations } = keep(
    bookingStage(books, periods, conversions, verdicts, profile, incompleteness(undefined)),
  );
  mark("booking");
  const register = keep(
    registerStage(books, allocations, profile, {
      today: "2026-01-15",
      declare: true,
      cancel: [],
      sdColumns: new Set(),
    }),
  );
  mark("register (declaration lines)");
  keep(outgoingStage(register.candidates, { profile, layout: {}, own: book.own }));
  mark("outgoing checks");
  const declarations = decide(register, findings, ledger, books, profile, { draft: false });
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
