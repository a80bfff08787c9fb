// A unit stated once in the group heading over a block ("Eingang (kg)" over a plain "Menge"): the
// block's quantity is in that unit (p-blocks). It was not passed on, and every row was refused for
// a missing unit; where the column's own heading states another unit ("Eingang (kg)" over "Menge
// (t)"), the two are not chosen between: the block is refused at the heading, the other still read.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** Group headings of each side with a unit, and a plain quantity heading of the language, as written. */
const GROUPS: [string, string, string, string, string][] = [
  ["de", "Eingang (kg)", "Ausgang (kg)", "Menge", "kg"],
  ["de", "Wareneingang [t]", "Warenausgang [t]", "Menge", "t"],
  ["de", "Zugang in t", "Abgang in t", "Menge", "t"],
  ["en", "Receipts (t)", "Deliveries (t)", "Quantity", "t"],
  ["en", "Incoming [kg]", "Outgoing [kg]", "Qty", "kg"],
  ["fr", "Entrées (t)", "Sorties (t)", "Quantité", "t"],
  ["es", "Entradas (kg)", "Salidas (kg)", "Cantidad", "kg"],
  ["nl", "Inkoop (t)", "Verkoop (t)", "Hoeveelheid", "t"],
  ["it", "Carico (kg)", "Scarico (kg)", "Quantità", "kg"],
];

const settings = sheet("Einstellungen", [
  ["Einstellung", "Wert"],
  ["Firmenname", "X"],
  ["Schema", "ISCC EU"],
]);

/** Receipts in A:D and deliveries in F:I under group headings `a` and `b`, quantities headed `qa` and `qb`. */
function book(a: string, b: string, qa: string, qb: string): CellValue[][] {
  return [
    [a, null, null, null, null, b],
    ["Datum", "Lieferant", "Produkt", qa, null, "Datum", "Kunde", "Produkt", qb],
    [serial("2025-01-05"), "Fett AG", "UCO", 20, null, serial("2025-05-20"), "Raff X", "UCO", 15],
  ];
}

function read(rows: CellValue[][]) {
  return readWorkbook({ name: "G.xlsx", sheets: [settings, sheet("UCO", rows)] });
}

describe("a group heading's unit is the unit of the plain quantity under it", () => {
  it.each(GROUPS)("%s: %s / %s over %s: read in %s", (_, a, b, q, unit) => {
    const { sheets, ledger, findings } = read(book(a, b, q, q));
    expect(sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.units.quantity])).toEqual([
      ["receipts", unit],
      ["deliveries", unit],
    ]);
    expect(ledger.receipts.map((r) => [r.quantity, r.unit])).toEqual([["20", unit]]);
    expect(ledger.deliveries.map((d) => [d.quantity, d.unit])).toEqual([["15", unit]]);
    expect(findings.filter((f) => f.sheet === "UCO" && f.severity === "error")).toEqual([]);
  });

  it("the same unit in both headings is read", () => {
    const { ledger } = read(book("Eingang (kg)", "Ausgang (kg)", "Menge (kg)", "Menge"));
    expect(ledger.receipts.map((r) => r.unit)).toEqual(["kg"]);
  });

  it.each([
    ["Eingang (kg)", "Ausgang", "Menge (t)", "Menge (t)", "D2", "receipts"],
    ["Eingang", "Ausgang (t)", "Menge (kg)", "Menge (kg)", "I2", "deliveries"],
    ["Receipts (t)", "Deliveries (t)", "Quantity", "Quantity (kg)", "I2", "deliveries"],
  ])(
    "%s / %s over %s / %s: the block whose units differ is refused at %s, the other read",
    (a, b, qa, qb, cell, refused) => {
      const { sheets, ledger, findings } = read(book(a, b, qa, qb));
      const said = findings.filter((f) => f.sheet === "UCO");
      expect(said.map((f) => [f.code, f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["header-not-found", cell, "group-unit"],
      ]);
      expect(said[0]?.message).toMatch(
        /but the group heading ".+" over it says (kg|t); the add-in does not choose/,
      );
      const kept = refused === "receipts" ? ledger.deliveries : ledger.receipts;
      const lost = refused === "receipts" ? ledger.receipts : ledger.deliveries;
      expect([kept.length, lost.length]).toEqual([1, 0]);
      expect(ledger.incomplete?.some((i) => i.source.sheet === "UCO")).toBe(true);
      expect(sheets.filter((s) => s.name === "UCO")).toHaveLength(2);
    },
  );
});
