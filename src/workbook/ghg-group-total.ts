// (brk27 S4) The GHG total E headed by a total word alone ("Total", "Summe", "Gesamt", "Somme",
// "Totale", "Suma", "Totaal", "Razem", or "E total"/"Etotal", the SD template's own word) where it
// stands in a run of GHG component columns (eec | el | ep | … | eccr | Total). Before, such a
// column was read as no field, and the SD printed the components' sum (23) where the supplier's SD
// states E = 10, without a word. A total word alone says nothing of GHG: it is read as E only by
// its place, next to a run of columns read as GHG values that holds two components or more. A
// "Total" elsewhere on the sheet stays unread as before (totals of a row are no field). Once read,
// E is checked against its components (ghg-total-mismatch) like any other total. Pure: reads headings.
import { plainLetters, words } from "../engine/fold";
import { COMPONENTS } from "./ghg-term-words";
import { headerWords } from "./header-words";
import type { HeaderCell } from "./matcher";
import type { ColumnMatch } from "./recognition";
import type { KindSpec } from "./field-spec";

// a total in de/en/fr/it/es/nl/pl, the words of a total row (total-words.ts) that can head a column
const TOTAL =
  /^(?:e?total|totals|totale|totali|totales|e?gesamt|insgesamt|summe|somme|suma|somma|totaal|som|razem|lacznie|ogolem)$/;
// a unit or a bracket's words after the total ("Total (g CO2eq/MJ)", "Summe [gCO2/MJ]")
const UNIT_PART = /[([].*$/;

/**
 * Whether heading `text` is a total word alone, with E beside it or not ("Total", "Summe", "E
 * total", "Etotal", "Total E", "Gesamt (g CO2eq/MJ)"); false for anything else ("Total ISCC",
 * "Gesamtmenge", "Summe Menge (t)").
 */
export function namesBareTotal(text: string): boolean {
  const toks = words(plainLetters(text.replace(UNIT_PART, "")));
  const totals = toks.filter((t) => TOTAL.test(t));
  return totals.length === 1 && toks.every((t) => t === "e" || TOTAL.test(t));
}

const isComponent = (field: string): boolean => COMPONENTS.some((c) => field === `ghg.${c}`);

/**
 * The heading cell of `heads` that reads as the GHG total E by its place (module comment): a bare
 * total word, read as no field in `columns`, next to a run of columns read as GHG values (`ghg.*`
 * fields) holding two components or more; null where none, or where E is already read (by its
 * own words or the user's mapping) or where `spec` has no GHG total.
 */
export function groupTotal(
  spec: KindSpec,
  heads: readonly HeaderCell[],
  columns: ReadonlyMap<string, ColumnMatch>,
): HeaderCell | null {
  if (!spec.fields.some((f) => f.id === "ghg.total") || columns.has("ghg.total")) return null;
  const ghgAt = new Map<number, string>();
  for (const [field, m] of columns) if (field.startsWith("ghg.")) ghgAt.set(m.col, field);
  const mapped = new Set([...columns.values()].map((m) => m.col));
  // the components of the run of GHG columns that column `c` ends, going by `step`
  const runFrom = (c: number, step: 1 | -1): number => {
    let n = 0;
    for (let at = c + step; ghgAt.has(at); at += step) if (isComponent(ghgAt.get(at) as string)) n++;
    return n;
  };
  const found = heads.filter(
    (h) =>
      !mapped.has(h.col) && namesBareTotal(h.own) && Math.max(runFrom(h.col, -1), runFrom(h.col, 1)) >= 2,
  );
  return found.length === 1 ? (found[0] as HeaderCell) : null;
}

/** Reads the GHG total E from its place among the components (groupTotal) into `columns`. */
export function placeGroupTotal(
  spec: KindSpec,
  heads: readonly HeaderCell[],
  columns: Map<string, ColumnMatch>,
): void {
  const h = groupTotal(spec, heads, columns);
  if (!h) return;
  columns.set("ghg.total", {
    col: h.col,
    header: h.own,
    unit: headerWords(h.own).unit,
    confidence: "exact",
    note: "read as the GHG total E: a total standing among the GHG components",
  });
}
