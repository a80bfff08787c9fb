// The engine's whole output, written to files, for refactors that must not change it: run it before
// and after a change and compare the folders (`diff -r`). It covers the budget ledger of the bench
// at a smaller size, clean and with faults mixed in (blank, unreadable and doubled values, GHG
// savings below the threshold, overdrafts, volumes without a density), in Check, Declare and Draft,
// with every declaration's fingerprint and register record. It complements the CLI tests'
// MASSBAL_SNAPSHOT, which records every `massbal` run over the test workbooks.
// Usage: node scripts/run-ts.js scripts/engine-snapshot.ts <folder>
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { budgetLedger } from "../bench/engine.bench";
import { type EngineOptions, type Ledger, recordText, runEngine } from "../src/engine";

/** The budget ledger with a fault every few hundred rows, each kind at its own stride. */
function faulty(receipts: number, deliveries: number, production: number): Ledger {
  const ledger = budgetLedger(receipts, deliveries, production);
  ledger.receipts.forEach((r, i) => {
    if (i % 397 === 5) r.quantity = "";
    if (i % 401 === 7) r.quantity = "12,5 t";
    if (i % 409 === 11) r.date = "31.02.2025";
    if (i % 419 === 13 && i > 0) {
      // the SD of the row before, from the same supplier: booked twice
      r.sdNumber = `IN-${i - 1}`;
      r.supplier = ledger.receipts[i - 1]?.supplier;
      r.supplierCertificate = ledger.receipts[i - 1]?.supplierCertificate;
    }
    if (i % 421 === 17) r.ghg = { total: "80.5", method: "AV" };
    if (i % 431 === 19) r.supplierCertificate = "";
    if (i % 433 === 23) r.unit = "m3";
  });
  ledger.deliveries.forEach((d, i) => {
    if (i % 389 === 3) d.quantity = "900";
    if (i % 443 === 29) d.customerAddress = "";
    if (i % 449 === 31) d.sustainable = "maybe";
    if (i % 457 === 37) d.unit = "kg";
  });
  ledger.production.forEach((p, i) => {
    if (i % 97 === 3) p.outputQuantity = "2.5";
    if (i % 101 === 7) p.unit = "l";
  });
  return ledger;
}

const RUNS: Record<string, EngineOptions> = {
  check: { declare: false, today: "2026-01-15" },
  declare: { today: "2026-01-15" },
  draft: { draft: true, today: "2026-01-15" },
};

function main(): void {
  const folder = process.argv[2];
  if (!folder) throw new Error("usage: engine-snapshot.ts <folder>");
  mkdirSync(folder, { recursive: true });
  const ledgers: Record<string, () => Ledger> = {
    clean: () => budgetLedger(12_000, 12_000, 1_200),
    faulty: () => faulty(12_000, 12_000, 1_200),
  };
  for (const [name, make] of Object.entries(ledgers)) {
    for (const [mode, options] of Object.entries(RUNS)) {
      const result = runEngine(make(), options);
      const records = result.declarations.map((d) => recordText(d));
      const file = path.join(folder, `${name}-${mode}.json`);
      write(file, result, records);
      if (mode !== "declare") continue;
      // the next run reads this register back, over books changed since (compare, correct, top up)
      const next = make();
      next.issued = result.declarations
        .map((d, i) => ({ d, record: records[i] ?? "" }))
        .filter(({ d }) => d.number !== "")
        .map(({ d, record }, i) => ({
          source: { sheet: "MB Declarations", row: i + 2, cells: { number: `A${i + 2}` } },
          number: d.number,
          status: "Issued",
          record,
          fingerprint: d.fingerprint,
        }));
      next.deliveries.forEach((d, i) => {
        if (i % 53 === 1) d.quantity = "40";
        if (i % 59 === 2) d.quantity = "1";
        if (i % 61 === 3) d.customer = "Someone else";
      });
      next.receipts.forEach((r, i) => {
        if (i % 67 === 4) r.ghg = { total: "11.5", method: "AV" };
      });
      const again = runEngine(next, options);
      write(path.join(folder, `${name}-${mode}-again.json`), again, again.declarations.map((d) => recordText(d)));
    }
  }
}

function write(file: string, result: ReturnType<typeof runEngine>, records: string[]): void {
  writeFileSync(file, JSON.stringify({ ...result, records }, null, 1));
  process.stderr.write(`${file}: ${result.findings.length} findings, ${result.declarations.length} declarations\n`);
}

main();
