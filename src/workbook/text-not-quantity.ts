// (h-noisy) A column beside the read quantity whose heading names no quantity and that holds words,
// not amounts ("Energy source | Biodiesel", "Energy crop | Raps", "Source d'énergie | HVO"): it is
// no second quantity column, whatever word of its heading once suggested one ("energy" of an
// energy content). Before, each of its rows was refused as "not a number" beside the quantity read.
// A heading with a quantity word or a unit ("Tonnage", "Gewicht (kg)", "Energy (MJ)"), or a column
// with any amount in it, stays a second quantity (rival-columns.ts), its words refused at their cells.
import { type Grid, isBlank } from "./grid";
import { QUANTITY } from "./field-words";
import { headerWords } from "./header-words";
import { synonymKey } from "./normalise";

/** Words of the Quantity field's synonyms that head an energy carrier or crop as well ("Energy source"). */
const ENERGY = new Set(["energy", "energie"]);

/**
 * The folded words that name a quantity in a heading: the Quantity field's one-word synonyms
 * (field-words.ts QUANTITY: quantity, weight, mass, volume, tonnage, amount in en/de/fr/es/it/nl/pl)
 * but ENERGY, and the words of an amount no column of the Quantity field is headed by alone:
 * plurals, counts, tons, load, net and gross. A unit in the heading names one too (namesAQuantity).
 */
// prettier-ignore
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  ...QUANTITY.map(synonymKey).filter((w) => !w.includes(" ") && !ENERGY.has(w)),
  ...["quantites", "mengen", "cantidades", "hoeveelheden", "quantitativo", "massa", "tonelaje", "tonaz", "tons"],
  ...["anzahl", "aantal", "load", "net", "gross", "netto", "brutto"],
]);
const QUANTITY_COMPOUND = /(?:menge|mengen|gewicht|volumen|masse|hoeveelheid|tonnage)$/;

/** Whether `heading` names a quantity: a unit of any kind, or a word of QUANTITY_WORDS. */
export function namesAQuantity(heading: string): boolean {
  const hw = headerWords(heading);
  if (hw.unit !== null) return true;
  return [...hw.tokens, ...hw.qualifiers].some((w) => QUANTITY_WORDS.has(w) || QUANTITY_COMPOUND.test(w));
}

/** A cell that may be an amount: a number, or text that starts with a digit ("100 t", "1.250,5"). */
const amountLike = (v: unknown): boolean =>
  typeof v === "number" || (typeof v === "string" && /^\s*[-+~]?\s*[.,]?\d/.test(v));

/**
 * Whether column `col` under header row `headerRow` is text under a heading that names no quantity:
 * some cell below holds words and none an amount (amountLike). Such a column is never a second
 * quantity column (module comment).
 */
export function textNotQuantity(grid: Grid, headerRow: number, col: number, heading: string): boolean {
  if (namesAQuantity(heading)) return false;
  let words = false;
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const v = grid.value(r, col);
    if (isBlank(v)) continue;
    if (amountLike(v)) return false;
    words = true;
  }
  return words;
}
