// The committed sample is what src/books/sample.ts describes (scripts/make-sample.ts writes it), and its audited copy is a package
// Excel opens without repair, showing the deliberate problems the sample is there to teach.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { sampleBooks } from "../../src/books/sample";
import { bookToXlsx } from "../../src/workbook/xlsx/write-book";
import { packageProblems } from "./xlsx-parts";
import { buildCli, massbal, ROOT, sha256, tempDir } from "./run-massbal";

jest.setTimeout(60_000);
const SAMPLE = path.join(ROOT, "samples", "sample-books.xlsx");

function values(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => [ws.name, ws.getSheetValues().map((row) => JSON.stringify(row))]);
}

describe("the sample books", () => {
  beforeAll(() => buildCli());

  it("are what the script builds", async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(SAMPLE);
    const built = new ExcelJS.Workbook();
    await built.xlsx.load((await bookToXlsx(sampleBooks())) as unknown as ArrayBuffer);
    expect(values(committed)).toEqual(values(built));
  });

  it("audited by massbal declare, open cleanly and show the deliberate problems", async () => {
    const dir = tempDir();
    const out = path.join(dir, "sample.audited.xlsx");
    const before = sha256(SAMPLE);
    const run = massbal(["declare", SAMPLE, "--out", out, "--draft", "--json"], dir);
    expect(run.code).toBe(1);
    expect(sha256(SAMPLE)).toBe(before);

    const report = JSON.parse(run.stdout) as {
      findings: { code: string; sheet: string; cell: string }[];
      sheets: { name: string; kind: string }[];
    };
    expect(report.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Settings", "settings"],
      ["Receipts", "receipts"],
      ["Production", "production"],
      ["Conversion factors", "factors"],
      ["Deliveries", "deliveries"],
      ["Stock counts", "stock"],
      ["Certificates", "certificates"],
    ]);
    const codes = new Set(report.findings.map((f) => f.code));
    for (const code of ["overdraft", "certificate-invalid", "ghg-total-mismatch", "invalid-date"])
      expect(codes).toContain(code);

    const buf = readFileSync(out);
    expect(await packageProblems(buf)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const supplier = wb.getWorksheet("Receipts")!.getCell("B6");
    expect([supplier.type, supplier.value]).toEqual([ExcelJS.ValueType.String, "+Agro Trade SRL"]);
    expect(wb.worksheets.some((w) => w.name.startsWith("SD "))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
