// The type words of a combined ledger row (field type "direction"): what says a receipt and what
// says a sale, in English, German, French, Spanish, Italian and Dutch. Folded (no accents, lower
// case, letters and the signs + and - only). The words are the one table's (side-word-table.ts,
// use "type"), shared with the side blocks' headings and the ends of transfers.
import { fold } from "./normalise";
import { wordsAs } from "./side-word-table";

const IN_WORDS = wordsAs("type", "in");
const OUT_WORDS = wordsAs("type", "out");

/**
 * (p-ledgerdir) Words that name a movement of goods but not its side: a "Lieferung" is the
 * supplier's delivery to the site as much as the site's to its customer, a "Transport" or a
 * "Bewegung" either way. In a ledger's type column they are refused at the cell, never read as a
 * sale (the first law): the row's quantity would change sides, a receipt's SD be counted as one
 * issued. Folded as the type words are.
 */
const TWO_WAY_WORDS = wordsAs("type", "two-way");

/**
 * A ledger row's type: "in" (a receipt) or "out" (a delivery) for a word of the vocabulary
 * ("Eingang", "Sale", "Entrée", "Vente"), null for anything else (never a default).
 */
export function direction(text: string): "in" | "out" | null {
  const t = key(text);
  if (IN_WORDS.has(t)) return "in";
  if (OUT_WORDS.has(t)) return "out";
  return null;
}

/** Whether a ledger type cell's text names a movement of either side ("Lieferung", "Livraison", "Transport"): TWO_WAY_WORDS. */
export function twoWay(text: string): boolean {
  return TWO_WAY_WORDS.has(key(text));
}

const key = (text: string) =>
  fold(text)
    .trim()
    .replace(/[^a-z+-]+/g, "");
