// Opening and carried-over lines at the top of a table (issue 15 break-test #13): "Übertrag aus
// 2024", "Anfangsbestand", "Saldovortrag", "Opening balance", "Brought forward", "Report à
// nouveau", "Saldo inicial", "Beginsaldo", "Saldo iniziale" with a quantity, above the first
// booking. It states credit from before the books' first row, which the add-in has no row kind to
// book: skipped as a total, the account would close short and be reported as a negative balance
// the books do not have ("credit unknown is not credit none", domain.md §4). So such a line is an
// error at its label, and the balances of what the sheet feeds are incomplete (left-out.ts), as
// for a row dated before the first period. Lines lower down ("Übertrag" of a page, "Summe Januar")
// are running totals, and closing balances ("Endbestand") carry nothing in: those stay skipped.
// A line above the first booking with no label word that holds only a quantity (a "Bestand (t)"
// number, a quantity with no date, product or name) may be such credit, a stock, or a booking
// half typed: the add-in cannot tell, so it is refused at that number (possible-totals-row, reason
// opening-quantity) and what the sheet feeds is incomplete; never a receipt, never the blank line
// that ends the data, never skipped unsaid (p-misc).
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { formatInfo } from "./number-format";
import { readFinding } from "./read-findings";
import type { Finding } from "../engine/result";
import type { ReadFindingDetails } from "./read-findings";
import type { TotalsRow } from "./table-totals";
import { BALANCE, CLOSING, OPENING } from "./total-words";

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
 * What is said at the label of the totals row `total` at row `r` (0-based): an info that it was
 * skipped (a balance row, reason balance-row, says a balance is not a receipt), or, where it opens
 * the books with credit (`opening`, opensWithCredit), an error that the credit is not booked and
 * the balances the sheet feeds are incomplete (reason opening-credit). `continues`: whether
 * bookings follow it.
 */
export function totalsFinding(
  grid: Grid,
  r: number,
  total: Extract<TotalsRow, { kind: "total" }>,
  continues: boolean,
  opening: boolean,
): Finding {
  const reason = opening ? "opening-credit" : BALANCE.test(total.text) ? "balance-row" : null;
  return readFinding(
    "totals-row",
    opening ? "error" : "info",
    grid.sheet.name,
    cellAddress(r + 1, total.col),
    {
      label: "",
      value: String(r + 1),
      read: total.text,
      consequence: continues ? "continues" : "ends",
      ...(reason ? { reason } : {}),
    },
  );
}

/**
 * A line above the table's first booking blank in every mapped column but holding a number other
 * than zero, not a date, in a column not read ("Bestand (t)" 12.5, with no label word): refused at
 * that number, whose column's heading (row `headerRow`, 0-based) names it; null for any other row
 * (a blank line, which ends the data). `cells`: the line's cells, given only for a line blank in
 * every mapped column and unlabelled, above the first booking (else undefined: null).
 */
export function onlyQuantity(
  grid: Grid,
  r: number,
  cells: readonly unknown[] | undefined,
  headerRow: number,
): Finding | null {
  if (!cells) return null;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v !== "number" || v === 0 || formatInfo(grid.format(r, c)).date !== null) continue;
    const heading = grid.sheet.values[headerRow]?.[c];
    const label =
      typeof heading === "string" && heading.trim() !== "" ? heading.trim() : cellAddress(headerRow + 1, c);
    return openingQuantity(grid, cellAddress(r + 1, c), { label, value: String(v), read: String(r + 1) });
  }
  return null;
}

/**
 * The possible-totals-row of a line with a quantity but no date, product or name (table-totals.ts)
 * said as what it is where no booking is above it: not a total (nothing above to add up), but a
 * quantity that may be carried over (reason opening-quantity).
 */
export function asOpeningQuantity(grid: Grid, said: Finding): Finding {
  const d = (said.details ?? {}) as ReadFindingDetails;
  return openingQuantity(grid, said.cell as string, { label: d.label, value: d.value, read: d.read });
}

function openingQuantity(
  grid: Grid,
  cell: string,
  d: Pick<ReadFindingDetails, "label" | "value" | "read">,
): Finding {
  return readFinding("possible-totals-row", "error", grid.sheet.name, cell, {
    ...d,
    dropped: true,
    reason: "opening-quantity",
  });
}
