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
  kt: q("kt", "t", "1000"),
  t: q("t", "t", "1"),
  dt: q("dt", "t", "0.1"),
  kg: q("kg", "t", "0.001"),
  g: q("g", "t", "0.000001"),
  m3: q("m3", "m3", "1"),
  L: q("L", "m3", "0.001"),
  hL: q("hL", "m3", "0.1"),
  Nm3: q("Nm3", "Nm3", "1"),
  kJ: q("kJ", "MJ", "0.001"),
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
  "g/mL": rho("g/mL", "m3", "1"),
  "kg/dm3": rho("kg/dm3", "m3", "1"),
  "g/L": rho("g/L", "m3", "0.000001"),
  "kg/Nm3": rho("kg/Nm3", "Nm3", "0.001"),
  "MJ/kg": hv("MJ/kg", "t", "1000"),
  "MJ/t": hv("MJ/t", "t", "1"),
  "kJ/kg": hv("kJ/kg", "t", "1"),
  "kWh/t": hv("kWh/t", "t", "3.6"),
  "MWh/t": hv("MWh/t", "t", "3600"),
  "GJ/t": hv("GJ/t", "t", "1000"),
  "kWh/kg": hv("kWh/kg", "t", "3600"),
  "MJ/m3": hv("MJ/m3", "m3", "1"),
  "GJ/m3": hv("GJ/m3", "m3", "1000"),
  "MJ/L": hv("MJ/L", "m3", "1000"),
  "kWh/m3": hv("kWh/m3", "m3", "3.6"),
  "MJ/Nm3": hv("MJ/Nm3", "Nm3", "1"),
  "kWh/Nm3": hv("kWh/Nm3", "Nm3", "3.6"),
};

// Spellings of the simple units, keyed lower case without spaces, dots or underscores. "mt" and
// "MT" (and "Mt", as real PoS registers write it) are the metric tonne of fuel registers, never the
// megatonne of statistics, which no book row holds;
// "ton"/"tons" are not here: they may be short, long or metric tons (unitRefusal says so).
// prettier-ignore
const SIMPLE: Record<string, string> = {
  t: "t", mt: "t", to: "t", tonne: "t", tonnes: "t", metricton: "t", metrictons: "t",
  metrictonne: "t", metrictonnes: "t", tonnen: "t", tn: "t", "tonnes(metric)": "t", "tons(metric)": "t",
  kt: "kt", kilotonne: "kt", kilotonnes: "kt", kilotonnen: "kt",
  dt: "dt", dz: "dt", doppelzentner: "dt", dezitonne: "dt", dezitonnen: "dt",
  kg: "kg", kgs: "kg", kilo: "kg", kilos: "kg", kilogram: "kg", kilograms: "kg", kilogramm: "kg", kilogramme: "kg",
  g: "g", gram: "g", grams: "g", gramm: "g",
  m3: "m3", "m³": "m3", "m^3": "m3", cbm: "m3", cubicmeter: "m3", cubicmeters: "m3", cubicmetre: "m3",
  cubicmetres: "m3", kubikmeter: "m3",
  // only the denominators of g/cm³, kg/dm³ and g/ml; not quantity units of ours
  cm3: "cm3", "cm³": "cm3", ccm: "cm3", dm3: "dm3", "dm³": "dm3", ml: "mL",
  l: "L", lt: "L", ltr: "L", ltrs: "L", litre: "L", litres: "L", liter: "L", liters: "L",
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
};

// Units people write that the product knows but refuses, and why (the finding says it).
// prettier-ignore
const REFUSED: Record<string, string> = {
  ton: "tons", tons: "tons", shortton: "short", shorttons: "short", longton: "long", longtons: "long",
  uston: "short", ustons: "short", ukton: "long", uktons: "long", imperialton: "long", imperialtons: "long",
  kwhhs: "gross", "kwh(hs)": "gross", kwhho: "gross", "kwh(ho)": "gross", kwhpcs: "gross", kwhgcv: "gross",
  kwhhhv: "gross", mwhhs: "gross", "mwh(hs)": "gross", mwhho: "gross", gwhhs: "gross",
  lb: "imperial", lbs: "imperial", pound: "imperial", pounds: "imperial", gal: "imperial", gallon: "imperial",
  gallons: "imperial", usgal: "imperial", bbl: "imperial", barrel: "imperial", barrels: "imperial",
  btu: "imperial", mmbtu: "imperial", therm: "imperial", therms: "imperial", cf: "imperial", scf: "imperial",
  "btu/lb": "imperial", "lb/gal": "imperial",
};

const REFUSALS: Record<string, string> = {
  tons: 'may be short tons (0.907 t), long tons (1.016 t) or metric tonnes; write t or "tonnes" for metric tonnes',
  short: "are short (US) tons, not metric; convert the quantity to t (1 short ton = 0.90718474 t)",
  long: "are long (UK) tons, not metric; convert the quantity to t (1 long ton = 1.0160469088 t)",
  gross:
    "is energy by the gross calorific value (Hs, upper heating value); balances and declarations use the net (lower) heating value: give the energy in kWh Hi or MJ",
  imperial: "is not a metric unit; convert the value to a metric unit (t, kg, m³, L, MJ, kWh)",
};

/** Why a unit the product recognises is still refused ("tons", "kWh Hs", "lbs"), or null. */
export function unitRefusal(text: string | undefined): string | null {
  if (text === undefined) return null;
  const t = text.normalize("NFKC").trim();
  const whole = REFUSED[key(t)];
  if (whole) return REFUSALS[whole] ?? null;
  const parts = t.split(PER);
  for (const p of parts) {
    const why = REFUSED[key(p)];
    if (why) return REFUSALS[why] ?? null;
  }
  return null;
}

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

/** What a product is, where the row's units tell: a liquid (litres), a gas (Nm³), or unknown. */
export type Phase = "liquid" | "gas" | null;

/** The ranges of a density or heating value, in the canonical unit (t or MJ per t, m³ or Nm³). */
interface Range {
  /** what any product can have: outside it the value is impossible, and refused */
  possible: [string, string];
  /** what products usually have: outside it the value is flagged, and used */
  usual: [string, string];
  /** the usual range for a liquid or a gas, where the row tells which it is */
  phase?: Partial<Record<Exclude<Phase, null>, [string, string]>>;
  /** the units a person may have meant, same "per", tried in this order */
  alternatives: string[];
}

// Densities: no product is denser than 25 t/m³ (osmium 22.6) or lighter than 0.5 kg/m³ in m³ of
// itself; gases at normal conditions weigh 0.08 (hydrogen) to 16 kg/Nm³ (the heaviest). Usually
// liquids and solids 50–2,500 kg/m³ (bulk biomass to heavy oils), gases 0.08–3 kg/Nm³.
// Heating values (lower): nothing gives more than 150 MJ/kg (hydrogen 120); usually 5–150 MJ/kg
// (wet biomass to hydrogen); per m³ of a liquid 5–50 MJ/L, of a gas 5–150 MJ/m³; per Nm³ of a gas
// usually 5–60 MJ/Nm³ (hydrogen 10.8, biogas ~20, methane 35.9), at most 250 (butane 124).
const RANGES: Record<string, Range> = {
  "density:m3": {
    possible: ["0.0005", "25"],
    usual: ["0.05", "2.5"],
    alternatives: ["kg/m3", "t/m3", "kg/L", "g/cm3"],
  },
  "density:Nm3": { possible: ["0.00005", "0.02"], usual: ["0.00008", "0.003"], alternatives: ["kg/Nm3"] },
  "heating:t": {
    possible: ["100", "150000"],
    usual: ["5000", "150000"],
    alternatives: ["MJ/kg", "MJ/t", "GJ/t", "kWh/kg"],
  },
  "heating:m3": {
    possible: ["1", "100000"],
    usual: ["5", "50000"],
    phase: { liquid: ["5000", "50000"], gas: ["5", "150"] },
    alternatives: ["MJ/m3", "MJ/L", "GJ/m3", "kWh/m3"],
  },
  "heating:Nm3": { possible: ["1", "250"], usual: ["5", "60"], alternatives: ["MJ/Nm3", "kWh/Nm3"] },
};

/** How a density or heating value fits its unit: usual, unusual (flag it) or impossible (refuse it). */
export type Plausibility =
  | { plausible: true }
  | {
      plausible: false;
      /** impossible for any product in this unit, not merely unusual */
      impossible: boolean;
      /** the unit of the same kind under which it would be usual: the likely mistake */
      likely: string | null;
      /** the phase whose usual range it misses, when that decided ("liquid") */
      phase: Phase;
    };

/**
 * Whether `value` (a decimal string) is plausible for a density or heating value in `unit`, for a
 * product of `phase` where the row tells it. A value outside what any product can have is
 * impossible (780 t/m³, 37,000 MJ/kg); one outside what such products usually have is unusual (35
 * MJ/m³ for a liquid); either way the unit under which it would be usual is named. A plausibility
 * check only: the value itself is converted exactly elsewhere.
 */
export function plausibility(
  unit: DensityUnit | HeatingUnit,
  value: string,
  phase: Phase = null,
): Plausibility {
  const range = RANGES[`${unit.kind}:${unit.per}`];
  if (!range) return { plausible: true };
  const v = Number(value);
  const within = (factor: string, [min, max]: [string, string]) => {
    const x = v * Number(factor);
    return x >= Number(min) && x <= Number(max);
  };
  const usual = (phase && range.phase?.[phase]) || range.usual;
  if (within(unit.factor, usual)) return { plausible: true };
  let likely: string | null = null;
  for (const alt of range.alternatives) {
    const u = UNITS[alt];
    if (u && u.unit !== unit.unit && within(u.factor, usual)) {
      likely = alt;
      break;
    }
  }
  const impossible = !within(unit.factor, range.possible);
  return { plausible: false, impossible, likely, phase: usual === range.usual ? null : phase };
}

/** A quantity's phase from its unit where the unit tells: litres are a liquid, Nm³ a gas. */
export function phaseOfUnit(unit: string | null | undefined): Phase {
  if (unit === "L" || unit === "hL") return "liquid";
  if (unit === "Nm3") return "gas";
  return null;
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

/**
 * A GHG unit as typed: per MJ of energy, with the exact factor that turns its values into g CO2eq
 * per MJ (the unit of the savings rule and of the PoS: kg CO2eq/GJ is 1, g CO2eq/kWh 1/3.6), or
 * per mass of the material ("kg CO2eq/t", a feedstock's value, which has no saving); null when it
 * is not a GHG unit the product knows, so that no saving is ever computed on a value it cannot read.
 */
export type GhgUnit =
  { per: "energy"; unit: string; numerator: string; denominator: string } | { per: "mass"; unit: string };

// prettier-ignore
const GHG_MASS: Record<string, string> = { g: "1", gram: "1", grams: "1", kg: "1000", t: "1000000" };
// prettier-ignore
const GHG_ENERGY: Record<string, string> = { mj: "1", gj: "1000", tj: "1000000", kwh: "3.6", mwh: "3600", gwh: "3600000" };
const GHG_PER_MASS = new Set([
  "t",
  "kg",
  "tdm",
  "tdrymatter",
  "drytonne",
  "drytonnes",
  "dryt",
  "tatro",
  "ttrocken",
]);
// words after the denominator that say whose energy it is: "g CO2eq/MJ Kraftstoff", "MJ fuel", "MJ (LHV)"
const GHG_TAIL =
  /(?:kraftstoff|brennstoff|fuel|biofuel|biokraftstoff|energy|energie|lhv|hu|hi|\(lhv\)|\(hu\)|\(hi\)|offuel)$/;

export function parseGhgUnit(text: string | null | undefined): GhgUnit | null {
  if (!text) return null;
  const t = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/₂/g, "2")
    .replace(/[\s_.-]/g, "");
  const slash = t.indexOf("/");
  if (slash < 0) return null;
  const top = t.slice(0, slash);
  let bottom = t.slice(slash + 1).replace(GHG_TAIL, "");
  // "g CO2eq", "gCO2e", "g CO2-Äq", "kg CO2 equivalent", and "g" alone ("g/MJ")
  const m = /^(g|gram|grams|kg|t)(?:co2(?:eq|e|äq|aeq|aq|equivalent|equiv|equivalents)?)?$/.exec(top);
  if (!m) return null;
  const numerator = GHG_MASS[m[1] as string] as string;
  if (GHG_PER_MASS.has(bottom)) return { per: "mass", unit: text.trim() };
  bottom = bottom.replace(/^(mj|gj|tj|kwh|mwh|gwh).*$/, (_x, u: string) => (bottom === u ? u : "?"));
  const denominator = GHG_ENERGY[bottom];
  if (!denominator) return null;
  return { per: "energy", unit: text.trim(), numerator, denominator };
}
