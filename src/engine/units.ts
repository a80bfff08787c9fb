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
  /** exact factor to t per m³ (or per Nm³); divided by `divisor` where there is one */
  factor: string;
  /**
   * p-units3: the exact factor is `factor / divisor` where it is no finite decimal (1 lb/ft³ =
   * 0.45359237 kg / 0.028316846592 m³, NIST SP 811 B.8): the division is left to the conversion
   */
  divisor?: string;
}

export interface HeatingUnit {
  kind: "heating";
  unit: string;
  per: PerDimension;
  /** exact factor to MJ per t (or per m³, per Nm³) */
  factor: string;
}

export type Unit = QuantityUnit | DensityUnit | HeatingUnit;

export { type UnitRefusal, unitRefusal } from "./unit-refusals";
import { MEGATONNE, PER } from "./unit-refusals";
import { isTemperedVolume, temperatureOf } from "./unit-cases";
import { simpleOf } from "./unit-spellings";

const q = (unit: string, dim: Dimension, factor: string): QuantityUnit => ({
  kind: "quantity",
  unit,
  dim,
  factor,
});
const rho = (unit: string, per: DensityUnit["per"], factor: string, divisor?: string): DensityUnit =>
  divisor ? { kind: "density", unit, per, factor, divisor } : { kind: "density", unit, per, factor };
const hv = (unit: string, per: PerDimension, factor: string): HeatingUnit => ({
  kind: "heating",
  unit,
  per,
  factor,
});

/** One pound in tonnes, exactly (NIST SP 811 B.8). */
const LB_T = "0.00045359237";

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
  // 1 g/L = 1 kg/m³ = 0.001 t/m³ (it had been 0.000001: every g/L density read 1,000 times too small)
  "g/L": rho("g/L", "m3", "0.001"),
  "kg/Nm3": rho("kg/Nm3", "Nm3", "0.001"),
  // --- p-units3: pounds per volume (NIST SP 811 B.8: 1 lb = 0.45359237 kg, 1 ft³ = 0.028316846592 m³,
  // 1 US gal = 0.003785411784 m³; UK Weights and Measures Act 1985: 1 imp gal = 0.00454609 m³) ---
  "lb/ft3": rho("lb/ft3", "m3", LB_T, "0.028316846592"),
  "lb/US gal": rho("lb/US gal", "m3", LB_T, "0.003785411784"),
  "lb/imp gal": rho("lb/imp gal", "m3", LB_T, "0.00454609"),
  // --- end p-units3
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
  // p-units2: 1 kWh = 3.6 MJ and 1 L = 0.001 m³, so 1 kWh/L = 3,600 MJ/m³
  "kWh/L": hv("kWh/L", "m3", "3600"),
  "MJ/Nm3": hv("MJ/Nm3", "Nm3", "1"),
  "kWh/Nm3": hv("kWh/Nm3", "Nm3", "3.6"),
};

/**
 * A unit as typed ("mt", "Tonnen", "m³", "Nm³", "kWh", "kg/m³", "MJ/kg", "kWh/Nm³", "GJ per t"),
 * or null when it is not one the product knows. Never guesses: an unknown spelling is null.
 */
export function parseUnit(text: string | undefined): Unit | null {
  if (text === undefined) return null;
  const known = UNITS[text];
  if (known) return known;
  const t = text.normalize("NFKC").trim();
  if (t === "" || MEGATONNE.test(t)) return null;
  // p-small: "m³ (15 °C)" is m³ (the standard volume); "m³ (20 °C)" is not read (unit-cases.ts)
  const at = temperatureOf(t);
  if (at) {
    const u = parseUnit(at.base);
    return u && isTemperedVolume(u.unit) && at.readAt(u.unit) ? u : null;
  }
  const parts = t.split(PER);
  if (parts.length === 1) {
    const simple = simpleOf(t);
    return simple ? (UNITS[simple] ?? null) : null;
  }
  if (parts.length !== 2) return null;
  const top = simpleOf(parts[0] as string);
  const bottom = simpleOf(parts[1] as string);
  if (!top || !bottom) return null;
  return UNITS[`${top}/${bottom}`] ?? null;
}

/** A quantity unit ("t", "Nm3", "kWh"…) as typed, or null when unknown or not a quantity. */
export function parseQuantityUnit(text: string | undefined): QuantityUnit | null {
  const u = parseUnit(text);
  return u?.kind === "quantity" ? u : null;
}

/**
 * A unit's factor to its canonical unit as a floating-point number (factor / divisor), for
 * plausibility ranges only: conversions multiply and divide by the exact decimals (amount.ts).
 */
export function factorNumber(unit: Unit): number {
  return unit.kind === "density" && unit.divisor
    ? Number(unit.factor) / Number(unit.divisor)
    : Number(unit.factor);
}

/** The unit an account keeps a quantity of this unit in: t, m3, Nm3, MJ or kWh. */
export function accountUnitOf(unit: QuantityUnit): string {
  if (unit.dim !== "MJ") return unit.dim;
  return unit.unit === "kWh" || unit.unit === "MWh" || unit.unit === "GWh" ? "kWh" : "MJ";
}

/** How a unit is shown to people: m³, Nm³, the rest as spelled. */
export function displayUnit(unit: string): string {
  return unit.replace(/m3/g, "m³").replace(/ft3/g, "ft³");
}

/**
 * The units of one kind as messages list them, in the order of UNITS and as displayUnit shows
 * them: derived from the table the reader converts by, so a list can never omit a unit that is
 * read, nor name one that is not (p-units2: the heating-value list had omitted kWh/kg and MWh/t).
 */
export function unitsText(kind: Unit["kind"]): string {
  return Object.values(UNITS)
    .filter((u) => u.kind === kind)
    .map((u) => displayUnit(u.unit))
    .join(", ");
}

/** The quantity units, for messages: "kt, t, dt, kg, g, m³, L, hL, Nm³, kJ, MJ, GJ, TJ, kWh, MWh, GWh". */
export const QUANTITY_UNITS_TEXT = unitsText("quantity");
/** The density units, for messages: "kg/m³, t/m³, kg/L, g/cm³, …, kg/Nm³". */
export const DENSITY_UNITS_TEXT = unitsText("density");
/** The heating-value units, for messages: "MJ/kg, MJ/t, kJ/kg, kWh/t, MWh/t, …, kWh/Nm³". */
export const HEATING_UNITS_TEXT = unitsText("heating");
