// (brk26 S3) A cancellation typed in a column the reader does not read (docs/rules.md "Rows and
// sheets marked as not really there"). Before, "wurde storniert" in a column with no heading right of
// the table, or headed "Spalte1" (Excel's default name of a table column), "Lieferschein" or any
// other heading that names no field, status or remark, was never looked at: the cancelled delivery
// was booked and its SD issued. Now a row is refused at such a cell (row-unconfirmed) where the cell
// alone says the row was cancelled, reversed, void or rebooked, wholly or in part (status-read.ts:
// "cancelled", "void-unclear", "part-cancelled"): whether the column is the line's status, a remark
// or something else the add-in cannot tell, so it neither books the row nor leaves it out. Not
// refused: a cell that speaks of no cancellation ("Lieferschein 4711", a number, a date, a product),
// one that denies it ("nicht storniert", "not cancelled"; "noch nicht storniert" is one to come,
// refused as in a remark, cancel-mention.ts), one bound by its heading to another paper, as a remark
// would be ("storniert" under "Rechnung": "Rechnung storniert", the payment's paperwork), and a key
// of a legend typed beside the table ("S = storniert").
// (h-lacksum) So is a cell that alone says the row did not take place or is not yet confirmed
// ("abgelehnt", "rejected", "pending", "offen", "in Klärung", "on hold", "en attente", "rechazado",
// "in sospeso", "afgewezen", "in behandeling": the status words of status-words.ts, the open
// statuses of brk26 S4 among them, as a Status column reads them; "teilw. abgelehnt" of part of
// it), a word of three letters or more ("KO", "?" alone may be anything there); not where its
// heading names the row's payment or invoice ("offen" under "Zahlung": the money is open, the goods
// moved) or another paper pending ("pending" under "Lieferschein", as a remark reads it). And a
// date (or any cell with a digit) in a column of the day the row was cancelled ("Stornodatum",
// "Cancelled on", "Date d'annulation": unread-headings.ts) says it was: refused; blank, the row is
// read as it is. ERP movement and debit/credit columns are read by document-rows.ts, never here.
// Pure: reads the grid only.
import type { Finding } from "../engine/result";
import { cellAddress, columnLetter } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { speaksStatus, statusIn, type StatusMemo, type StatusSays } from "./status-read";
import { cancelDateHeading, moneyHeading } from "./unread-headings";
import { namesAQuantity } from "./text-not-quantity";
import { isDateFormat, type DateSystem } from "./dates";
import { shownStatus } from "./status-cells";
import type { RowReason } from "../engine/catalogue/details-rows";

/** What a cell alone says that speaks of its row's cancellation. */
const CANCELS = new Set<StatusSays>(["cancelled", "void-unclear", "part-cancelled"]);

/** What a cell alone says that leaves its row not done or not yet confirmed (rejected, pending, open; of part of it). */
const NOT_DONE = new Set<StatusSays>(["unconfirmed", "partial"]);

/** A key of a legend ("S = storniert", "rot: storniert" is a colour legend's, colour-legend.ts). */
const KEY = /^\s*[^=\s][^=]{0,19}=/;

/**
 * The reader of row `r`'s cells of `grid` in the columns of table `rec` that no field took and that
 * `read` (the status, remark, mark, document type and ERP columns, read by row-state.ts and
 * document-rows.ts) leaves out: at the first cell that says the row was cancelled, did not take
 * place or is not yet confirmed (see the file comment) it puts the row's refusal (row-unconfirmed,
 * error) in `out` and gives the cell (A1); else null. `memo`: this run's status texts read;
 * `dateSystem`: the workbook's, to quote a date as the user sees it.
 */
export function unreadCancels(
  grid: Grid,
  rec: Recognition,
  read: readonly number[],
  memo?: StatusMemo,
  dateSystem: DateSystem = 1900,
): (r: number, out: Finding[]) => string | null {
  const header = rec.headerRow;
  if (header === null) return () => null;
  const skip = new Set([...[...rec.columns.values()].map((m) => m.col), ...read]);
  return (r, out) => {
    const row = grid.sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (skip.has(c) || v === null || v === undefined || String(v).trim() === "") continue;
      const heading = grid.headerText(header, c);
      const reason = cellSays(v, heading, memo);
      if (reason === null) continue;
      const cell = cellAddress(r + 1, c);
      const value = shownStatus(v, isDateFormat(grid.format(r, c)), dateSystem).trim();
      out.push(
        readFinding("row-unconfirmed", "error", grid.sheet.name, cell, {
          label: heading === "" ? `column ${columnLetter(c)}` : heading,
          value,
          read: String(r + 1),
          reason,
          dropped: true,
        }),
      );
      return cell;
    }
    return null;
  };
}

/** Why a filled cell `v` of an unread column headed `heading` (blank: none) refuses its row, or null. */
function cellSays(v: unknown, heading: string, memo?: StatusMemo): RowReason | null {
  // a day the row was cancelled: a date, a serial, "12.03." (a word there is read as below)
  if (heading !== "" && cancelDateHeading(heading) && (v instanceof Date || /\d/.test(String(v))))
    return "cancel-date-column";
  if (typeof v !== "string" || KEY.test(v)) return null;
  const says = statusIn(v, memo);
  const unheaded = heading === "";
  if (CANCELS.has(says)) {
    // bound by its heading to another paper ("Rechnung" + "storniert"), as in a remark
    if (!unheaded && !CANCELS.has(statusIn(`${heading} ${v.trim()}`, memo))) return null;
    return unheaded ? "cancel-unheaded-column" : "cancel-unread-column";
  }
  if (!NOT_DONE.has(says) || !speaksStatus(v)) return null;
  // a column that names a quantity ("Menge lt. SD (t)") is a second quantity column: "TBD" there is
  // refused at its cell as no number (invalid-number, quantity-texts.test.ts), the sharper reason
  if (!unheaded && namesAQuantity(heading)) return null;
  // the payment's or invoice's state; another paper pending ("Lieferschein" + "pending")
  if (!unheaded && (moneyHeading(heading) || statusIn(`${heading} ${v.trim()}`, memo) === null)) return null;
  return unheaded ? "unconfirmed-unheaded-column" : "unconfirmed-unread-column";
}
