// brk22 §4, §13 through massbal on real .xlsx files: the SD sheet's and --json's energy content from
// the delivery row's heating value (and its MJ quantity), the receipts' where the delivery states
// none, the warning where the two differ, an "Energy content (MJ)" column said at its heading, and
// no "GHG total" for a declaration over two batches.
import path from "node:path";
import {
  type BookCell as Cell,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
} from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { nordicSale, sdSheet } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string; cell: string; message: string }[];
  declarations: { number: string; quantity: string; ghgTotal: string | null; energyContent: string | null }[];
}

/** Receipts of 100 t and 50 t (GHG 20 and 30), each with `hv` as its heating value (null: no such column). */
function receipts(hv: number | null): Cell[][] {
  const head = hv === null ? ISSUING_RECEIPT_HEADER : [...ISSUING_RECEIPT_HEADER, "Heating value (MJ/kg)"];
  const rows = [issuingReceipt("2025-01-10", "IN-1", 100, 20), issuingReceipt("2025-01-20", "IN-2", 50, 30)];
  return [head, ...rows.map((r) => (hv === null ? r : [...r, hv]))];
}

async function declare(
  deliveries: Cell[][],
  hv: number | null,
): Promise<{ report: Report; sd: Map<string, Cell> }> {
  const book = { Settings: ISSUING_SETTINGS, Receipts: receipts(hv), Deliveries: deliveries };
  await writeBookFile(plainBook(book), path.join(folder.path, "books.xlsx"));
  const run = massbal(["declare", "books.xlsx", "--json", "--out", "out.xlsx", "--force"], folder.path);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as Report;
  const sd = await sdSheet(folder.path, "out.xlsx", report.declarations[0]?.number ?? "");
  return { report, sd };
}

const sale = nordicSale;

describe("the SD's energy content", () => {
  it("from the delivery's heating value: 60 t × 37 MJ/kg = 2,220,000 MJ (was 'Not known')", async () => {
    const { report, sd } = await declare(sale(["Quantity (t)", "Heating value (MJ/kg)"], 60, 37), null);
    expect(report.declarations[0]).toMatchObject({ quantity: "60", energyContent: "2220000" });
    expect(sd.get("Energy content (MJ)")).toBe(2220000);
  });

  it("from the delivery's MJ quantity and heating value: 2,220,000 MJ as typed, 60 t", async () => {
    const { report, sd } = await declare(sale(["Quantity (MJ)", "Heating value (MJ/kg)"], 2220000, 37), null);
    expect(report.declarations[0]).toMatchObject({ quantity: "60", energyContent: "2220000" });
    expect(sd.get("Quantity (t)")).toBe(60);
  });

  it("the delivery's and the receipts' differ: the delivery's, with a warning at its cell", async () => {
    const { report } = await declare(sale(["Quantity (t)", "Heating value (MJ/kg)"], 120, 37), 37.2);
    expect(report.declarations[0]).toMatchObject({ quantity: "120", energyContent: "4440000" });
    expect(report.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["energy-content-differs", "warning", "Deliveries", "F2"],
    ]);
  });

  it("no heating value on the delivery: the receipts', each for what it covers (must not change)", async () => {
    const { report, sd } = await declare(sale(["Quantity (t)"], 120), 37.2);
    expect(report.declarations[0]).toMatchObject({ energyContent: "4464000" });
    expect(sd.get("Energy content (MJ)")).toBe(4464000);
    expect(report.findings).toEqual([]);
  });

  // Expectation changed: the column was said at its heading (energy-content-column) and the SD said
  // "Not stated"; it is now read, the row's energy exactly (energy-content.ts)
  it("an 'Energy content (MJ)' column without a heating value is the row's energy: the SD states it", async () => {
    const { report, sd } = await declare(sale(["Quantity (t)", "Energy content (MJ)"], 60, 2220000), null);
    expect(report.findings).toEqual([]);
    expect(sd.get("Energy content (MJ)")).toBe(2220000);
  });

  it("an energy content that is not quantity × heating value: an error at its cell, the SD held", async () => {
    const head = ["Quantity (t)", "Heating value (MJ/kg)", "Energy content (GJ)"];
    const book = {
      Settings: ISSUING_SETTINGS,
      Receipts: receipts(null),
      Deliveries: sale(head, 60, 37, 2400),
    };
    await writeBookFile(plainBook(book), path.join(folder.path, "books.xlsx"));
    const run = massbal(["declare", "books.xlsx", "--json", "--out", "out.xlsx", "--force"], folder.path);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["energy-content-disagrees", "error", "Deliveries", "G2"],
    ]);
    expect(report.findings[0]?.message).toContain("2400 GJ");
    expect(report.declarations.map((x) => x.number)).toEqual([""]);
  });
});

// brk24 §3: the Polish heading was unread, a value per litre on tonnes dropped, both without a word
describe("the SD's energy content: Polish headings, values per volume", () => {
  it("'Wartość opałowa (MJ/kg)' is the heating value: 60 t × 37 MJ/kg", async () => {
    const { report } = await declare(sale(["Quantity (t)", "Wartość opałowa (MJ/kg)"], 60, 37), null);
    expect(report.declarations[0]).toMatchObject({ quantity: "60", energyContent: "2220000" });
  });

  it("'Heating value (MJ/l)' on tonnes, no density: not stated, and a warning at the cell says why", async () => {
    const { report, sd } = await declare(sale(["Quantity (t)", "Heating value (MJ/l)"], 60, 33), null);
    expect(report.findings.map((f) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ["heating-value-unused", "warning", "Deliveries", "F2"],
    ]);
    expect(sd.get("Energy content (MJ)")).toBe("Not stated (no heating value in the books applies to it)");
  });
});

describe("the GHG total of a declaration over two batches (brk22 §13)", () => {
  it("is null in --json for two batches (the per-batch values stand)", async () => {
    const two = await declare(sale(["Quantity (t)"], 120), null);
    expect(two.report.declarations[0]?.ghgTotal).toBeNull();
  });

  it("one batch keeps its total (must not change)", async () => {
    const one = await declare(sale(["Quantity (t)"], 60), null);
    expect(one.report.declarations[0]?.ghgTotal).toBe("20");
  });
});
