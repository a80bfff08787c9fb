// A header cell as words a matcher can weigh (design.md "Reading staff's spreadsheets"): case,
// accents, punctuation, CamelCase and snake_case do not matter; the unit is pulled out
// ("Menge [t]", "Net qty (t)", "GHG gCO2eq/MJ", "Density at 15 °C (kg/m³)"); abbreviations are
// expanded (qty, no., Nr., THG, PoS, NE, NN); words that qualify without changing the field
// (net, gross, total, actual) and filler words (of, the, de, der) are set aside.
import { readableUnits } from "./heading-units";
import { UNITS, parseQuantityUnit, unitRefusal } from "../engine/units";
import { ratioParts } from "../engine/factor-units";
import { DENSITY_REFUSALS } from "../engine/unit-refusals";
import { multiplierOf, withoutMultipliers } from "../engine/multiplier";
import { canonicalUnit, fold } from "./normalise";
import { words } from "../engine/normalise";
import {
  ABBREVIATIONS,
  PHRASES,
  SD_WORDS,
  QUALIFIERS,
  FILLERS,
  GHG_HEADING,
  UNREAD_MEANINGS,
} from "./header-word-lists";
import { shareScaleOf } from "./share-units";
import { splitWords } from "./split-words";

export { splitWords };

/** What a unit in a header says about its column. */
export type UnitClass =
  /** t, kg, m3, L, MJ, kWh… (a quantity) */
  | "quantity"
  /** g CO2eq/MJ, kg CO2eq/t (a GHG value) */
  | "ghg"
  /** kg/m3, t/m3, kg/L (a density) */
  | "density"
  /** MJ/kg, GJ/t (a heating value) */
  | "heating"
  | "percent"
  | "currency"
  | "temperature"
  /** Nm³/t, t/t, kg/t, m³/t: one quantity per another (a conversion factor's; engine/factor-units.ts) */
  | "ratio";

export interface HeaderWords {
  /** expanded words that carry meaning, in order, without qualifiers and filler words */
  tokens: string[];
  /** qualifiers set aside (net, gross, total…); "gross" and "tare" count against a quantity */
  qualifiers: string[];
  /** the unit: canonical for quantities ("t", "L"), as written for GHG, density and heating units */
  unit: string | null;
  unitClass: UnitClass | null;
  /** the header is nothing but a unit (and qualifiers): "mt", "Liter", "kg netto" */
  unitOnly: boolean;
}

const BRACKETS = /[([{]([^)\]}]*)[)\]}]/g;
const YES_NO = /^\s*(?:yes|y|ja|j|oui)\s*[/|-]\s*(?:no|n|nein|non)\s*$/i;
const TEMPERATURE = /\d+(?:[.,]\d+)?\s*°\s*[cf]\b|°\s*[cf]\b/gi;
const PERCENT = /%/;
const CURRENCY = /^(eur|euro|euros|usd|gbp|chf|pln|dkk|sek|€|\$|£)$/i;
// "N°", "Nº", "N.º", "N.o": the number sign of French, Spanish, Italian and Portuguese headings
const NUMERO = /(^|[^A-Za-z\u00c0-\u024f])[Nn]\s*\.?\s*[º°o](?=[^A-Za-z\u00c0-\u024f]|$)/g;
// a date's format written beside it ("Date DD/MM/YYYY", "Datum TT.MM.JJJJ"): a remark, not words
// ("DD" alone is the French SD)
const DATE_PART = "(?:dd|mm|yy|yyyy|tt|jj|jjjj|aa|aaaa)";
const DATE_FORMAT = new RegExp(`\\b${DATE_PART}(?:[./-]${DATE_PART}){1,2}\\b`, "gi");

// "e_l", "e_ec", "E_td": a GHG part as the formula writes it, one word ("l" alone is a filler)
const GHG_PART = /(^|[^a-z0-9])e_(ec|l|p|td|u|sca|ccs|ccr)(?![a-z0-9])/gi;

// (h-noisy) A GHG unit written in words outside brackets, with spaces in it ("THG in g CO₂e/MJ",
// "GHG / g CO2 eq/MJ", "GHG kg CO2e/t TM", "THG-Emissionen, g CO2-Äq./MJ"): the mass before CO2,
// the words for "equivalent" and a tail of dry matter or fuel after the denominator are one unit,
// read as one (before, "g" was left as a word and "CO2e/MJ" refused as an unknown unit); "in",
// "per" or "w" before it belong to it. The unit is kept as written, read or refused by the engine
// (ghg-units.ts: "g CO2/MJ", CO2 alone, stays refused).
const GHG_TAIL_WORDS =
  "tm|dm|ts|ms|ss|ds|sm|atro|fm|odt|lhv|hu|hi|pci|ncv|kraftstoff|brennstoff|fuel|energy|energie";
const GHG_IN_WORDS = new RegExp(
  `(^|[\\s,;:/])(?:(?:in|per|en|em|je|pro|w)\\s+)?((?:g|kg|t|gram|grams)\\s*co2[^\\s/]*(?:\\s+[^\\s/]+)?\\s*/\\s*[a-z0-9]+\\.?(?:\\s+(?:${GHG_TAIL_WORDS})\\b\\.?)?)`,
  "i",
);

/** The emission word of de/fr/es/it/nl/pl headings, folded (h-noisy, brk26 N11). */
const EMISSIONS = new Set(["emissionen", "emisiones", "emissioni", "emissies", "emisje", "emisja"]);

const cache = new Map<string, HeaderWords>();

/** The words of one header cell; cached, as books repeat the same few headers. */
export function headerWords(raw: string): HeaderWords {
  let hw = cache.get(raw);
  if (!hw) {
    hw = analyse(readableUnits(raw));
    if (cache.size < 20000) cache.set(raw, hw);
  }
  return hw;
}

const MEASURES: ReadonlySet<UnitClass> = new Set(["quantity", "density", "heating", "ghg"]);

/**
 * p-mult: a heading with a multiplier or divisor ("Menge t (x 1.000)", "Menge in 1000 kg", "Qty
 * ('000 MT)") is read without it to find the unit it multiplies; where that is a quantity's, a
 * density's, a heating value's or a GHG unit, the heading's unit is the heading as written, which
 * the engine refuses at the heading naming the multiplier (unit-refusals.ts), never the plain unit.
 */
function analyse(raw: string): HeaderWords {
  if (multiplierOf(raw) === null) return ratioHeading(raw, analyseWords(raw));
  const plain = analyseWords(withoutMultipliers(raw));
  // "Qty (kMT)", "Menge (kt)": a multiplier that is a unit of its own, of a quantity
  let cls = plain.unitClass ?? (/\b(?:kmt|kton|ktons|mmt)\b/i.test(raw) ? "quantity" : null);
  if (cls === null) {
    for (const w of withoutMultipliers(raw).split(/[\s()[\]{}]+/)) {
      const found = w ? classifyUnit(w, true) : null;
      if (found && MEASURES.has(found.cls)) {
        cls = found.cls;
        break;
      }
    }
  }
  if (cls === null || !MEASURES.has(cls)) return analyseWords(raw);
  return { ...plain, unit: raw.trim(), unitClass: cls };
}

/**
 * p-heads: a heading that names a specific gravity or relative density with no unit ("Specific
 * gravity", "spezifisches Gewicht", "densité relative", "SG") is a ratio to water (0.85), not a
 * density in any unit: its unit is the heading as written, which the engine refuses at the heading
 * as `sg` (unit-refusals.ts), never the settings' density unit. "Dichte", "Density" stay densities.
 */
function ratioHeading(raw: string, hw: HeaderWords): HeaderWords {
  if (hw.unit !== null || unitRefusal(raw) !== "sg") return hw;
  return { ...hw, unit: raw.trim(), unitClass: "density" };
}

function analyseWords(raw: string): HeaderWords {
  let unit: string | null = null;
  let unitClass: UnitClass | null = null;
  let twice = false;
  const take = (text: string, bracketed = false): boolean => {
    const found = classifyUnit(text, bracketed);
    if (!found) return false;
    // (brk15) "Menge (kg) in t": two quantity units, neither read (the heading is the unit, refused)
    const other = unit !== null && found.cls === "quantity" && unitClass === "quantity";
    if (other && canonicalUnit(found.unit) !== canonicalUnit(unit ?? "")) twice = true;
    if (unit === null) [unit, unitClass] = [found.unit, found.cls];
    return true;
  };
  // A bracketed part is a unit or a remark ("(optional)", "(corrected)"): never words of the field.
  const ascii = !/[^\x20-\x7e]/.test(raw);
  let text = (ascii ? raw : raw.normalize("NFKC"))
    .replace(GHG_PART, "$1e$2")
    .replace(DATE_FORMAT, " ")
    .replace(NUMERO, "$1No ")
    .replace(BRACKETS, (_m, inner: string) => {
      // "(yes/no)", "(Y/N)", "(ja/nein)": the column asks yes or no, a word of its own
      if (YES_NO.test(inner)) return " yesno ";
      take(inner.trim(), true);
      return " ";
    });
  if (!ascii) text = text.replace(TEMPERATURE, " ");
  text = text.replace(GHG_IN_WORDS, (m, lead: string, unit: string) => (take(unit.trim()) ? `${lead} ` : m));
  // Units written as words of their own: "GHG gCO2eq/MJ", "Net weight kg", "Menge in t", "mt".
  // (a lone "*", ":" or "-" is decoration, not a word)
  const pieces = text.split(/\s+/).filter((p) => /[A-Za-z0-9\u00c0-\u024f%€$£°³]/.test(p));
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    const last = i === pieces.length - 1;
    const clean = piece.replace(/^[-–:,;]+|[-–:,;.]+$/g, "");
    const unitWord = (/co2/i.test(clean) || (clean.includes("/") && /[a-z]/i.test(clean))) && take(clean);
    if (unitWord) {
      // "Dichte in kg/m3": "in" before the unit is part of it
      if (/^(in|per|en|em|je|pro)$/i.test(kept[kept.length - 1] ?? "")) kept.pop();
      continue;
    }
    if (last && clean && !isPlainWord(clean, pieces) && take(clean)) {
      // "in t", "per kg" before the unit are part of it
      const prev = kept[kept.length - 1];
      if (prev && /^(in|per|en|em|je|pro)$/i.test(prev)) kept.pop();
      continue;
    }
    kept.push(piece);
  }
  const words = splitWords(kept.join(" "));
  // "net_qty_t", "Menge_kg": a unit as the last word of an export's field name
  const tail = words[words.length - 1];
  if (words.length > 1 && tail && tail !== "to" && unit === null && take(tail)) words.pop();
  const qualifiers: string[] = [];
  const tokens: string[] = [];
  for (const w of words) {
    if (/^\d+$/.test(w)) continue;
    if (FILLERS.has(w)) continue;
    if (QUALIFIERS.has(w) || w === "tare" || w === "tara") {
      qualifiers.push(w);
      continue;
    }
    tokens.push(SD_WORDS.has(w) ? "sd" : (ABBREVIATIONS[w] ?? w));
  }
  let collapsed = collapsePhrases(tokens);
  // "Emissionen [gCO2e/MJ]": an emission word alone over a GHG unit is the emissions, as in English;
  // with another word ("Emissionen Sonstige") it may be a term of E, read as before
  if (unitClass === "ghg" && collapsed.length === 1 && EMISSIONS.has(collapsed[0] as string))
    collapsed = ["emissions"];
  return {
    tokens: collapsed,
    qualifiers,
    unit: twice ? raw.trim() : unit,
    unitClass,
    unitOnly: collapsed.length === 0 && unit !== null && unitClass === "quantity",
  };
}

// "to" ("Sold to") and "t" after a word that needs an object are not units; a last word that is
// also a common word of a header ("Unit", "Total") is not taken for one.
function isPlainWord(piece: string, pieces: string[]): boolean {
  const f = fold(piece);
  // "to" ("Sold to"), "me" (Mengeneinheit) and "dt" (a date) are words before they are units
  if (f === "to" || f === "me" || f === "dt") return true;
  if (pieces.length > 1 && /^(from|von|an|nach|ab|bis)$/i.test(pieces[pieces.length - 2] ?? "")) return true;
  return false;
}

function collapsePhrases(tokens: string[]): string[] {
  let out = tokens;
  for (const [phrase, word] of PHRASES) {
    for (let i = 0; i + phrase.length <= out.length; i++) {
      if (phrase.every((p, k) => out[i + k] === p)) {
        out = [...out.slice(0, i), word, ...out.slice(i + phrase.length)];
      }
    }
  }
  // "sd no" and "no sd" are one thing; a repeated word says nothing more
  return out.filter((t, i) => out.indexOf(t) === i);
}

/**
 * A unit text and what it says, using the engine's unit vocabulary for the parts. p-units3: a
 * density's unit the engine recognises and refuses ("lb/gal", "°API", "SG": unit-refusals.ts) is a
 * density's, kept as written so that the refusal names it, where it cannot be a word: bracketed
 * ("Density (SG)"), or written with a slash or a degree sign ("Dichte lb/gal").
 */
export function classifyUnit(text: string, bracketed = false): { unit: string; cls: UnitClass } | null {
  const t = text.trim();
  if (t === "") return null;
  if (/co2/i.test(t)) return { unit: t, cls: "ghg" };
  if (PERCENT.test(t) && t.replace(/[%\s]/g, "") === "") return { unit: "%", cls: "percent" };
  // "(Prozent)", "(0-100)": percent; "(fraction)", "(0-1)": a fraction of 1 (share-units.ts)
  const scale = bracketed ? shareScaleOf(t) : null;
  if (scale) return { unit: scale, cls: "percent" };
  if (CURRENCY.test(t)) return { unit: t, cls: "currency" };
  if (/^°\s*[cf]$/i.test(t)) return { unit: t, cls: "temperature" };
  const unit = canonicalUnit(t);
  if (!unit) {
    if (isRatio(t, bracketed)) return { unit: t, cls: "ratio" };
    const why = unitRefusal(t);
    if (!why || !(bracketed || /[/°]/.test(t))) return null;
    // p-heads: "Quantity (lbs)", "Menge (short tons)": a quantity's unit refused by name, never "no unit"
    if (DENSITY_REFUSALS.has(why)) return { unit: t, cls: "density" };
    return bracketed ? { unit: t, cls: /\//.test(t) ? "heating" : "quantity" } : null;
  }
  // the engine's one unit vocabulary says whether it is a quantity, a density or a heating value
  const kind = UNITS[unit]?.kind ?? "quantity";
  return { unit, cls: kind };
}

/**
 * "Nm³/t", "t/t", "kg / t", "Nm³ per t", "Stk/t": something per a quantity unit, or a quantity unit per
 * something, as a conversion factor is headed (p-factor): kept as written, so that the engine reads
 * it or refuses it (engine/factor-units.ts), never drops it as a remark and reads a bare number.
 */
function isRatio(text: string, bracketed: boolean): boolean {
  const parts = ratioParts(text);
  if (parts.length !== 2 || parts.some((p) => p === "")) return false;
  const units = parts.filter((p) => parseQuantityUnit(p) !== null).length;
  // "Stk/t" only in brackets: "Geldig t/m" (tot en met) is words
  return units === 2 || (units === 1 && bracketed);
}

/**
 * The sustainability meaning the add-in does not read that a heading carries ("low ILUC risk",
 * "land use change", "chain of custody": UNREAD_MEANINGS), or null, also where the heading names
 * an emission or a GHG ("GHG el (land use change)" is the GHG column el). Such a heading is never
 * a GHG field (matcher.ts): "Land use change (after 2008)" asks a yes/no criterion.
 */
export function unreadMeaningOf(heading: string): string | null {
  const w = words(heading).join(" ");
  if (w === "" || GHG_HEADING.test(w)) return null;
  return UNREAD_MEANINGS.find((m) => m.heading.test(w))?.meaning ?? null;
}
