// The cells of a table's status columns as the row marks read them (row-state.ts): a merged status
// cell that speaks for every row it covers, and a status cell as its finding quotes it. Pure.
import { parseRange } from "./a1";
import { serialToIso, type DateSystem } from "./dates";
import { showDate } from "./cell-dates";
import type { Grid } from "./grid";

/** A status cell as its finding quotes it: a date cell as the user sees the day, not its serial. */
export function shownStatus(v: unknown, dated: boolean, system: DateSystem): string {
  if (v === null || v === undefined) return "";
  if (typeof v !== "number" || !dated) return String(v);
  const iso = serialToIso(v, system);
  return iso.ok ? showDate(iso.value) : String(v);
}

/**
 * "r:c" (0-based) → the value of the merge's top-left cell, for each cell of a status column below
 * the header that a merge covers but does not start (port.ts SheetSnapshot merges).
 */
export function mergedStatus(grid: Grid, cols: number[], header: number): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (cols.length === 0) return out;
  const set = new Set(cols);
  for (const m of grid.sheet.merges ?? []) {
    let range;
    try {
      range = parseRange(m);
    } catch {
      continue;
    }
    const top = range.start.row - 1;
    if (top <= header) continue;
    const v = grid.value(top, range.start.col);
    for (let c = range.start.col; c <= range.end.col; c++) {
      if (!set.has(c)) continue;
      for (let r = top; r < range.end.row; r++)
        if (r !== top || c !== range.start.col) out.set(`${r}:${c}`, v);
    }
  }
  return out;
}
