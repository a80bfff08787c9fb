// The user's own column mappings (MB Config) applied on top of recognition: a correction found
// again by its header text when columns have moved, and headers remembered across sheets.
import { columnIndex } from "./a1";
import { isRowStatus, type KindSpec } from "./fields";
import { type Grid } from "./grid";
import { headerWords } from "./header-words";
import { type Learned, learnedKey } from "./matcher";
import { refusedAs } from "./heading-bars";
import type { ColumnMapping } from "./types";
import { type ColumnMatch } from "./recognition";

/**
 * The remembered headers of a workbook's MB Config: a header text the user mapped, anywhere, to
 * its field; never a heading that negates the field ("Nicht nachhaltig" as Sustainable, p-misc).
 */
export function learnedHeaders(mappings: readonly ColumnMapping[]): Learned {
  const learned: Learned = new Map();
  for (const m of mappings)
    if (m.header && m.column && m.field && !refusedAs(m.field, m.header))
      learned.set(learnedKey(m.header), m.field);
  return learned;
}

/**
 * The user's corrections (MB Config) over what was recognised. A correction that names the
 * header text it was made on follows that header when columns have moved (next year's workbook
 * with one column more), and is set aside when its column now holds another header; one without
 * a header applies to its column as it is. A column holds one field: what recognition had put in
 * a corrected column gives way. A mapping of a column whose heading negates the field ("Nicht
 * nachhaltig", "davon konventionell (t)" as Sustainable, the sustainable part, Waste/residue, Claim
 * or a quantity; heading-bars.ts refusedAs) is never applied, however it was made: the add-in
 * does not read a column the other way round, so it goes to `setAside` and the column stays
 * unmapped, refused at its heading (negated-headings.ts). Returns whether any correction applied.
 */
export function applyCorrections(
  grid: Grid,
  spec: KindSpec,
  headerRow: number | null,
  width: number,
  corrections: ColumnMapping[],
  columns: Map<string, ColumnMatch>,
  setAside: { col: number; field: string }[] = [],
): boolean {
  let applied = false;
  const headerAt = (c: number) => (headerRow === null ? "" : grid.headerText(headerRow, c));
  for (const m of corrections) {
    // a field of the sheet's records, or the column of its lines' status (fields.ts STATUS_FIELD)
    if (!m.field || !(spec.fields.some((f) => f.id === m.field) || isRowStatus(spec, m.field))) continue;
    if (m.column === "") {
      columns.delete(m.field);
      applied = true;
      continue;
    }
    let col: number | null = columnIndex(m.column);
    if (m.header && headerRow !== null) {
      const key = learnedKey(m.header);
      const same = (c: number) => learnedKey(headerAt(c)) === key;
      if (!same(col)) {
        const moved = Array.from({ length: width }, (_, c) => c).find(same);
        col = moved ?? (headerAt(col) === "" ? col : null);
      }
    }
    if (col === null) continue;
    applied = true;
    if (refusedAs(m.field, headerAt(col))) {
      setAside.push({ col, field: m.field });
      continue;
    }
    for (const [field, match] of columns) {
      const role =
        (field === "date" && m.field === "dispatchDate") || (field === "dispatchDate" && m.field === "date");
      if (match.col === col && field !== m.field && match.confidence !== "remembered" && !role)
        columns.delete(field);
    }
    const header = headerAt(col);
    columns.set(m.field, {
      col,
      header,
      unit: header ? headerWords(header).unit : null,
      confidence: "remembered",
    });
  }
  return applied;
}
