// (brk27 N1) Headings that name a field only where no other column names it better: Navision's
// item ledger calls its product "Beschreibung" (description), a word many books give a remark
// column too. Such a heading scores below an exact one ("Produkt", "Materialkurztext"), so the
// other column wins wherever a sheet has both; alone, it is read as the field. Pure.
import { foldedWords } from "./normalise";

/** Field id → the headings (foldedWords) that are its weak names. */
const WEAK: Readonly<Record<string, ReadonlySet<string>>> = {
  product: new Set(["beschreibung"]),
};

/** The score a weak heading keeps at most: above the match threshold, below an exact name. */
export const WEAK_SCORE = 0.8;

/**
 * Whether `heading` is only a weak name of field `fieldId` ("Beschreibung" for the product), or of
 * any field where `fieldId` is left out (a column beside the one read is then no rival of it).
 */
export function weakHeading(heading: string, fieldId?: string): boolean {
  const key = foldedWords(heading);
  return fieldId === undefined
    ? Object.values(WEAK).some((set) => set.has(key))
    : (WEAK[fieldId]?.has(key) ?? false);
}
