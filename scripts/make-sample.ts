// Writes samples/sample-books.xlsx: the sample books of src/books/sample.ts (one quarter of a
// rapeseed crusher's books with a few deliberate problems for a new user to find).
// Usage: node scripts/run-ts.js scripts/make-sample.ts [--if-missing] [--declare] [output.xlsx]
// --declare then runs `massbal declare --draft` on it (what `npm run sample` does).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { sampleBooks } from "../src/books/sample";
import { writeBookFile } from "../src/workbook/xlsx/write-book";

export const SAMPLE_PATH = path.resolve(__dirname, "..", "samples", "sample-books.xlsx");

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const target = path.resolve(args.find((a) => !a.startsWith("--")) ?? SAMPLE_PATH);
  if (!args.includes("--if-missing") || !existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    await writeBookFile(sampleBooks(), target);
    process.stderr.write(`Sample books written to ${path.relative(process.cwd(), target)}\n`);
  }
  if (args.includes("--declare")) declareSample(target);
}

/** The sample has deliberate errors, so massbal's exit code 1 is the expected outcome here. */
function declareSample(target: string): void {
  const bin = path.resolve(__dirname, "..", "bin", "massbal.js");
  const run = spawnSync(process.execPath, [bin, "declare", target, "--force", "--draft"], {
    stdio: "inherit",
  });
  const code = run.status ?? 2;
  if (code === 1) {
    const out = path.relative(process.cwd(), target.replace(/\.xlsx$/i, ".audited.xlsx"));
    process.stdout.write(
      `\nThe sample's errors are deliberate: open ${out} and read the sheet MB Findings, then the marked cells.\n`,
    );
  }
  process.exitCode = code === 1 ? 0 : code;
}

if (process.argv[1] === __filename) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-sample: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
