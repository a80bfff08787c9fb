// The MB Ledger of a run as columns: per line a kind, an account row, an event row and two values
// in typed arrays, so booking ~300,000 lines leaves no object per line for the garbage collector to
// copy and mark (issue 15: "results as plain data, columnar where memory demands it"). What lines
// share is held once: the account (key, unit, parts) per account, the date, reference and cell per
// event. A line is built as plain data (`LedgerEntry`) only when a host asks for it.
import { type Dec, parseDecimal, ZERO } from "../quantity";
import type { AccountKey, LedgerEntry, LedgerEntryKind, LedgerLines } from "../result";
import type { CellRef } from "../model";
import type { Account } from "./accounts";
import { Chunks, Column, EventCells, LineColumns, Texts } from "./ledger-columns";
import { type EventCell, eventKey, RowEvent, sourceKey } from "./row-event";

/** The code (a byte) of every kind of line: a record, so a kind added to the type must be given one. */
const KIND_CODES: Record<LedgerEntryKind, number> = {
  opening: 0,
  receipt: 1,
  "production-in": 2,
  "production-out": 3,
  delivery: 4,
  "transfer-in": 5,
  "transfer-out": 6,
  "carry-forward": 7,
  lapse: 8,
  "not-credited": 9,
  backed: 10,
  unbacked: 11,
};
/** The kind of each code. */
const KINDS: LedgerEntryKind[] = [];
for (const [kind, code] of Object.entries(KIND_CODES)) KINDS[code] = kind as LedgerEntryKind;

/**
 * The ledger lines of one run (`LedgerLines`), written by the book (Book.line and notCredited)
 * in booking order, which is date order. Lines of one event (a booked row, a close's lapse) share
 * one event row with its date, reference and cell; a line dated otherwise than its event, or
 * with a reference of its own, starts an event row of its own. Every account has one account row.
 */
export class LedgerTable implements LedgerLines {
  private size = 0;
  private readonly lines = new LineColumns();

  // account rows: the key and unit of every line; `awaiting` for the line of withdrawals waiting
  // at product level, `accountId` for a rejected receipt's line (whose account may not exist)
  private readonly keys: string[] = [];
  private readonly units: string[] = [];
  private readonly awaitings: (AccountKey | undefined)[] = [];
  private readonly accountIds: (AccountKey | undefined)[] = [];

  // event rows: reference, cell, and the date and sheet as indexes (`-1`: no cell); the last
  // event's key (row-event.ts eventKey) is compared by identity. A booked row's cell is not made:
  // its sheet is kept as an index, its address as its column's letters (an index) and its row
  // number, read from the row's shared cells (RowEvent.cellInto), so no text per line is kept;
  // an address of another form as it is (EventCells).
  private readonly references = new Chunks<string>();
  private readonly cells = new EventCells();
  private readonly dateOf = new Column((n) => new Int32Array(n));
  private readonly sheetOf = new Column((n) => new Int32Array(n));
  private events = 0;
  private lastKey: unknown;
  // dates and sheets are few: each event holds the index of its own in these lists
  private readonly dates = new Texts();
  private readonly sheets = new Texts();

  /**
   * A table of lines given as plain data (a result read back, a test); `entries()` gives them back
   * alike, but for an optional property set to undefined (left out) and a cell (a new { sheet, cell }).
   * Throws where a quantity or running balance is not a decimal text.
   */
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
      const event = table.event(e.date, e, sourceKey(e.source));
      table.push(e.kind, row, event, exact(e.quantity), false, exact(e.running));
    }
    return table;
  }

  get length(): number {
    return this.size;
  }

  /**
   * The row of an account's lines (Book.line makes one per account and keeps it while booking:
   * the table keeps no account, so a result holds none of their credit). `awaiting` is given on
   * the line of withdrawals waiting at product level: the account they fall to.
   */
  accountRow(account: Pick<Account, "key" | "unit" | "id" | "waiting">): number {
    return this.row(account.key, account.unit, account.waiting ? account.id : undefined, undefined);
  }

  /**
   * A line of an account row: `quantity` negated where `negate` (an outgoing movement), `running`
   * the account's balance after it; `date` the line's (its event's, unless the book dates it).
   */
  add(
    row: number,
    kind: LedgerEntryKind,
    quantity: Dec,
    negate: boolean,
    running: Dec,
    date: string,
    event: EventCell,
  ): void {
    this.push(kind, row, this.event(date, event, eventKey(event)), quantity, negate, running);
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
    const event = this.event(date, { reference, source }, sourceKey(source));
    this.push("not-credited", row, event, ZERO, false, running);
  }

  entry(i: number): LedgerEntry {
    const row = this.lines.account(i);
    const event = this.lines.event(i);
    const date = this.dates.at(this.dateOf.get(event));
    const account = this.keys[row] as string;
    const kind = KINDS[this.lines.kind(i)] as LedgerEntryKind;
    const reference = this.references.at(event);
    const quantity = this.lines.quantity(i);
    const running = this.lines.balance(i);
    const unit = this.units[row] as string;
    const source = this.source(event);
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
    return this.dates.at(this.dateOf.get(this.lines.event(i)));
  }

  account(i: number): string {
    return this.keys[this.lines.account(i)] as string;
  }

  unit(i: number): string {
    return this.units[this.lines.account(i)] as string;
  }

  quantity(i: number): string {
    return this.lines.quantity(i);
  }

  awaiting(i: number): AccountKey | undefined {
    return this.awaitings[this.lines.account(i)];
  }

  belowZero(i: number): boolean {
    return this.lines.belowZero(i);
  }

  /** The cell of an event as the book gave it ({ sheet, cell }), or undefined without one. */
  private source(event: number): CellRef | undefined {
    const sheet = this.sheetOf.get(event);
    return sheet === -1 ? undefined : { sheet: this.sheets.at(sheet), cell: this.cells.at(event) };
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

  /**
   * The event row of a line: the last one where its date, reference and key (eventKey) are the
   * same, else a new one, its cell read from `event`.
   */
  private event(date: string, event: EventCell, key: unknown): number {
    const last = this.events - 1;
    if (
      last >= 0 &&
      key === this.lastKey &&
      date === this.dates.at(this.dateOf.get(last)) &&
      event.reference === this.references.at(last)
    )
      return last;
    let sheet = -1;
    if (event instanceof RowEvent) {
      event.cellInto(this.cells, last + 1);
      sheet = this.sheets.index(event.sheet);
    } else {
      const source = event.source;
      this.cells.set(last + 1, source?.cell);
      if (source) sheet = this.sheets.index(source.sheet);
    }
    this.dateOf.set(last + 1, this.dates.index(date));
    this.sheetOf.set(last + 1, sheet);
    this.references.push(event.reference);
    this.lastKey = key;
    this.events = last + 2;
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
    this.lines.add(i, KIND_CODES[kind], row, event, quantity, negate, running);
    this.size = i + 1;
  }
}

/** A value as text in a given line, read exactly; anything else is a fault of the caller. */
function exact(text: string): Dec {
  const v = parseDecimal(text);
  if (v === null) throw new Error(`ledger line value is not a decimal: ${JSON.stringify(text)}`);
  return v;
}
