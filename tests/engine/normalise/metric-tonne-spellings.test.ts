// p-ghgunits (brk17 F10): the metric tonne as es/fr/it/nl/pl/de books write it in a unit cell
// ("Tm", "TM", "tonnes métriques", "toneladas", "tonnellate", "metrische ton", "tony") was refused
// as a unit not known, the receipt's credit unknown, while the heading "Cantidad (Tm)" was read as
// t. Each is exactly 1 t. "Mt" (the megatonne's symbol), "mg", "MG", a bare "ton"/"tn" (short,
// long or metric) and "t TM" (a tonne of dry matter) stay refused.
import { parseUnit, unitRefusal } from "../../../src/engine/units";
import { parseGhgUnit } from "../../../src/engine/ghg-units";

const READ_AS_T: readonly [string, string][] = [
  ["es", "Tm"],
  ["es", "TM"],
  ["es", "tm"],
  ["es", "T.M."],
  ["es", "tonelada"],
  ["es", "Toneladas"],
  ["es", "toneladas métricas"],
  ["es", "tonelada metrica"],
  ["fr", "t.m."],
  ["fr", "tonne métrique"],
  ["fr", "tonnes métriques"],
  ["fr", "Tonnes metriques"],
  ["it", "tonnellata"],
  ["it", "tonnellate"],
  ["it", "tonnellata metrica"],
  ["it", "tonnellate metriche"],
  ["nl", "metrische ton"],
  ["nl", "metrieke ton"],
  ["nl", "metrische tonnen"],
  ["pl", "tona"],
  ["pl", "tony"],
  ["pl", "tona metryczna"],
  ["pl", "tony metryczne"],
  ["pl", "ton metrycznych"],
  ["de", "Tonnen"],
  ["de", "metrische Tonne"],
  // read before, unchanged
  ["en", "t"],
  ["en", "MT"],
  ["en", "mt"],
  ["en", "metric tons"],
  ["en", "tonnes"],
  ["de", "Tonne"],
  ["de", "Mg"],
];

// still refused, and why (the finding says it)
const REFUSED: readonly [string, string | null][] = [
  ["Mt", "megatonne"],
  ["mg", "milligram"],
  ["MG", "mass-case"],
  ["ton", "tons"],
  ["tn", "tons"],
  ["t TM", null],
  ["Tm (20 °C)", null],
];

describe("metric tonne spellings in seven languages", () => {
  it.each(READ_AS_T)("%s: %s is exactly 1 t", (_, text) => {
    expect(parseUnit(text)).toEqual(parseUnit("t"));
    expect(unitRefusal(text)).toBeNull();
  });

  it.each(REFUSED)("%s is not read (refused as %s)", (text, why) => {
    expect(parseUnit(text)).toBeNull();
    expect(unitRefusal(text)).toBe(why);
  });

  it("a GHG unit per 'TM' stays refused: a tonne métrique or a tonne of dry matter (Trockenmasse)", () => {
    expect(parseGhgUnit("kg CO2eq/TM")).toBeNull();
    expect(parseGhgUnit("kg CO2eq/t TM")).toMatchObject({ unit: "kg CO2eq/t TM", dry: true });
  });
});
