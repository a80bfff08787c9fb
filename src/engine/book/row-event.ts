// The event of the row being booked (pool.ts EventContext): its date, its reference and the cell
// of its quantity, which every ledger line it writes shows. The cell is made as a CellRef only
// where something keeps it (a short, a fact, a rejected receipt's line); the ledger reads it from
// the row's shared cells as column letters and a row number (ledger-columns.ts EventCells), so
// booking ~210,000 rows makes no CellRef and no address text per row (issue 15).
import type { CellRef, CellShape, Source } from "../model";
import { cellAt, firstCell } from "../source-cells";
import type { EventCells } from "./ledger-columns";
import type { EventContext } from "./pool";

/**
 * The cell a booked row's ledger lines show: its quantity's, else its input quantity's (a
 * production row), else its first cell as it is ("" where it has none).
 */
export function quantityCell(source: Source): CellRef {
  const cell = cellAt(source, "quantity") ?? cellAt(source, "inputQuantity") ?? firstCell(source, true);
  return { sheet: source.sheet, cell: cell ?? "" };
}

/** What the ledger reads of an event context (pool.ts EventContext): its reference and cell. */
export interface EventCell {
  reference: string;
  source?: CellRef | undefined;
}

/**
 * Which event a line belongs to, as the ledger compares it with the last event's: every line of
 * one booked row has the same, and a context copied from it (a short's, Book.withdraw; a backing
 * line's, shorts.ts) as well, since its cell is the row's CellRef; any other context its cell
 * itself (undefined: none). A line starts a new event where this, its date or its reference
 * differ from the last line's, as when each booked row had a CellRef of its own.
 */
export function eventKey(e: EventCell): unknown {
  return e instanceof RowEvent ? e.key : sourceKey(e.source);
}

/** The key of a context whose cell is `source` (eventKey). */
export function sourceKey(source: CellRef | undefined): unknown {
  return source === undefined ? undefined : (MADE.get(source) ?? source);
}

/** The key of each booked row's CellRef made (RowEvent.source), so contexts given it share the row's key. */
const MADE = new WeakMap<CellRef, number>();
/** The last key given: each booked row gets the next. */
let lastKey = 0;

/** The event of one booked row after another (booking.ts): one object reused for every row. */
export class RowEvent implements EventContext {
  date = "";
  reference = "";
  /** the key of the row being booked (eventKey) */
  key = 0;
  private row: Source = { sheet: "", row: 0 };
  private made: CellRef | undefined = undefined;
  // the shape last asked for and its quantity column (quantityColumn): rows alike share one shape
  private shape: CellShape | undefined = undefined;
  private column = "";

  /** Starts the event of `row`, dated `date`, with `reference`. */
  start(row: Source, date: string, reference: string): void {
    this.row = row;
    this.date = date;
    this.reference = reference;
    this.made = undefined;
    this.key = ++lastKey;
  }

  /** The row's quantity cell (quantityCell), made once per row when asked for. */
  get source(): CellRef {
    if (this.made === undefined) {
      this.made = quantityCell(this.row);
      MADE.set(this.made, this.key);
    }
    return this.made;
  }

  /** The sheet of the row's cell. */
  get sheet(): string {
    return this.row.sheet;
  }

  /**
   * Sets the row's cell (quantityCell's address) as event `event` of `cells`: where the shape
   * of the row's cells has it on the row's own line, as its column's letters and the row number,
   * without the address made; else the address as quantityCell gives it.
   */
  cellInto(cells: EventCells, event: number): void {
    const source = this.row;
    const shape = source.shape;
    if (shape !== undefined && shape !== this.shape) {
      this.shape = shape;
      this.column = quantityColumn(shape);
    }
    if (shape !== undefined && this.column !== "") cells.setAt(event, this.column, source.row);
    else cells.set(event, quantityCell(source).cell);
  }
}

/**
 * The column letters of the field cellAt finds first for quantityCell in `shape` (quantity, else
 * input quantity), or "" where that field's cell is not on the row's own line (or neither is in
 * the shape): then the address is looked up as quantityCell does.
 */
function quantityColumn(shape: CellShape): string {
  let i = shape.fields.indexOf("quantity");
  if (i === -1) i = shape.fields.indexOf("inputQuantity");
  return i === -1 ? "" : (shape.columns[i] as string);
}
