// The columns of the MB Ledger (ledger-table.ts): numbers in typed arrays, which the garbage
// collector neither copies nor scans, and exact values held as Dec's scaled integers.
import { Dec, toText } from "../quantity";

/** Lines per chunk of a column: 2^16, so a line's chunk and place are a shift and a mask. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/**
 * A column of numbers that grows by chunks: nothing is copied as it grows and at most one chunk
 * is allocated ahead of use. Lines are written in order (`set` of the next line, or a line again).
 */
export class Column<A extends Uint8Array | Int32Array | Float64Array> {
  private readonly chunks: A[] = [];
  constructor(private readonly make: (size: number) => A) {}

  get(i: number): number {
    return (this.chunks[i >>> CHUNK_BITS] as A)[i & (CHUNK - 1)] as number;
  }

  set(i: number, v: number): void {
    const c = i >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(this.make(CHUNK));
    (this.chunks[c] as A)[i & (CHUNK - 1)] = v;
  }
}

/**
 * One column of exact values. A value in Dec's integer form (at most 6 decimals, scaled by 10^6)
 * is held as that integer, -0 included (its text is "0", as toText prints it); the rare other
 * value (more decimals, or too large) is kept as its Dec in `odd` and the column holds NaN.
 */
export class Values {
  private readonly column = new Column((n) => new Float64Array(n));
  private readonly odd = new Map<number, Dec>();

  set(i: number, v: Dec): void {
    // n and d are Dec's own fields: reading them spares a Dec or a text per line
    const integer = v.d === undefined;
    this.column.set(i, integer ? v.n : NaN);
    if (!integer) this.odd.set(i, v);
  }

  /** The value of `i` negated: the integer form without allocating a Dec. */
  setNegated(i: number, v: Dec): void {
    if (v.d === undefined) this.column.set(i, -v.n);
    else this.set(i, v.negated());
  }

  /** The value, a Dec equal to the one set (a new one for the integer form). */
  get(i: number): Dec {
    const n = this.column.get(i);
    return Number.isNaN(n) ? (this.odd.get(i) as Dec) : new Dec(n, undefined);
  }

  /** The exact text, as toText gives it. */
  text(i: number): string {
    const n = this.column.get(i);
    return Number.isNaN(n) ? toText(this.odd.get(i) as Dec) : toText(new Dec(n, undefined));
  }

  /** Below zero as the book's overdraft test has it: negative and not zero (so not -0). */
  belowZero(i: number): boolean {
    const n = this.column.get(i);
    if (!Number.isNaN(n)) return n < 0;
    const v = this.odd.get(i) as Dec;
    return v.isNegative() && !v.isZero();
  }
}
