// (p-notcert, brk10 s17/s20) A share column headed "%" whose plain numbers may be fractions is
// refused at those cells (workbook/cell-numbers.ts readShare): property tests over the column's
// values. (p-noise) Whatever the column's other cells hold.
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const D = serial("2026-01-05");

/** Deliveries of 10 t each with `shares` under "Part durable (%)" in F. */
function deliveries(shares: CellValue[]) {
  const rows: CellValue[][] = [
    ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Part durable (%)"],
  ];
  shares.forEach((v, i) => rows.push([D + i, `C${i + 1} AG`, "Hafenstr. 1, Hamburg", "UCO", 10, v]));
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
}

const refused = (r: ReturnType<typeof deliveries>) =>
  r.findings
    .filter((f) => (f.details as { reason?: string } | undefined)?.reason === "share-fraction")
    .map((f) => f.cell);

/** A share from 0.01 to 1 in steps of 0.01, as a plain number. */
const fraction = fc.integer({ min: 1, max: 100 }).map((n) => n / 100);

describe("property: plain fractions under a % heading are never read as percent", () => {
  it("a column of plain numbers from 0 to 1: every one above 0 is refused, 0 is read", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fraction, fc.constant(0)), { minLength: 1, maxLength: 6 }), (shares) => {
        const r = deliveries(shares);
        const expected = shares.flatMap((s, i) => (s > 0 ? [`F${i + 2}`] : []));
        expect(refused(r)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it("beside a cell written as a percentage of 1 % or more, every plain number from 0 to 1 is refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fraction, (pct, share) => {
        expect(refused(deliveries([`${pct} %`, share]))).toEqual(["F3"]);
      }),
      { numRuns: 40 },
    );
  });

  // p-noise (brk13): 50, 1, 100 read the 1 as 1 % (0.8 t of 80 t declared) where 1 may mean all of it
  it("beside plain numbers above 1, a plain number from 0 to 1 is still refused; the others are read", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), fraction, (pct, share) => {
        const r = deliveries([pct, share, 100, 0]);
        expect(refused(r)).toEqual(["F3"]);
        const read = r.ledger.deliveries.filter((d) => d.sustainablePart !== undefined);
        expect(read.map((d) => [d.sustainablePart, d.sustainablePartUnit])).toEqual([
          [String(pct), "%"],
          ["100", "%"],
          ["0", "%"],
        ]);
      }),
      { numRuns: 20 },
    );
  });
});

// (p-values) Only the table's bookings say how a share column counts: a totals row's 2.3 (the sum
// of 0.8, 1 and 0.5) or 100 cleared the doubt, and 0.8 was read as 0.8 % silently.
/** A totals row under the deliveries, as keepers write it: its label, its place, its numbers. */
const TOTAL_WORDS = [
  "Summe",
  "Total",
  "Gesamt",
  "Totaal",
  "Totale",
  "Total général",
  "Gesamtsumme",
  "Summe Q1",
];

type TotalsRow = (sum: number, share: CellValue) => CellValue[];

const totalsRows = (word: string): TotalsRow[] => [
  // label in the date column, the rest blank
  (sum, share) => [word, null, null, null, sum, share],
  // label in the customer column
  (sum, share) => [null, word, null, null, sum, share],
  // a dated subtotal
  (sum, share) => [D + 27, `${word} Januar`, null, null, sum, share],
  // no label: the quantity is the sum of the rows above
  (sum, share) => [null, null, null, null, sum, share],
];

/**
 * Deliveries of 10 t each with `shares` under "Part durable (%)" in F, then the totals row (its
 * quantity a SUM formula over the rows above where `formula`), then `below`.
 */
function withTotals(shares: CellValue[], total: CellValue[], below: CellValue[][] = [], formula = false) {
  const rows: CellValue[][] = [
    ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Part durable (%)"],
  ];
  shares.forEach((v, i) => rows.push([D + i, `C${i + 1} AG`, "Hafenstr. 1, Hamburg", "UCO", 10, v]));
  rows.push(total, ...below);
  const sales = sheet("Sales", rows);
  // the totals row's quantity adds up the rows above (E2:E<n>), as Excel's SUM
  const sum = [null, null, null, null, `SUM(E2:E${shares.length + 1})`, null];
  if (formula) sales.formulas = rows.map((_, r) => (r === shares.length + 1 ? sum : []));
  return readWorkbook({ name: "books.xlsx", sheets: [sales] });
}

/** The deliveries read with a share in %: [row, share]. */
const asPercent = (r: ReturnType<typeof withTotals>) =>
  r.ledger.deliveries
    .filter((d) => d.sustainablePartUnit === "%")
    .map((d) => [d.source.row, d.sustainablePart]);

describe("property: a totals row under a % share column never clears the doubt of its fractions", () => {
  const totalShare = fc.oneof(
    fc.constant<"sum">("sum"),
    fc.constant(100),
    fc.integer({ min: 2, max: 1000 }),
    fc.constant("100 %"),
  );
  it("fractions from 0.01 to 1 and any totals row: every fraction refused, none read as percent", () => {
    fc.assert(
      fc.property(
        fc.array(fraction, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...TOTAL_WORDS),
        fc.integer({ min: 0, max: 3 }),
        totalShare,
        (shares, word, shape, share) => {
          const sum = shares.reduce((a, b) => a + b, 0);
          const total = (totalsRows(word)[shape] as TotalsRow)(
            10 * shares.length,
            share === "sum" ? Math.round(sum * 100) / 100 : share,
          );
          const r = withTotals(shares, total);
          expect(refused(r)).toEqual(shares.map((_, i) => `F${i + 2}`));
          expect(asPercent(r)).toEqual([]);
        },
      ),
      { numRuns: 120 },
    );
  });

  it("a SUM formula's total on a row shaped like a booking, and percents below the table's end, clear nothing", () => {
    const total = [D + 30, "C9 AG", "Hafenstr. 1, Hamburg", "UCO", 30, 2.3];
    const r = withTotals([0.8, 1, 0.5], total, [[], [D + 40, "X AG", "Y", "UCO", 10, 80]], true);
    expect(refused(r)).toEqual(["F2", "F3", "F4"]);
    expect(asPercent(r)).toEqual([]);
  });

  it("fractions beside a share written as a percentage stay refused, whatever totals row stands below", () => {
    fc.assert(
      fc.property(
        fc.array(fraction, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...TOTAL_WORDS),
        (shares, word) => {
          const r = withTotals(["80 %", ...shares], [word, null, null, null, 10 * (shares.length + 1), 100]);
          expect(refused(r)).toEqual(shares.map((_, i) => `F${i + 3}`));
          expect(asPercent(r)).toEqual([[2, "80"]]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a column counting in percent refuses its 1 (1 % or all?) with a totals row below", () => {
    const r = withTotals([80, 1, 100], ["Summe", null, null, null, 30, 181]);
    expect(refused(r)).toEqual(["F3"]);
    expect(asPercent(r)).toEqual([
      [2, "80"],
      [4, "100"],
    ]);
  });
});
