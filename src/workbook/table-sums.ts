// Running sums of a table's quantity columns while it is read, so that a line can be told for a
// total of the rows above it (as Excel's SUM adds them) or a copy of the row just above.
import { readField } from "./cell-values";
import { type Grid, isBlank } from "./grid";
import { type Dec, parseDecimal } from "../engine/quantity";
import type { Column } from "./table-columns";

/** A running sum of a column and how many rows it adds up. */
interface Running {
  sum: Dec;
  rows: number;
}

/**
 * Running sums of each quantity column since the start and since the last total, twice: of the
 * rows booked, and of every data row whose quantity reads, as Excel's SUM over the column adds
 * cancelled, struck-through and refused rows too (a keeper's total may be either). And the
 * quantities of the last data row, which a total line may merely repeat.
 */
export class Sums {
  private readonly booked = { start: new Map<number, Running>(), last: new Map<number, Running>() };
  private readonly every = { start: new Map<number, Running>(), last: new Map<number, Running>() };
  private readonly previous = new Map<number, Dec>();
  private readonly all: Map<number, Running>[] = [
    this.booked.last,
    this.booked.start,
    this.every.last,
    this.every.start,
  ];
  /** (p-ledgerdir) a combined ledger's single quantity column: booked in less out (by the row's type), and every quantity as a magnitude */
  private readonly net = { start: new Map<number, Running>(), last: new Map<number, Running>() };
  private readonly magnitude = { start: new Map<number, Running>(), last: new Map<number, Running>() };
  constructor(private readonly cols: [number, string][]) {}

  /** A booked row's quantities, as read (`values` by field id). */
  add(values: Record<string, string | string[]>): void {
    this.previous.clear();
    for (const [col, id] of this.cols) {
      const v = values[id];
      const n = typeof v === "string" ? parseDecimal(v) : null;
      if (!n) continue;
      this.previous.set(col, n);
      for (const running of this.all) plus(running, col, n);
      const signed = values.direction === "out" ? n.negated() : n;
      for (const running of [this.net.start, this.net.last]) plus(running, col, signed);
      for (const running of [this.magnitude.start, this.magnitude.last]) plus(running, col, n.abs());
    }
  }

  /** A data row that is not booked (cancelled, struck through, refused): its quantities that read (`columns`). */
  addUnbooked(grid: Grid, r: number, cells: readonly unknown[], columns: Column[]): void {
    this.previous.clear();
    for (const c of columns) {
      const n = quantityOf(grid, r, cells, c);
      if (!n) continue;
      this.previous.set(c.col, n);
      plus(this.every.start, c.col, n);
      plus(this.every.last, c.col, n);
    }
  }

  restart(): void {
    this.booked.last.clear();
    this.every.last.clear();
    this.net.last.clear();
    this.magnitude.last.clear();
  }

  /**
   * (p-ledgerdir) Whether `n` in a combined ledger's single quantity column `col` is the booked
   * rows' balance, in less out by each row's type (or signed as typed), or the sum of their
   * quantities as magnitudes (since the last total, or all): the two readings of a ledger's "Summe".
   */
  matchesLedger(col: number, n: Dec): boolean {
    if (n.isZero()) return false;
    const all = [this.net.start, this.net.last, this.magnitude.start, this.magnitude.last];
    return all.some((running) => running.get(col)?.sum.equals(n) ?? false);
  }

  /**
   * Whether `n` in column `col` is the sum of the rows above it (since the last total, or all;
   * of the booked rows, or of every row), of at least `rows` of them (a row repeating the one
   * above is no sum of several).
   */
  matches(col: number, n: Dec, rows = 1): boolean {
    if (n.isZero()) return false;
    for (const running of this.all) {
      const at = running.get(col);
      if (at && at.rows >= rows && at.sum.equals(n)) return true;
    }
    return false;
  }

  /** The sum of column `col` over the rows booked above (all of them, since the table's start), or null where none. */
  bookedSum(col: number): Dec | null {
    return this.booked.start.get(col)?.sum ?? null;
  }

  /** The sum of column `col` over the rows booked since the last total (or the table's start), or null where none. */
  lastSum(col: number): Dec | null {
    return this.booked.last.get(col)?.sum ?? null;
  }

  /** Whether `n` in column `col` is the quantity of the data row just above. */
  repeats(col: number, n: Dec): boolean {
    return this.previous.get(col)?.equals(n) ?? false;
  }
}

function plus(running: Map<number, Running>, col: number, n: Dec): void {
  const at = running.get(col);
  if (!at) running.set(col, { sum: n, rows: 1 });
  else {
    at.sum = at.sum.plus(n);
    at.rows++;
  }
}

/** The quantity a cell reads as (in its column's field), or null where it is blank or does not read. */
export function quantityOf(grid: Grid, r: number, cells: readonly unknown[], c: Column): Dec | null {
  const v = cells[c.col];
  if (isBlank(v as never)) return null;
  const read = readField(c.field, v as never, c.conv, grid.format(r, c.col), c.info);
  return read.kind === "ok" && typeof read.value === "string" ? parseDecimal(read.value) : null;
}

/** Whether the row's quantity in column `c` is filled and equals the sum of the rows above (Sums.matches). */
export function matchesSum(grid: Grid, r: number, cells: readonly unknown[], c: Column, sums: Sums): boolean {
  if (isBlank(cells[c.col] as never)) return false;
  const n = quantityOf(grid, r, cells, c);
  return n !== null && n !== undefined && sums.matches(c.col, n);
}
