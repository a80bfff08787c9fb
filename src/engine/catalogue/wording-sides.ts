// The wording of a sheet of receipts and deliveries side by side that is not read (header-not-found,
// reason two-sides; workbook/side-blocks.ts, read-plan.ts).
import type { ReadDetails } from "./details";

/**
 * The body of header-not-found, reason two-sides: `read` the headings or blocks that show both
 * sides; `value`, where the user chose a kind for the sheet in the Sheets tab, its label (that
 * kind would read the two blocks as one table); else the blocks cannot be told apart.
 */
export function twoSidesText(sheet: string, d: ReadDetails): string {
  if (d.value)
    return `sheet "${sheet}" keeps receipts and deliveries side by side (${d.read}), and the kind chosen for it in the add-in's Sheets tab ("${d.value}") would read the two as one table, so none of its rows are read and the balances they would feed are incomplete. Put the receipts and the deliveries on two sheets; or choose "Receipts" or "Deliveries" for the sheet, which is then read as two tables where "Receipts" stands in the row above the first heading of the receipts' columns and "Deliveries" above the first of the deliveries', with a blank column between the two.`;
  return `sheet "${sheet}" keeps receipts and deliveries side by side (${d.read}), but the add-in cannot tell safely which columns are the receipts' and which the deliveries', so none of its rows are read and the balances they would feed are incomplete. Put the receipts and the deliveries on two sheets, or write "Receipts" in the row above the first heading of the receipts' columns and "Deliveries" above the first of the deliveries', with a blank column between the two.`;
}
