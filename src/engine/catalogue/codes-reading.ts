// The reading layer's part of the catalogue of finding codes (codes.ts): what the workbook layer
// says of cells, columns, rows and sheets as it reads them.
import type { CodeEntry } from "./code-entry";
import type { FindingCode } from "./details";

/** The codes the workbook layer raises while reading, with their severity and remedy. */
export const READING_CATALOGUE = {
  "header-not-found": {
    layer: "reading",
    severity: "error",
    remedy: "add the column headings, or map the columns in the Sheets tab",
  },
  "mapping-uncertain": {
    layer: "reading",
    severity: "warning",
    remedy: "confirm the column, or choose the right one in the Sheets tab",
  },
  "cell-error": { layer: "reading", severity: "error", remedy: "correct the formula or type the value" },
  "ambiguous-date": {
    layer: "reading",
    severity: "error",
    remedy: "type the date as 2025-03-31, or state the date order in the settings sheet",
  },
  "ambiguous-number": {
    layer: "reading",
    severity: "error",
    remedy:
      "type the number without the ambiguous separator, or state the decimal separator in the settings sheet",
  },
  "rows-after-blank": {
    layer: "reading",
    severity: "warning",
    remedy: "move the blank or total row if the rows below belong to the books",
  },
  "formula-without-value": {
    layer: "reading",
    severity: "error",
    remedy: "open the file in Excel and save it, so the formula's value is stored",
  },
  "totals-row": { layer: "reading", severity: "info", remedy: "nothing: a total row is skipped" },
  "unit-conflict": { layer: "reading", severity: "error", remedy: "make the two units agree" },
  "blank-not-sustainable": {
    layer: "reading",
    severity: "info",
    remedy: "type yes, or the sustainable quantity or share, where a delivery is sustainable",
  },
  "gross-calorific-value": {
    layer: "reading",
    severity: "warning",
    remedy: "add the net heating value in its own column",
  },
  "energy-content-column": {
    layer: "reading",
    severity: "warning",
    remedy:
      "give the heating value (MJ/kg) in its own column for the declarations to state the energy content",
  },
  // rows and sheets marked as not really there (workbook/row-state.ts)
  "row-cancelled": {
    layer: "reading",
    severity: "info",
    remedy: "nothing if the line is cancelled; correct its status if it did take place",
  },
  "row-struck": {
    layer: "reading",
    severity: "error",
    remedy: "delete the row if it is cancelled, or remove the strikethrough if it belongs to the books",
  },
  // statuses that leave a line unconfirmed (p-status, workbook/status-words.ts)
  "row-unconfirmed": {
    layer: "reading",
    severity: "error",
    remedy: "write the line's final status if it took place; delete it or mark it cancelled if not",
  },
  // --- credit notes and returns (p-credit: workbook/document-kind.ts) ---
  "row-credit-note": {
    layer: "reading",
    severity: "error",
    remedy:
      "correct the row the credit note or return belongs to, to the quantity kept; then delete this row or mark it cancelled",
  },
  // --- end credit notes and returns (p-credit)
  // (brk27 S1, S3) a copy of a sheet, rows pasted twice, a delivery note booked twice
  "duplicate-row": {
    layer: "reading",
    severity: "error",
    remedy: "delete the copy, or tell the rows apart by their own SD or delivery note numbers",
  },
  "row-hidden": {
    layer: "reading",
    severity: "warning",
    remedy: "unhide and check the rows; delete them if they are not part of the books",
  },
  // (brk22 §6) rows filled unlike the others, on a sheet without a colour legend
  "rows-coloured": {
    layer: "reading",
    severity: "info",
    remedy:
      "if a colour means cancelled, not sustainable or SD missing, write it in a remark or Status column",
  },
  "sheet-hidden": {
    layer: "reading",
    severity: "warning",
    remedy: "unhide and check the sheet; delete or move it if it is not part of the books",
  },
  // end of rows and sheets marked as not really there
  // headings and total lines (p-headings)
  "second-quantity-column": {
    layer: "reading",
    severity: "warning",
    remedy: "map the quantity column you mean in the Sheets tab if it is the other one",
  },
  "quantity-columns-disagree": {
    layer: "reading",
    severity: "error",
    remedy: "make the two quantity columns agree on the row, or clear one of them",
  },
  // the same GHG value in two columns (p-ghg2: workbook/value-rivals.ts)
  "second-ghg-column": {
    layer: "reading",
    severity: "warning",
    remedy: "map the column that holds the value the supplier's SD states in the Sheets tab",
  },
  "ghg-columns-disagree": {
    layer: "reading",
    severity: "error",
    remedy:
      'say which column holds the SD\'s value (map it, or add "lt. SD" to its heading), or clear the wrong one',
  },
  "possible-totals-row": {
    layer: "reading",
    severity: "error",
    remedy: 'label a total line "Total" or delete it; fill in a booking\'s date and product',
  },
  "no-rows-read": {
    layer: "reading",
    severity: "error",
    remedy: "correct the rows as their findings say, or map the sheet's columns in the Sheets tab",
  },
  // cells as Excel shows them (p-xlsx: workbook/column-state.ts)
  "column-hidden": {
    layer: "reading",
    severity: "warning",
    remedy: "unhide and check the column; unmap or delete it if it is not part of the books",
  },
  "value-not-shown": {
    layer: "reading",
    severity: "warning",
    remedy: "give the cells a number format that shows their value, and check them",
  },
  // end of cells as Excel shows them
  "missing-value": { layer: "reading", severity: "error", remedy: "fill in the cell" },
  "invalid-number": { layer: "reading", severity: "error", remedy: "type a plain number" },
  "invalid-date": { layer: "reading", severity: "error", remedy: "type a full date such as 2025-03-31" },
  "invalid-unit": { layer: "reading", severity: "error", remedy: "give a unit the add-in knows" },
  "invalid-value": { layer: "reading", severity: "error", remedy: "type one of the values the column takes" },
} as const satisfies Partial<Record<FindingCode, CodeEntry>>;
