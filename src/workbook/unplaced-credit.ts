// (p-parts2) What a receipt's part column that could not be placed does to its credit. A receipts
// sheet with a bare share beside its quantity ("Anteil (%)", "Share (%)", "Quota (%)"), a second
// yes/no column or a third part column is refused at that column's heading (unit-part.ts
// unplacedParts, mapping-uncertain `part-unplaced`), and its balances are incomplete; but each
// receipt was still credited whole, so a receipt whose SD may cover 40 % of it was booked 100 %.
// What the column says is unknown, so a receipt is credited only where every reading of it gives
// the same credit: where the column states all of the receipt (yes, 100 %, its quantity in the
// heading's unit, exactly), the receipt is credited whole whether the column is its sustainable
// part (engine/intake/receipt-part.ts: whole or nothing) or holds something else. Anything else
// (a part, none, a blank cell in a column used elsewhere, a value that cannot be read) gives no
// credit, its credit unknown, as the balances it feeds are incomplete already (the first law:
// never more than what a column may state). Not the whole sheet held, as the sales side does: a
// receipt stating all of itself is credited the same under any reading, so its credit is exact.
// Pure: the sheet's cells.
import { dimensionOf, normaliseUnit, toAmount } from "../engine/amount";
import { type Dec, parseDecimal } from "../engine/quantity";
import type { Finding } from "../engine/result";
import { tryParseCell } from "./a1";
import type { Conventions, PartKind } from "./cell-read";
import { readShare } from "./cell-numbers";
import type { Grid } from "./grid";
import type { CellValue } from "./port";
import { headerWords } from "./header-words";
import { isBlank } from "./grid";
import type { Recognition } from "./recognition";
import type { TableRow } from "./table-row";

/** One part column refused at its heading: its column (0-based) and what its heading says. */
interface Unplaced {
  col: number;
  headerUnit: string | null;
  part: PartKind;
}

/**
 * For a sheet whose part columns were refused at their heading (`refused`: the findings of
 * unplacedParts, reason part-unplaced; others are passed over), a test of a receipt row: true
 * where its credit is held (some refused column does not state all of it, see the file comment),
 * false where every such column states all of it. Null where none was refused. `conv`: the
 * workbook's conventions (a value only a convention could tell is not the whole: held).
 */
export function unplacedCredit(
  grid: Grid,
  rec: Recognition,
  refused: readonly Finding[],
  conv: Conventions,
): ((row: TableRow) => boolean) | null {
  const header = rec.headerRow;
  if (header === null) return null;
  const cols: Unplaced[] = [];
  for (const f of refused) {
    const at = f.code === "mapping-uncertain" && f.cell ? tryParseCell(f.cell) : null;
    if (!at || (f.details as { reason?: string }).reason !== "part-unplaced") continue;
    const heading = grid.headerText(header, at.col);
    const unit = headerWords(heading).unit ?? (heading.includes("%") ? "%" : null);
    cols.push({ col: at.col, headerUnit: unit, part: unit === "%" ? "share" : unit ? "quantity" : "flag" });
  }
  if (cols.length === 0) return null;
  return (row) => {
    const r = row.source.row - 1;
    const cells = grid.sheet.values[r] ?? [];
    return cols.some((c) => !statesWhole(cells[c.col], grid.format(r, c.col), c, row, conv));
  };
}

/** Whether the cell `v` of column `c` states all of the receipt `row`: yes, 100 %, or its quantity exactly. */
function statesWhole(
  v: CellValue | undefined,
  format: string | null,
  c: Unplaced,
  row: TableRow,
  conv: Conventions,
): boolean {
  if (isBlank(v) || (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")) return false;
  const read = readShare(v, conv, format, { headerUnit: c.headerUnit, part: c.part });
  if (read.kind !== "ok" || typeof read.value !== "string") return false;
  if (read.value === "yes") return true;
  const n = parseDecimal(read.value);
  const unit = read.unit ?? c.headerUnit;
  if (!n || !unit) return false;
  if (unit === "%") return n.equals(100);
  return sameQuantity(n, unit, row);
}

/** Whether `n` in `unit` is exactly the quantity of `row` (its receipt side), in the row's unit. */
function sameQuantity(n: Dec, unit: string, row: TableRow): boolean {
  const { values, units } = row;
  const qty = parseDecimal(values.quantity ?? values.inQuantity);
  const stated = typeof values.unit === "string" ? values.unit : (units.quantity ?? units.inQuantity)?.unit;
  const rowUnit = normaliseUnit(stated);
  const partUnit = normaliseUnit(unit);
  const dim = rowUnit ? dimensionOf(rowUnit) : null;
  if (!qty || !rowUnit || !partUnit || !dim) return false;
  const whole = toAmount(qty, rowUnit)[dim];
  const part = toAmount(n, partUnit)[dim];
  return !!whole && !!part && whole.equals(part);
}
