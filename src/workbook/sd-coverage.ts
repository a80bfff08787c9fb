// Whether a delivery goes with a Sustainability Declaration, as staff write it in a column of
// their own ("Typ": "mit SD" / "ohne SD"; brk11): "with PoS" / "without PoS", "avec DD" / "sans DD",
// "con SD" / "sin SD", "met SD" / "zonder SD", "con PoS" / "senza PoS", "mit Nachweis" / "ohne
// Nachweis". Every outgoing sustainable delivery gets its own SD (domain.md §1), so such a cell
// says whether the delivery is sold as sustainable; read only once the user maps the column as
// Sustainable yes/no (cell-values.ts), and, unmapped, it holds the sheet's deliveries
// (unmapped-sustainable.ts). Pure: words only.
import { words } from "../engine/normalise";

/** The declaration's names as whole words: SD, PoS, DD (déclaration de durabilité), Nachweis. */
const SD_WORDS = new Set([
  "sd",
  "sds",
  "pos",
  "dd",
  "nachweis",
  "nachhaltigkeitsnachweis",
  "nachhaltigkeitserklarung",
]);
/** "with" in de/en/fr/es/it/nl/pt. */
const WITH = new Set(["mit", "with", "avec", "con", "met", "com"]);
/** "without" in de/en/fr/es/it/nl/pt, and "kein(e)" / "geen" (no) before a noun. */
const WITHOUT = new Set([
  "ohne",
  "without",
  "sans",
  "sin",
  "senza",
  "zonder",
  "sem",
  "kein",
  "keine",
  "geen",
]);

/**
 * What a cell says of the delivery's declaration, on its accent-folded words: true for "with" and
 * a name of the SD ("mit SD", "with PoS", "avec DD"), false for "without" and one ("ohne SD",
 * "without PoS", "sans DD", "zonder SD"); null for anything else, a bare "SD" or "No SD" included
 * (a number's label as much as an answer).
 */
export function sdCoverage(text: string): boolean | null {
  const w = words(text);
  if (w.length !== 2 || !SD_WORDS.has(w[1] as string)) return null;
  if (WITH.has(w[0] as string)) return true;
  if (WITHOUT.has(w[0] as string)) return false;
  return null;
}

/** Whether a heading names the declaration as a whole word ("SD ausgestellt", "PoS issued", "DD émise"). */
export function namesSd(heading: string): boolean {
  return words(heading).some((w) => SD_WORDS.has(w));
}
