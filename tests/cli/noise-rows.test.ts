// (p-noise, break test brk13) Through the real massbal declare on a real .xlsx: a blank among ja
// and nein in the deliveries' yes/no column is a warning at its cell, read as nein (before: one
// note at the heading); a month's subtotal labelled "Januar" in the date column is skipped as a
// total (before: refused as a date, its row left out); a carry-over "Übertrag" restating the
// running Saldo of the row above is skipped (before: refused as a stated balance, the balance
// incomplete and nothing declared from it).
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** The issuing receipts' header with a running "Saldo (t)" column the add-in does not read. */
const RECEIPTS = [...ISSUING_RECEIPT_HEADER, "Saldo (t)"];
/** A line blank but for `label` in the date column and `qty` (and the running Saldo `saldo`). */
const line = (label: string, qty: number | null, saldo: number | null): Cell[] => {
  const cells: Cell[] = RECEIPTS.map(() => null);
  cells[0] = label;
  cells[5] = qty;
  cells[RECEIPTS.length - 1] = saldo;
  return cells;
};
const withSaldo = (row: Cell[], saldo: number): Cell[] => [...row, saldo];

describe("massbal declare: lines that are correct are no longer refused, a blank flag is said at its cell", () => {
  it('"Nachhaltig" ja, blank, nein: the blank read as nein, a warning at F3, only the ja delivery declared', async () => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        deliveryHeader().map((c) => (c === "Sustainable" ? "Nachhaltig" : c)),
        sale("2025-02-10", 10, null).map((c) => (c === "yes" ? "ja" : c)),
        sale("2025-02-11", 20, null).map((c) => (c === "yes" ? null : c)),
        sale("2025-02-12", 30, null).map((c) => (c === "yes" ? "nein" : c)),
      ],
    });
    const warned = report.findings.filter((f) => f.code === "missing-value" && f.sheet === "Deliveries");
    expect(warned.map((f) => [f.severity, f.cell])).toEqual([["warning", "F3"]]);
    expect(warned[0]?.message).toContain("write ja or nein in the cell");
    expect(report.declarations.map((d) => d.quantity)).toEqual(["10"]);
  });

  it('"Januar" 150 under 100 and 50, and "Übertrag" restating Saldo 180: both skipped, 210 t received', async () => {
    const report = await declareBook(folder.path, {
      Receipts: [
        RECEIPTS,
        withSaldo(receipt("2025-01-05", "IN-1", 100, 30), 100),
        withSaldo(receipt("2025-01-20", "IN-2", 50, 30), 150),
        line("Januar", 150, null),
        withSaldo(receipt("2025-02-05", "IN-3", 30, 30), 180),
        line("Übertrag", null, 180),
        withSaldo(receipt("2025-04-05", "IN-4", 30, 30), 210),
      ],
      Deliveries: [deliveryHeader(), sale("2025-02-10", 10, null)],
    });
    const rows = report.findings.filter(
      (f) => f.sheet === "Receipts" && (f.code === "totals-row" || f.code === "invalid-date"),
    );
    expect(rows.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ["info", "totals-row", "A4"],
      ["info", "totals-row", "A6"],
    ]);
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    const received = report.balances.reduce((sum, b) => sum + Number(b.received), 0);
    expect(received).toBe(210);
    expect(report.declarations.map((d) => d.quantity)).toEqual(["10"]);
  });
});
