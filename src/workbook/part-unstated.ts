// The texts that state no sustainable part (p-blank): under a part heading ("davon nachhaltig
// (t)", "Sustainable part (t)") a blank, a dash or "not stated" may mean all of the quantity or
// none of it. What such a cell means is blank-part.ts's to say; the cell reader (cell-values.ts)
// refuses these texts with the same finding as a blank cell.
import type { FieldRead } from "./cell-read";
import { fold } from "./normalise";

/** A text of dashes, slashes, dots, question marks or asterisks alone: "-", "–", "—", "--", "/", "?", "…", "*". */
const MARKS_ONLY = /^[\s\-\u2010-\u2015\u2212/\\?.*_~\u2026]+$/;

/**
 * "Not stated" as keepers abbreviate it, folded to letters alone: de "k.A." (keine Angabe),
 * "o.A." (ohne Angabe), "n.b." (nicht bekannt); en "n/a", "TBD", "TBA", "unknown"; fr "n.c." (non
 * communiqué), "n.d." (non disponible); es "s/d" (sin datos), "n.d."; nl "n.v.t." (niet van
 * toepassing), "o.b." (onbekend); it "n.d.", "n.p." (non pervenuto). "n" and "no" are no (none):
 * yes/no words, read as such.
 */
const NOT_STATED = new Set(
  "ka|oa|nb|na|tbd|tba|unknown|unbekannt|nc|nd|inconnu|sd|desconocido|nvt|ob|onbekend|np|sconosciuto".split(
    "|",
  ),
);

/** Whether `text` states no sustainable part: blank, marks alone, or "not stated" (see the file comment). */
export function statesNoPart(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  return t === "" || MARKS_ONLY.test(t) || NOT_STATED.has(fold(t).replace(/[^a-z]/g, ""));
}

/**
 * Whether `text` states no value at all, in any column (p-ghgfold): blank, marks alone, or "not
 * stated" as a whole ("k.A.", "n/a", "s/d", "S.D."; "SD-200" is a value, its letters alone are no
 * "s/d"). "SD" written alone, two letters without a mark, names the supplier's Sustainability
 * Declaration, a document, and is a value: es "sin datos" is written "s/d" or "s.d.".
 */
export function statesNoValue(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  if (/^sd$/i.test(t)) return false;
  return t === "" || MARKS_ONLY.test(t) || NOT_STATED.has(fold(t).replace(/[^a-z0-9]/g, ""));
}

/** A part column's cell read as stating no part ("-", "k.A."): refused, missing-value reason part-blank, with its text. */
export function noPartRead(text: string): FieldRead {
  return { kind: "bad", code: "missing-value", text, reason: "part-blank" };
}
