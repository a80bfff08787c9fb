// Wording of rows and sheets that repeat others of the books (brk27 S1, S3: workbook/copied-sheet.ts,
// duplicate-notes.ts): a copy of a sheet kept beside it, a run of rows pasted into another sheet, a
// delivery note booked twice, a row typed twice. Each says which sheet or row it repeats, what became
// of it and what to do.
import type { ReadDetails } from "./details";

/** What a kind's rows give or take, for the copy's consequence. */
const twice = (label: string) =>
  /receipt/i.test(label)
    ? "their credit would count twice"
    : /production/i.test(label)
      ? "their input would be converted twice"
      : /transfer/i.test(label)
        ? "their material would move twice"
        : "each delivery would get a second Sustainability Declaration";

/**
 * duplicate-row, reasons copied-sheet (at the copy's header: `label` the kind both sheets read as,
 * `value` the sheet it repeats, `read` how many of its rows are that sheet's) and copied-rows (at the run's first row:
 * `read` the rows, "5–9"), same-note (a delivery note number given twice for one customer and
 * product: `value` the number, `read` the earlier row, `label` the column) and same-row (a row
 * identical to an earlier one, no note number: `read` the earlier row; a warning).
 */
export function duplicateRowText(sheet: string, d: ReadDetails): string {
  const kind = d.label.toLowerCase();
  if (d.reason === "copied-sheet")
    return `sheet "${sheet}" (read as ${kind}) is a copy of sheet "${d.value}": ${d.read} of its rows are rows of that sheet (same date, party, product and quantity), and booked beside it ${twice(d.label)}, so none of its rows are read, and the balances of the products it would feed are incomplete: nothing is declared from them, and a shortfall there is not reported as a negative balance. Delete this sheet or move it to another workbook, or, if it is the books and "${d.value}" the copy, delete that one; if both hold real movements that happen to be alike, tell them apart (a Site column, or the rows' own SD or delivery note numbers).`;
  if (d.reason === "copied-rows")
    return `rows ${d.read} (read as ${kind}) repeat rows of sheet "${d.value}" one for one (same date, party, product and quantity): rows pasted from that sheet, and booked beside it ${twice(d.label)}, so they are not read, and the balances of the products they would feed are incomplete; delete them from this sheet (or from "${d.value}", if they belong here), or, if they are movements of their own, tell them apart by their own SD or delivery note numbers.`;
  if (d.reason === "same-note")
    return `"${d.value}" in ${d.label} is the delivery note of row ${d.read} too, for the same customer and product: one delivery note is one dispatch, so this row repeats that delivery and would get a second Sustainability Declaration; it is not read, and the balances of its product are incomplete. Delete the row if it was entered twice, or correct its delivery note number if it is a dispatch of its own.`;
  return `this row is the same as row ${d.read} in every cell read (date, party, product, quantity, no delivery note or SD number to tell them apart): it is booked as a movement of its own, which is right if there were two trucks; if the row was entered twice, delete it, or it will get a second Sustainability Declaration (or credit). Give each row its delivery note number to tell them apart.`;
}
