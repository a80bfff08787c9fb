// (brk26 S7) A sheet of dated products and quantities whose name and headings say no kind ("HH-VL",
// "Tabelle1": Datum | Produkt | Menge (t) | Schwund (t)) was left aside without a word, and the
// balances its rows would feed were complete. Now it is refused at its header (header-not-found,
// reason movements-kind) and the balances of its products are incomplete. Both ways: sheets that
// are plainly not books (a price list, a contact list, notes, headings with no rows) stay unread
// and say nothing.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

const DAY = serial("2025-02-01");
const RECEIPTS = sheet("Receipts", [
  ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Sustainable"],
  [serial("2025-01-10"), "Saipol", "IN-1", "UCO", 100, "yes"],
]);

function read(name: string, rows: CellValue[][]) {
  const r = readWorkbook({ name: "Books.xlsx", sheets: [RECEIPTS, sheet(name, rows)] });
  return { r, said: r.findings.filter((f) => f.sheet === name) };
}

// [sheet name, date, product, quantity headings]: seven languages, names that say no kind
const SPELLINGS: [string, string, string, string][] = [
  ["HH-VL", "Datum", "Produkt", "Menge (t)"],
  ["HH nach VL", "Datum", "Produkt", "Menge (t)"],
  ["Tabelle1", "Datum", "Produkt", "Menge (t)"],
  ["Sheet1", "Date", "Product", "Quantity (t)"],
  ["Feuil1", "Date", "Produit", "Quantité (t)"],
  ["Foglio1", "Data", "Prodotto", "Quantità (t)"],
  ["Hoja1", "Fecha", "Producto", "Cantidad (t)"],
  ["Blad1", "Datum", "Product", "Hoeveelheid (t)"],
  ["Arkusz1", "Data", "Produkt", "Ilość (t)"],
];

describe("dated products and quantities of no kind: refused at the header, their balances incomplete", () => {
  it.each(SPELLINGS)("%p: %s | %s | %s", (name, date, product, quantity) => {
    const { r, said } = read(name, [
      [date, product, quantity, "Schwund (t)"],
      [DAY, "UCO", 10, 0.1],
    ]);
    expect(said.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual(["error header-not-found A1"]);
    expect(said[0]?.details).toMatchObject({
      reason: "movements-kind",
      read: `${date}, ${product}, ${quantity}`,
    });
    expect(said[0]?.message).toContain(`sheet "${name}" holds dated rows of products and quantities`);
    expect(r.ledger.incomplete).toEqual([
      {
        kinds: ["receipts", "deliveries", "transfers", "stockCounts", "production"],
        products: ["UCO"],
        source: { sheet: name, cell: "A1" },
      },
    ]);
    expect(r.sheets.find((s) => s.name === name)?.kind).toBe("unknown");
    // the books beside it are read as before
    expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["100"]);
  });

  it("below a title block: said at its own header row", () => {
    const { said } = read("Tabelle1", [
      ["Umlagerungen Q1"],
      [],
      ["Datum", "Produkt", "Menge (t)"],
      [DAY, "UCO", 10],
    ]);
    expect(said.map((f) => `${f.code} ${f.cell}`)).toEqual(["header-not-found A3"]);
  });
});

// sheets that are plainly not books: nothing said, nothing incomplete
const NOT_BOOKS: [string, string, CellValue[][]][] = [
  [
    "a price list",
    "Preise",
    [
      ["Produkt", "Preis (EUR/t)", "gültig ab"],
      ["UCO", 900, DAY],
    ],
  ],
  [
    "a contact list",
    "Kontakte",
    [
      ["Name", "Telefon", "E-Mail"],
      ["Frau Meier", "040 123", "meier@example.com"],
    ],
  ],
  ["notes", "Notizen", [["Inventur am 31.12. mit Herrn Schulz"], ["Tank 3 gereinigt"]]],
  ["headings with no rows", "Tabelle2", [["Datum", "Produkt", "Menge (t)"]]],
  [
    "dates and products but no quantity",
    "Tabelle3",
    [
      ["Datum", "Produkt", "Bemerkung"],
      [DAY, "UCO", "Probe gezogen"],
    ],
  ],
  [
    "quantities under a text column headed Datum",
    "Tabelle4",
    [
      ["Datum", "Produkt", "Menge (t)"],
      ["siehe unten", "UCO", "viel"],
    ],
  ],
];

describe("what stays unread without a word: sheets that are no books", () => {
  it.each(NOT_BOOKS)("%s (%p)", (_, name, rows) => {
    const { r, said } = read(name, rows);
    expect(said).toEqual([]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });
});
