// (p-factor, brk8 #14) A conversion factor headed with its unit, as staff head it in de/en/fr/es/nl/it:
// the column is the factor and the unit goes with every value to the engine (engine/factor-units.ts),
// on the factor sheet and on the production sheet alike; a "%" is read as its fraction. The unit is
// never dropped as a remark, so a factor in MWh/t is never read as a bare number.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

// [heading, the unit the record carries]
const HEADINGS: [string, string][] = [
  ["Faktor (Nm³/t)", "Nm³/t"],
  ["Faktor (kWh/t)", "kWh/t"],
  ["Umrechnungsfaktor (MWh/t)", "MWh/t"],
  ["Ausbeute (kg/t)", "kg/t"],
  ["Conversion factor (MWh/t)", "MWh/t"],
  ["Yield (kg/t)", "kg/t"],
  ["Factor (m³/t)", "m³/t"],
  ["Facteur (GJ/t)", "GJ/t"],
  ["Facteur de conversion (Nm³/t)", "Nm³/t"],
  ["Rendement (kg/t)", "kg/t"],
  ["Factor de conversión (Nm3/t)", "Nm3/t"],
  ["Rendimiento (kg/t)", "kg/t"],
  ["Conversiefactor (kWh/t)", "kWh/t"],
  ["Omrekeningsfactor (t/t)", "t/t"],
  ["Fattore di conversione (MWh/t)", "MWh/t"],
  ["Resa (kg/t)", "kg/t"],
  ["Faktor (Stk/t)", "Stk/t"],
  // the unit written with a word for "per", as factor-units.ts reads it (one splitter for both)
  ["Faktor (Nm³ per t)", "Nm³ per t"],
  ["Ausbeute (kg je t)", "kg je t"],
  ["Umrechnungsfaktor (Nm3 pro t)", "Nm3 pro t"],
];

const read = async (heading: string, value: number) =>
  readWorkbook(
    await throughXlsx(
      sheet("Umrechnungsfaktoren", [
        ["Einsatzprodukt", "Ausbringungsprodukt", heading],
        ["Gülle", "Biomethan", value],
      ]),
      sheet("Produktion", [
        ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", heading],
        [serial("2025-01-20"), "Gülle", 1000, "Biomethan", value],
      ]),
    ),
  );

it.each(HEADINGS)("%p is the factor, in %s, on both sheets", async (heading, unit) => {
  const { sheets, ledger, findings } = await read(heading, 25);
  for (const name of ["Umrechnungsfaktoren", "Produktion"])
    expect(sheets.find((s) => s.name === name)?.columns).toMatchObject({
      factor: name === "Produktion" ? "E" : "C",
    });
  expect(findings.filter((f) => f.code === "header-not-found")).toEqual([]);
  // as written, but for the compatibility forms NFKC folds ("³" is "3")
  const factorUnit = unit.normalize("NFKC");
  expect(ledger.factors[0]).toMatchObject({ factor: "25", factorUnit });
  expect(ledger.production[0]).toMatchObject({ factor: "25", factorUnit });
});

it.each(["Ausbeute (%)", "Yield (%)", "Rendement (%)", "Rendimiento (%)", "Opbrengst (%)", "Resa (%)"])(
  "%p is read as its fraction, with no unit left to apply twice",
  async (heading) => {
    const { ledger } = await read(heading, 40);
    expect(ledger.factors[0]).toMatchObject({ factor: "0.4" });
    expect(ledger.factors[0]?.factorUnit).toBeUndefined();
    expect(ledger.production[0]?.factorUnit).toBeUndefined();
  },
);

it("a bare factor heading carries no unit", async () => {
  const { ledger } = await read("Faktor", 0.4);
  expect(ledger.factors[0]?.factorUnit).toBeUndefined();
});
