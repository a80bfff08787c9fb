// The unit a group heading states over a block of a sheet of receipts and deliveries side by side
// ("Eingang (kg)" over "Datum | Lieferant | Menge"): the unit of the block's quantity where its own
// heading states none. Without it the quantity had no unit and every row was refused (invalid-unit);
// where the column states another unit ("Eingang (kg)" over "Menge (t)") the two are not chosen
// between (first law: a magnitude is never changed by a guess): the block is refused at the heading
// (header-not-found, reason group-unit: none of its rows is read).
import { cellAddress } from "./a1";
import { headerWords } from "./header-words";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import type { SideBlock } from "./side-blocks";
import type { Finding } from "../engine/result";

/**
 * Recognition `rec` of `block` of sheet `sheet` (header row `headerRow`, 0-based) with its quantity's
 * unit taken from the block's group heading where the quantity's own heading states none; `said`, a
 * header-not-found (reason group-unit) at the quantity's heading, where both state a unit and they
 * differ: the block is then not read. A group heading
 * that states no quantity's unit, or a block with no group heading, changes nothing.
 */
export function withGroupUnit(
  rec: Recognition,
  block: SideBlock,
  sheet: string,
  headerRow: number,
): { rec: Recognition; said?: Finding } {
  const group = block.group === undefined ? null : headerWords(block.group);
  const match = rec.columns.get("quantity");
  if (!group?.unit || group.unitClass !== "quantity" || !match || !block.cols.includes(match.col))
    return { rec };
  if (match.unit === group.unit) return { rec };
  if (match.unit === null) {
    const columns = new Map(rec.columns).set("quantity", { ...match, unit: group.unit });
    return { rec: { ...rec, columns } };
  }
  const said = readFinding("header-not-found", "error", sheet, cellAddress(headerRow + 1, match.col), {
    label: "Quantity",
    value: match.unit,
    read: group.unit,
    missing: block.group,
    reason: "group-unit",
    partial: true,
  });
  return { rec, said };
}
