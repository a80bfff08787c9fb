// Headings that negate sustainable and waste or residue, one pair per language (de, en, fr, es,
// nl, it): the spellings the p-held tests put side by side on one sheet (workbook and massbal).

/** A negation of sustainable and one of waste or residue, per language. */
export const NEGATED_PAIRS: [string, string][] = [
  ["Nicht nachhaltig", "Kein Abfall/Reststoff"],
  ["Not sustainable", "Not waste/residue"],
  ["Non durable", "Non déchet"],
  ["No sostenible", "No residuo"],
  ["Niet duurzaam", "Geen afval"],
  ["Non sostenibile", "Non rifiuto"],
];
