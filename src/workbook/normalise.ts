import { parseUnit } from "../engine/units";

// Header text as a comparable key: case, accents, punctuation and a unit do not matter.
// "Menge [t]", "MENGE (t)" and "menge in t" all become { key: "menge", unit: "t" }.

export interface HeaderKey {
  /** normalised text without the unit ("net weight") */
  key: string;
  /** normalised text with everything but punctuation kept ("net weight kg"), for synonyms that include a unit word */
  full: string;
  /** canonical unit named in the header, e.g. "t", "kg", "m3", "g CO2eq/MJ" */
  unit: string | null;
}

/**
 * "Tonnes" -> "t", "m³" -> "m3", "Nm³" -> "Nm3", "kg/m³" -> "kg/m3", "MJ/kg" -> "MJ/kg": any unit of
 * the engine's one vocabulary (units.ts), quantities, densities and heating values alike; null when unknown.
 */
export function canonicalUnit(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  return t === "" ? null : (parseUnit(t)?.unit ?? null);
}

/** Lower case, no accents (ä -> a, ß -> ss, ³ -> 3). */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ß/g, "ss");
}

/**
 * A name or heading as one line of folded words: fold, anything but letters and digits as one
 * space, trimmed ("Kopie von Receipts (2)" → "kopie von receipts 2"). The key sheet names and
 * document words are matched on (draft-sheet.ts, opening-sheet.ts, document-kind.ts, unmapped-sd.ts).
 */
export function foldedWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const BRACKETS = /[([{]([^)\]}]*)[)\]}]/g;
const NON_WORD = /[^a-z0-9]+/g;
const IN_UNIT = /\s(?:in|per)\s+([a-z0-9]+)$/;
const LAST_WORD = /\s([a-z0-9]+)$/;
const GHG_UNIT = /co2/;

const TRAILING_COMPOUND = /\s(\S+\s*\/\s*\S+)\s*$/;

export function headerKey(raw: string): HeaderKey {
  let folded = fold(raw);
  let unit: string | null = null;
  // "Dichte kg/m3", "LHV MJ/kg": a compound unit without brackets, read before words are split
  const compound = TRAILING_COMPOUND.exec(folded);
  if (compound && !/[([{]/.test(compound[1] as string) && canonicalUnit(compound[1] as string)) {
    unit = canonicalUnit(compound[1] as string);
    folded = folded.slice(0, compound.index);
  }
  // A bracketed part is a unit ("(t)", "[g CO2eq/MJ]") or a remark ("(optional)"): never part of the key.
  const outside = folded.replace(BRACKETS, (_m, inner: string) => {
    unit ??= bracketUnit(inner, raw);
    return " ";
  });
  const full = words(folded.replace(/[()[\]{}]/g, " "));
  let key = words(outside);
  const inUnit = IN_UNIT.exec(key);
  if (inUnit && canonicalUnit(inUnit[1] as string)) {
    unit ??= canonicalUnit(inUnit[1] as string);
    key = key.slice(0, inUnit.index);
  } else {
    const last = LAST_WORD.exec(key);
    // "Net weight kg", "Quantity t"; but "Sold to" is not in tonnes
    if (last && last[1] !== "to" && canonicalUnit(last[1] as string)) {
      unit ??= canonicalUnit(last[1] as string);
      key = key.slice(0, last.index);
    }
  }
  return { key, full, unit };
}

function words(text: string): string {
  return text.replace(NON_WORD, " ").trim();
}

function bracketUnit(inner: string, raw: string): string | null {
  const plain = canonicalUnit(inner);
  if (plain) return plain;
  if (GHG_UNIT.test(inner)) {
    // keep the user's own spelling of an emission unit, found again in the raw text
    const m = /[([{]([^)\]}]*co2[^)\]}]*)[)\]}]/i.exec(raw);
    return m ? (m[1] as string).trim() : inner.trim();
  }
  return null;
}

/** Normalise a synonym from fields.ts the same way as header text. */
export function synonymKey(synonym: string): string {
  return words(fold(synonym));
}
