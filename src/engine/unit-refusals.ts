// Units people write that the product recognises but refuses, and why (the finding says it, worded
// in catalogue/wording-units.ts UNIT_REFUSALS). Split from units.ts (p-units3), which reads the
// units it converts by; both key a spelling the same way (unitKey).

/**
 * Why a unit the product recognises is still refused, worded in the message table
 * (catalogue/wording-reading.ts): `tons` (short, long or metric), `short` / `long` (US / UK tons),
 * `gross` (energy by the gross calorific value), `imperial` (not metric); p-units3: `gallon`
 * (lb/gal: per US or per imperial gallon), `api` (degrees API) and `sg` (specific gravity), which
 * are not densities the product converts by.
 */
export type UnitRefusal =
  | "tons"
  | "short"
  | "long"
  | "gross"
  | "imperial"
  | "gallon"
  | "api"
  | "sg"
  // p-mult: a multiplier or divisor written with the unit ("x 1.000", "Tsd. t", "/1000"): multiplier.ts
  | "multiplier"
  // p-units3: a bare "q" or "quintal": 100 kg in most of Europe, 46 kg as the old Castilian quintal
  | "quintal"
  // p-numbers2: "Mt", the SI megatonne (10^6 t), which some registers write for the metric tonne
  | "megatonne"
  // p-small: "mg" (the milligram, as written), "MG" (megagram or milligram with the case lost), and
  // a volume at a reference temperature other than the one read ("m³ (20 °C)"): unit-cases.ts
  | "milligram"
  | "mass-case"
  | "temperature"
  // brk25 §7: one column's heading naming two quantity units ("Menge (t) (kg)", "Menge (kg) in t")
  | "two-units";

/**
 * "Mt" or "Mt." as written (case matters): the SI symbol of the megatonne, 1,000,000 t (SI
 * Brochure, prefix M = 10^6, as "kt" is 1,000 t), though some registers write it for the metric
 * tonne; neither reading is taken. "MT" and "mt" stay the metric tonne of trade (units.ts).
 */
export const MEGATONNE = /^Mt\.?$/;

/** The refusals that are about a density: a heading with one of these is a density's heading. */
export const DENSITY_REFUSALS: ReadonlySet<UnitRefusal> = new Set(["gallon", "api", "sg"]);

// prettier-ignore
const REFUSED: Record<string, UnitRefusal> = {
  // p-units3: the Italian "q.li"/"quintali" is read as 1 dt (workbook/heading-units.ts); these are not
  q: "quintal", qq: "quintal", quintal: "quintal", quintales: "quintal", quintaux: "quintal", qx: "quintal",
  // "tn": the US short ton (GPO style) as much as the Spanish/Argentine metric "tn" (p-numbers2)
  ton: "tons", tons: "tons", tn: "tons",
  shortton: "short", shorttons: "short", uston: "short", ustons: "short",
  longton: "long", longtons: "long", ukton: "long", uktons: "long", imperialton: "long", imperialtons: "long",
  kwhhs: "gross", "kwh(hs)": "gross", kwhho: "gross", "kwh(ho)": "gross", kwhpcs: "gross", kwhgcv: "gross",
  kwhhhv: "gross", mwhhs: "gross", "mwh(hs)": "gross", mwhho: "gross", gwhhs: "gross",
  lb: "imperial", lbs: "imperial", pound: "imperial", pounds: "imperial",
  // p-heads: the pound in de/fr/es/it/nl ("Menge (Pfund)")
  pfund: "imperial", pfd: "imperial", livre: "imperial", livres: "imperial", libra: "imperial",
  libras: "imperial", libbra: "imperial", libbre: "imperial", pond: "imperial", ponden: "imperial",
  gal: "imperial", gallon: "imperial", gallons: "imperial", usgal: "imperial",
  bbl: "imperial", barrel: "imperial", barrels: "imperial",
  btu: "imperial", mmbtu: "imperial", therm: "imperial", therms: "imperial", cf: "imperial", scf: "imperial",
  "btu/lb": "imperial",
  // --- p-units3: densities the product does not convert by ---
  // a bare gallon may be the US one (3.785411784 L) or the imperial one (4.54609 L): "lb/US gal" and
  // "lb/imp gal" are read (units.ts); "lb/gal" alone is refused naming both
  "lb/gal": "gallon", "lbs/gal": "gallon", "lb/gallon": "gallon", "lbs/gallon": "gallon",
  "pounds/gallon": "gallon", "poundspergallon": "gallon", ppg: "gallon",
  // degrees API: 141.5 / SG(60 °F) − 131.5, not proportional to a density
  "°api": "api", api: "api", degapi: "api", apigravity: "api", "apidensity": "api",
  "°api(60°f)": "api", "api(60°f)": "api", "apigrad": "api", "gradapi": "api", "gradosapi": "api",
  "degrésapi": "api", "gradiapi": "api",
  // specific gravity / relative density: relative to water at a temperature the value must state
  sg: "sg", spgr: "sg", specificgravity: "sg", relativedensity: "sg", "sg(15/15)": "sg",
  "sg15/15": "sg", "sg(60/60)": "sg", "sg60/60": "sg", relativedichte: "sg", "dichteverhältnis": "sg",
  "densitérelative": "sg", "densidadrelativa": "sg", "gravedadespecífica": "sg",
  "densitàrelativa": "sg", "pesospecificorelativo": "sg", "relatievedichtheid": "sg",
  "soortelijkgewicht": "sg",
  // p-heads: the same written as a heading with no unit ("spezifisches Gewicht", "Spec. gravity")
  spezifischesgewicht: "sg", spezgewicht: "sg", specgravity: "sg", specificgravity15: "sg",
  "relativedensity(water=1)": "sg", "gravitéspécifique": "sg", "pesoespecífico": "sg",
  "pesospecifico": "sg", "soortelijkemassa": "sg", "spgravity": "sg",
  // --- end p-units3
};

import { multiplierOf } from "./multiplier";
import { caseUnit, isTemperedVolume, temperatureOf } from "./unit-cases";
import { simpleOf, unitKey } from "./unit-spellings";

// Numerators and denominators of compound units ("kg/m³", "MJ pro kg", "kWh per Nm3").
/** The split between a compound unit's numerator and denominator ("/", "per", "pro", "je"). */
export const PER = /\s*(?:\/|\bper\b|\bpro\b|\bje\b)\s*/;

export { unitKey };

/**
 * (brk25 §7) The plain units a heading names in brackets or after "in" ("Menge (t) (kg)": t and kg;
 * "Menge (kg) in t": kg and t), by their canonical keys: more than one is a unit no one may choose.
 */
function namedUnits(text: string): Set<string> {
  const named = [...text.matchAll(/[([]\s*([^()[\]]+?)\s*[)\]]|\bin\s+(\S+)\s*$/gi)];
  return new Set(named.map((m) => simpleOf(m[1] ?? m[2] ?? "")).filter((u) => u !== undefined));
}

/**
 * Why a unit the product recognises is still refused ("tons", "kWh Hs", "lbs", "lb/gal"), or null.
 * p-mult: a unit written with a multiplier or divisor ("1000 kg", "Tsd. t", "x 1.000 L") is
 * refused as `multiplier` before anything else, so that it is never read as its plain unit.
 */
export function unitRefusal(text: string | undefined): UnitRefusal | null {
  if (text === undefined) return null;
  if (multiplierOf(text) !== null) return "multiplier";
  const t = text.normalize("NFKC").trim();
  if (namedUnits(t).size > 1) return "two-units";
  if (MEGATONNE.test(t)) return "megatonne";
  const cased = caseUnit(t);
  if (cased && "refused" in cased) return cased.refused;
  const at = temperatureOf(t);
  const volume = at ? simpleOf(at.base) : undefined;
  if (at && volume && isTemperedVolume(volume) && !at.readAt(volume)) return "temperature";
  const whole = REFUSED[unitKey(t)];
  if (whole) return whole;
  const parts = t.split(PER);
  for (const p of parts) {
    const why = REFUSED[unitKey(p)];
    if (why) return why;
  }
  return null;
}
