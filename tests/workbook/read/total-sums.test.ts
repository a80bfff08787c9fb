// A total's line whose quantity is not the sum of the rows above (brk12 #10: "Summe" 170 under
// rows of 150 was skipped without a word): the line is still skipped and the rows booked as they
// stand, but it is said, a warning at its label (totals-row, reason sum-differs), since a row may be
// missing, hidden by a filter, entered twice or mistyped. A total that is the sum (of every row, of
// those since the last total, with or without the cancelled ones) stays an info.
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

// total labels of the six languages, and as Excel's Data › Subtotal writes them
const LABELS = [
  "Summe",
  "Summe Januar",
  "Zwischensumme",
  "Gesamt (t)",
  "Total",
  "Total Q1 2025",
  "Subtotal",
  "Total général",
  "Sous-total",
  "Suma",
  "Totale",
  "Totaal",
  "UCO Ergebnis",
  "Σ",
];

const HEAD = ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "Bemerkung"];
const row = (day: number, sd: string, qty: number): CellValue[] => [
  serial(`2025-01-${String(day).padStart(2, "0")}`),
  "Fett AG",
  sd,
  "UCO",
  qty,
  null,
];

/** Receipts of `qtys`, then a line labelled `label` (in the supplier's column) with `total`. */
function read(label: string, qtys: number[], total: number) {
  const rows: CellValue[][] = [HEAD, ...qtys.map((q, i) => row(i + 2, `SD-${i + 1}`, q))];
  rows.push([null, label, null, null, total, null]);
  const { ledger, findings } = readWorkbook({ name: "b.xlsx", sheets: [sheet("Wareneingang", rows)] });
  const said = findings.filter((f) => f.code === "totals-row");
  return { booked: ledger.receipts.map((r) => r.quantity), said };
}

describe("a total's line that is not the sum of the rows above", () => {
  it.each(LABELS)(
    "%j 170 under rows of 100 and 50: skipped, the rows booked, a warning naming both",
    (label) => {
      const { booked, said } = read(label, [100, 50], 170);
      expect(booked).toEqual(["100", "50"]);
      expect(said.map((f) => [f.severity, f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["warning", "B4", "sum-differs"],
      ]);
      expect(said[0]?.message).toContain("170 is not the sum of the rows above (150");
    },
  );

  it.each(LABELS)("%j 150 under rows of 100 and 50: the sum, an info as before", (label) => {
    const { booked, said } = read(label, [100, 50], 150);
    expect(booked).toEqual(["100", "50"]);
    expect(said.map((f) => [f.severity, (f.details as { reason?: string }).reason])).toEqual([
      ["info", undefined],
    ]);
  });

  it("property: a total is said as a warning exactly when it is not the sum of the rows above", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LABELS),
        fc.array(fc.integer({ min: 1, max: 999 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: -50, max: 50 }),
        (label, qtys, off) => {
          const sum = qtys.reduce((a, b) => a + b, 0);
          const total = sum + off;
          fc.pre(total > 0 && !qtys.includes(total));
          const { booked, said } = read(label, qtys, total);
          expect(booked).toEqual(qtys.map(String));
          expect(said.map((f) => f.severity)).toEqual([off === 0 ? "info" : "warning"]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each(["Übertrag", "Saldo", "Bestand"])(
    "%j is a carry-over or balance, judged as before (not sum-differs)",
    (label) => {
      const { said } = read(label, [100, 50], 170);
      expect(said.map((f) => (f.details as { reason?: string }).reason)).not.toContain("sum-differs");
    },
  );
});
