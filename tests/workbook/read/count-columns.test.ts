// brk22 §9: a count sheet with the book stock beside the count ("Book stock (t) | Counted (t) |
// Difference (t)", "Bestand vor Inventur | Bestand nach Inventur", "Bestand lt. Buch | Bestand lt.
// Zählung", "Sustainable stock | Physical stock") was refused as two quantity columns that disagree,
// every SD held, or read the count from the BOOK column. The book, target, before-count, difference
// and sustainable (credit) stock are never the count: the counted or physical column is read and the
// others are left unread, in de/en/fr/it/es/nl/pl. Where no column says which is counted, the two
// stay refused (never a pick).
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const D = serial("2025-03-31");

function read(heads: string[], values: CellValue[]) {
  return readWorkbook({
    name: "b.xlsx",
    sheets: [
      sheet("Inventur", [
        ["Datum", "Produkt", ...heads],
        [D, "Biodiesel", ...values],
      ]),
    ],
  });
}

/** [language, the book (or target, before, difference, credit) column's heading, the count's] */
const PAIRS: [string, string, string][] = [
  ["en", "Book stock (t)", "Counted (t)"],
  ["en", "Book inventory (t)", "Physical stock (t)"],
  ["en", "Theoretical stock (t)", "Actual stock (t)"],
  ["en", "Stock before count (t)", "Stock after count (t)"],
  ["en", "Sustainable stock (t)", "Physical stock (t)"],
  ["en", "System stock (t)", "Counted stock (t)"],
  ["en", "Expected stock (t)", "Counted quantity (t)"],
  ["de", "Bestand vor Inventur (t)", "Bestand nach Inventur (t)"],
  ["de", "Bestand lt. Buch (t)", "Bestand lt. Zählung (t)"],
  ["de", "Buchbestand (t)", "Istbestand (t)"],
  ["de", "Sollbestand (t)", "Istbestand (t)"],
  ["de", "Bestand vor der Zählung (t)", "Gezählter Bestand (t)"],
  ["it", "Giacenza prima dell'inventario (t)", "Giacenza fisica (t)"],
  ["es", "Existencias antes del inventario (t)", "Existencias físicas (t)"],
  ["nl", "Voorraad voor telling (t)", "Getelde voorraad (t)"],
  ["pl", "Stan przed inwentaryzacją (t)", "Stan faktyczny (t)"],
  ["de", "Soll (t)", "Ist (t)"],
  ["de", "Rechnerischer Bestand (t)", "Physischer Bestand (t)"],
  ["de", "Nachhaltiger Bestand (t)", "Physischer Bestand (t)"],
  ["fr", "Stock comptable (t)", "Stock physique (t)"],
  ["fr", "Stock théorique (t)", "Stock réel (t)"],
  ["fr", "Stock avant inventaire (t)", "Stock après inventaire (t)"],
  ["fr", "Stock durable (t)", "Stock physique (t)"],
  ["it", "Giacenza contabile (t)", "Giacenza fisica (t)"],
  ["it", "Giacenza teorica (t)", "Giacenza reale (t)"],
  ["es", "Existencias contables (t)", "Existencias físicas (t)"],
  ["es", "Stock teórico (t)", "Stock real (t)"],
  ["nl", "Boekvoorraad (t)", "Fysieke voorraad (t)"],
  ["nl", "Theoretische voorraad (t)", "Getelde voorraad (t)"],
  ["pl", "Stan księgowy (t)", "Stan faktyczny (t)"],
  ["pl", "Stan ewidencyjny (t)", "Stan rzeczywisty (t)"],
];

describe.each(PAIRS)("%s: %s beside %s", (_, book, counted) => {
  it.each([
    ["book first", [book, counted, "Difference (t)"], [40, 10, -30]],
    ["count first", [counted, book], [10, 40]],
  ] as [string, string[], CellValue[]][])(
    "%s: the count is read, the book column never",
    (_l, heads, values) => {
      const { ledger, findings } = read(heads, values);
      expect(ledger.stockCounts.map((c) => c.quantity)).toEqual(["10"]);
      const said = findings.filter((f) =>
        /quantity-columns-disagree|second-quantity-column|mapping-uncertain/.test(f.code),
      );
      expect(said.map((f) => [f.code, f.cell])).toEqual([]);
    },
  );
});

/** Counts whose headings say no column is the book's: still refused where they disagree, never a pick. */
const NEITHER: [string, string][] = [
  ["Bestand (t)", "Bestand Tank (t)"],
  ["Stock (t)", "Quantity (t)"],
  ["Stock A (t)", "Stock B (t)"],
];

describe.each(NEITHER)("%s beside %s", (a, b) => {
  it("two amounts are refused, never one picked", () => {
    const { ledger, findings } = read([a, b], [40, 10]);
    expect(ledger.stockCounts).toEqual([]);
    expect(findings.map((f) => f.code)).toContain("quantity-columns-disagree");
  });
});

/** A book, target or difference column alone is no count: nothing read as one. */
describe.each([
  "Book stock (t)",
  "Buchbestand (t)",
  "Stock comptable (t)",
  "Difference (t)",
  "Inventurdifferenz (t)",
  "Sustainable stock (t)",
])("%s alone", (head) => {
  it("is never read as the counted quantity", () => {
    const { ledger } = read([head], [40]);
    expect(ledger.stockCounts).toEqual([]);
  });
});

/** A count headed alone as counts are: read as before. */
describe.each([
  "Bestand (t)",
  "Physical stock (t)",
  "Counted (t)",
  "Stock physique (t)",
  "Giacenza (t)",
  "Existencias (t)",
  "Voorraad (t)",
  "Stan magazynowy (t)",
  "Istbestand (t)",
  "Bestand nach Inventur (t)",
  "Bestand vor Ort (t)",
  "Giacenza materia prima (t)",
])("%s alone", (head) => {
  it("is read as the counted quantity", () => {
    const { ledger } = read([head], [10]);
    expect(ledger.stockCounts.map((c) => c.quantity)).toEqual(["10"]);
  });
});
