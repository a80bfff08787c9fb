// One engine run on the budget ledger in a process of its own, for bench/engine.bench.ts: the
// baseline (summing the same quantities with plain decimal.js), then Check or Declare, measured in
// this process. Prints an EngineRun as JSON on stdout.
// Usage: node --expose-gc lib/bench/engine-run.js check|declare (compiled by scripts/build-bench.js)
// or node --expose-gc scripts/run-ts.js bench/engine-run.ts check|declare (the TypeScript sources)
import Decimal from "decimal.js";
import { runEngine } from "../src/engine";
import { budgetLedger, type EngineRun } from "./engine.bench";
import { measure } from "./memory";

async function main(): Promise<void> {
  const mode = process.argv[2];
  if (mode !== "check" && mode !== "declare") throw new Error("usage: engine-run.ts check|declare");
  const input = budgetLedger();
  const baseline = await measure(() => {
    let total = new Decimal(0);
    for (const x of input.receipts) total = total.plus(x.quantity ?? "0");
    for (const x of input.deliveries) total = total.minus(x.quantity ?? "0");
    for (const x of input.production)
      total = total.minus(x.inputQuantity ?? "0").plus(x.outputQuantity ?? "0");
    return total;
  });
  (globalThis as { gc?: () => void }).gc?.();
  const inputMB = process.memoryUsage().rss / 2 ** 20;
  const run = await measure(() => runEngine(input, { today: "2026-01-15", declare: mode === "declare" }));
  const result: EngineRun = {
    receipts: input.receipts.length,
    deliveries: input.deliveries.length,
    production: input.production.length,
    accounts: new Set(run.result.balances.map((b) => b.account)).size,
    declarations: run.result.declarations.length,
    findings: run.result.findings.length,
    ledgerLines: run.result.ledger.length,
    baselineMs: baseline.ms,
    ms: run.ms,
    inputMB,
    peakMB: run.peakMB,
  };
  process.stdout.write(JSON.stringify(result));
}

void main();
