// (brk27 L1) A subtotal pasted as values under the bookings, with no word and no formula to say so,
// that keeps the party of the rows above ("31.03.2025 | Kunde AG | | | Rapsöl | 70" under 40 t and
// 30 t to Kunde AG) but none of what makes each of them a booking of its own: their address,
// certificate, SD number. Booked, it is one more delivery of the whole run (its credit drawn twice,
// or its physical stock lost), or an SD held only for an address the user is invited to fill in. A
// row whose every filled quantity is the sum of the run of two or more rows directly above it (since
// the last total, or the table's start; every row of the run of its product), that lacks every
// identifying cell (workbook/booking-cells.ts IDENTIFYING, its party aside) and lacks one that each
// row of the run has, is refused at its quantity: never booked. A row with its own address,
// certificate or SD number is a booking, whatever its quantity; so is one summing a single row, or
// rows of other products; so is one with a cell of its own outside the mapped columns (an SD
// number in a second, rival column, a delivery note number, a date) or a party no row of the run
// names (own-cells.ts, h-lacksum). A row whose party is blank too is unnamed-sum's (unnamed-sum.ts).
import { cellAddress } from "./a1";
import { IDENTIFYING } from "./booking-cells";
import { isBlank, type Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Column } from "./table-columns";
import { quantityOf, type SumLine, type Sums } from "./table-sums";
import { cellKey, ownCell, PARTIES } from "./own-cells";
import type { Dec } from "../engine/quantity";
import type { Finding } from "../engine/result";

/**
 * A possible total line (possible-totals-row, reason lacking-sum) as the file's head says, at the
 * row's first filled quantity, `named` the headings of the identifying cells the run has and the
 * row lacks, `sum` how many rows it adds up; else null.
 */
export function lackingSum(
  grid: Grid,
  at: { r: number; cells: readonly unknown[]; columns: Column[]; quantityCols: Column[]; sums: Sums },
): Finding | null {
  const { r, cells, columns, quantityCols, sums } = at;
  if (!columns.some((c) => PARTIES.has(c.field.id))) return null;
  const own = columns.filter((c) => IDENTIFYING.includes(c.field.id) && !PARTIES.has(c.field.id));
  if (own.length === 0 || own.some((c) => !isBlank(cells[c.col] as never))) return null;
  const filled = quantityCols
    .map((c) => ({ c, n: isBlank(cells[c.col] as never) ? null : quantityOf(grid, r, cells, c) }))
    .filter((q): q is { c: Column; n: Dec } => q.n !== null && !q.n.isZero());
  if (filled.length === 0) return null;
  const product = columns.find((c) => c.field.id === "product");
  for (const since of ["last", "start"] as const) {
    for (const booked of [true, false]) {
      const run = sums.run(since).filter((l) => !booked || l.booked);
      if (run.length < 2) continue;
      if (product && run.some((l) => cellKey(l.cells[product.col]) !== cellKey(cells[product.col]))) continue;
      if (!filled.every((q) => sumOf(run, q.c.col)?.equals(q.n))) continue;
      const lacking = own.filter((c) => run.every((l) => !isBlank(l.cells[c.col] as never)));
      if (lacking.length === 0 || ownCell(cells, columns, run) !== null) continue;
      const first = filled[0]!.c;
      return readFinding("possible-totals-row", "error", grid.sheet.name, cellAddress(r + 1, first.col), {
        label: first.field.label,
        value: String(cells[first.col]).trim(),
        read: String(r + 1),
        named: lacking.map((c) => c.field.label).join(" or "),
        sum: String(run.length),
        dropped: true,
        reason: "lacking-sum",
      });
    }
  }
  return null;
}

/** The sum of column `col` over the lines of a run, or null where one of them has no quantity there. */
function sumOf(run: readonly SumLine[], col: number): Dec | null {
  let sum: Dec | null = null;
  for (const l of run) {
    const n = l.quantities.get(col);
    if (!n) return null;
    sum = sum ? sum.plus(n) : n;
  }
  return sum;
}
