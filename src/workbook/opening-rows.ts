// Opening and carried-over lines at the top of a table (issue 15 break-test #13): "Übertrag aus
// 2024", "Anfangsbestand", "Saldovortrag", "Opening balance", "Brought forward", "Report à
// nouveau", "Saldo inicial", "Beginsaldo", "Saldo iniziale" with a quantity, above the first
// booking. It states credit from before the books' first row, which the add-in has no row kind to
// book: skipped as a total, the account would close short and be reported as a negative balance
// the books do not have ("credit unknown is not credit none", domain.md §4). So such a line is an
// error at its label, and the balances of what the sheet feeds are incomplete (left-out.ts), as
// for a row dated before the first period. Lines lower down ("Übertrag" of a page, "Summe Januar")
// are running totals where their quantity is the sum of the rows above, and closing balances
// ("Endbestand") carry nothing in: those stay skipped; an opening or carried-over balance there
// stating any other number is refused (statedBalance). On a deliveries sheet an opening line
// states stock, not credit (reason opening-stock).
// A line above the first booking with no label word that holds only a quantity (a "Bestand (t)"
// number, a quantity with no date, product or name) may be such credit, a stock, or a booking
// half typed: the add-in cannot tell, so it is refused at that number (possible-totals-row, reason
// opening-quantity) and what the sheet feeds is incomplete; never a receipt, never the blank line
// that ends the data, never skipped unsaid (p-misc).
// A balance word in any cell the add-in reads of a row shaped like a booking (a supplier, product,
// SD number, date or type cell: "Bestand" as the supplier beside a certificate, "Saldovortrag" as
// the product, "Bestand 01.01." as the date) makes it no booking either (balanceLine): refused at
// that cell, never booked, never told "type a date"; the accounts it could belong to incomplete
// (p-opening). A stock count is a stock: a stock sheet's rows are read as they stand.
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { carriedDown } from "./carried-down";
import { formatInfo } from "./number-format";
import { PRODUCT_FIELDS } from "./left-out-sheet";
import { readFinding } from "./read-findings";
import type { Finding } from "../engine/result";
import type { LeftOut } from "./left-out";
import type { Column } from "./table-columns";
import { type TotalsRow, totalsRow } from "./table-totals";
import { BALANCE, BALANCE_CELL, CLOSING, OPENING, SUM_OR_MONTH } from "./total-words";
import { quantityOf, type Sums } from "./table-sums";
import { toText } from "../engine/quantity";
import type { SheetKind } from "./types";
import { asOpeningQuantity, onlyQuantity } from "./opening-quantity";

export { asOpeningQuantity, onlyQuantity };

type Total = Extract<TotalsRow, { kind: "total" }>;

/** The sheets whose rows are movements: a balance line there is no receipt, delivery, production or transfer. */
const MOVEMENTS = new Set<SheetKind>(["receipts", "deliveries", "ledger", "production", "transfers"]);

/**
 * The first cell of a row of a movements sheet (`kind`) that says nothing but a balance word
 * (total-words.ts BALANCE_CELL: "Bestand", "Saldovortrag", "Bestand 01.01.", "Opening 1 Jan"),
 * in a column the table reads (supplier, product, SD number, date, type) or in one it does not (a
 * "Beleg" or "Text" label column), as a total line shaped like a booking (`booking`): such a row
 * is refused (sayTotal), whatever else it holds. Null where no cell says one, and on a stock sheet
 * (a stock count is a stock). A side-by-side block sees only its own cells (block-grid.ts). `names`:
 * the columns where the word is a name throughout (namesThroughout), not read as one there.
 */
export function balanceLine(
  cells: readonly unknown[],
  kind: SheetKind,
  names: ReadonlySet<number> = NONE,
): Total | null {
  if (!MOVEMENTS.has(kind)) return null;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v === "string" && !names.has(c) && BALANCE_CELL.test(v))
      return { kind: "total", text: v.trim(), col: c, booking: true };
  }
  return null;
}

const NONE: ReadonlySet<number> = new Set();

/** The tables whose total's line is a sum of the rows above (sumDiffers): a combined ledger's per In and Out column, or in less out. */
const SUMMED = new Set<SheetKind>(["receipts", "deliveries", "transfers", "ledger"]);

/**
 * What row `r` of a table is before it is read as data: a total or a possible one (table-totals.ts
 * totalsRow), unless its label stands in a column of `names` (namesThroughout: "Saldo" as every
 * row's product is a name, never a label); else a balance line shaped like a booking (balanceLine);
 * else null (data).
 */
export function rowTotal(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  t: Pick<TotalAt, "columns" | "quantityCols" | "sums" | "kind"> & { names: ReadonlySet<number> },
): TotalsRow | null {
  const total = totalsRow(grid, r, cells, t.columns, t.quantityCols, t.sums);
  if (total && !(total.kind === "total" && t.names.has(total.col))) return total;
  return balanceLine(cells, t.kind, t.names);
}

/**
 * Whether the totals row `total` at row `r` (0-based) of a table of which no data row has been read
 * yet (`first`) opens the books with credit: its label is an opening or carried-over balance
 * (total-words.ts OPENING), not a closing one, and a cell of the row other than the label holds a
 * number other than zero that is not a date (in a mapped column or not: a running balance column
 * such as "Bestand (t)" is seldom mapped). Pure: says nothing.
 */
export function opensWithCredit(
  grid: Grid,
  r: number,
  cells: readonly unknown[],
  total: Extract<TotalsRow, { kind: "total" }>,
  first: boolean,
): boolean {
  if (!first || !OPENING.test(total.text) || CLOSING.test(total.text)) return false;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (c === total.col || isBlank(v as never) || typeof v !== "number" || v === 0) continue;
    if (formatInfo(grid.format(r, c)).date === null) return true;
  }
  return false;
}

/**
 * What is said at the label of the totals row `total` at row `r` (0-based), `first`: no data row
 * read above it; `continues`: whether bookings follow it. An info that it was skipped (a balance
 * row, reason balance-row, says a balance is not a receipt); or an error where it opens the books
 * with credit (opensWithCredit, reason opening-credit) or is a balance line shaped like a booking
 * (balanceLine; below the first booking, reason opening-line): not booked, and what it could feed
 * is left out of `leftOut` (where the balance word stands in a product cell, every product of the
 * sheet: the finding names them). `label`: the heading of the cell's column where the table reads it.
 */
export function sayTotal(
  grid: Grid,
  r: number,
  at: TotalAt,
  total: Total,
  flow: { continues: boolean; first: boolean },
): Finding {
  const { cells, columns } = at;
  const credit = opensWithCredit(grid, r, cells, total, flow.first);
  const stated: { stated: string; sum?: string; differs?: string } | null =
    flow.first || total.booking
      ? null
      : (statedBalance(grid, r, at, total) ?? sumDiffers(grid, r, at, total));
  const reason =
    credit || (total.booking && flow.first && !CLOSING.test(total.text))
      ? at.kind === "deliveries"
        ? "opening-stock"
        : "opening-credit"
      : total.booking
        ? "opening-line"
        : stated?.differs
          ? "sum-differs"
          : stated
            ? "stated-balance"
            : BALANCE.test(total.text)
              ? "balance-row"
              : null;
  const refused = reason !== null && reason !== "balance-row" && reason !== "sum-differs";
  const column = columns.find((c) => c.col === total.col);
  const cell = cellAddress(r + 1, total.col);
  const products = refused ? at.leftOut?.unread(r, cells, columns, at.ledger, cell) : undefined;
  // the product cell holds the balance word: every product of the sheet, named in the finding
  const named = column && PRODUCT_FIELDS.includes(column.field.id) && products?.length;
  const severity = refused ? "error" : reason === "sum-differs" ? "warning" : "info";
  return readFinding("totals-row", severity, grid.sheet.name, cell, {
    label: refused && column ? column.field.label : (stated?.differs ?? ""),
    value: String(r + 1),
    read: total.text,
    consequence: flow.continues ? "continues" : "ends",
    ...(reason ? { reason } : {}),
    ...(named ? { missing: products.join(", ") } : {}),
    ...(stated ? { stated: stated.stated, ...(stated.sum ? { sum: stated.sum } : {}) } : {}),
  });
}

/**
 * Where a totals row stands in a table: its cells and the table's columns, whether the sheet is a
 * combined ledger, its kind (a deliveries sheet holds no credit: opening-stock), the running sums
 * of its quantity columns and those columns (a line below the first booking is compared with them),
 * and what the sheet's refused rows leave incomplete.
 */
export interface TotalAt {
  cells: readonly unknown[];
  columns: Column[];
  ledger: boolean;
  kind: SheetKind;
  sums: Sums;
  quantityCols: Column[];
  leftOut?: LeftOut;
}

/**
 * (p-opening) A line below the table's first booking whose label opens or carries a balance in
 * ("Bestand", "Übertrag", "Saldovortrag", "b/f", "Report à nouveau", "Saldo iniziale"; not a
 * closing one, total-words.ts CLOSING) and states a number the rows above do not add up to: a
 * quantity other than the running sum of its column (Sums.matches: since the start or the last
 * total, booked or every row, as Excel adds them), or, where no quantity column holds one, a number
 * in a column the table does not add up ("Bestand (t)" 40). Such a line states a balance the books
 * do not derive (a new year's opening, a correction): skipped, it would change the balance unsaid,
 * so it is refused (reason stated-balance) and the balances of what the sheet feeds are incomplete.
 * Null where it states nothing, or only running sums (a page's carry-over) or the running balance of
 * its column on the row above (carried-down.ts): skipped as a total.
 * `stated`: the number as read; `sum`: its column's booked sum above, where it is a quantity.
 */
export function statedBalance(
  grid: Grid,
  r: number,
  at: Pick<TotalAt, "cells" | "sums" | "quantityCols">,
  total: Total,
): { stated: string; sum?: string } | null {
  if (!OPENING.test(total.text) || CLOSING.test(total.text)) return null;
  const { cells, sums, quantityCols } = at;
  let derived = false;
  for (const c of quantityCols) {
    if (c.col === total.col) continue;
    const n = quantityOf(grid, r, cells, c);
    if (!n || n.isZero()) continue;
    if (!sums.matches(c.col, n)) {
      const sum = sums.bookedSum(c.col);
      return { stated: toText(n), sum: sum ? toText(sum) : "0" };
    }
    derived = true;
  }
  if (derived) return null;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (c === total.col || typeof v !== "number" || v === 0) continue;
    // (p-noise) "Übertrag" 20 under "Saldo (t)" 20 of the row above: the book's own running balance
    if (formatInfo(grid.format(r, c)).date === null && !carriedDown(grid, r, c, v))
      return { stated: String(v) };
  }
  return null;
}

/**
 * (brk12) A total's line below the first booking ("Summe", "Total Q1", "Januar"; SUM_OR_MONTH,
 * no carry-over) whose quantity is not the sum of the rows above in any of the ways Excel adds them
 * (Sums.matches): skipped as a total, the rows booked as they stand, but a row may
 * be missing, hidden by a filter, counted twice or mistyped, so it is said (reason sum-differs, a
 * warning). `stated`: the total as read; `sum`: its column's booked sum since the last total;
 * `differs`: the quantity's heading. Null where every quantity on the line is such a sum, or none
 * is filled, or the label is a formula. On a combined ledger (p-ledgerdir) each of the In and Out
 * columns is held to its own sum; a single quantity column to either of its two readings, the
 * balance (in less out by each row's type, or as signed) or in and out added (Sums.matchesLedger).
 */
function sumDiffers(
  grid: Grid,
  r: number,
  at: Pick<TotalAt, "cells" | "sums" | "quantityCols" | "kind" | "ledger">,
  total: Total,
): { stated: string; sum?: string; differs: string } | null {
  if (!SUMMED.has(at.kind) || !SUM_OR_MONTH.test(total.text) || total.text.startsWith("=")) return null;
  for (const c of at.quantityCols) {
    if (c.col === total.col) continue;
    const n = quantityOf(grid, r, at.cells, c);
    if (!n || n.isZero() || at.sums.matches(c.col, n)) continue;
    // a combined ledger's one quantity column: its "Summe" may be in less out, or in and out added
    if (at.ledger && c.field.id === "quantity" && at.sums.matchesLedger(c.col, n)) continue;
    const sum = at.sums.lastSum(c.col);
    return { stated: toText(n), sum: sum ? toText(sum) : "0", differs: c.field.label };
  }
  return null;
}
