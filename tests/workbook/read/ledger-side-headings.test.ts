// (p-cols) A combined ledger's In and Out columns headed by a side's word that recognition did not
// know: the Italian register's "Carico (t)" / "Scarico (t)" were left unread and "Peso netto (t)"
// booked as if every row were a receipt; "Eing (t)" / "Ausg (t)", "Zug." / "Abg." gave "no
// Quantity column". Each spelling below is read as In and Out; a heading where the side's word
// only qualifies another field ("Data carico", "Luogo di carico", "Datum Eingang") stays no
// quantity at all.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { kindSpec } from "../../../src/workbook/fields";
import { lexicalHits, MATCH_THRESHOLD } from "../../../src/workbook/matcher";
import { serial, sheet } from "../fixtures";

type Lang = "de" | "en" | "fr" | "es" | "nl" | "it" | "pt";

/** Date, partner, SD number and product headings by language. */
const WORDS: Record<Lang, [string, string, string, string]> = {
  de: ["Datum", "Partner", "SD-Nr.", "Produkt"],
  en: ["Date", "Counterparty", "SD number", "Product"],
  fr: ["Date", "Partenaire", "N° DD", "Produit"],
  es: ["Fecha", "Contraparte", "Nº SD", "Producto"],
  nl: ["Datum", "Partner", "SD-nummer", "Product"],
  it: ["Data", "Controparte", "N. SD", "Prodotto"],
  pt: ["Data", "Parceiro", "N.º SD", "Produto"],
};

/** In and Out headings as staff write them, each new to the reader before p-cols. */
const SIDES: [Lang, string, string][] = [
  ["it", "Carico (t)", "Scarico (t)"],
  ["it", "Carichi (t)", "Scarichi (t)"],
  ["it", "Entrate (t)", "Uscite (t)"],
  ["it", "Carico", "Scarico"],
  ["es", "Entradas (t)", "Salidas (t)"],
  ["pt", "Entrada (t)", "Saída (t)"],
  ["nl", "In (t)", "Uit (t)"],
  ["fr", "Entrées (t)", "Sorties (t)"],
  ["de", "Eing (t)", "Ausg (t)"],
  ["de", "Eing. (t)", "Ausg. (t)"],
  ["de", "Zug. (t)", "Abg. (t)"],
  ["de", "Zug (t)", "Abg (t)"],
  ["de", "Menge Eing (t)", "Menge Ausg (t)"],
  ["de", "Zug.", "Abg."],
];

function book(lang: Lang, inH: string, outH: string): CellValue[][] {
  const unit = /\(t\)/.test(inH) ? [] : ["Einheit"];
  const t = unit.length ? ["t"] : [];
  return [
    [...WORDS[lang], inH, outH, ...unit],
    [serial("2025-01-02"), "Fett AG", "SD-1", "UCO", 20, null, ...t],
    [serial("2025-01-03"), "Fett AG", "SD-2", "UCO", 15.5, null, ...t],
    [serial("2025-02-05"), "Raff SpA", null, "UCO", null, 10, ...t],
  ];
}

describe("a combined ledger's In and Out headed by a side's word alone", () => {
  it.each(SIDES)("%s %s / %s: read as In and Out, each row booked on its side", async (lang, inH, outH) => {
    const { ledger, sheets } = await readWorkbook({
      name: "b.xlsx",
      sheets: [sheet("Journal", book(lang, inH, outH))],
    });
    expect(sheets[0]).toMatchObject({ kind: "ledger", columns: { inQuantity: "E", outQuantity: "F" } });
    expect(ledger.receipts.map((r) => [r.quantity, r.unit])).toEqual([
      ["20", "t"],
      ["15.5", "t"],
    ]);
    expect(ledger.deliveries.map((d) => [d.quantity, d.unit])).toEqual([["10", "t"]]);
  });

  it("the Italian register's net weight beside Carico and Scarico is held equal to the row's side", async () => {
    const { ledger, sheets, findings } = await readWorkbook({
      name: "b.xlsx",
      sheets: [
        sheet("Registro", [
          ["Data", "Controparte", "N. SD", "Prodotto", "Carico (t)", "Scarico (t)", "Peso netto (t)"],
          [serial("2025-01-02"), "Fett AG", "SD-1", "UCO", 20, null, 20],
          [serial("2025-01-03"), "Fett AG", "SD-2", "UCO", 15, null, 14.2],
          [serial("2025-02-05"), "Raff SpA", null, "UCO", null, 10, 10],
        ]),
      ],
    });
    expect(sheets[0]).toMatchObject({ kind: "ledger", columns: { inQuantity: "E", outQuantity: "F" } });
    expect(sheets[0]?.columns.quantity).toBeUndefined();
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["20"]);
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["10"]);
    expect(findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
      ["quantity-columns-disagree", "G3"],
    ]);
  });
});

/** Headings where a side's word qualifies another field: never a ledger's In or Out quantity. */
const NOT_SIDES: string[] = [
  "Data carico",
  "Data di carico",
  "Data di scarico",
  "Luogo di carico",
  "Luogo di scarico",
  "Fecha de entrada",
  "Fecha de salida",
  "Lugar de salida",
  "Datum Eingang",
  "Eingangsdatum",
  "Date d'entrée",
  "Datum uitgang",
  "Del (t)",
  "Ent. (t)",
  "Sal. (t)",
  "Sort. (t)",
  "Eing.-Datum",
];

describe("a side's word beside another field's", () => {
  const spec = kindSpec("ledger")!;
  it.each(NOT_SIDES)("%s is neither In nor Out", (heading) => {
    const sides = lexicalHits(spec, heading)
      .filter((h) => h.score >= MATCH_THRESHOLD)
      .map((h) => spec.fields[h.field]?.id)
      .filter((id) => id === "inQuantity" || id === "outQuantity");
    expect(sides).toEqual([]);
  });
});
