// Units whose reading depends on what a plain unit key loses (unitKey lowers the case and drops
// spaces): the megagram and the milligram, and a volume written with its reference temperature.
// Split from units.ts and unit-refusals.ts, which both ask here before their own tables.
//
// | written                                   | read                                            |
// | "Mg", "Mg.", "megagram(s)", "Megagramm"   | t (1 Mg = 1,000 kg = 1 t exactly, SI prefix M)  |
// | "mg", "milligram(s)", "Milligramm"        | refused: milligrams are implausible for a mass   |
// | "MG"                                      | refused: in capitals Mg and mg cannot be told    |
// | "m³ (15 °C)", "m3 @15°C", "L bei 15 °C"   | m³, L, hL: the standard volume at 15 °C          |
// | "m³ (20 °C)", "L @ 60 °F"                 | refused: a volume at another temperature         |
// | "Nm³ (0 °C)"                              | Nm³ (the normal state is 0 °C, 1.01325 bar)      |
// | "Nm³ (15 °C)", "Nm³ bei 20 °C"            | refused: not the normal state the add-in reads   |

/** Words for the megagram (1 t) and the milligram, any case: only the symbols' case matters. */
const MEGAGRAM_WORD = /^mega ?gram(?:s|m|me|mes|os|y|ów)?$/i;
const MILLIGRAM_WORD = /^milli ?gram(?:s|m|me|mes|os|y|ów)?$/i;

/**
 * The canonical unit a case-sensitive spelling stands for ("Mg", "megagram" → "t"), or why it
 * is refused ("mg", "milligram": milligram; "MG": mass-case), or null when it is neither.
 */
export function caseUnit(text: string): { unit: "t" } | { refused: "milligram" | "mass-case" } | null {
  const t = text.trim();
  if (/^MG\.?$/.test(t)) return { refused: "mass-case" };
  if (/^Mg\.?$/.test(t) || MEGAGRAM_WORD.test(t)) return { unit: "t" };
  if (/^mg\.?$/.test(t) || MILLIGRAM_WORD.test(t)) return { refused: "milligram" };
  return null;
}

// ("º", the ordinal sign typed for the degree, is "o" after NFKC)
// "m³ (15 °C)", "m3 @15°C", "m³ bei 15 °C", "L à 15 °C", "hL a 15 °C", "m³ bij 15 °C", "m³ w 15 °C",
// "m³ przy 15°C", "m³, 15 °C", "m³ at 15 deg C": a unit, then a temperature in °C or °F
const AT_TEMPERATURE =
  /^(.+?)\s*[,([]?\s*(?:@|at|bei|à|a|al|bij|w|przy|zu|by|de)?\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:°|º|o|deg\.?|grad)\s*([CF])\s*[)\]]?$/i;

/** The reference temperatures a volume is read at: 15 °C for m³, L, hL; 0 °C for Nm³. */
const READ_AT: Readonly<Record<string, string>> = { m3: "15C", L: "15C", hL: "15C", Nm3: "0C" };

/**
 * A unit written with a reference temperature ("m³ (15 °C)"): the text before the temperature
 * and whether the temperature is the one the add-in reads that unit at (15 °C for m³, L and hL,
 * the standard reference temperature of the density tables, EN ISO 91; 0 °C for Nm³, DIN 1343),
 * for the canonical unit `unit` the base reads as. Null when no temperature is written.
 */
export function temperatureOf(text: string): { base: string; readAt: (unit: string) => boolean } | null {
  const m = AT_TEMPERATURE.exec(text.trim());
  if (!m) return null;
  const key = `${Number((m[2] as string).replace(",", "."))}${(m[3] as string).toUpperCase()}`;
  return { base: (m[1] as string).trim(), readAt: (unit) => READ_AT[unit] === key };
}

/** Whether `unit` (canonical) is a volume read at a reference temperature (m³, L, hL, Nm³). */
export const isTemperedVolume = (unit: string): boolean => unit in READ_AT;
