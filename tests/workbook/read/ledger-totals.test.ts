// (p-ledgerdir) A combined ledger's total line is held to the rows above, as a receipts sheet's is
// (sum-differs, a warning), in either of its readings: separate In and Out columns each to its own
// sum; one quantity column with a type column to the balance (in less out) or to in and out added.
// A total that is neither says a row may be missing, hidden, counted twice or mistyped; one that is
// either stays skipped in silence (an info).
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

/** lang, date, partner, product, In, Out, quantity, type, purchase word, sale word, total label. */
type Words = [string, string, string, string, string, string, string, string, string, string, string];
const LANGS: Words[] = [
  [
    "de",
    "Datum",
    "Partner",
    "Produkt",
    "Eingang (t)",
    "Ausgang (t)",
    "Menge (t)",
    "Art",
    "Eingang",
    "Ausgang",
    "Summe",
  ],
  [
    "en",
    "Date",
    "Counterparty",
    "Product",
    "In (t)",
    "Out (t)",
    "Quantity (t)",
    "Type",
    "Purchase",
    "Sale",
    "Total",
  ],
  [
    "fr",
    "Date",
    "Partenaire",
    "Produit",
    "Entrée (t)",
    "Sortie (t)",
    "Quantité (t)",
    "Sens",
    "Achat",
    "Vente",
    "Total",
  ],
  [
    "es",
    "Fecha",
    "Socio",
    "Producto",
    "Entrada (t)",
    "Salida (t)",
    "Cantidad (t)",
    "Tipo",
    "Compra",
    "Venta",
    "Total",
  ],
  [
    "it",
    "Data",
    "Controparte",
    "Prodotto",
    "Carico (t)",
    "Scarico (t)",
    "Quantità (t)",
    "Tipo",
    "Acquisto",
    "Vendita",
    "Totale",
  ],
  [
    "nl",
    "Datum",
    "Tegenpartij",
    "Product",
    "In (t)",
    "Uit (t)",
    "Hoeveelheid (t)",
    "Soort",
    "Inkoop",
    "Verkoop",
    "Totaal",
  ],
];

/** In 100 and 50, out 30, then a total line. */
async function twoColumns(w: Words, totalIn: CellValue, totalOut: CellValue) {
  const [, date, partner, product, inH, outH, , , , , label] = w;
  return readWorkbook(
    await throughXlsx(
      sheet("Journal", [
        [date, partner, "SD", product, inH, outH],
        [serial("2025-01-02"), "Saipol", "SD-1", "UCO", 100, null],
        [serial("2025-01-05"), "Fuel AG", null, "UCO", null, 30],
        [serial("2025-01-06"), "Saipol", "SD-2", "UCO", 50, null],
        [label, null, null, null, totalIn, totalOut],
      ]),
    ),
  );
}

/** One quantity column under a type: in 100 and 50, out 30, then a total line. */
async function oneColumn(w: Words, total: CellValue) {
  const [, date, partner, product, , , qty, type, inWord, outWord, label] = w;
  return readWorkbook(
    await throughXlsx(
      sheet("Journal", [
        [date, type, partner, "SD", product, qty],
        [serial("2025-01-02"), inWord, "Saipol", "SD-1", "UCO", 100],
        [serial("2025-01-05"), outWord, "Fuel AG", null, "UCO", 30],
        [serial("2025-01-06"), inWord, "Saipol", "SD-2", "UCO", 50],
        [label, null, null, null, null, total],
      ]),
    ),
  );
}

const totals = (findings: { code: string; severity: string; details?: unknown }[]) =>
  findings
    .filter((f) => f.code === "totals-row")
    .map((f) => [
      f.severity,
      (f.details as { reason?: string; stated?: string; sum?: string }).reason ?? null,
    ]);

describe("a combined ledger's total line", () => {
  it.each(LANGS)("%s: In and Out each held to its own sum", async (...w) => {
    const wrong = await twoColumns(w, 170, 30);
    expect(wrong.sheets[0]).toMatchObject({ kind: "ledger", rows: 3 });
    expect(totals(wrong.findings)).toEqual([["warning", "sum-differs"]]);
    const stated = wrong.findings.find((f) => f.code === "totals-row")?.details;
    expect(stated).toMatchObject({ stated: "170", sum: "150" });
    expect(totals((await twoColumns(w, 150, 30)).findings)).toEqual([["info", null]]);
    expect(totals((await twoColumns(w, 150, 31)).findings)).toEqual([["warning", "sum-differs"]]);
  });

  it.each(LANGS)("%s: one column held to in less out or in and out added", async (...w) => {
    const wrong = await oneColumn(w, 140);
    expect(wrong.sheets[0]).toMatchObject({ kind: "ledger", rows: 3, columns: { direction: "B" } });
    expect(totals(wrong.findings)).toEqual([["warning", "sum-differs"]]);
    expect(totals((await oneColumn(w, 170)).findings)).toEqual([["warning", "sum-differs"]]);
    expect(totals((await oneColumn(w, 120)).findings)).toEqual([["info", null]]);
    expect(totals((await oneColumn(w, 180)).findings)).toEqual([["info", null]]);
    // booked as they stand either way
    expect(wrong.ledger.receipts.map((r) => r.quantity)).toEqual(["100", "50"]);
    expect(wrong.ledger.deliveries.map((d) => d.quantity)).toEqual(["30"]);
  });
});
