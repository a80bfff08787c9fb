// (p-noise) A heading of two rows where only some columns have a second row ("Nachhaltig" over
// "Anteil (%)", the other headings in the upper row alone, merged down or not): the upper row was
// read as the header, "Nachhaltig" as the yes/no field, and the lower row as a receipt, so that
// every share under it was refused as a plain number in a yes/no column and no receipt of the
// sheet credited. Now the two rows are one heading, read at the lower: the sustainable share in %.
// A row of values under the heading, text alone, is still a row of the table.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** [language, the receipts' headings, the group word, the share's heading under it]. */
const LANGS: [string, string[], string, string][] = [
  ["de", ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"], "Nachhaltig", "Anteil (%)"],
  ["en", ["Date", "Supplier", "SD number", "Product", "Quantity (t)"], "Sustainable", "Share (%)"],
  ["fr", ["Date", "Fournisseur", "N° DD", "Produit", "Quantité (t)"], "Durable", "Part (%)"],
  ["es", ["Fecha", "Proveedor", "Nº SD", "Producto", "Cantidad (t)"], "Sostenible", "Porcentaje (%)"],
  ["nl", ["Datum", "Leverancier", "SD-nummer", "Product", "Hoeveelheid (t)"], "Duurzaam", "Aandeel (%)"],
  ["it", ["Data", "Fornitore", "N. SD", "Prodotto", "Quantità (t)"], "Sostenibile", "Quota (%)"],
];

const d = serial("2025-03-30");
const rows: CellValue[][] = [
  [d, "Saipol", "SD-1", "UCO", 10, 60],
  [d, "Saipol", "SD-2", "UCO", 20, 100],
];

/** The receipts sheet with its heading in two rows, the upper merged down over the lower or not. */
function read(head: string[], group: string, share: string, merged: boolean) {
  const blank = head.map(() => null);
  const merges = merged ? head.map((_, i) => `${"ABCDE"[i]}1:${"ABCDE"[i]}2`) : [];
  const values = [[...head, group], [...blank, share], ...rows];
  return readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", values, { merges })] });
}

describe("a group heading over a share, the other headings in the upper row", () => {
  const cases = LANGS.flatMap(([lang, head, group, share]) =>
    [true, false].map((merged) => [lang, group, share, merged, head] as const),
  );
  it.each(cases)('%s: "%s" over "%s" (merged down: %s) is the sustainable share', (...c) => {
    const [, group, share, merged, head] = c;
    const { sheets, findings, ledger } = read([...head], group, share, merged);
    expect(sheets[0]).toMatchObject({ kind: "receipts", headerRow: 2 });
    expect(sheets[0]?.columns).toMatchObject({ quantity: "E", sustainablePart: "F" });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(ledger.receipts.map((r) => [r.source.row, r.sustainablePart, r.sustainablePartUnit])).toEqual([
      [3, "60", "%"],
      [4, "100", "%"],
    ]);
  });
});

describe("a row of text values under the heading is a row of the table", () => {
  const head = ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "Nachhaltig"];
  it.each([
    [[null, "Saipol", null, "UCO", null, "ja"]],
    [[null, null, "SD-1", null, "10 t", null]],
    [[null, null, null, null, "60 %", null]],
    [["02.01.2025", null, null, "UCO", null, null]],
    [[null, "Fett AG", null, null, null, null]],
  ])("%j: refused as a row, the heading read from row 1", (row) => {
    const values = [head, row as CellValue[], [d, "Saipol", "SD-2", "UCO", 20, "ja"]];
    const { sheets, findings, ledger } = readWorkbook({
      name: "b.xlsx",
      sheets: [sheet("Receipts", values)],
    });
    expect(sheets[0]).toMatchObject({ headerRow: 1, columns: { sustainable: "F" } });
    expect(findings.some((f) => f.severity === "error" && f.cell?.endsWith("2"))).toBe(true);
    expect(ledger.receipts.map((r) => r.source.row)).toEqual([3]);
  });
});
