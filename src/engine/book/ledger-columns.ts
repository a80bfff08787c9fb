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

/** Values per chunk of a `Chunks` list: 2^13, so a chunk (64 KB) stays an ordinary heap object. */
const LIST_BITS = 13;
const LIST_CHUNK = 1 << LIST_BITS;

/**
 * A list of values (objects, texts) that grows by chunks of 8,192. A JS array pushed to 200,000
 * elements copies its backing store at every growth, and every store of over 128 KB is a large
 * object that lives until the next full collection: booking the budget ledger so held ~18 MB of
 * dead stores at its peak (issue 15). Each chunk is allocated at its full size once (a chunk
 * pushed to 8,192 would copy its store ~20 times on the way). Values are appended in order and
 * read by index.
 */
export class Chunks<T> {
  private readonly chunks: T[][] = [];
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Appends `v`; returns its index. */
  push(v: T): number {
    const i = this.size;
    const j = i & (LIST_CHUNK - 1);
    if (j === 0) this.chunks.push(new Array<T>(LIST_CHUNK));
    (this.chunks[i >>> LIST_BITS] as T[])[j] = v;
    this.size = i + 1;
    return i;
  }

  /** The value at `i` (0 ≤ i < length). */
  at(i: number): T {
    return (this.chunks[i >>> LIST_BITS] as T[])[i & (LIST_CHUNK - 1)] as T;
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
    else if (this.odd.size > 0) this.odd.delete(i);
  }

  /** Whether the value at `i` is zero (-0 included), read without making a Dec. */
  isZero(i: number): boolean {
    const n = this.column.get(i);
    return Number.isNaN(n) ? (this.odd.get(i) as Dec).isZero() : n === 0;
  }

  /** The value, a Dec equal to the one set (a new one for the integer form). */
  get(i: number): Dec {
    const n = this.column.get(i);
    return Number.isNaN(n) ? (this.odd.get(i) as Dec) : new Dec(n, undefined);
  }
}

/**
 * The columns of the ledger's lines (kind, account row, event row, quantity, running balance),
 * written line after line. The chunk being written of each column is a field of its own, so a
 * line is five stores into typed arrays of one type each. Values as in `Values`: Dec's scaled
 * integer, else NaN with the Dec kept in `odd` (under 2 × line, + 1 for the running balance).
 */
export class LineColumns {
  private readonly kinds: Uint8Array[] = [];
  private readonly accounts: Int32Array[] = [];
  private readonly events: Int32Array[] = [];
  private readonly quantities: Float64Array[] = [];
  private readonly balances: Float64Array[] = [];
  private readonly odd = new Map<number, Dec>();
  private k = new Uint8Array(0);
  private a = new Int32Array(0);
  private e = new Int32Array(0);
  private q = new Float64Array(0);
  private b = new Float64Array(0);

  /** Writes line `i`, the line after the last written; `quantity` negated where `negate`. */
  add(
    i: number,
    kind: number,
    account: number,
    event: number,
    quantity: Dec,
    negate: boolean,
    balance: Dec,
  ): void {
    const j = i & (CHUNK - 1);
    if (j === 0) this.grow();
    this.k[j] = kind;
    this.a[j] = account;
    this.e[j] = event;
    if (quantity.d === undefined) this.q[j] = negate ? -quantity.n : quantity.n;
    else {
      this.q[j] = NaN;
      this.odd.set(2 * i, negate ? quantity.negated() : quantity);
    }
    if (balance.d === undefined) this.b[j] = balance.n;
    else {
      this.b[j] = NaN;
      this.odd.set(2 * i + 1, balance);
    }
  }

  kind(i: number): number {
    return (this.kinds[i >>> CHUNK_BITS] as Uint8Array)[i & (CHUNK - 1)] as number;
  }

  account(i: number): number {
    return (this.accounts[i >>> CHUNK_BITS] as Int32Array)[i & (CHUNK - 1)] as number;
  }

  event(i: number): number {
    return (this.events[i >>> CHUNK_BITS] as Int32Array)[i & (CHUNK - 1)] as number;
  }

  /** The exact text of the quantity, as toText gives it. */
  quantity(i: number): string {
    return this.text((this.quantities[i >>> CHUNK_BITS] as Float64Array)[i & (CHUNK - 1)] as number, 2 * i);
  }

  /** The exact text of the running balance. */
  balance(i: number): string {
    return this.text((this.balances[i >>> CHUNK_BITS] as Float64Array)[i & (CHUNK - 1)] as number, 2 * i + 1);
  }

  /** The running balance below zero as the book's overdraft test has it: negative and not zero (so not -0). */
  belowZero(i: number): boolean {
    const n = (this.balances[i >>> CHUNK_BITS] as Float64Array)[i & (CHUNK - 1)] as number;
    if (!Number.isNaN(n)) return n < 0;
    const v = this.odd.get(2 * i + 1) as Dec;
    return v.isNegative() && !v.isZero();
  }

  private text(n: number, key: number): string {
    return Number.isNaN(n) ? toText(this.odd.get(key) as Dec) : toText(new Dec(n, undefined));
  }

  private grow(): void {
    this.kinds.push((this.k = new Uint8Array(CHUNK)));
    this.accounts.push((this.a = new Int32Array(CHUNK)));
    this.events.push((this.e = new Int32Array(CHUNK)));
    this.quantities.push((this.q = new Float64Array(CHUNK)));
    this.balances.push((this.b = new Float64Array(CHUNK)));
  }
}

/**
 * The cell addresses of the event rows, each set once, in order. An address in A1 form (one to
 * three capital letters, then a row number of one to seven digits without a leading zero: what
 * cellAt builds of a row's shared cells) is kept as the index of its letters and its number, and
 * read back as the same text; any other address is kept as it is.
 */
export class EventCells {
  private readonly columnOf = new Column((n) => new Int32Array(n));
  private readonly rowOf = new Column((n) => new Int32Array(n));
  private readonly columns = new Texts();
  private readonly other = new Map<number, string>();
  private letters = "";
  private column = -1;

  /** Sets the address of `event`, the event after the last one set; undefined for an event without a cell. */
  set(event: number, cell: string | undefined): void {
    const n = cell === undefined ? 0 : a1Letters(cell);
    const row = n === 0 ? -1 : a1Row(cell as string, n);
    if (row === -1) {
      this.columnOf.set(event, -1);
      if (cell !== undefined) this.other.set(event, cell);
      return;
    }
    cell = cell as string;
    // the column of the last cell is tried first, without cutting the letters out
    if (n !== this.letters.length || !cell.startsWith(this.letters)) {
      this.letters = cell.slice(0, n);
      this.column = this.columns.index(this.letters);
    }
    this.columnOf.set(event, this.column);
    this.rowOf.set(event, row);
  }

  /**
   * Sets the address `letters` + `row` of `event` (column letters, A-Z, as a row's shared cells
   * give them, and its row number) without making it: the same as `set` of that address.
   */
  setAt(event: number, letters: string, row: number): void {
    if (letters.length > 3 || !Number.isInteger(row) || row < 1 || row > 9_999_999)
      return this.set(event, letters + row);
    if (letters !== this.letters) {
      this.letters = letters;
      this.column = this.columns.index(letters);
    }
    this.columnOf.set(event, this.column);
    this.rowOf.set(event, row);
  }

  /** The address set for `event` (one set with a cell). */
  at(event: number): string {
    const column = this.columnOf.get(event);
    return column === -1
      ? (this.other.get(event) as string)
      : this.columns.at(column) + this.rowOf.get(event);
  }
}

/** How many capital letters (A-Z) start `cell`, where 1 to 3 do; else 0. */
function a1Letters(cell: string): number {
  let n = 0;
  while (n < cell.length && cell.charCodeAt(n) >= 65 && cell.charCodeAt(n) <= 90) n++;
  return n >= 1 && n <= 3 ? n : 0;
}

/** The row number of `cell` after its `from` letters: 1 to 7 digits, no leading zero, to the end; else -1. */
function a1Row(cell: string, from: number): number {
  const digits = cell.length - from;
  if (digits < 1 || digits > 7 || cell.charCodeAt(from) === 48) return -1;
  let row = 0;
  for (let i = from; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    row = row * 10 + (c - 48);
  }
  return row;
}

/** Distinct texts by index; the last one found is tried first, as lines come date by date. */
export class Texts {
  private readonly list: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private last = -1;

  /** The text of index `i`. */
  at(i: number): string {
    return this.list[i] as string;
  }

  /** The index of `text`, a new one where it is new. */
  index(text: string): number {
    if (this.last >= 0 && this.list[this.last] === text) return this.last;
    let i = this.indexOf.get(text);
    if (i === undefined) {
      i = this.list.push(text) - 1;
      this.indexOf.set(text, i);
    }
    this.last = i;
    return i;
  }
}
