// (p-ghgmethod) A column stating the GHG method (actual or default values) under a heading in any of
// seven languages is the method, never a second GHG total: "Metoda GHG", "Método GEI", "Metodo
// GHG", "Berechnungsart THG" and "Art des THG-Werts" were read as the total's second column, every
// cell ("actual", "Standardwert") refused as no number and the receipt's GHG value and credit lost.
// Headings that name the total stay the total, beside a method column or alone.
import { readWorkbook } from "../../src/workbook/read";
import type { CellValue } from "../../src/workbook/port";
import { serial, sheet } from "./fixtures";

const D = serial("2025-01-08");
const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (t)"];

/** Method headings, per language (the first five are those the break test found read as totals). */
const METHOD_HEADINGS: [string, string][] = [
  ["pl", "Metoda GHG"],
  ["es", "Método GEI"],
  ["it", "Metodo GHG"],
  ["de", "Berechnungsart THG"],
  ["de", "Art des THG-Werts"],
  ["de", "THG-Wertart"],
  ["de", "Methodik THG"],
  ["de", "THG Methode"],
  ["fr", "Méthode GES"],
  ["fr", "Type de valeur GES"],
  ["nl", "Methode BKG"],
  ["nl", "Soort BKG-waarde"],
  ["en", "GHG calculation method"],
  ["en", "Type of GHG value"],
  ["en", "GHG value type"],
  ["es", "Tipo de valor GEI"],
  ["es", "Metodología GEI"],
  ["it", "Tipo di valore GHG"],
  ["pl", "Rodzaj wartości GHG"],
  ["pl", "Typ wartości GHG"],
];

/** Headings of the GHG total that must stay the total. */
const TOTALS = [
  "THG gesamt",
  "GHG total (gCO2eq/MJ)",
  "E (g CO2eq/MJ)",
  "Emisiones GEI totales",
  "THG (g CO2eq/MJ)",
  "GES total",
  "BKG totaal",
  "Emissioni GHG (g CO2eq/MJ)",
  "THG-Wert",
  "GHG value",
];

/** Method values in seven languages, and the method each reads as. */
const VALUES: [string, string][] = [
  ["Tatsächlicher Wert", "AV"],
  ["Standardwert", "TDV"],
  ["actual", "AV"],
  ["default", "TDV"],
  ["valor real", "AV"],
  ["valore standard", "TDV"],
  ["wartość rzeczywista", "AV"],
  ["disaggregated default", "DDV"],
];

function read(headings: string[], rows: CellValue[][]) {
  const { ledger, findings, sheets } = readWorkbook({
    name: "books.xlsx",
    sheets: [sheet("Receipts", [[...HEAD, ...headings], ...rows])],
  });
  const columns = sheets.find((s) => s.name === "Receipts")?.columns ?? {};
  return {
    said: findings.filter((f) => f.severity !== "info").map((f) => `${f.cell} ${f.code}`),
    ghg: ledger.receipts.map((r) => r.ghg ?? null),
    columns,
  };
}

describe("a GHG method heading beside the GHG total is the method", () => {
  it.each(METHOD_HEADINGS)("%s: %s", (_, heading) => {
    const rows = VALUES.map(([v], i) => [D, "Saipol", `SD-${i}`, "UCO", 10, 20 + i, v]);
    const { said, ghg, columns } = read(["GHG total (g CO2eq/MJ)", heading], rows);
    expect(said).toEqual([]);
    expect(columns["ghg.method"]).toBe("G");
    expect(columns["ghg.total"]).toBe("F");
    expect(ghg).toEqual(VALUES.map(([v], i) => ({ total: String(20 + i), method: v, unit: "g CO2eq/MJ" })));
  });

  it.each(METHOD_HEADINGS)("%s: %s before the total", (_, heading) => {
    const { said, ghg } = read(
      [heading, "THG gesamt (g CO2eq/MJ)"],
      [[D, "Saipol", "SD-1", "UCO", 10, "Standardwert", 31.2]],
    );
    expect(said).toEqual([]);
    expect(ghg).toEqual([{ total: "31.2", method: "Standardwert", unit: "g CO2eq/MJ" }]);
  });
});

describe("the total's headings stay the total", () => {
  it.each(TOTALS)("%s alone", (heading) => {
    const { said, columns } = read([heading], [[D, "Saipol", "SD-1", "UCO", 10, 20]]);
    expect(said).toEqual([]);
    expect(columns["ghg.total"]).toBe("F");
    expect(columns["ghg.method"]).toBeUndefined();
  });

  it.each(TOTALS)("%s beside 'Metoda GHG'", (heading) => {
    const { said, ghg, columns } = read(
      [heading, "Metoda GHG"],
      [[D, "Saipol", "SD-1", "UCO", 10, 20, "actual"]],
    );
    expect(said).toEqual([]);
    expect(columns).toMatchObject({ "ghg.total": "F", "ghg.method": "G" });
    expect(ghg[0]).toMatchObject({ total: "20", method: "actual" });
  });
});
