// (p-ghgmethod) How a GHG method cell says which way the GHG values were found, in German, English,
// French, Spanish, Italian, Dutch and Polish: a total default value (TDV: "default", "Standardwert",
// "valeur par défaut", "valor por defecto", "valore standard", "standaardwaarde", "wartość
// standardowa"), disaggregated defaults (DDV: "disaggregated default", "disaggregierter
// Standardwert", "valeur par défaut désagrégée", "valore standard disaggregato"…) or actual values
// (AV: "actual", "tatsächlicher Wert", "valeur réelle", "valor real", "valore effettivo",
// "werkelijke waarde", "wartość rzeczywista"). Only English was read: "Standardwert" was refused
// as no method (ghg-method-invalid). A text none of these is still refused, never guessed.

import { plainLetters } from "./fold";

export type GhgMethod = "TDV" | "DDV" | "AV" | "DDV_AV";

/** A value's words as compared: letters only, run together ("DDV/AV" → "ddvav"). */
const compact = (words: readonly string[]): string => words.join("");

/** Words that name a default value, by language; a cell of one alone is the total default value. */
const DEFAULTS = [
  // en, de
  "default|default value|default values|standard|standard value|standardwert|standardwerte",
  // fr, es
  "par defaut|valeur par defaut|valeurs par defaut|por defecto|valor por defecto|valores por defecto|valor predeterminado|predeterminado|valor estandar|estandar",
  // it, nl, pl
  "valore standard|valori standard|valore di default|valore predefinito|standaardwaarde|standaardwaarden|standaard|wartosc standardowa|wartosci standardowe|standardowa|wartosc domyslna|domyslna",
].flatMap((l) => l.split("|"));

/** Words that say a default is disaggregated (DDV), by language. */
const DISAGGREGATED =
  "disaggregated|disaggregiert|disaggregierte|disaggregierter|disaggregierten|desagrege|desagregee|desagreges|desagregees|desagregado|desagregada|desagregados|desagregadas|disaggregato|disaggregata|disaggregati|disaggregate|gedisaggregeerd|gedisaggregeerde|uitgesplitst|uitgesplitste|zdezagregowana|zdezagregowane|zdezagregowany".split(
    "|",
  );

/** Words that name actual values (AV), by language. */
const ACTUALS = [
  "av|actual|actual value|actual values|tatsachlich|tatsachlicher wert|tatsachliche werte|istwert|istwerte|ist wert",
  "reel|reelle|valeur reelle|valeurs reelles|real|valor real|valores reales",
  "effettivo|valore effettivo|valori effettivi|reale|valore reale|werkelijk|werkelijke|werkelijke waarde|werkelijke waarden",
  "rzeczywista|wartosc rzeczywista|wartosci rzeczywiste|faktyczna|wartosc faktyczna",
].flatMap((l) => l.split("|"));

const compactAll = (list: readonly string[]) => list.map((w) => compact(w.split(" ")));

const METHODS = new Map<string, GhgMethod>([
  ...compactAll(["tdv", "total default", "total default value", ...DEFAULTS]).map((k) => [k, "TDV"] as const),
  ...compactAll(["ddv", ...DISAGGREGATED]).map((k) => [k, "DDV"] as const),
  // a disaggregated default, either way round ("valore standard disaggregato", "disaggregated default")
  ...compactAll(DISAGGREGATED).flatMap((d) =>
    compactAll(DEFAULTS).flatMap((v) => [[d + v, "DDV"] as const, [v + d, "DDV"] as const]),
  ),
  ...compactAll(ACTUALS).map((k) => [k, "AV"] as const),
  ["ddvav", "DDV_AV"],
  ["avddv", "DDV_AV"],
]);

/**
 * The method a cell names by its letters (folded: lower case, no accents, nothing but a to z, run
 * together), or null when it names none. English "disaggregated …" is DDV, whatever follows but
 * actual values ("disaggregated default with actual eec" names two methods: none read).
 */
export function ghgMethodOf(letters: string): GhgMethod | null {
  const english = letters.startsWith("disaggregated") && !letters.includes("actual");
  return METHODS.get(letters) ?? (english ? "DDV" : null);
}

// (p-ghgunits, brk17 F2) Actual values combined with disaggregated defaults, written as two
// methods joined ("AV + DDV", "actual + disaggregated default", "disaggregated default and actual
// values", "valor real y valor por defecto desagregado"): only "AV+DDV" and "DDV/AV" run together
// were read, and "disaggregated default + actual" was read as DDV by its first word, so a total
// that disagreed with its actual components was only a warning and the SD issued.

/** What joins two methods named in one cell: a sign, or "and" in the seven languages. */
const JOIN = /\s*[+&/,;]\s*|\s+(?:and|und|et|y|e|en|i|oraz|plus)\s+/;

/**
 * The method a folded cell names (lower case, no accents): one method, or actual values and
 * disaggregated defaults joined (DDV_AV, either order); null for any other text, and for any other
 * pair ("default / actual": a total default value has no actual part), never one of the two.
 */
export function ghgMethodOfText(folded: string): GhgMethod | null {
  const letters = (x: string) => plainLetters(x).replace(/[^a-z]/g, "");
  const parts = folded
    .split(JOIN)
    .map(letters)
    .filter((p) => p !== "");
  if (parts.length < 2) return ghgMethodOf(letters(folded));
  const named = new Set(parts.map(ghgMethodOf));
  if (named.has(null) || named.has("TDV")) return null;
  return named.size === 1 ? ([...named][0] ?? null) : "DDV_AV";
}
