// (brk22 1) A subtotal typed by hand under the bookings with no word to say so: a date, a product
// and the sum of the rows above, but no party and no document number ("31.01.2025 | | | | Biodiesel
// | 100" under January's receipts). Booked, it would be one more receipt of conventional material
// (100 t of physical stock that lifts the carry-forward cap) or a delivery to no one. A booking
// always names its party; a row that names none, and no SD number or certificate, whose every
// quantity is the sum of the rows above (since the last total, or all; of one row, a copy of it or
// a total of that one row, on a sale of two rows or more) may be either, and
// the add-in cannot tell: refused at its quantity, never booked. A row with its supplier or
// customer, or its SD number, is a booking whatever its quantity.
import { cellAddress } from "./a1";
import { isBlank, type Grid } from "./grid";
import { readFinding } from "./read-findings";
import { identifyingBlank } from "./booking-cells";
import type { Column } from "./table-columns";
import { quantityOf, type Sums } from "./table-sums";
import type { Finding } from "../engine/result";

/** The party fields, one of which a sheet must have for its rows to be told by a blank party. */
const PARTIES = new Set(["supplier", "customer", "counterparty"]);

/**
 * A possible total line (reason unnamed-sum) where the sheet has a party column and the row's
 * party, SD number, certificate and address cells are all blank, and each of its filled quantities
 * is the sum of the rows above (Sums.matches); else null. The rows after it are summed anew (table-totals.ts).
 */
export function unnamedSum(
  grid: Grid,
  at: { r: number; cells: readonly unknown[]; columns: Column[]; quantityCols: Column[]; sums: Sums },
): Finding | null {
  const { r, cells, columns, quantityCols, sums } = at;
  const party = columns.find((c) => PARTIES.has(c.field.id));
  if (!party || !identifyingBlank(cells, columns, -1)) return null;
  // (brk23 §8) a sale repeating the one row above (a customer written once for two equal loads) is
  // no subtotal: booked, its blank customer refused as the SD's missing recipient; a receipt's stays
  // refused (booked, a copy would be stock received twice)
  const least = party.field.id === "customer" ? 2 : 1;
  let first: Column | null = null;
  for (const c of quantityCols) {
    if (isBlank(cells[c.col] as never)) continue;
    const n = quantityOf(grid, r, cells, c);
    if (!n || !sums.matches(c.col, n, least)) return null;
    first ??= c;
  }
  if (!first) return null;
  const finding = readFinding(
    "possible-totals-row",
    "error",
    grid.sheet.name,
    cellAddress(r + 1, first.col),
    {
      label: first.field.label,
      value: String(cells[first.col]).trim(),
      read: String(r + 1),
      named: party.field.label,
      dropped: true,
      reason: "unnamed-sum",
    },
  );
  return finding;
}
