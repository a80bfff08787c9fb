// Running sums of a table's quantity columns while it is read, so that a line can be told for a
// total of the rows above it (as Excel's SUM adds them) or a copy of the row just above.
import { readField } from "./cell-values";
import { type Grid, isBlank } from "./grid";
import { type Dec, parseDecimal } from "../engine/quantity";
import type { Column } from "./table-columns";
import { GroupSums, plus, type Running } from "./table-group-sums";

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
  /** (brk27 L1) the data rows since the start and since the last total, with their quantities: the runs a typed subtotal adds up (lacking-sum.ts) */
  private readonly lines: { start: SumLine[]; last: SumLine[] } = { start: [], last: [] };
  /** (brk23 9) a stock count's sums by product, day and site, where it counts tanks (table-group-sums.ts) */
  private readonly groups: GroupSums | null;
  constructor(
    private readonly cols: [number, string][],
    columns: readonly Column[] = [],
  ) {
    this.groups = GroupSums.of(columns);
  }

  /** The sums of a table's quantity columns (`quantityCols`, of its `columns`). */
  static of(quantityCols: readonly Column[], columns: readonly Column[]): Sums {
    return new Sums(
      quantityCols.map((c) => [c.col, c.field.id]),
      columns,
    );
  }

  /** A booked row's quantities, as read (`values` by field id); `cells`, the row's, for a stock count's groups. */
  add(values: Record<string, string | string[]>, cells?: readonly unknown[]): void {
    this.previous.clear();
    const read: [number, Dec][] = [];
    for (const [col, id] of this.cols) {
      const v = values[id];
      const n = typeof v === "string" ? parseDecimal(v) : null;
      if (!n) continue;
      read.push([col, n]);
      this.previous.set(col, n);
      for (const running of this.all) plus(running, col, n);
      const signed = values.direction === "out" ? n.negated() : n;
      for (const running of [this.net.start, this.net.last]) plus(running, col, signed);
      for (const running of [this.magnitude.start, this.magnitude.last]) plus(running, col, n.abs());
    }
    if (cells) this.groups?.add(cells, read, true);
    this.line(cells, read, true);
  }

  private line(cells: readonly unknown[] | undefined, read: [number, Dec][], booked: boolean): void {
    const line = { cells: cells ?? [], quantities: new Map(read), booked };
    this.lines.start.push(line);
    this.lines.last.push(line);
  }

  /** The data rows since the last total (`since` "last") or the table's start, in order. */
  run(since: "start" | "last"): readonly SumLine[] {
    return this.lines[since];
  }

  /** A data row that is not booked (cancelled, struck through, refused): its quantities that read (`columns`). */
  addUnbooked(grid: Grid, r: number, cells: readonly unknown[], columns: Column[]): void {
    this.previous.clear();
    const read: [number, Dec][] = [];
    for (const c of columns) {
      const n = quantityOf(grid, r, cells, c);
      if (!n) continue;
      read.push([c.col, n]);
      this.previous.set(c.col, n);
      plus(this.every.start, c.col, n);
      plus(this.every.last, c.col, n);
    }
    this.groups?.add(cells, read, false);
    this.line(cells, read, false);
  }

  /** After a total (`cells`, its row): the sums since the last total start anew. */
  restart(cells?: readonly unknown[]): void {
    this.groups?.restart(cells);
    this.booked.last.clear();
    this.every.last.clear();
    this.net.last.clear();
    this.magnitude.last.clear();
    this.lines.last = [];
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
   * above is no sum of several). A stock count's total of tanks (`cells`, its row) on a row that
   * names a product: the sum of that product's rows of that day (table-group-sums.ts).
   */
  matches(col: number, n: Dec, rows = 1, cells?: readonly unknown[]): boolean {
    if (n.isZero()) return false;
    const own = cells && this.groups?.matches(cells, col, n, rows);
    if (own !== undefined && own !== null) return own;
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

  /** The sum of column `col` over the rows booked since the last total (or the table's start), or null where none; of a stock count's total's group (`cells`: Sums.matches). */
  lastSum(col: number, cells?: readonly unknown[]): Dec | null {
    const own = cells && this.groups?.lastSum(cells, col);
    return own !== undefined ? own : (this.booked.last.get(col)?.sum ?? null);
  }

  /** Whether `n` in column `col` is the quantity of the data row just above. */
  repeats(col: number, n: Dec): boolean {
    return this.previous.get(col)?.equals(n) ?? false;
  }
}

/** A data row of a table as summed (Sums.run): its cells, its quantities that read by column, and whether it was booked. */
export interface SumLine {
  cells: readonly unknown[];
  quantities: ReadonlyMap<number, Dec>;
  booked: boolean;
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
