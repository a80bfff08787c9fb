// (p-held) Every heading that negates a field's meaning is said at its own heading, never only
// the first of its sheet: a second "Kein Abfall" beside "Nicht nachhaltig" was read as nothing,
// without a word (negated-headings.ts negatedColumns).
import fc from "fast-check";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { cellAddress } from "../../../src/workbook/a1";
import { serial, sheet } from "../fixtures";
import { NEGATED_PAIRS } from "../negated-spellings";

const D = serial("2026-01-05");

const HEADS: Record<string, CellValue[]> = {
  Deliveries: ["Date", "Customer", "Customer address", "Product", "Quantity (t)"],
  Receipts: ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim"],
};
const ROW: Record<string, CellValue[]> = {
  Deliveries: [D, "Fuel AG", "Hafenstr. 1, Hamburg", "UCO", 40],
  Receipts: [D, "Good AG", "S-1", "UCO", 100, "EU RED compliant"],
};

/** A sheet of `kind` with `headings` after its own columns, each answered yes and no. */
function read(kind: string, headings: string[]) {
  const head = HEADS[kind] as CellValue[];
  const row = ROW[kind] as CellValue[];
  const rows = [
    [...head, ...headings],
    [...row, ...headings.map(() => "ja")],
    [...row, ...headings.map(() => "nein")],
  ];
  return { r: readWorkbook({ name: "books.xlsx", sheets: [sheet(kind, rows)] }), first: head.length };
}

const negatedCells = (r: ReturnType<typeof readWorkbook>) =>
  r.findings
    .filter((f) => (f.details as { reason?: string } | undefined)?.reason === "negated-heading")
    .map((f) => f.cell);

describe("every negated heading of a sheet is said at its own heading", () => {
  it.each(NEGATED_PAIRS.flatMap(([a, b]) => ["Deliveries", "Receipts"].map((k) => [k, a, b])))(
    "%s: %s and %s",
    (kind, a, b) => {
      const { r, first } = read(kind, [a, b]);
      expect(negatedCells(r)).toEqual([cellAddress(1, first), cellAddress(1, first + 1)]);
      // each error holds back what the sheet feeds from its own cell
      const sources = (r.ledger.incomplete ?? []).map((i) => i.source.cell);
      expect(new Set(sources)).toEqual(new Set([cellAddress(1, first), cellAddress(1, first + 1)]));
    },
  );

  it("property: any number of negated headings, on either kind, each said once at its cell", () => {
    const all = NEGATED_PAIRS.flat();
    fc.assert(
      fc.property(
        fc.constantFrom("Deliveries", "Receipts"),
        fc.uniqueArray(fc.constantFrom(...all), { minLength: 1, maxLength: 5 }),
        (kind, headings) => {
          const { r, first } = read(kind, headings);
          expect(negatedCells(r)).toEqual(headings.map((_, i) => cellAddress(1, first + i)));
        },
      ),
      { numRuns: 80 },
    );
  });
});
