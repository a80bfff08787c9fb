// (p-parts2) A receipts sheet's yes/no Sustainable column ("Nachhaltig", "Sustainable", "Durable")
// blank on every row. Each blank cell beside an SD number is no yes (blank-part.ts, missing-value
// `flag-blank`): the receipt gives no credit. Row by row that was one error per receipt, hundreds
// on a real sheet, all saying the one thing: the column is not filled in. As a column blank
// throughout is said once elsewhere (a deliveries' one, blank-flags.ts; a part column no field is
// left for, unit-part.ts), this is said once, at its heading (missing-value `flag-blank`,
// consequence `receipts-held`): which column, that no receipt of the sheet is credited, what to
// write. Its rows give no credit (read.ts lists `sustainable` unreadable on each), their credit
// unknown, the balances the sheet feeds incomplete, exactly as the errors at its cells had it.
// Receipts sheets only: on a combined ledger the column's blanks are its deliveries' no.
// Pure: the sheet's cells.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";

/**
 * Where `rec` reads a receipts sheet of `grid` whose yes/no Sustainable column (no part column
 * beside it) is blank below its heading throughout, and some receipt has an SD number: `said`,
 * the error at its heading (`value` the number of receipts with an SD number), and `rec` without
 * the column, for the rows to be read without it (their refusal is `said`). Else null.
 */
export function blankFlagColumn(grid: Grid, rec: Recognition): { said: Finding; rec: Recognition } | null {
  const header = rec.headerRow;
  const flag = rec.columns.get("sustainable");
  const sd = rec.columns.get("sdNumber");
  if (rec.kind !== "receipts" || header === null || !flag || !sd || rec.columns.has("sustainablePart"))
    return null;
  let receipts = 0;
  for (let r = header + 1; r < grid.rowCount; r++) {
    if (!isBlank(grid.value(r, flag.col))) return null;
    if (!isBlank(grid.value(r, sd.col))) receipts++;
  }
  if (receipts === 0) return null;
  const said = readFinding("missing-value", "error", grid.sheet.name, cellAddress(header + 1, flag.col), {
    label: flag.header,
    reason: "flag-blank",
    value: String(receipts),
    consequence: "receipts-held",
  });
  const columns = new Map(rec.columns);
  columns.delete("sustainable");
  return { said, rec: { ...rec, columns } };
}
