// (h-ghg3 B) Headings of a factor kept as input per output, in de/en/fr/it/es/nl/pl, are read as
// such (inverseFactor); the factor's own headings (output per input) must not change.
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** The field a production sheet reads column E as, headed `heading`. */
function fieldOf(heading: string): string | undefined {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Production", [
        ["Date", "Input product", "Input quantity (t)", "Output product", heading],
        [serial("2025-02-01"), "Rapeseed", 100, "Rapeseed oil", 2.5],
      ]),
    ],
  });
  const columns = r.sheets.find((x) => x.name === "Production")?.columns ?? {};
  return Object.entries(columns).find(([, c]) => c === "E")?.[0];
}

const INVERSE = [
  "Einsatz je t Produkt",
  "Einsatz je t Produkt (t/t)",
  "Einsatz pro Tonne Produkt",
  "Spezifischer Verbrauch",
  "Input per t output",
  "input per output",
  "t feedstock / t product",
  "Specific consumption (t/t)",
  "Consommation spécifique",
  "Consumo specifico",
  "Consumo específico",
  "Verbruik per ton product",
  "Specifiek verbruik",
  "Zużycie na tonę produktu",
  "Zużycie jednostkowe",
];

/** Must not change: output per input, or a heading of no direction read as the factor as ever. */
const FACTOR = [
  "Faktor (t/t)",
  "Conversion factor",
  "Umrechnungsfaktor",
  "Ausbeute",
  "Yield",
  "Rendement",
  "Resa",
  "Rendimiento",
  "Opbrengst",
  "Wydajność",
  "Facteur de conversion",
  "Fattore di conversione",
  "Conversiefactor",
  "Współczynnik konwersji",
];

it.each(INVERSE)("%p is read as input per output", (h) => expect(fieldOf(h)).toBe("inverseFactor"));
it.each(FACTOR)("%p is read as the factor, as before", (h) => expect(fieldOf(h)).toBe("factor"));
