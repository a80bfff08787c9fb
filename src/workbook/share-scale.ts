// (p-notcert, new-user test brk10 s17/s20) A share column headed "%" ("Part durable (%)",
// "Sustainable share (%)") whose plain numbers are fractions: 0.8, 1 and 0.5 were read as 0.8 %,
// 1 % and 0.5 % of 10 t (0.08 t declared where 8 t was meant), and "80 %" beside a text "0,8" as
// 80 % and 0.8 %. A plain number from 0 to 1 in such a column may be a share of 1 (0.8 = 80 %) or
// a percentage, and nothing in the cell tells which: the column is marked (ColumnInfo
// fractionDoubt) and readShare refuses those cells (reason share-fraction). The column is in doubt
// where its plain numbers above 0 are all at most 1 (1 alone is 1 % or 100 %), or where some are
// at most 1 while other cells are written as a percentage of 1 % or more (two scales in one
// column). 0 (none) is read in any column; so are 100 and "100 %", and a plain 1 beside plain
// numbers above 1 (50, 80: the column counts in percent). Pure: reads the grid only.
// (p-values) Only the table's bookings say how the column counts. A totals row ("Summe" 2.3, the
// sum of 0.8, 1 and 0.5; "Total" 100), an opening line, a dated subtotal, a line that adds up its
// column by formula, and anything below the blank row that ends the table are no evidence: before,
// a totals row's 2.3 cleared the doubt and 0.8 was read as 0.8 %. A plain number above 1 clears it
// only on a row shaped like a booking (its required cells filled) that names no total or balance;
// a fraction or a percentage typed as such raises it on any row but those, so a column mixing
// fractions with percentages stays refused whatever stands below it.
// (p-blank) Nor is a row the keeper left out: cancelled in its Status column ("storniert",
// "annulé"), struck through, or painted in a colour its legend says is cancelled. Before, a
// cancelled row's 80 cleared the doubt and 0.8 on a booked row was read as 0.8 %.
import { readShare } from "./cell-numbers";
import { type Grid, isBlank } from "./grid";
import { formatInfo } from "./number-format";
import { balanceLine } from "./opening-rows";
import { type Column, QUANTITIES } from "./table-columns";
import { labelledTotal, looksLikeBooking, totalsRow } from "./table-totals";
import { Sums } from "./table-sums";
import { TOTALS } from "./total-words";
import type { SheetKind } from "./types";

/** Which rows (0-based) the table reads past though blank (`passes`) and which it will book (`booked`); absent: every row. */
export interface TableRows {
  passes?: ((r: number) => boolean) | undefined;
  booked?: (r: number) => boolean;
}

/** What a row of the table may tell of how its share columns count (see the file comment). */
type Witness = "none" | "doubt" | "booking";

/**
 * Marks each share column of `columns` headed "%" whose plain numbers (no % typed, no percent
 * format) may be fractions (see the file comment) with `info.fractionDoubt`, reading the cells of
 * the table's rows below `headerRow` (0-based) as readShare does, down to the first row blank in
 * every mapped column (`rows.passes`: a blank row the table reads past, block-grid.ts), of those
 * rows only the ones `rows.booked` says will be booked (row-marks-ahead.ts: not cancelled, struck
 * through or painted in a colour the legend leaves out). `kind` is the sheet's kind, for its
 * opening lines (opening-rows.ts balanceLine). Leaves every other column.
 */
export function markShareScales(
  grid: Grid,
  headerRow: number,
  columns: readonly Column[],
  kind: SheetKind,
  rows: TableRows = {},
): void {
  const shares = columns.filter((c) => c.info.part !== undefined && c.info.headerUnit === "%");
  if (shares.length === 0) return;
  const witness = witnesses(grid, headerRow, [...columns], kind, rows);
  for (const c of shares) {
    let fraction = false;
    let percentOfOne = false;
    let counts = false;
    for (const [r, says] of witness) {
      const v = grid.value(r, c.col);
      if (isBlank(v) || (typeof v !== "string" && typeof v !== "number")) continue;
      const format = grid.format(r, c.col);
      const read = readShare(v, c.conv, format, c.info);
      if (read.kind !== "ok" || read.unit !== "%") continue;
      const n = Number(read.value);
      const marked = typeof v === "string" ? v.includes("%") : formatInfo(format).percent;
      if (marked) percentOfOne ||= n >= 1;
      else if (n > 0 && n <= 1) fraction = true;
      else if (n > 1 && says === "booking") counts = true;
    }
    if (fraction && (!counts || percentOfOne)) c.info.fractionDoubt = true;
  }
}

/** The table's rows (0-based) that may tell how a share column counts, and how far (Witness). */
function witnesses(
  grid: Grid,
  headerRow: number,
  columns: Column[],
  kind: SheetKind,
  { passes, booked }: TableRows,
): [number, Witness][] {
  const quantityCols = columns.filter((c) => QUANTITIES.has(c.field.id));
  // no running sums: only a formula adding up its column, or a total's label, makes a total here
  const sums = new Sums([]);
  const rows: [number, Witness][] = [];
  for (let r = headerRow + 1; r < grid.rowCount; r++) {
    const cells = grid.sheet.values[r];
    if (!cells || columns.every((c) => isBlank(cells[c.col]))) {
      if ((cells && labelledTotal(cells)) || passes?.(r)) continue;
      break;
    }
    if (cells.some((v) => typeof v === "string" && TOTALS.test(v)) || balanceLine(cells, kind)) continue;
    if (totalsRow(grid, r, cells, columns, quantityCols, sums)?.kind === "total") continue;
    // (p-blank) a row cancelled, struck through or painted as left out is not booked: no evidence
    if (booked && !booked(r)) continue;
    rows.push([r, looksLikeBooking(cells, columns) ? "booking" : "doubt"]);
  }
  return rows;
}
