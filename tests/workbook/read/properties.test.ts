// Whatever a workbook holds, reading it never throws, and everything it reports points at a cell.
import fc from "fast-check";
import { parseCell } from "../../../src/workbook/a1";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { cellsOf } from "../../../src/engine/source-cells";

const WORDS = [
  "Date",
  "Datum",
  "Product",
  "Produkt",
  "Quantity (t)",
  "Menge [kg]",
  "In",
  "Out",
  "Type",
  "Art",
  "Supplier",
  "Kunde",
  "SD-Nr.",
  "Total",
  "Summe",
  "Eingang",
  "Ausgang",
  "Sale",
  "Factor",
  "Valid from",
  "Valid until",
  "Certificate no.",
  "Site",
  "From site",
  "To site",
  "Physical stock",
  "Company name",
  "Period length",
];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: true }),
  fc.integer({ min: 40000, max: 47000 }),
  fc.constantFrom("1.234,5", "1,234.5", "03/04/2025", "31.12.2025", "2025-02-30", "t", "bags"),
  fc.boolean(),
  fc.constantFrom({ error: "#N/A" }, { error: "#REF!" }),
);
const sheetName = fc.constantFrom(
  "Receipts",
  "Deliveries",
  "Ledger",
  "Sheet1",
  "Settings",
  "Stock",
  "MB Summary",
  "SD 1",
);
const snapshot: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  name: fc.constant("Fuzz.xlsx"),
  sheets: fc.uniqueArray(
    fc.record({
      name: sheetName,
      visibility: fc.constantFrom("visible" as const, "hidden" as const),
      values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
      merges: fc.constantFrom([], ["A1:C1"], ["A1:A2", "B1:C1"], ["not a range"]),
    }),
    { selector: (s) => s.name, maxLength: 4 },
  ),
});

describe("readWorkbook on anything", () => {
  it("never throws and points every finding and record field at a real cell", () => {
    fc.assert(
      fc.property(snapshot, (snap) => {
        const result = readWorkbook(snap);
        const names = new Set(snap.sheets.map((s) => s.name));
        for (const f of result.findings) {
          expect(names.has(f.sheet!)).toBe(true);
          expect(() => parseCell(f.cell!)).not.toThrow();
          expect(f.message.length).toBeGreaterThan(10);
        }
        const records = [
          ...result.ledger.receipts,
          ...result.ledger.deliveries,
          ...result.ledger.stockCounts,
        ];
        for (const r of records) {
          expect(names.has(r.source.sheet)).toBe(true);
          for (const address of Object.values(cellsOf(r.source)))
            expect(() => parseCell(address!)).not.toThrow();
          if (r.quantity !== undefined) expect(r.quantity).toMatch(/^-?\d+(\.\d+)?$/);
          if (r.date !== undefined) expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        expect(result.sheets.some((s) => s.name.startsWith("MB ") || s.name.startsWith("SD "))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
