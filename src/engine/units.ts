// The one unit vocabulary of the product (domain.md §4): quantities (mass, volume, normal volume,
// energy), densities (mass per volume) and heating values (energy per mass or volume), each with
// the exact factor to its canonical unit. Reading a unit ("Tonnen", "m³", "kWh/Nm³") and
// converting by it happen here only; the workbook layer delegates to `parseUnit` for units in
// headers and unit columns. Plausible ranges for densities and heating values name the likely
// mistake when a value does not fit its unit ("780 looks like kg/m³").

/** The dimension of a quantity, named by its canonical unit: the units balances are kept in. */
export type Dimension = "t" | "m3" | "Nm3" | "MJ";
/** What a density or heating value is "per": a mass, a volume or a normal volume. */
export type PerDimension = "t" | "m3" | "Nm3";

export interface QuantityUnit {
  kind: "quantity";
  /** canonical spelling ("t", "kg", "m3", "Nm3", "L", "MJ", "kWh", …) */
  unit: string;
  dim: Dimension;
  /** exact factor to the dimension's canonical unit (kg → "0.001" t) */
  factor: string;
}

export interface DensityUnit {
  kind: "density";
  unit: string;
  /** mass per this: t/m³ for volume, t/Nm³ for normal volume */
  per: Exclude<PerDimension, "t">;
  /** exact factor to t per m³ (or per Nm³) */
  factor: string;
}

export interface HeatingUnit {
  kind: "heating";
  unit: string;
  per: PerDimension;
  /** exact factor to MJ per t (or per m³, per Nm³) */
  factor: string;
}

export type Unit = QuantityUnit | DensityUnit | HeatingUnit;

const q = (unit: string, dim: Dimension, factor: string): QuantityUnit => ({
  kind: "quantity",
  unit,
  dim,
  factor,
});
const rho = (unit: string, per: DensityUnit["per"], factor: string): DensityUnit => ({
  kind: "density",
  unit,
  per,
  factor,
});
const hv = (unit: string, per: PerDimension, factor: string): HeatingUnit => ({
  kind: "heating",
  unit,
  per,
  factor,
});

/** Every unit by its canonical spelling. */
export const UNITS: Readonly<Record<string, Unit>> = {
  t: q("t", "t", "1"),
  kg: q("kg", "t", "0.001"),
  g: q("g", "t", "0.000001"),
  m3: q("m3", "m3", "1"),
  L: q("L", "m3", "0.001"),
  hL: q("hL", "m3", "0.1"),
  Nm3: q("Nm3", "Nm3", "1"),
  MJ: q("MJ", "MJ", "1"),
  GJ: q("GJ", "MJ", "1000"),
  TJ: q("TJ", "MJ", "1000000"),
  kWh: q("kWh", "MJ", "3.6"),
  MWh: q("MWh", "MJ", "3600"),
  GWh: q("GWh", "MJ", "3600000"),
  "kg/m3": rho("kg/m3", "m3", "0.001"),
  "t/m3": rho("t/m3", "m3", "1"),
  "kg/L": rho("kg/L", "m3", "1"),
  "g/cm3": rho("g/cm3", "m3", "1"),
  "g/L": rho("g/L", "m3", "0.000001"),
  "kg/Nm3": rho("kg/Nm3", "Nm3", "0.001"),
  "MJ/kg": hv("MJ/kg", "t", "1000"),
  "MJ/t": hv("MJ/t", "t", "1"),
  "GJ/t": hv("GJ/t", "t", "1000"),
  "kWh/kg": hv("kWh/kg", "t", "3600"),
  "MJ/m3": hv("MJ/m3", "m3", "1"),
  "GJ/m3": hv("GJ/m3", "m3", "1000"),
  "MJ/L": hv("MJ/L", "m3", "1000"),
  "kWh/m3": hv("kWh/m3", "m3", "3.6"),
  "MJ/Nm3": hv("MJ/Nm3", "Nm3", "1"),
  "kWh/Nm3": hv("kWh/Nm3", "Nm3", "3.6"),
};

// Spellings of the simple units, keyed lower case without spaces, dots or underscores.
// prettier-ignore
const SIMPLE: Record<string, string> = {
  t: "t", mt: "t", to: "t", tonne: "t", tonnes: "t", ton: "t", tons: "t", metricton: "t", metrictons: "t",
  metrictonne: "t", metrictonnes: "t", tonnen: "t", tn: "t",
  kg: "kg", kgs: "kg", kilo: "kg", kilos: "kg", kilogram: "kg", kilograms: "kg", kilogramm: "kg", kilogramme: "kg",
  g: "g", gram: "g", grams: "g", gramm: "g",
  m3: "m3", "m³": "m3", "m^3": "m3", cbm: "m3", cubicmeter: "m3", cubicmeters: "m3", cubicmetre: "m3",
  cubicmetres: "m3", kubikmeter: "m3",
  // only the denominator of g/cm³; not a quantity unit of ours
  cm3: "cm3", "cm³": "cm3", ccm: "cm3",
  l: "L", lt: "L", ltr: "L", ltrs: "L", litre: "L", litres: "L", liter: "L", liters: "L",
  hl: "hL", hektoliter: "hL", hectolitre: "hL", hectoliter: "hL", hectolitres: "hL", hectoliters: "hL",
  nm3: "Nm3", "nm³": "Nm3", "nm^3": "Nm3", normkubikmeter: "Nm3", normalkubikmeter: "Nm3",
  normalcubicmeter: "Nm3", normalcubicmeters: "Nm3", normalcubicmetre: "Nm3", normalcubicmetres: "Nm3",
  "m3(n)": "Nm3", "m³(n)": "Nm3", "m3n": "Nm3", "m³n": "Nm3", "m3(stp)": "Nm3", "m³(stp)": "Nm3",
  mj: "MJ", megajoule: "MJ", megajoules: "MJ", gj: "GJ", gigajoule: "GJ", gigajoules: "GJ", tj: "TJ",
  kwh: "kWh", kilowattstunde: "kWh", kilowattstunden: "kWh", kilowatthour: "kWh", kilowatthours: "kWh",
  mwh: "MWh", megawattstunde: "MWh", megawattstunden: "MWh", megawatthour: "MWh", megawatthours: "MWh",
  gwh: "GWh",
};

// Numerators and denominators of compound units ("kg/m³", "MJ pro kg", "kWh per Nm3").
const PER = /\s*(?:\/|\bper\b|\bpro\b|\bje\b)\s*/;

/**
 * A unit as typed ("mt", "Tonnen", "m³", "Nm³", "kWh", "kg/m³", "MJ/kg", "kWh/Nm³", "GJ per t"),
 * or null when it is not one the product knows. Never guesses: an unknown spelling is null.
 */
export function parseUnit(text: string | undefined): Unit | null {
  if (text === undefined) return null;
  const known = UNITS[text];
  if (known) return known;
  const t = text.normalize("NFKC").trim();
  if (t === "") return null;
  const parts = t.split(PER);
  if (parts.length === 1) {
    const simple = SIMPLE[key(t)];
    return simple ? (UNITS[simple] ?? null) : null;
  }
  if (parts.length !== 2) return null;
  const top = SIMPLE[key(parts[0] as string)];
  const bottom = SIMPLE[key(parts[1] as string)];
  if (!top || !bottom) return null;
  return UNITS[`${top}/${bottom}`] ?? null;
}

function key(text: string): string {
  return text.toLowerCase().replace(/[\s._]/g, "");
}

/** A quantity unit ("t", "Nm3", "kWh"…) as typed, or null when unknown or not a quantity. */
export function parseQuantityUnit(text: string | undefined): QuantityUnit | null {
  const u = parseUnit(text);
  return u?.kind === "quantity" ? u : null;
}

/** The unit an account keeps a quantity of this unit in: t, m3, Nm3, MJ or kWh. */
export function accountUnitOf(unit: QuantityUnit): string {
  if (unit.dim !== "MJ") return unit.dim;
  return unit.unit === "kWh" || unit.unit === "MWh" || unit.unit === "GWh" ? "kWh" : "MJ";
}

/** Units a density or heating value is plausibly typed in, and the plausible range in the canonical unit. */
interface Range {
  /** in t per m³ / Nm³, or MJ per t / m³ / Nm³ */
  min: string;
  max: string;
  /** the units a person may have meant, same "per", tried in this order */
  alternatives: string[];
}

// Densities: gases at normal conditions weigh about 0.1–3 kg/Nm³; liquids and solids 100–2,500 kg/m³
// (bulk biomass to heavy oils). Heating values: 5–150 MJ/kg (wet biomass to hydrogen); 5–150 MJ/Nm³
// (hydrogen to propane); per m³ of a liquid 5,000–50,000 MJ/m³, of a gas 5–150 MJ/m³.
const RANGES: Record<string, Range> = {
  "density:m3": { min: "0.05", max: "2.5", alternatives: ["kg/m3", "t/m3", "kg/L", "g/cm3"] },
  "density:Nm3": { min: "0.00005", max: "0.003", alternatives: ["kg/Nm3"] },
  "heating:t": { min: "5000", max: "150000", alternatives: ["MJ/kg", "MJ/t", "GJ/t", "kWh/kg"] },
  "heating:m3": { min: "5", max: "50000", alternatives: ["MJ/m3", "MJ/L", "GJ/m3", "kWh/m3"] },
  "heating:Nm3": { min: "5", max: "150", alternatives: ["MJ/Nm3", "kWh/Nm3"] },
};

/**
 * Whether `value` (a decimal string) is plausible for a density or heating value in `unit`; when
 * it is not, the unit of the same kind under which it would be (the likely mistake), or null when
 * none fits. A plausibility check only: the value itself is always converted exactly elsewhere.
 */
export function plausibility(
  unit: DensityUnit | HeatingUnit,
  value: string,
): { plausible: true } | { plausible: false; likely: string | null } {
  const range = RANGES[`${unit.kind}:${unit.per}`];
  if (!range) return { plausible: true };
  const within = (factor: string) => {
    const v = Number(value) * Number(factor);
    return v >= Number(range.min) && v <= Number(range.max);
  };
  if (within(unit.factor)) return { plausible: true };
  for (const alt of range.alternatives) {
    const u = UNITS[alt];
    if (u && u.unit !== unit.unit && within(u.factor)) return { plausible: false, likely: alt };
  }
  return { plausible: false, likely: null };
}

/** How a unit is shown to people: m³, Nm³, the rest as spelled. */
export function displayUnit(unit: string): string {
  return unit.replace(/m3/g, "m³");
}

/** The quantity units, for messages: "t, kg, g, m³, L, hL, Nm³, MJ, GJ, TJ, kWh, MWh, GWh". */
export const QUANTITY_UNITS_TEXT = Object.values(UNITS)
  .filter((u) => u.kind === "quantity")
  .map((u) => displayUnit(u.unit))
  .join(", ");
