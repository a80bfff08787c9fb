// Receipt headings in six languages and the fields a second column of them repeats, shared by the
// tests of a second column headed as a field already read (rival-fields, rival-mapped).
import type { CellValue } from "../../../src/workbook/port";
import { serial } from "../fixtures";

export type Lang = "de" | "en" | "fr" | "es" | "nl" | "it";

/** Receipt headings by language: date, supplier, SD number, product, quantity. */
export const HEAD: Record<Lang, [string, string, string, string, string]> = {
  de: ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"],
  en: ["Date", "Supplier", "SD number", "Product", "Quantity (t)"],
  fr: ["Date", "Fournisseur", "N° DD", "Produit", "Quantité (t)"],
  es: ["Fecha", "Proveedor", "Nº SD", "Producto", "Cantidad (t)"],
  nl: ["Datum", "Leverancier", "SD-nummer", "Product", "Hoeveelheid (t)"],
  it: ["Data", "Fornitore", "N. SD", "Prodotto", "Quantità (t)"],
};

/** The fields a second column repeats, by its index in HEAD, with two values that differ. */
export const FIELDS: [string, number, CellValue, CellValue][] = [
  ["date", 0, serial("2025-03-30"), serial("2025-04-02")],
  ["supplier", 1, "Fett AG", "Öl GmbH"],
  ["sdNumber", 2, "SD-100", "SD-200"],
  ["product", 3, "UCO", "POME"],
];

/** [language, field, heading, index in HEAD, a value, another] for `fields` in every language. */
export function casesOf(fields: readonly (typeof FIELDS)[number][]) {
  return (Object.keys(HEAD) as Lang[]).flatMap((lang) =>
    fields.map(([field, i, a, b]) => [lang, field, HEAD[lang][i] as string, i, a, b] as const),
  );
}
