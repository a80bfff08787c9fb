// (brk21 2) Whose part a production sheet's part column states. A part heading ("davon nachhaltig
// (t)", "of which sustainable (t)", "dont certifié (t)", "di cui sostenibile (t)", "de los cuales
// sostenible (t)", "waarvan duurzaam (t)", "w tym certyfikowane (t)", "Nachhaltig (t)", "Anteil
// nachhaltig (%)") does not say of which quantity it is the part: its place does. Staff put it
// right after the quantity it divides, so it is the part of the nearest quantity column to its
// left. After the input quantity it is the sustainable input the engine reads; after the output
// quantity (or the co-product's) it is the output's sustainable part, which the engine has no
// field for (engine/intake/production.ts: credit is converted from the input). Before, it was read
// as the input's part all the same: "Einsatzmenge 1000 | Ausbringungsmenge 420 | davon nachhaltig
// 336" booked 336 t of sustainable input where 800 t was meant, and 400 t of rapeseed credit was
// left in stock and declared. Such a column, and one that follows no quantity (unclear), is now
// not read: said at its heading by production-unread.ts (reason output-part), the balances the
// sheet feeds held. A heading that names the input ("Sustainable input (t)", "Nachhaltige
// Einsatzmenge (t)") is the input's wherever it stands, and a mapping the user made is kept. Pure.
import { words } from "../engine/normalise";
import { INPUT_WITH_UNIT } from "./field-words";
import { type KindSpec } from "./fields";
import { lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { namesSustainableUnit } from "./part-words";
import { type ColumnMatch } from "./recognition";

/** The field of a production row's sustainable input. */
const PART = "sustainableInputQuantity";
/** A production row's quantity columns, and the side each is of. */
const QUANTITIES: Readonly<Record<string, "input" | "output">> = {
  inputQuantity: "input",
  outputQuantity: "output",
  outputQuantity2: "output",
};
/** Words (folded) that name the input side, also inside a compound ("Einsatzmenge", "Inzethoeveelheid"). */
const INPUT = [...new Set(INPUT_WITH_UNIT.flatMap((w) => words(w.replace(/^!/, ""))))].filter(
  (w) => w.length >= 4,
);

/** Whether a heading names the input side ("Sustainable input (t)", "Nachhaltige Einsatzmenge (t)", "Inzet duurzaam (t)"). */
function namesInput(heading: string): boolean {
  return words(heading).some((w) => INPUT.some((s) => w === s || (s.length >= 5 && w.includes(s))));
}

/**
 * The quantity column a part at 0-based column `col` follows: the nearest quantity column read to
 * its left (its heading and side), or null where none is.
 */
export function quantityBefore(
  columns: ReadonlyMap<string, ColumnMatch>,
  col: number,
): { header: string; side: "input" | "output" } | null {
  let best: { header: string; side: "input" | "output"; col: number } | null = null;
  for (const [field, side] of Object.entries(QUANTITIES)) {
    const m = columns.get(field);
    if (m && m.col < col && (!best || m.col > best.col)) best = { header: m.header, side, col: m.col };
  }
  return best ? { header: best.header, side: best.side } : null;
}

/**
 * Whether `heading` at `col` on a production sheet of `spec` is a part heading not read as the
 * input's: it reads as the sustainable input by its words (a part heading, or the material and
 * its unit) without naming the input, and it follows the output's quantity or none. What it
 * follows: the heading of that quantity ("" where none), else null.
 */
export function outputPartAt(
  spec: KindSpec,
  columns: ReadonlyMap<string, ColumnMatch>,
  col: number,
  heading: string,
): string | null {
  if (spec.kind !== "production" || namesInput(heading)) return null;
  const best = lexicalHits(spec, heading)[0];
  const part =
    namesSustainableUnit(heading) ||
    (best !== undefined && best.score >= MATCH_THRESHOLD && spec.fields[best.field]?.id === PART);
  if (!part) return null;
  const before = quantityBefore(columns, col);
  return before?.side === "input" ? null : (before?.header ?? "");
}

/**
 * (brk21 2) Takes a production sheet's sustainable input out of `columns` where its column is an
 * output's part (outputPartAt), unless the user mapped it (`userFields`). Changes `columns`.
 */
export function unmapOutputPart(
  spec: KindSpec,
  columns: Map<string, ColumnMatch>,
  userFields: ReadonlySet<string>,
): void {
  const m = columns.get(PART);
  if (!m || userFields.has(PART)) return;
  if (outputPartAt(spec, columns, m.col, m.header) !== null) columns.delete(PART);
}
