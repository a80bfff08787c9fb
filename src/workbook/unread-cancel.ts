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
// of a legend typed beside the table ("S = storniert"). Pure: reads the grid only.
import type { Finding } from "../engine/result";
import { cellAddress, columnLetter } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { statusIn, type StatusMemo, type StatusSays } from "./status-read";

/** What a cell alone says that speaks of its row's cancellation. */
const CANCELS = new Set<StatusSays>(["cancelled", "void-unclear", "part-cancelled"]);

/** A key of a legend ("S = storniert", "rot: storniert" is a colour legend's, colour-legend.ts). */
const KEY = /^\s*[^=\s][^=]{0,19}=/;

/**
 * The reader of row `r`'s cells of `grid` in the columns of table `rec` that no field took and that
 * `read` (the status, remark, mark and document type columns, read by row-state.ts) leaves out: at
 * the first cell that speaks of the row's cancellation (see the file comment) it puts the row's
 * refusal (row-unconfirmed, error) in `out` and gives the cell (A1); else null. `memo`: this run's
 * status texts read.
 */
export function unreadCancels(
  grid: Grid,
  rec: Recognition,
  read: readonly number[],
  memo?: StatusMemo,
): (r: number, out: Finding[]) => string | null {
  const header = rec.headerRow;
  if (header === null) return () => null;
  const skip = new Set([...[...rec.columns.values()].map((m) => m.col), ...read]);
  return (r, out) => {
    const row = grid.sheet.values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (skip.has(c) || typeof v !== "string" || v.trim() === "" || KEY.test(v)) continue;
      if (!CANCELS.has(statusIn(v, memo))) continue;
      const heading = grid.headerText(header, c);
      // bound by its heading to another paper ("Rechnung" + "storniert"), as in a remark
      if (heading !== "" && !CANCELS.has(statusIn(`${heading} ${v.trim()}`, memo))) continue;
      const cell = cellAddress(r + 1, c);
      out.push(
        readFinding("row-unconfirmed", "error", grid.sheet.name, cell, {
          label: heading === "" ? `column ${columnLetter(c)}` : heading,
          value: v.trim(),
          read: String(r + 1),
          reason: heading === "" ? "cancel-unheaded-column" : "cancel-unread-column",
          dropped: true,
        }),
      );
      return cell;
    }
    return null;
  };
}
