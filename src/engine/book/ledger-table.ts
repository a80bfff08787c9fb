// The MB Ledger of a run as columns: per line a kind, an account row, an event row and two values
// in typed arrays, so booking ~300,000 lines leaves no object per line for the garbage collector to
// copy and mark (issue 15: "results as plain data, columnar where memory demands it"). What lines
// share is held once: the account (key, unit, parts) per account, the date, reference and cell per
// event. A line is built as plain data (`LedgerEntry`) only when a host asks for it.
import { Dec, parseDecimal, toText, ZERO } from "../quantity";
import type { AccountKey, LedgerEntry, LedgerEntryKind, LedgerLines } from "../result";
import type { CellRef } from "../model";
import type { Account } from "./accounts";

/** Every kind of line, its index the line's kind code (a byte). */
const KINDS: readonly LedgerEntryKind[] = [
  "opening",
  "receipt",
  "production-in",
  "production-out",
  "delivery",
  "transfer-in",
  "transfer-out",
  "carry-forward",
  "lapse",
  "not-credited",
  "backed",
  "unbacked",
];
const KIND_CODES = new Map(KINDS.map((k, i) => [k, i]));

/**
 * One column of exact values. A value in Dec's integer form (at most 6 decimals, scaled by 10^6)
 * is held as that integer, -0 included (its text is "0", as toText prints it); the rare other
 * value (more decimals, or too large) is kept as its Dec in `odd` and the column holds NaN.
 */
class Values {
  column = new Float64Array(1024);
  readonly odd = new Map<number, Dec>();

  set(i: number, v: Dec): void {
    // n and d are Dec's own fields: reading them spares a Dec or a text per line
    const integer = v.d === undefined;
    this.column[i] = integer ? v.n : NaN;
    if (!integer) this.odd.set(i, v);
  }

  /** The value of `i` negated: the integer form without allocating a Dec. */
  setNegated(i: number, v: Dec): void {
    if (v.d === undefined) this.column[i] = -v.n;
    else this.set(i, v.negated());
  }

  /** The exact text, as toText gives it. */
  text(i: number): string {
    const n = this.column[i] as number;
    return Number.isNaN(n) ? toText(this.odd.get(i) as Dec) : toText(new Dec(n, undefined));
  }

  /** Below zero as the book's overdraft test has it: negative and not zero (so not -0). */
  belowZero(i: number): boolean {
    const n = this.column[i] as number;
    if (!Number.isNaN(n)) return n < 0;
    const v = this.odd.get(i) as Dec;
    return v.isNegative() && !v.isZero();
  }

  grow(size: number): void {
    this.column = wider(this.column, new Float64Array(size));
  }
}

function wider<A extends Uint8Array | Int32Array | Float64Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

/**
 * The ledger lines of one run (`LedgerLines`), written by the book (Book.line and notCredited)
 * in booking order, which is date order. Lines of one event (a booked row, a close's lapse) share
 * one event row with its date, reference and cell; a line dated otherwise than its event, or
 * with a reference of its own, starts an event row of its own. Every account has one account row.
 */
export class LedgerTable implements LedgerLines {
  private size = 0;
  private kinds = new Uint8Array(1024);
  private accountOf = new Int32Array(1024);
  private eventOf = new Int32Array(1024);
  private readonly quantities = new Values();
  private readonly balances = new Values();

  // account rows: the key and unit of every line; `awaiting` for the line of withdrawals waiting
  // at product level, `accountId` for a rejected receipt's line (whose account may not exist)
  private readonly rows = new Map<Account, number>();
  private readonly keys: string[] = [];
  private readonly units: string[] = [];
  private readonly awaitings: (AccountKey | undefined)[] = [];
  private readonly accountIds: (AccountKey | undefined)[] = [];

  // event rows, and the event the last line was written under (its cell compared by identity)
  private readonly dates: string[] = [];
  private readonly references: string[] = [];
  private readonly sources: (CellRef | undefined)[] = [];
  private lastSource: CellRef | undefined;

  /** Lines given as plain data (a result read back, a test), with their properties as given. */
  static of(entries: Iterable<LedgerEntry>): LedgerTable {
    const table = new LedgerTable();
    const plain = new Map<string, number>();
    for (const e of entries) {
      let row: number;
      if (e.accountId || e.awaiting) row = table.row(e.account, e.unit, e.awaiting, e.accountId);
      else {
        const key = `${e.account}\u0001${e.unit}`;
        row = plain.get(key) ?? table.row(e.account, e.unit, undefined, undefined);
        plain.set(key, row);
      }
      const event = table.event(e.date, e.reference, e.source);
      table.push(e.kind, row, event, exact(e.quantity), false, exact(e.running));
    }
    return table;
  }

  get length(): number {
    return this.size;
  }

  /**
   * A line of an account: `quantity` negated where `negate` (an outgoing movement), `running` the
   * account's balance after it; `date` the line's (its event's, unless the caller dates it).
   */
  add(
    account: Account,
    kind: LedgerEntryKind,
    quantity: Dec,
    negate: boolean,
    date: string,
    event: { reference: string; source: CellRef | undefined },
  ): void {
    let row = this.rows.get(account);
    if (row === undefined) {
      row = this.row(account.key, account.unit, account.waiting ? account.id : undefined, undefined);
      this.rows.set(account, row);
    }
    this.push(kind, row, this.event(date, event.reference, event.source), quantity, negate, account.balance);
  }

  /** The line of a rejected receipt: no change of credit, on an account named by its parts. */
  notCredited(
    key: string,
    unit: string,
    id: AccountKey,
    date: string,
    reference: string,
    source: CellRef | undefined,
    running: Dec,
  ): void {
    const row = this.row(key, unit, undefined, id);
    this.push("not-credited", row, this.event(date, reference, source), ZERO, false, running);
  }

  entry(i: number): LedgerEntry {
    const row = this.accountOf[i] as number;
    const event = this.eventOf[i] as number;
    const date = this.dates[event] as string;
    const account = this.keys[row] as string;
    const kind = KINDS[this.kinds[i] as number] as LedgerEntryKind;
    const reference = this.references[event] as string;
    const quantity = this.quantities.text(i);
    const running = this.balances.text(i);
    const unit = this.units[row] as string;
    const source = this.sources[event];
    // the properties in the order and presence the lines had as objects, so JSON stays the same
    const accountId = this.accountIds[row];
    if (accountId) {
      const e: LedgerEntry = { date, account, kind, reference, quantity, running, unit, accountId };
      if (source) e.source = source;
      return e;
    }
    const awaiting = this.awaitings[row];
    if (awaiting) return { date, account, kind, reference, quantity, running, unit, source, awaiting };
    return source
      ? { date, account, kind, reference, quantity, running, unit, source }
      : { date, account, kind, reference, quantity, running, unit };
  }

  entries(): LedgerEntry[] {
    const out = new Array<LedgerEntry>(this.size);
    for (let i = 0; i < this.size; i++) out[i] = this.entry(i);
    return out;
  }

  *[Symbol.iterator](): Iterator<LedgerEntry> {
    for (let i = 0; i < this.size; i++) yield this.entry(i);
  }

  /** JSON.stringify writes the lines as an array of plain objects. */
  toJSON(): LedgerEntry[] {
    return this.entries();
  }

  date(i: number): string {
    return this.dates[this.eventOf[i] as number] as string;
  }

  account(i: number): string {
    return this.keys[this.accountOf[i] as number] as string;
  }

  unit(i: number): string {
    return this.units[this.accountOf[i] as number] as string;
  }

  quantity(i: number): string {
    return this.quantities.text(i);
  }

  awaiting(i: number): AccountKey | undefined {
    return this.awaitings[this.accountOf[i] as number];
  }

  belowZero(i: number): boolean {
    return this.balances.belowZero(i);
  }

  private row(
    key: string,
    unit: string,
    awaiting: AccountKey | undefined,
    accountId: AccountKey | undefined,
  ): number {
    this.keys.push(key);
    this.units.push(unit);
    this.awaitings.push(awaiting);
    this.accountIds.push(accountId);
    return this.keys.length - 1;
  }

  /** The event row of a line: the last one where date, reference and cell are the same. */
  private event(date: string, reference: string, source: CellRef | undefined): number {
    const last = this.dates.length - 1;
    if (
      last >= 0 &&
      source === this.lastSource &&
      date === this.dates[last] &&
      reference === this.references[last]
    )
      return last;
    this.dates.push(date);
    this.references.push(reference);
    this.sources.push(source);
    this.lastSource = source;
    return last + 1;
  }

  private push(
    kind: LedgerEntryKind,
    row: number,
    event: number,
    quantity: Dec,
    negate: boolean,
    running: Dec,
  ): void {
    const i = this.size;
    if (i === this.kinds.length) this.grow(i * 2);
    this.kinds[i] = KIND_CODES.get(kind) as number;
    this.accountOf[i] = row;
    this.eventOf[i] = event;
    if (negate) this.quantities.setNegated(i, quantity);
    else this.quantities.set(i, quantity);
    this.balances.set(i, running);
    this.size = i + 1;
  }

  private grow(size: number): void {
    this.kinds = wider(this.kinds, new Uint8Array(size));
    this.accountOf = wider(this.accountOf, new Int32Array(size));
    this.eventOf = wider(this.eventOf, new Int32Array(size));
    this.quantities.grow(size);
    this.balances.grow(size);
  }
}

/** A value as text in a given line, read exactly; anything else is a fault of the caller. */
function exact(text: string): Dec {
  const v = parseDecimal(text);
  if (v === null) throw new Error(`ledger line value is not a decimal: ${JSON.stringify(text)}`);
  return v;
}
