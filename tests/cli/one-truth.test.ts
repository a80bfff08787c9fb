// One truth across the views (issue 14), on the audited sample: the overdraft of the oil sold on
// 2025-01-24 before any oil was made reads the same in MB Findings, MB Summary, MB Ledger and
// `--json` (the pane: tests/taskpane/components/sample-views.test.tsx), and every ledger line is
// dated by the row it links to.
import { rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildCli, massbal, ROOT, tempDir } from "./run-massbal";

jest.setTimeout(120_000);
const SAMPLE = path.join(ROOT, "samples", "sample-books.xlsx");

interface Report {
  findings: { code: string; message: string; sheet: string | null; cell: string | null }[];
  products: { product: string; soldAhead: { date: string; amount: string } | null }[];
  balances: { firstOverdraft: { date: string; amount: string } | null }[];
}

type Row = Record<string, unknown>;

/** The rows of the table whose header row is `headerRow`, as objects keyed by header text. */
function table(ws: ExcelJS.Worksheet, headerRow: number, until?: (row: unknown[]) => boolean): Row[] {
  const header = (ws.getRow(headerRow).values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
  const rows: Row[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as unknown[];
    if (until?.(values)) break;
    rows.push(Object.fromEntries(header.map((h, c) => [h, plain(values[c])]).filter(([h]) => h)));
  }
  return rows;
}

function plain(v: unknown): unknown {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === "object" && "text" in v) return (v as { text: unknown }).text;
  return v ?? null;
}

/** Excel's date serial (exceljs gives Dates for date-formatted cells) as YYYY-MM-DD. */
function iso(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "string") return v;
  return new Date(Date.UTC(1899, 11, 30) + Number(v) * 86_400_000).toISOString().slice(0, 10);
}

describe("the audited sample", () => {
  let dir = "";
  let report: Report;
  let wb: ExcelJS.Workbook;
  let source: ExcelJS.Workbook;

  beforeAll(async () => {
    buildCli();
    dir = tempDir();
    const out = path.join(dir, "audited.xlsx");
    const run = massbal(["declare", SAMPLE, "--out", out, "--draft", "--json"], dir);
    expect(run.code).toBe(1);
    report = JSON.parse(run.stdout) as Report;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    source = new ExcelJS.Workbook();
    await source.xlsx.readFile(SAMPLE);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("says the same first overdraft, date and amount, in MB Findings, MB Summary, MB Ledger and --json", () => {
    const finding = report.findings.find((f) => f.code === "overdraft")!;
    const [, amount, date] =
      /went below zero to (-[\d.]+) t on (\d{4}-\d{2}-\d{2})/.exec(finding.message) ?? [];
    expect([date, amount]).toEqual(["2025-01-24", "-120"]);

    // MB Findings: the same message at the same cell
    const findings = table(wb.getWorksheet("MB Findings")!, 1);
    expect(findings.find((r) => r.Code === "overdraft")).toMatchObject({
      Sheet: finding.sheet,
      Cell: finding.cell,
      Message: finding.message,
    });

    // MB Summary: the product table's credit sold ahead; no account row claims another date
    const summary = wb.getWorksheet("MB Summary")!;
    const titleRow = (title: string) => (summary.getColumn(1).values as unknown[]).indexOf(title);
    const products = table(
      summary,
      titleRow("Physical stock and credit sold ahead, by product and period") + 1,
    );
    const oil = products.find((r) => r.Product === "Rapeseed oil")!;
    expect(iso(oil["Sold ahead of credit, first on"])).toBe(date);
    expect(oil["Sold ahead of credit, balance then (t)"]).toBe(Number(amount));
    const accounts = table(summary, titleRow("Balances by account and period") + 1, (v) => v.length === 0);
    expect(accounts.map((r) => r["First overdraft"] ?? null)).toEqual(accounts.map(() => null));

    // MB Ledger: the line of that date, balance and cell
    const ledger = table(wb.getWorksheet("MB Ledger")!, 1);
    const below = ledger.filter((r) => Number(r["Running balance (t)"]) < 0);
    expect(below.map((r) => [iso(r.Date), r["Running balance (t)"], r.Source])).toEqual([
      [date, Number(amount), `${finding.sheet}!${finding.cell}`],
    ]);

    // --json
    expect(report.products.find((p) => p.product === "Rapeseed oil")?.soldAhead).toEqual({ date, amount });
    expect(report.balances.map((b) => b.firstOverdraft)).toEqual(report.balances.map(() => null));
  });

  it("dates every ledger line by the row it links; the later backing of the oil sold ahead is a line of its own", () => {
    const ledger = table(wb.getWorksheet("MB Ledger")!, 1);
    const movements = ["Receipt", "Delivery", "Production input", "Production output"];
    let checked = 0;
    for (const line of ledger.filter((r) => movements.includes(String(r.Movement)))) {
      const [sheet, cell] = String(line.Source).split("!");
      const ws = source.getWorksheet(sheet!)!;
      const row = Number(/\d+$/.exec(cell!)![0]);
      expect([line.Source, iso(line.Date)]).toEqual([line.Source, iso(ws.getRow(row).getCell(1).value)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);

    const sold = ledger.filter((r) => String(r.Reference).startsWith("BioFuel Raffinerie AG"));
    expect(sold.slice(0, 3).map((r) => [iso(r.Date), r.Movement, r["Change (t)"], r.Source])).toEqual([
      ["2025-01-24", "Delivery", -120, "Deliveries!F4"],
      ["2025-01-31", "Sold ahead: backed by this credit", 120, "Production!C4"],
      ["2025-01-31", "Sold ahead: backed by this credit", -120, "Production!C4"],
    ]);
  });
});
