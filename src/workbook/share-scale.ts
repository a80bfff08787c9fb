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
import { readShare } from "./cell-numbers";
import { type Grid, isBlank } from "./grid";
import { formatInfo } from "./number-format";
import type { Column } from "./table-columns";

/**
 * Marks each share column of `columns` headed "%" whose plain numbers (no % typed, no percent
 * format) may be fractions (see the file comment) with `info.fractionDoubt`, reading the cells
 * below `headerRow` as readShare does. Leaves every other column as it is.
 */
export function markShareScales(grid: Grid, headerRow: number, columns: readonly Column[]): void {
  for (const c of columns) {
    if (c.info.part === undefined || c.info.headerUnit !== "%") continue;
    const plain: number[] = [];
    let percentOfOne = false;
    for (let r = headerRow + 1; r < grid.rowCount; r++) {
      const v = grid.value(r, c.col);
      if (isBlank(v) || (typeof v !== "string" && typeof v !== "number")) continue;
      const format = grid.format(r, c.col);
      const read = readShare(v, c.conv, format, c.info);
      if (read.kind !== "ok" || read.unit !== "%") continue;
      const n = Number(read.value);
      const marked = typeof v === "string" ? v.includes("%") : formatInfo(format).percent;
      if (marked) percentOfOne ||= n >= 1;
      else if (n > 0) plain.push(n);
    }
    if (plain.some((n) => n <= 1) && (Math.max(...plain) <= 1 || percentOfOne)) c.info.fractionDoubt = true;
  }
}
