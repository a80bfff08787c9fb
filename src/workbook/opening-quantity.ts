// A line above a table's first booking that holds only a quantity (opening-rows.ts): a number with
// no label word, no date, product or name may be credit carried over, a stock or a booking half
// typed, so it is refused at that number (possible-totals-row, reason opening-quantity). Moved out
// of opening-rows.ts whole (issue 15: files under 300 lines).
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { formatInfo } from "./number-format";
import { readFinding } from "./read-findings";
import type { Finding } from "../engine/result";
import type { ReadFindingDetails } from "./read-findings";

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
