// (brk21 8) Dutch production headings with "Inzet" (the usual Dutch word for a process's input:
// "Inzet product", "Inzet hoeveelheid (t)", "Inzet (t)") were not read: the sheet had no input
// column (header-not-found), its rows unread and every declaration held. Polish factor headings
// ("Wydajność (%)", "Współczynnik konwersji") were read as nothing, so the row's output had no
// factor. Both are read now, a yield in % as a percent (42 is 0.42), as in the other languages;
// the other headings do not change.
import { kindSpec } from "../../../src/workbook/fields";
import { lexicalHits, MATCH_THRESHOLD } from "../../../src/workbook/matcher";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** The field a production heading is read as, where its best reading is sure enough to be mapped. */
const fieldOf = (heading: string): string | undefined => {
  const spec = kindSpec("production");
  const hit = spec ? lexicalHits(spec, heading)[0] : undefined;
  return hit && hit.score >= MATCH_THRESHOLD ? spec?.fields[hit.field]?.id : undefined;
};

describe("Dutch and Polish production headings", () => {
  it.each([
    ["Inzet product", "inputProduct"],
    ["Inzetproduct", "inputProduct"],
    ["Product inzet", "inputProduct"],
    ["Inzet hoeveelheid (t)", "inputQuantity"],
    ["Inzethoeveelheid (t)", "inputQuantity"],
    ["Hoeveelheid inzet (t)", "inputQuantity"],
    ["Ingezette hoeveelheid (t)", "inputQuantity"],
    ["Wydajność (%)", "factor"],
    ["Wydajność", "factor"],
    ["Współczynnik konwersji", "factor"],
    ["Współczynnik przeliczeniowy", "factor"],
  ])("%p is %p", (heading, field) => expect(fieldOf(heading)).toBe(field));
});

describe("the other production headings do not change", () => {
  it.each([
    ["Inputhoeveelheid (t)", "inputQuantity"],
    ["Ingezette hoeveelheid", "inputQuantity"],
    ["Output hoeveelheid (t)", "outputQuantity"],
    ["Outputproduct", "outputProduct"],
    ["Input product", "inputProduct"],
    ["Einsatzprodukt", "inputProduct"],
    ["Cantidad de entrada (t)", "inputQuantity"],
    ["Producto de entrada", "inputProduct"],
    ["Quantité entrante (t)", "inputQuantity"],
    ["Produit entrant", "inputProduct"],
    ["Ilość wejściowa (t)", "inputQuantity"],
    ["Produkt wejściowy", "inputProduct"],
    ["Conversion factor", "factor"],
    ["Opbrengst (%)", "factor"],
    ["Ausbeute (%)", "factor"],
  ])("%p is %p", (heading, field) => expect(fieldOf(heading)).toBe(field));
});

/** A production sheet of one row under `header`: 1000 t of rapeseed into 420 t of oil (or a factor 42). */
const read = (header: string[], row: (string | number)[]) =>
  readWorkbook({
    name: "books.xlsx",
    sheets: [sheet("Productie", [header, [serial("2025-02-01"), ...row]])],
  });

describe("a Dutch production sheet with 'Inzet' is read", () => {
  it.each([
    [
      [
        "Datum",
        "Inzet product",
        "Inzet hoeveelheid (t)",
        "Output product",
        "Output hoeveelheid (t)",
        "BKG totaal",
      ],
    ],
    [["Datum", "Inzet product", "Inzet (t)", "Uitgaand product", "Output (t)", "BKG totaal"]],
  ])("%j: one row, 1000 t in, 420 t out", (header) => {
    const { ledger, findings } = read(header, ["Rapeseed", 1000, "Rapeseed oil", 420, 40]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(ledger.production.map((p) => [p.inputProduct, p.inputQuantity, p.outputQuantity])).toEqual([
      ["Rapeseed", "1000", "420"],
    ]);
  });
});

describe("a Polish factor in % is a percent", () => {
  it.each([
    ["Wydajność (%)", "0.42"],
    ["Wydajność procent", "0.42"],
    ["Współczynnik konwersji", "42"],
  ])("%p 42 is %p", (heading, factor) => {
    const header = ["Data", "Produkt wejściowy", "Ilość wejściowa (t)", "Produkt wyjściowy", heading];
    const { ledger } = read(header, ["Rzepak", 1000, "Olej rzepakowy", 42]);
    expect(ledger.production.map((p) => p.factor)).toEqual([factor]);
  });
});
