// (p-sidewords) A column of purchase and sale words under a heading the add-in does not know, on a
// sheet read as receipts or deliveries because it cannot be a complete combined ledger (its date or
// quantity heading is one side's: "Eingangsmenge", "Receipt date"; type-column.ts asLedger). Read
// one-sided, a row marked "Verkauf" on the receipts would be a purchase of the material sold, a row
// marked "Einkauf" on the deliveries a sale of the material bought: a meaning changed silently
// (first law). So it is said at that column's heading, an error, and the balances the sheet feeds
// are incomplete (no Sustainability Declaration from them) until the column is mapped as the type
// of a combined ledger or the other side's rows are moved to their own sheet. Its own file:
// recognise.ts imports type-column.ts, and left-out-sheet.ts would import recognise.ts back.
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { incompleteSheet } from "./left-out-sheet";
import type { HeaderCell } from "./matcher";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { typeColumn } from "./type-column";

/**
 * The error at the heading of sheet `grid`'s unread column of purchase and sale words (typeColumn:
 * mostly type words, one of the side the sheet does not book), read as receipts or deliveries
 * (`rec`): mapping-uncertain, reason type-unread, `label` the sheet's kind, `value` the heading,
 * `read` the words found, quoted; and the input it leaves in doubt (left-out-sheet.ts
 * incompleteSheet, said at that heading). Null on any other sheet, or where no column is such.
 */
export function unreadType(
  grid: Grid,
  rec: Recognition,
): { said: Finding; input: IncompleteInput | null } | null {
  const row = rec.headerRow;
  if (row === null || !rec.spec || (rec.kind !== "receipts" && rec.kind !== "deliveries")) return null;
  const cells: HeaderCell[] = Array.from({ length: grid.width(row, row + 1) }, (_, col) => {
    const own = grid.headerText(row, col);
    return { col, own, combined: own };
  }).filter((c) => c.own !== "");
  const typed = typeColumn(grid, rec.kind, row, cells, rec.columns);
  if (!typed) return null;
  const cell = cellAddress(row + 1, typed.cell.col);
  const said = readFinding("mapping-uncertain", "error", grid.sheet.name, cell, {
    label: rec.spec.label,
    value: typed.cell.own,
    read: typed.words.map((w) => `"${w}"`).join(" and "),
    reason: "type-unread",
  });
  const input = incompleteSheet(grid, rec);
  return { said, input: input && { ...input, source: { sheet: grid.sheet.name, cell } } };
}
