// Receipt headings in six languages and the fields a second column of them repeats, shared by the
// tests of a second column headed as a field already read (rival-fields, rival-mapped).
import { kindSpec } from "../../../src/workbook/fields";
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

export type Kind = "receipts" | "deliveries";

/** Each kind's base table (rival-every-field, document-rivals): sheet name, fields in order, one row's cells by field. */
export const BASE: Record<Kind, { name: string; fields: string[]; row: Record<string, CellValue> }> = {
  receipts: {
    name: "Receipts",
    fields: ["date", "supplier", "sdNumber", "product", "quantity", "claim"],
    row: {
      date: serial("2025-03-30"),
      supplier: "Fett AG",
      product: "UCO",
      quantity: 10,
      claim: "EU RED compliant",
    },
  },
  deliveries: {
    name: "Deliveries",
    fields: ["date", "customer", "product", "quantity", "sustainable"],
    row: {
      date: serial("2025-03-30"),
      customer: "Fuel AG",
      product: "UCO",
      quantity: 10,
      sustainable: "yes",
    },
  },
};

/** Field `id`'s label on sheets of `kind`: the heading a field's own column is given. */
export const labelOf = (kind: Kind, id: string): string =>
  kindSpec(kind)?.fields.find((x) => x.id === id)?.label ?? id;

/**
 * A base table of `kind` with field `id`'s own column (headed `own`, holding `a`) and a second
 * column headed `second` at the end, one row per entry of `theirs`; row n is SD-n.
 */
export function twiceBook(
  kind: Kind,
  id: string,
  own: string,
  second: string,
  a: CellValue,
  theirs: CellValue[],
) {
  const base = BASE[kind];
  const fields = base.fields.includes(id) ? base.fields : [...base.fields, id];
  const head = [...fields.map((f) => (f === id ? own : labelOf(kind, f))), second];
  const rows = theirs.map((t, i) => [
    ...fields.map((f) => (f === id ? a : f === "sdNumber" ? `SD-${i + 1}` : (base.row[f] ?? null))),
    t,
  ]);
  return {
    sheet: [head, ...rows],
    second: String.fromCharCode(64 + head.length),
    own: String.fromCharCode(65 + fields.indexOf(id)),
  };
}
