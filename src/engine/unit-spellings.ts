// The spellings of the simple units ("Tonnen", "cbm", "kWh Hi") and how a spelling is keyed.
// Split from units.ts (p-small) so that the refusals (unit-refusals.ts) read the same spellings
// without an import circle.
import { caseUnit } from "./unit-cases";

/** A unit's spelling as the tables key it: lower case, without spaces, dots or underscores. */
export function unitKey(text: string): string {
  return text.toLowerCase().replace(/[\s._]/g, "");
}

// Spellings of the simple units, keyed lower case without spaces, dots or underscores. "mt" and
// "MT" are the metric tonne as trade and fuel registers write it; "Mt", the SI symbol of the
// megatonne (a million times more), is refused before this table (unitRefusal, break test 15);
// "ton"/"tons"/"tn" are not here: they may be short, long or metric tons (unitRefusal says so).
// prettier-ignore
export const SIMPLE: Record<string, string> = {
  t: "t", mt: "t", to: "t", tonne: "t", tonnes: "t", metricton: "t", metrictons: "t",
  metrictonne: "t", metrictonnes: "t", tonnen: "t", "tonnes(metric)": "t", "tons(metric)": "t",
  ...metricTonnes(),
  kt: "kt", kilotonne: "kt", kilotonnes: "kt", kilotonnen: "kt",
  dt: "dt", dz: "dt", doppelzentner: "dt", dezitonne: "dt", dezitonnen: "dt",
  kg: "kg", kgs: "kg", kilo: "kg", kilos: "kg", kilogram: "kg", kilograms: "kg", kilogramm: "kg", kilogramme: "kg",
  g: "g", gram: "g", grams: "g", gramm: "g",
  m3: "m3", "m³": "m3", "m^3": "m3", cbm: "m3", cubicmeter: "m3", cubicmeters: "m3", cubicmetre: "m3",
  cubicmetres: "m3", kubikmeter: "m3",
  // only the denominators of g/cm³, kg/dm³ and g/ml; not quantity units of ours
  cm3: "cm3", "cm³": "cm3", ccm: "cm3", dm3: "dm3", "dm³": "dm3", ml: "mL",
  l: "L", lt: "L", ltr: "L", ltrs: "L", litre: "L", litres: "L", liter: "L", liters: "L",
  litro: "L", litri: "L", litros: "L", litr: "L", litry: "L", litrów: "L", ettolitri: "hL", hectolitros: "hL", // brk22 §14 it/es/pl
  hl: "hL", hektoliter: "hL", hectolitre: "hL", hectoliter: "hL", hectolitres: "hL", hectoliters: "hL",
  nm3: "Nm3", "nm³": "Nm3", "nm^3": "Nm3", normkubikmeter: "Nm3", normalkubikmeter: "Nm3",
  normalcubicmeter: "Nm3", normalcubicmeters: "Nm3", normalcubicmetre: "Nm3", normalcubicmetres: "Nm3",
  "m3(n)": "Nm3", "m³(n)": "Nm3", "m3n": "Nm3", "m³n": "Nm3", "m3(stp)": "Nm3", "m³(stp)": "Nm3",
  // German "m³ i.N." (im Normzustand)
  m3in: "Nm3", "m³in": "Nm3", "m3(in)": "Nm3", "m³(in)": "Nm3",
  kj: "kJ", mj: "MJ", megajoule: "MJ", megajoules: "MJ", gj: "GJ", gigajoule: "GJ", gigajoules: "GJ", tj: "TJ",
  kwh: "kWh", kilowattstunde: "kWh", kilowattstunden: "kWh", kilowatthour: "kWh", kilowatthours: "kWh",
  // net (lower) heating value, as gas books mark it: "kWh Hi", "kWh (Hu)"
  kwhhi: "kWh", kwhhu: "kWh", "kwh(hi)": "kWh", "kwh(hu)": "kWh",
  mwh: "MWh", megawattstunde: "MWh", megawattstunden: "MWh", megawatthour: "MWh", megawatthours: "MWh",
  mwhhi: "MWh", mwhhu: "MWh", "mwh(hi)": "MWh", "mwh(hu)": "MWh",
  gwh: "GWh",
  // --- p-units3: only the numerator and denominators of lb/ft³, lb/US gal and lb/imp gal; a pound or
  // a gallon alone is refused (unit-refusals.ts), and "lb/gal" names no gallon (refused, both named)
  lb: "lb", lbs: "lb", pound: "lb", pounds: "lb",
  ft3: "ft3", "ft³": "ft3", "ft^3": "ft3", cuft: "ft3", cubicfoot: "ft3", cubicfeet: "ft3",
  usgal: "US gal", "gal(us)": "US gal", "usgallon": "US gal", "usgallons": "US gal", "galus": "US gal",
  impgal: "imp gal", "gal(imp)": "imp gal", "galimp": "imp gal", ukgal: "imp gal", "gal(uk)": "imp gal",
  "galuk": "imp gal", imperialgallon: "imp gal", imperialgallons: "imp gal", ukgallon: "imp gal",
  // --- end p-units3
};

/**
 * (p-ghgunits, brk17 F10) The metric tonne as es/fr/it/nl/pl/de books write it in a unit cell:
 * "Tm"/"TM"/"t.m." (tonelada métrica, tonne métrique), "toneladas", "tonnes métriques",
 * "tonnellate", "metrische ton", "tona"/"tony": all exactly 1 t. They were refused as units not
 * known, while the heading "Cantidad (Tm)" was read as t. "Mt" stays refused (the megatonne's
 * symbol, unit-refusals.ts), a bare "ton"/"tn" too (short, long or metric).
 */
function metricTonnes(): Record<string, string> {
  const words = [
    // es, fr (also "t.m.", "TM")
    "tm|tonelada|toneladas|toneladametrica|toneladasmetricas|tonnemetrique|tonnesmetriques",
    // it, nl, pl, de
    "tonnellata|tonnellate|tonnellatametrica|tonnellatemetriche|metrischeton|metrieketon|metrischetonnen",
    "tona|tony|tonametryczna|tonymetryczne|tonmetrycznych|metrischetonne",
  ].flatMap((l) => l.split("|"));
  // each with its accents as typed too ("tonnes métriques", "toneladas métricas")
  const accented = (w: string) => w.replace(/metrique/, "métrique").replace(/metrica/, "métrica");
  return Object.fromEntries(words.flatMap((w) => [[w, "t"] as const, [accented(w), "t"] as const]));
}

/** A simple unit's canonical key: "Mg" (case as written) is t, "mg" none (unit-cases.ts). */
export function simpleOf(text: string): string | undefined {
  const cased = caseUnit(text);
  if (cased) return "unit" in cased ? cased.unit : undefined;
  return SIMPLE[unitKey(text)];
}
