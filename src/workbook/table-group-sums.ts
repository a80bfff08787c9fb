// (brk23 9) Running sums of a stock count's quantities by what a total of its tanks adds up: one
// product on one day at one site. A count of two products in one sheet ("HVO T3 7", "Biodiesel T1
// 4", "Biodiesel T2 6", "Biodiesel Summe 10"): Biodiesel's total is the sum of Biodiesel's tanks
// (10), never of every row above (17). A date or site written once, on the first row of a day's
// counts, holds for the rows below it; a total's row with no product is a total of all products.
import type { Dec } from "../engine/quantity";
import { isBlank } from "./grid";
import type { Column } from "./table-columns";

/** A running sum of a column and how many rows it adds up. */
export interface Running {
  sum: Dec;
  rows: number;
}

/** What a total of tanks adds up by: the product first (a total's row without one is no product's). */
const PARTS = ["product", "date", "site"] as const;

/** Running sums of a stock count's quantity columns by product, day and site (see the file's head). */
export class GroupSums {
  private readonly booked = { start: new Map<string, Running>(), last: new Map<string, Running>() };
  private readonly every = { start: new Map<string, Running>(), last: new Map<string, Running>() };
  private previous: string[] = [];

  private constructor(private readonly parts: number[]) {}

  /** A table's group sums where it counts tanks by product (a Tank and a Product column), else null. */
  static of(columns: readonly Column[]): GroupSums | null {
    const at = (id: string) => columns.find((c) => c.field.id === id)?.col ?? -1;
    if (at("tank") < 0 || at("product") < 0) return null;
    return new GroupSums(PARTS.map(at));
  }

  /** A row's group: its product, day and site, a blank one that of the row above; null where the product is blank and `own`. */
  private key(cells: readonly unknown[], own: boolean): string | null {
    const parts = this.parts.map((c, i) => {
      const v = c < 0 ? undefined : cells[c];
      if (isBlank(v as never)) return this.previous[i] ?? "";
      return v instanceof Date ? v.toISOString() : String(v).trim().toLowerCase();
    });
    if (own && (this.parts[0] as number) >= 0 && isBlank(cells[this.parts[0] as number] as never))
      return null;
    return parts.join("\u0001");
  }

  /** A data row's quantities that read (`quantities`: column, value), `booked` or not (cancelled, refused). */
  add(cells: readonly unknown[], quantities: readonly (readonly [number, Dec])[], booked: boolean): void {
    const key = this.key(cells, false) as string;
    this.previous = key.split("\u0001");
    const runs = booked ? [this.booked, this.every] : [this.every];
    for (const [col, n] of quantities)
      for (const run of runs) for (const m of [run.start, run.last]) plus(m, `${key}\u0002${col}`, n);
  }

  /** After a total: its group (or, for a total of all products or none named, every group) is summed anew. */
  restart(cells?: readonly unknown[]): void {
    const key = cells ? this.key(cells, true) : null;
    for (const m of [this.booked.last, this.every.last]) {
      if (key === null) m.clear();
      else for (const k of [...m.keys()]) if (k.startsWith(`${key}\u0002`)) m.delete(k);
    }
  }

  /**
   * Whether `n` in column `col` is the sum of the rows of the total's group above it (since its
   * last total, or all; booked, or every row), of at least `rows` of them; null where the total's
   * row names no product (then it is a total of every row above: table-sums.ts).
   */
  matches(cells: readonly unknown[], col: number, n: Dec, rows: number): boolean | null {
    const key = this.key(cells, true);
    if (key === null) return null;
    return [this.booked.last, this.booked.start, this.every.last, this.every.start].some((m) => {
      const at = m.get(`${key}\u0002${col}`);
      return !!at && at.rows >= rows && at.sum.equals(n);
    });
  }

  /** The sum of column `col` over the booked rows of the total's group since its last total; undefined where the row names no product. */
  lastSum(cells: readonly unknown[], col: number): Dec | null | undefined {
    const key = this.key(cells, true);
    return key === null ? undefined : (this.booked.last.get(`${key}\u0002${col}`)?.sum ?? null);
  }
}

/** Adds `n` to the running sum at `key`. */
export function plus<K>(running: Map<K, Running>, key: K, n: Dec): void {
  const at = running.get(key);
  if (!at) running.set(key, { sum: n, rows: 1 });
  else {
    at.sum = at.sum.plus(n);
    at.rows++;
  }
}
