// brk15 #2: a column of the quantity the supplier's SD declares whose heading states no unit
// ("Menge lt. SD" beside "Menge (t)") was taken to agree with any amount, so the SD capped
// nothing: 100 t credited where the SD said 60. An SD's quantity that cannot be converted to the
// row's unit is now compared only as the same number; another number is refused at its cell
// (quantity-columns-disagree, reason units-unknown), never credited past it.
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

jest.setTimeout(120_000);

const D = serial("2025-01-10");

/** Receipt headings per language: date, supplier, SD number, product, quantity in t, and the SD's quantity without a unit. */
const LANGS: [string, string[], string][] = [
  ["de", ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"], "Menge lt. SD"],
  ["en", ["Date", "Supplier", "PoS number", "Product", "Quantity (t)"], "Quantity as per PoS"],
  ["fr", ["Date", "Fournisseur", "N° PdD", "Produit", "Quantité (t)"], "Quantité selon PdD"],
  ["de NHN", ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"], "Menge lt. NHN"],
  ["es", ["Fecha", "Proveedor", "N.º PoS", "Producto", "Cantidad (t)"], "Cantidad según PoS"],
  ["nl", ["Datum", "Leverancier", "SD-nummer", "Product", "Hoeveelheid (t)"], "Hoeveelheid volgens SD"],
  ["it", ["Data", "Fornitore", "N. SD", "Prodotto", "Quantità (t)"], "Quantità secondo SD"],
];

function read(head: string[], sdHead: string, rows: [number, CellValue][]) {
  const cells = rows.map(([q, sd], i) => [D, "Fett AG", `SD-${i + 1}`, "UCO", q, sd]);
  return readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", [[...head, sdHead], ...cells])] });
}

describe.each(LANGS)("%s: the SD's quantity with no unit in its heading", (_, head, sdHead) => {
  it("the same number agrees; another is refused at its cell and nothing of that row is credited", () => {
    const { ledger, findings } = read(head, sdHead, [
      [100, 100],
      [100, 60],
      [50, 50000],
    ]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
    const refused = findings.filter((f) => f.code === "quantity-columns-disagree");
    expect(refused.map((f) => [f.cell, f.severity, f.details?.reason])).toEqual([
      ["F3", "error", "units-unknown"],
      ["F4", "error", "units-unknown"],
    ]);
    // the heading says the column is checked, not that it is left unread
    const heading = findings.find((f) => f.code === "second-quantity-column");
    expect(heading?.details).toMatchObject({ reason: "over-declared", value: sdHead });
  });
});

describe("whatever the SD's column says, no more is credited than an SD states in a unit the add-in can read", () => {
  const UNITS = ["", " (t)", " (kg)"] as const;
  it("property", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom(...UNITS),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200_000 })), {
          minLength: 1,
          maxLength: 6,
        }),
        ([, head, sdHead], unit, rows) => {
          const { ledger } = read(head, sdHead + unit, rows);
          const byNumber = new Map(rows.map(([q, sd], i) => [`SD-${i + 1}`, { q, sd }]));
          for (const r of ledger.receipts) {
            const { q, sd } = byNumber.get(r.sdNumber ?? "")!;
            expect(r.quantity).toBe(String(q));
            // in t: the SD's amount in its unit; without one, only the same number passes
            const sdInT = unit === " (kg)" ? sd / 1000 : sd;
            if (unit === "") expect(sd).toBe(q);
            else expect(q).toBeLessThanOrEqual(sdInT);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a plain second quantity with no unit beside one with a unit", () => {
  it.each([
    ["Net weight", "Quantity (t)"],
    ["Nettogewicht", "Menge (t)"],
    ["Poids net", "Quantité (t)"],
  ])(
    "%s beside %s: the same number is read, another refused at its cell, as its heading says",
    (plain, qty) => {
      const { ledger, findings } = read(["Date", "Supplier", "SD number", "Product", qty], plain, [
        [100, 100],
        [100, 60],
      ]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
      expect(findings.filter((f) => f.severity === "error").map((f) => [f.cell, f.code])).toEqual([
        ["F3", "quantity-columns-disagree"],
      ]);
    },
  );
});
