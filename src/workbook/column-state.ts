// What a table's mapped columns hide from the eye while the add-in reads them: a hidden column
// (port.ts SheetSnapshot.hiddenColumns) and cells whose number format shows nothing (";;;").
// Like a hidden row (row-state.ts), what is stored is read and booked; a warning says the user
// sees blanks where numbers are read. *(docs/rules.md "Cells as Excel shows them")*
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { showsNothing } from "./number-format";
import { readFinding } from "./read-findings";

/** A mapped column of the table: where it stands and what it is read as. */
interface MappedColumn {
  col: number;
  field: { label: string };
}

/** The column marks of one table (table.ts asks for each data row it reads, in order). */
export interface ColumnMarks {
  /** data row `r` (0-based) is read: its cells whose format shows nothing are counted */
  check(r: number): void;
  /** after the last row: a warning at the heading of each hidden mapped column, and one per column with unshown cells */
  finish(out: Finding[]): void;
}

/** The column marks of a table whose header is row `headerRow` (0-based). */
export function columnMarks(grid: Grid, headerRow: number, columns: readonly MappedColumn[]): ColumnMarks {
  const sheet = grid.sheet.name;
  const unshown = new Map<number, { first: number; count: number; format: string }>();
  const formatted = grid.sheet.formats?.length ? columns : [];
  return {
    check(r) {
      for (const { col } of formatted) {
        const format = grid.format(r, col);
        if (!format || !showsNothing(format, grid.value(r, col))) continue;
        const seen = unshown.get(col);
        if (seen) seen.count++;
        else unshown.set(col, { first: r, count: 1, format });
      }
    },
    finish(out) {
      const hidden = new Set(grid.sheet.hiddenColumns ?? []);
      for (const { col, field } of columns) {
        const label = grid.headerText(headerRow, col) || field.label;
        if (hidden.has(col))
          out.push(
            readFinding("column-hidden", "warning", sheet, cellAddress(headerRow + 1, col), {
              label,
              read: field.label,
            }),
          );
        const seen = unshown.get(col);
        if (seen)
          out.push(
            readFinding("value-not-shown", "warning", sheet, cellAddress(seen.first + 1, col), {
              label,
              value: seen.format,
              read: String(seen.count),
            }),
          );
      }
    },
  };
}
