// (p-notcert, brk10 s17/s20) A share column headed "%" whose plain numbers may be fractions is
// refused at those cells (workbook/share-scale.ts): property tests over the column's values.
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

  it("a column counting in percent (a plain number above 1) reads its 1 as 1 %, and 100 as the whole", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 100 }), (pct) => {
        const r = deliveries([pct, 1, 100]);
        expect(refused(r)).toEqual([]);
        expect(r.ledger.deliveries.map((d) => [d.sustainablePart, d.sustainablePartUnit])).toEqual([
          [String(pct), "%"],
          ["1", "%"],
          ["100", "%"],
        ]);
      }),
      { numRuns: 20 },
    );
  });
});
