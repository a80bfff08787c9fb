// (h-lacksum) What a row holds of its own beside the run of rows a subtotal would add up
// (lacking-sum.ts). A subtotal pasted as values keeps what its rows share (their party, product,
// unit, claim), its period's date and its sums; it holds nothing that names one booking. Before,
// only the mapped SD number, certificate and address cells were looked at: a receipt whose SD
// number stood in a second, rival "SD-Nr." column (or whose delivery note number, second date or
// own supplier stood in a column no field took) was refused as a subtotal where its quantity
// happened to be the sum of the rows above. Now every filled cell of the row outside the mapped
// columns is looked at, and so is its party: a cell of its own makes the row a booking. Not its
// own: a total's label ("Summe", "Total", "Zwischensumme", "Razem", "Januar": total-words.ts), a
// value every row of the run holds there, one of the row's own mapped values repeated (its date
// in a second date column), a number that is the sum of the run's in that column. Pure.
import { isBlank } from "./grid";
import type { Column } from "./table-columns";
import type { SumLine } from "./table-sums";
import { SUM_OR_MONTH, totalCell } from "./total-words";
import { type Dec, parseDecimal } from "../engine/quantity";

/** The party fields: a subtotal keeps the party of the rows it adds up. */
export const PARTIES = new Set(["supplier", "customer", "counterparty"]);

/** A cell's value as compared between rows (a date as its instant, a text trimmed and lower-cased). */
export function cellKey(v: unknown): string {
  return v instanceof Date
    ? v.toISOString()
    : String(v ?? "")
        .trim()
        .toLowerCase();
}

/**
 * The column (0-based) of the first cell of `cells` that the row holds of its own beside the
 * lines of `run` (see the file comment), or null where it has none: each filled cell outside the
 * mapped `columns`, and its party (a party no row of the run names).
 */
export function ownCell(
  cells: readonly unknown[],
  columns: readonly Column[],
  run: readonly SumLine[],
): number | null {
  for (const c of columns) {
    if (!PARTIES.has(c.field.id) || isBlank(cells[c.col] as never)) continue;
    const key = cellKey(cells[c.col]);
    if (!run.some((l) => cellKey(l.cells[c.col]) === key)) return c.col;
  }
  const mapped = new Set(columns.map((c) => c.col));
  const repeats = new Set(columns.map((c) => cellKey(cells[c.col])).filter((k) => k !== ""));
  for (let col = 0; col < cells.length; col++) {
    const v = cells[col];
    if (mapped.has(col) || isBlank(v as never)) continue;
    if (typeof v === "string" && (SUM_OR_MONTH.test(v) || totalCell(v, cells))) continue;
    const key = cellKey(v);
    if (repeats.has(key) || run.every((l) => cellKey(l.cells[col]) === key)) continue;
    if (typeof v === "number" && sumOver(run, col)?.equals(v)) continue;
    return col;
  }
  return null;
}

/** The sum of the numbers of column `col` over the lines of a run, or null where one of them holds none. */
function sumOver(run: readonly SumLine[], col: number): Dec | null {
  let sum: Dec | null = null;
  for (const l of run) {
    const v = l.cells[col];
    const n = typeof v === "number" ? parseDecimal(v) : null;
    if (!n) return null;
    sum = sum ? sum.plus(n) : n;
  }
  return sum;
}
