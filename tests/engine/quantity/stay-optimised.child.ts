// Run by stay-optimised.test.ts in a process of its own, with --allow-natives-syntax: each scanner
// of a row's numbers and SD number warmed up on texts it reads to their end, optimised, then called
// on them again. Prints, per scanner, whether its optimised code is still in place ("kept") or was
// left ("left": a read past the end took it out, bench/RESULTS.md round 19).
import { decimalSign } from "../../../src/engine/decimal-text";
import { parseDecimal } from "../../../src/engine/quantity";
import { keyedAsTyped } from "../../../src/engine/sd-alike-typed";
import { lettersMayBeDigits } from "../../../src/engine/sd-alike";

const natives = (code: string) => new Function("f", code) as (f: unknown) => number;
const prepare = natives("%PrepareFunctionForOptimization(f)");
const optimise = natives("%OptimizeFunctionOnNextCall(f)");
const status = natives("return %GetOptimizationStatus(f)");
/** V8's OptimizationStatus bit for a function running optimised code. */
const OPTIMIZED = 1 << 4;

// texts read to their last character: quantities, GHG values and SD numbers as rows give them
const QUANTITIES = ["25.5", "17", "-3", "1.", "0.125", "+4", "2e3", "12,5", ""];
const SD_NUMBERS = [
  "IN-10",
  "IN-4711",
  "SD-2025-0001",
  "LOI-7",
  "Lieferschein 4711",
  "l1",
  "O",
  "2025-OOO1",
  "OOOI",
  "IO",
];
const SCANNERS: [string, (text: string) => unknown, string[]][] = [
  ["parseDecimal", parseDecimal, QUANTITIES],
  ["decimalSign", decimalSign, QUANTITIES],
  ["keyedAsTyped", keyedAsTyped, SD_NUMBERS],
  ["lettersMayBeDigits", lettersMayBeDigits, SD_NUMBERS],
];

const verdicts: Record<string, string> = {};
for (const [name, scan, texts] of SCANNERS) {
  prepare(scan);
  for (let i = 0; i < 20; i++) for (const t of texts) scan(t);
  optimise(scan);
  for (const t of texts) scan(t);
  verdicts[name] = status(scan) & OPTIMIZED ? "kept" : "left";
}
process.stdout.write(JSON.stringify(verdicts));
