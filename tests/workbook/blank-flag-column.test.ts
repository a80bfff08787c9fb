// (p-parts2) A receipts sheet's yes/no column blank on every row: one error at its heading, naming
// the column and that no receipt is credited, in place of one error per receipt (before: a
// missing-value flag-blank at each row's cell). Its receipts give no credit either way.
import type { CellValue } from "../../src/workbook/port";
import { numberedReceipt, RECEIPT_HEAD, runReceipts } from "./part-sheets";

const row = (i: number, sd: boolean, ...more: CellValue[]) => numberedReceipt(i, 100, sd, ...more);
const run = runReceipts;

const FLAGS = ["Nachhaltig", "Sustainable", "Durable", "Sostenible", "Duurzaam", "Sostenibile"];

describe("a receipts' yes/no column blank throughout", () => {
  it.each(FLAGS)("%s, 40 receipts: one error at its heading, none credited", (heading) => {
    // a fourth of them without an SD number (no credit to hold)
    const rows = Array.from({ length: 40 }, (_, i) => row(i + 1, i % 4 !== 3, null));
    const r = run([[...RECEIPT_HEAD, heading], ...rows]);
    expect(r.errors).toEqual([["missing-value", "I1"]]);
    expect(r.message).toContain(`the column "${heading}" is empty on every row, and 30 receipts`);
    expect(r.message).toContain("no receipt of this sheet is credited");
    expect(r.received).toBe(0);
  });

  it.each(FLAGS)("%s used on one row: the blank ones each refused at their cell, as before", (heading) => {
    const r = run([[...RECEIPT_HEAD, heading], row(1, true, null), row(2, true, "x"), row(3, true, null)]);
    expect(r.errors).toEqual([
      ["missing-value", "I2"],
      ["missing-value", "I4"],
    ]);
    expect(r.received).toBe(100);
  });

  it("no receipt with an SD number: nothing to say", () => {
    const r = run([[...RECEIPT_HEAD, "Nachhaltig"], row(1, false, null), row(2, false, null)]);
    expect(r.errors).toEqual([]);
  });
});
