// One side's block of a sheet that keeps receipts and deliveries side by side (side-blocks.ts), as
// a sheet of its own to read: the same rows and columns, so that every address stays the user's
// cell, with the other block's cells blank. A row whose block is blank is no row of the block
// (the usual case: more receipts than deliveries), and the block's table reads on past it while
// the other block's row is filled.
import { columnLetter } from "./a1";
import { Grid, isBlank } from "./grid";
import type { CellValue } from "./port";
import type { SideBlock } from "./side-blocks";

/** A block of a sheet to read as a table of its own. */
export interface BlockView {
  /** the sheet with only the block's (and the shared) columns, other cells blank */
  grid: Grid;
  /** the block's columns in A1 form, "A:G" (from its first to its last own column) */
  range: string;
  /** the block's first own column (0-based): where a finding of the whole block is said */
  first: number;
  /**
   * Whether the table reads on past 0-based row `r` (below the header), which is blank in the
   * block but filled in the other block: that row is the other side's alone.
   */
  passes: (r: number) => boolean;
}

/**
 * The view of `block` of `grid`, whose header is row `headerRow` (0-based) and whose other block
 * is `other`. Rows above the header keep the block's columns (its title, its group heading). The
 * view keeps `grid`'s colour legend (Grid.legend), which is the whole sheet's.
 */
export function blockView(grid: Grid, headerRow: number, block: SideBlock, other: SideBlock): BlockView {
  const own = block.cols;
  const kept = new Set([...own, ...block.shared]);
  const sheet = grid.sheet;
  const filled = (row: readonly CellValue[] | undefined, cols: readonly number[]) =>
    !!row && cols.some((c) => !isBlank(row[c]));
  const values = sheet.values.map((row, r) => {
    if (!row) return row;
    // a data row blank in the block is blank, its shared cells too: no row of the block
    if (r > headerRow && !filled(row, own)) return [];
    return row.map((v, c) => (kept.has(c) ? v : null));
  });
  const first = Math.min(...own);
  const last = Math.max(...own);
  return {
    // the sheet's colour legend covers every block (colour-legend.ts): passed on, its merges scanned once
    grid: new Grid({ ...sheet, values }, undefined, grid.legend),
    range: `${columnLetter(first)}:${columnLetter(last)}`,
    first,
    passes: (r) => r > headerRow && filled(sheet.values[r], other.cols),
  };
}
