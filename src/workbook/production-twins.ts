// (p-prod2) A production sheet's side heading twice over: "Einsatz | Einsatz (t) | Ausbringung |
// Ausbringung (t)", "Input | Input (t)", "Entrada | Entrada (t)", "Intrant | Intrant (t)". German
// books write it so: the bare heading is the side's product, its twin with a quantity unit the
// side's quantity (matcher.ts "side-with-unit"). Headings alone decide, and only where the pair is
// there: a bare "Einsatz" without a twin is read as before (never made a product by its cells).
import type { KindSpec } from "./fields";
import { INPUT_WITH_UNIT, OUTPUT_WITH_UNIT } from "./field-words";
import { headerWords } from "./header-words";

const SIDES: [Set<string>, string][] = [
  [new Set(INPUT_WITH_UNIT.flatMap((w) => headerWords(w).tokens)), "inputProduct"],
  [new Set(OUTPUT_WITH_UNIT.flatMap((w) => headerWords(w).tokens)), "outputProduct"],
];

/** The one side word of a heading and whether it carries a quantity unit, or null. */
function sideWord(text: string): { word: string; unit: boolean } | null {
  const words = headerWords(text);
  if (words.tokens.length !== 1 || words.qualifiers.length > 0) return null;
  if (words.unit !== null && words.unitClass !== "quantity") return null;
  return { word: words.tokens[0] as string, unit: words.unit !== null };
}

/**
 * The index into `spec.fields` of the product a bare side heading ("Einsatz") is on a production
 * sheet whose header row also holds its twin with a quantity unit ("Einsatz (t)"); -1 otherwise.
 * `own` is the cell's heading, `row` every heading of its header row.
 */
export function twinProduct(spec: KindSpec, own: string, row: readonly string[]): number {
  if (spec.kind !== "production") return -1;
  const bare = sideWord(own);
  if (!bare || bare.unit) return -1;
  const side = SIDES.find(([words]) => words.has(bare.word));
  if (!side) return -1;
  const twin = row.some((text) => {
    const other = sideWord(text);
    return other !== null && other.unit && other.word === bare.word;
  });
  return twin ? spec.fields.findIndex((x) => x.id === side[1]) : -1;
}
