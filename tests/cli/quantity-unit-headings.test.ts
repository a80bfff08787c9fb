// (p-heads, new user's test #5) A quantity heading whose unit the add-in recognises but refuses
// ("Quantity (lbs)", "Menge (lbs.)", "Quantity (short tons)", "Qty (bbl)") or whose unit carries
// a multiplier ("Qty (kMT)") through massbal on a real .xlsx: refused at the heading naming that
// unit and why (invalid-unit), never "the quantity has no unit". Pounds are refused, not
// converted: the add-in reads metric quantity units only (the imperial refusal, unit-refusals.ts).
import path from "node:path";
import ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; cell: string; sheet: string; message: string }[];
}

// heading, and what the refusal at it says
const CASES: [string, string][] = [
  ["Quantity (lbs)", '"lbs" in Quantity is not a metric unit'],
  ["Menge (lbs.)", '"lbs." in Quantity is not a metric unit'],
  ["Menge (Pfund)", '"Pfund" in Quantity is not a metric unit'],
  ["Quantity (short tons)", '"short tons" in Quantity are short (US) tons'],
  ["Qty (bbl)", '"bbl" in Quantity is not a metric unit'],
  ["Qty (kMT)", '"Qty (kMT)" in Quantity has a multiplier or divisor'],
  ["Menge (kton)", '"Menge (kton)" in Quantity has a multiplier or divisor'],
];

it("refuses a quantity heading's refused unit at the heading, naming it", async () => {
  const wb = new ExcelJS.Workbook();
  CASES.forEach(([heading], i) =>
    wb.addWorksheet(`Receipts ${i + 1}`).addRows([
      ["Date", "Supplier", "SD number", "Product", heading, "GHG total"],
      [new Date(Date.UTC(2025, 0, 5)), "Saipol", `IN-${i + 1}`, `Oil ${i + 1}`, 2, 20],
    ]),
  );
  await wb.xlsx.writeFile(path.join(folder.path, "units.xlsx"));
  const run = massbal(["check", "units.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  const report = JSON.parse(run.stdout) as Report;
  const at = report.findings.filter((f) => f.sheet.startsWith("Receipts") && f.cell === "E1");
  expect(at.map((f) => `${f.sheet} ${f.code}`)).toEqual(
    CASES.map((_, i) => `Receipts ${i + 1} invalid-unit`),
  );
  CASES.forEach(([, says], i) => expect(at[i]?.message).toContain(says));
  expect(report.findings.filter((f) => /no unit/.test(f.message))).toEqual([]);
});
