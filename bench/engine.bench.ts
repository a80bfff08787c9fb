// The engine budget of design.md: 100,000 receipts + 100,000 deliveries + 10,000 production rows
// over 200 accounts, checked and balanced in under 1 s and 300 MB. The baseline is the arithmetic
// nobody can avoid: summing the same quantities with plain decimal.js, measured in the same process
// as the run it is set against (bench/engine-run.ts). Declare is measured and reported beside it.
import { spawnSync } from "node:child_process";
import path from "node:path";
import {
  CellShapes,
  type DeliveryInput,
  type Ledger,
  type ProductionInput,
  type ReceiptInput,
} from "../src/engine";
import type { BenchReport } from "./run";

const SITES = ["Hamburg", "Rotterdam"];
const PRODUCTS = Array.from({ length: 10 }, (_, i) => `Product ${i}`);
const SETS = Array.from({ length: 10 }, (_, i) => ({
  rawMaterial: `Material ${i}`,
  countryOfOrigin: ["DE", "FR", "NL", "PL", "ES"][i % 5] ?? "DE",
}));

// A row's text built from parts, as one string of its own characters, the way the engine gets
// texts from a workbook: exceljs hands each cell's text as a slice of the sheet's shared strings
// and Office.js parses them from JSON, neither a concatenation. A template literal of 13
// characters or more is a concatenation in V8 (a cons string), which the engine's first read of it
// copies into one string: ~90 ms of the budget ledger's intake for its certificate and address
// texts, a cost no workbook brings (bench/RESULTS.md, round 14). Array.join builds one string.
const text = (...parts: (string | number)[]): string => parts.join("");

function date(i: number, n: number): string {
  const day = Math.floor((i / n) * 360);
  const d = new Date(Date.UTC(2025, 0, 1 + day));
  return d.toISOString().slice(0, 10);
}

// a row's cells as the workbook reader hands them to the engine: in a shape shared by the rows
// of the ledger with the same fields in the same columns (workbook/records.ts)
function source(shapes: CellShapes, sheet: string, row: number) {
  return shapes.compact({
    sheet,
    row,
    cells: { date: text("A", row), product: text("B", row), quantity: text("C", row) },
  });
}

export function budgetLedger(receipts = 100_000, deliveries = 100_000, production = 10_000): Ledger {
  const shapes = new CellShapes();
  const r: ReceiptInput[] = [];
  for (let i = 0; i < receipts; i++) {
    const set = SETS[i % SETS.length] ?? SETS[0];
    r.push({
      source: source(shapes, "Receipts", i + 2),
      date: date(i, receipts),
      product: PRODUCTS[Math.floor(i / 10) % PRODUCTS.length] ?? "Product 0",
      site: SITES[Math.floor(i / 100) % SITES.length],
      quantity: text(20 + (i % 17), ".", i % 1000),
      unit: "t",
      supplier: text("Supplier ", i % 50),
      supplierCertificate: text("EU-ISCC-Cert-", i % 50),
      sdNumber: text("IN-", i),
      scheme: "ISCC EU",
      ...set,
      ghg: { total: text(10 + (i % 7), ".5"), method: "AV" },
      wasteResidue: "no",
      installationStartDate: "2012-05-01",
    });
  }
  const d: DeliveryInput[] = [];
  for (let i = 0; i < deliveries; i++) {
    d.push({
      source: source(shapes, "Deliveries", i + 2),
      date: date(i, deliveries),
      product: PRODUCTS[Math.floor(i / 10) % PRODUCTS.length] ?? "Product 0",
      site: SITES[Math.floor(i / 100) % SITES.length],
      quantity: text(15 + (i % 11), ".", i % 100),
      unit: "t",
      customer: text("Customer ", i % 80),
      customerAddress: text("Street ", i % 80, ", Hamburg"),
      sustainable: "yes",
    });
  }
  const p: ProductionInput[] = [];
  for (let i = 0; i < production; i++) {
    p.push({
      source: source(shapes, "Production", i + 2),
      date: date(i, production),
      inputProduct: PRODUCTS[i % 5] ?? "Product 0",
      outputProduct: PRODUCTS[5 + (i % 5)] ?? "Product 5",
      site: SITES[i % SITES.length],
      inputQuantity: "2",
      outputQuantity: "1.8",
      unit: "t",
      ghg: { total: "20.5" },
    });
  }
  return {
    receipts: r,
    deliveries: d,
    production: p,
    factors: [],
    stockCounts: [],
    certificates: [],
    sites: [],
    transfers: [],
    // a complete PoS for every declaration: the budget is for books that can be declared
    settings: {
      companyName: "Bench GmbH",
      companyAddress: "Kai 1, 20457 Hamburg",
      ownCertificate: "EU-ISCC-Cert-DE100-1",
    },
    issued: [],
  };
}

/**
 * Two runs on the budget ledger, each in a process of its own (bench/engine-run.ts) so that its peak
 * resident memory is its own, each against the baseline measured in that process: Check (what
 * design.md's budget is for: "checked and balanced"; no new declarations are built) and Declare
 * (every delivery's declarations built, numbered and fingerprinted; design.md sets no budget for it,
 * its figures are reported beside).
 */
export async function benchEngine(): Promise<BenchReport[]> {
  const harness: Harness = process.argv.includes("--ts") ? "ts" : "compiled";
  return [run("check", harness), run("declare", harness)];
}

/**
 * How the measured process loads the engine. "compiled" (the default): plain Node runs the
 * JavaScript of lib/ (scripts/build-bench.js, which `npm run bench` runs first), as `massbal` does.
 * "ts" (`npm run bench -- engine --ts`): the TypeScript sources through the in-process transpiler
 * of scripts/run-ts.js, as every round before 2026-12-01 (evening) measured; that process also
 * holds @swc/core and the transpiled modules (~36 MB) and compiles the engine's modules on the fly.
 */
type Harness = "compiled" | "ts";

function run(mode: "check" | "declare", harness: Harness): BenchReport {
  const root = path.join(__dirname, "..");
  const script =
    harness === "ts"
      ? [path.join(root, "scripts", "run-ts.js"), path.join(root, "bench", "engine-run.ts")]
      : [path.join(root, "lib", "bench", "engine-run.js")];
  const child = spawnSync(process.execPath, ["--expose-gc", ...script, mode], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`${script[script.length - 1]} ${mode} failed: ${child.stderr}`);
  const m = JSON.parse(child.stdout) as EngineRun;
  return {
    name:
      mode === "declare" ? "engine: declare (every delivery's declarations)" : "engine: check and balance",
    workload: `${m.receipts.toLocaleString("en")} receipts + ${m.deliveries.toLocaleString("en")} deliveries + ${m.production.toLocaleString("en")} production rows, ${m.accounts} accounts`,
    ms: m.ms,
    peakMB: m.peakMB,
    baseline: { name: "summing the same quantities with decimal.js", ms: m.baselineMs },
    budget:
      mode === "declare"
        ? "none in design.md (its budget is for checking); reported beside Check"
        : "under 1,000 ms and 300 MB on 2 cores (design.md)",
    notes: [
      harness === "ts"
        ? "harness: TypeScript sources through scripts/run-ts.js (in-process transpiler)"
        : "harness: the compiled engine of lib/, as massbal runs it (--ts: the TypeScript sources)",
      `${m.declarations.toLocaleString("en")} declarations, ${m.findings} findings, ${m.ledgerLines.toLocaleString("en")} ledger lines`,
      `resident memory with the input built, before the run: ${m.inputMB.toFixed(0)} MB; the run took it to ${m.peakMB.toFixed(0)} MB (+${(m.peakMB - m.inputMB).toFixed(0)} MB)`,
    ],
  };
}

/** What bench/engine-run.ts prints (JSON on stdout). */
export interface EngineRun {
  receipts: number;
  deliveries: number;
  production: number;
  accounts: number;
  declarations: number;
  findings: number;
  ledgerLines: number;
  baselineMs: number;
  ms: number;
  inputMB: number;
  peakMB: number;
}
