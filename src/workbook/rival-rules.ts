// What one field's second column follows beyond being held equal to the column read (p-ghgfold):
// the rules of the one mechanism of two columns of one field (value-rivals.ts). A field may name a
// preferred rival: of a GHG value's two columns, the one whose heading names the supplier's SD
// ("THG lt. SD", "GHG as per PoS", "GES selon DD") is read wherever it is filled, as it is the
// value a declaration passes on (ISCC EU 205: an SD's GHG values travel with its batch; shared
// docs background/iscc-rules.md §4). A field says what a refusal costs: a GHG value alone (the
// row is read without it, its credit unknown: table-columns.ts policy "credit"), or the row (a
// date, product, party or SD number: which of two the row is, the add-in cannot tell). And a
// field says its findings' words: a GHG value's name the SD and its default or actual value.
import { type KindSpec } from "./fields";
import { ghgSourceOf } from "./ghg-heading-words";
import { headerWords } from "./header-words";
import { lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { type ColumnMatch, type Rival } from "./recognition";

/** What a field's second column follows (see the file comment). */
export interface RivalRule {
  /** whether a heading names the column whose value is read wherever filled, the others not read */
  prefers?: (header: string) => boolean;
  /** a refusal costs the field's value alone (the row read without it), not the row */
  fieldOnly: boolean;
  /** the findings' words: a GHG value's (second-ghg-column, ghg-columns-disagree) or any value's */
  words: "ghg" | "value";
}

/** GHG fields a second column may also hold: the total and its components, not the unit or method. */
export const isGhgValue = (id: string | undefined): boolean =>
  !!id && id.startsWith("ghg.") && id !== "ghg.unit" && id !== "ghg.method";

/** Whether a GHG value's heading names the value the supplier's SD states ("lt. SD", "as per PoS"). */
export const namesSdValue = (header: string): boolean => ghgSourceOf(header).source === "sd";

const GHG_RULE: RivalRule = { prefers: namesSdValue, fieldOnly: true, words: "ghg" };
const VALUE_RULE: RivalRule = { fieldOnly: false, words: "value" };

/** The rule of field `id`'s second columns: a GHG value's, or any held-equal value's. */
export function rivalRule(id: string): RivalRule {
  return isGhgValue(id) ? GHG_RULE : VALUE_RULE;
}

/**
 * The rival of unmapped column `col` headed `header` when, without the words that say the SD's,
 * a default or an actual value (ghg-heading-words.ts: "THG lt. SD (g CO2eq/MJ)" → "THG (g
 * CO2eq/MJ)"), it is best read as a GHG value recognition read from another column (not the
 * user, whose mapping says which they mean); null for any other column. Its values are held equal
 * (`value`), its unit the heading's.
 */
export function ghgRival(
  spec: KindSpec,
  header: string,
  col: number,
  columns: ReadonlyMap<string, ColumnMatch>,
): Rival | null {
  const { rest } = ghgSourceOf(header);
  const best = rest ? lexicalHits(spec, rest)[0] : undefined;
  const id = best && best.score >= MATCH_THRESHOLD ? spec.fields[best.field]?.id : undefined;
  const main = id ? columns.get(id) : undefined;
  if (!id || !main || !isGhgValue(id) || main.confidence === "remembered") return null;
  return { field: id, col, header, unit: headerWords(header).unit, value: true };
}

/**
 * (p-ghgfold) A second GHG total that recognition gave to a component by its values alone: "THG
 * (g CO2eq/MJ)" beside "THG Standardwert (g CO2eq/MJ)", on five rows or more, read as eec — a
 * total taken for cultivation emissions, and the other column's value declared as the total,
 * without a word. A column read as a GHG value whose heading, without the SD's, default or actual
 * words, names another GHG value read from another column, and names it better (a higher lexical
 * score: "THG" is the total at 1, eec at 0.55; "THG Anbau" is both alike, and stays eec), is
 * removed from `columns`: it is that value's second column (ghgRival). A column the user mapped
 * stays theirs.
 */
export function unmapMisreadGhg(spec: KindSpec, columns: Map<string, ColumnMatch>): void {
  for (const [id, match] of [...columns]) {
    if (!isGhgValue(id) || match.confidence === "remembered") continue;
    const hits = lexicalHits(spec, match.header);
    const score = (f: string) => hits.find((h) => spec.fields[h.field]?.id === f)?.score ?? 0;
    const rival = ghgRival(spec, match.header, match.col, columns);
    if (rival && rival.field !== id && score(rival.field) > score(id)) columns.delete(id);
  }
}
