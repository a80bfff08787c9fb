// (p-recpart, brk12 #2) A second column of a row's sustainable part ("Sustainable share (%)"
// beside "Sustainable quantity (t)", "Nachhaltigkeitsanteil (%)" beside "Nachhaltige Menge (t)"):
// recognition gives the sustainable part one column, so the other was left out without a word and
// the first alone credited a receipt or declared a delivery, whatever the second said. Where the
// row's yes/no field (`sustainable`, which reads a quantity or a share too) is free, the second
// column is read as it, and the two must agree (engine/intake/stated-part.ts: sustainable-conflict
// at the cell, nothing declared, no credit). Pure: headings only.
import { type KindSpec } from "./fields";
import { headerWords } from "./header-words";
import { type HeaderCell, type Learned, lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { type ColumnMatch } from "./recognition";
import { unitParts } from "./unit-part";

/** The fields a sustainable part is read into: the part column, and the yes/no field beside it. */
const PART = "sustainablePart";
const FLAG = "sustainable";

/**
 * Maps, in `columns`, the first unmapped column of `headers` (the header row's cells) whose heading is
 * best read as the sustainable part as `sustainable`, where the sheet's kind has that field, the
 * part is mapped and `sustainable` is not (uncertain, with a note saying why). Returns whether it did.
 */
export function secondPart(
  spec: KindSpec,
  headers: readonly HeaderCell[],
  columns: Map<string, ColumnMatch>,
  learned?: Learned,
): boolean {
  const flag = spec.fields.findIndex((f) => f.id === FLAG);
  const part = spec.fields.findIndex((f) => f.id === PART);
  if (flag < 0 || part < 0 || !columns.has(PART) || columns.has(FLAG)) return false;
  const used = new Set([...columns.values()].map((m) => m.col));
  for (const { col, own: header } of headers) {
    if (used.has(col)) continue;
    const best = lexicalHits(spec, header, learned)[0];
    if (!best || best.field !== part || best.score < MATCH_THRESHOLD) continue;
    const first = columns.get(PART)?.header ?? "";
    columns.set(FLAG, {
      col,
      header,
      unit: headerWords(header).unit,
      confidence: "uncertain",
      note: `a second column of the sustainable part beside "${first}": both are read, and a row where they disagree is refused`,
    });
    return true;
  }
  return false;
}

/**
 * The sustainable part's other columns, placed once the header's columns are known (recognise.ts):
 * a second column of the part read as Sustainable unless the user said where that is
 * (`userFields`, secondPart), then a column headed by sustainable material and its unit ("ISCC (t)",
 * "Nachhaltig (t)": unit-part.ts unitParts). Changes `columns` in place.
 */
export function placeParts(
  spec: KindSpec,
  headers: readonly HeaderCell[],
  columns: Map<string, ColumnMatch>,
  userFields: ReadonlySet<string>,
  learned?: Learned,
): void {
  if (!userFields.has(FLAG)) secondPart(spec, headers, columns, learned);
  unitParts(spec, headers, columns, userFields);
}
