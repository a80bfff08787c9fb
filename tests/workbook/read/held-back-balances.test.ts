// (p-held) The property: a delivery held back because what it says cannot be read (an unmapped
// Sustainable yes/no column, a heading that negates Sustainable, a claim kept as yes/no) never
// leaves the balance of the account it would draw on reported complete, whatever else the books
// hold: the credit it may need is never declared to another delivery (domain.md §4).
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

/** Headings that hold every delivery of their sheet back, each with its no and yes answers. */
const HELD: [string, string, string][] = [
  ["Remarque", "non", "oui"],
  ["Bemerkung", "nein", "ja"],
  ["Remarks", "no", "yes"],
  ["Opmerking", "nee", "ja"],
  ["Observaciones", "no", "sí"],
  ["Osservazioni", "no", "sì"],
  ["Nicht nachhaltig", "nein", "ja"],
  ["Non durable", "non", "oui"],
  ["Not sustainable", "no", "yes"],
  ["Niet duurzaam", "nee", "ja"],
  ["No sostenible", "no", "sí"],
  ["Non sostenibile", "no", "sì"],
  ["EU RED konform", "nein", "ja"],
  ["ISCC compliant", "no", "yes"],
  ["ISCC compliant (Y/N)", "N", "Y"],
  ["conforme ISCC", "non", "oui"],
];
const PRODUCTS = ["UCO", "Rapeseed oil", "Tallow"];

const RECEIPTS: CellValue[][] = [
  ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "GHG total"],
  ...PRODUCTS.map((p, i) => [serial("2025-01-05"), "Saipol", "EU-ISCC-Cert-DE100-1", `IN-${i}`, p, 100, 20]),
];
const HEAD = ["Date", "Customer", "Customer address", "Product", "Quantity (t)"];
const line = (day: number, product: string, qty: number): CellValue[] => [
  serial(`2025-02-${String(day).padStart(2, "0")}`),
  "Fuel AG",
  "Hafenstr. 1, Hamburg",
  product,
  qty,
];

const row = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  product: fc.constantFrom(...PRODUCTS),
  qty: fc.integer({ min: 1, max: 120 }),
  no: fc.boolean(),
});

describe("a delivery held back for its meaning: its account is never reported complete", () => {
  it("holds for any sheet of such deliveries beside readable ones", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...HELD),
        fc.array(row, { minLength: 1, maxLength: 6 }),
        fc.array(row, { maxLength: 4 }),
        ([heading, no, yes], held, clear) => {
          // at least one answer no, or nothing says a delivery may not be sustainable
          const rows = held.map((r, i) => [...line(r.day, r.product, r.qty), r.no || i === 0 ? no : yes]);
          const { ledger } = readWorkbook({
            name: "books.xlsx",
            sheets: [
              sheet("Receipts", RECEIPTS),
              sheet("Sales", [[...HEAD, heading], ...rows]),
              sheet("Deliveries", [
                [...HEAD, "Sustainable"],
                ...clear.map((r) => [...line(r.day, r.product, r.qty), "yes"]),
              ]),
            ],
          });
          const result = runEngine(ledger);
          for (const product of new Set(held.map((r) => r.product))) {
            const balances = result.balances.filter((b) => b.product === product);
            expect(balances.length).toBeGreaterThan(0);
            expect(balances.filter((b) => b.complete)).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
