// Wording of rows refused by their colour (docs/reading-your-sheets.md "Colour legends",
// workbook/colour-legend.ts): a fill a sheet's legend says leaves a row out, a fill the add-in
// cannot match to the legend, and a legend on a sheet whose fills the host cannot read at all;
// and of the rows below the end of a table's data, which a legend's line may end.
import type { ReadDetails } from "./details";

/**
 * row-unconfirmed, reasons colour-legend, colour-meaning, colour-unmatched, colour-between,
 * colours-unread, colour-fonts and colour-conditional (`value` the rule's range), and of a sheet
 * without a legend of its own colour-elsewhere (another sheet's legend) and colour-ambiguous (`value`
 * the fill), and of any legend colour-proof-missing (a receipt's proof missing, p-legend3): `label` the legend's cell and text (colour-between: both legend cells; colour-ambiguous:
 * those of every sheet); `value` the colour and its meaning (colour-legend, colour-meaning, colour-proof-missing), the fill
 * (colour-unmatched), the fill and the two meanings it lies between (colour-between) or the legend's text
 * (colours-unread, colour-fonts); `read` the row number (for colours-unread and colour-fonts the
 * first row of the table refused).
 */
export function colourText(d: ReadDetails): string {
  if (d.reason === "colour-fonts")
    return `the colour legend at ${d.label} gives rows a status by the colour of their text, which the add-in cannot read, so it cannot tell which rows of this sheet it marks: it books none of them, and the balances they would feed are incomplete; write each row's status in a Status column (such as delivered, or cancelled) and delete the legend.`;
  if (d.reason === "colour-conditional")
    return `the rows of ${d.value} are coloured by a conditional format (a rule that fills cells by their values), and the add-in does not read colours set by conditional formatting, so it cannot tell which of these rows the colour legend at ${d.label} marks: it books none of them (from row ${d.read} on), and the balances they would feed are incomplete; write each row's status in a column of its own (such as delivered, or cancelled), which the rule may then colour as well.`;
  if (d.reason === "colour-meaning")
    return `row ${d.read} is filled ${d.value}, a meaning the legend at ${d.label} gives its colour that the add-in does not read as booked (it books a coloured row only where the legend says its colour is booked, checked or done, such as "grün = gebucht"): it may be no movement that took place, or not one to credit, so the add-in does not book it, and the balances it would feed are incomplete; write the row's status in a Status column (such as delivered, or cancelled) and clear its fill, or, if rows of this colour are booked, write that meaning in the legend (such as "= gebucht").`;
  if (d.reason === "colour-between")
    return `row ${d.read} is filled ${d.value} of the legend at ${d.label}: the add-in cannot tell which of the two is meant, so it does not book the row, and the balances it would feed are incomplete; show the colour in the legend by a cell filled in the row's very colour beside its meaning (a swatch), or write the row's status in a Status column (such as delivered, or cancelled) and clear its fill.`;
  if (d.reason === "colour-elsewhere")
    return `row ${d.read} is filled ${d.value}, the meaning the colour legend at ${d.label} on another sheet gives its colour; this sheet has no legend of its own, so the add-in reads the row by that one and does not book it, and the balances it would feed are incomplete; if the colour means something else on this sheet, add a legend here that says what (such as "rot = gebucht"), or write the row's status in a Status column (such as delivered, or cancelled) and clear its fill.`;
  if (d.reason === "colour-proof-missing")
    return `row ${d.read} is filled ${d.value}: the colour legend at ${d.label} says the supplier's Sustainability Declaration (or other proof) for rows of this colour is missing or still to come; a receipt gives no sustainable credit until its SD has come, so the add-in does not book the row, and the balances it would feed are incomplete; when the SD has come, enter its number and clear the row's fill (or fill it in a colour the legend gives as received), or, if it will not come, book the receipt as not sustainable.`;
  if (d.reason === "colour-ambiguous")
    return `row ${d.read} is filled in a colour (${d.value}) the colour legends of other sheets give different meanings (${d.label}), and this sheet has no legend of its own: the add-in cannot tell which is meant here, so it does not book the row, and the balances it would feed are incomplete; add a legend on this sheet that says what the colour means here, or write the row's status in a Status column (such as delivered, or cancelled) and clear its fill.`;
  if (d.reason === "colours-unread")
    return `the colour legend at ${d.label} gives rows a status by their fill, but this Excel cannot read cell fills (it lacks ExcelApi 1.9), so the add-in cannot tell which rows of this sheet are coloured: it books none of them, and the balances they would feed are incomplete; run the check in a newer Excel (Microsoft 365, or Excel 2021 or later), or with massbal on the saved file, or write each row's status in a Status column (such as delivered, or cancelled) and delete the legend.`;
  const filled =
    d.reason === "colour-legend"
      ? `${d.value}, which the legend at ${d.label} gives as a line cancelled, not confirmed or a draft`
      : `in a colour (${d.value}) the add-in cannot match to the legend at ${d.label}`;
  return `row ${d.read} is filled ${filled}: it may be no movement that took place, so the add-in does not book it, and the balances it would feed are incomplete; write the row's status in a Status column (such as delivered, or cancelled) and clear its fill, or delete the row if it did not take place.`;
}

/**
 * rows-after-blank: the rows from this one on are not read, as row `label` above ends the data: a
 * blank row or a total, or (reason legend-line) a line of the sheet's colour legend, blank in the
 * grid a table reads (workbook/table-totals.ts warnRowsBelow).
 */
export function rowsAfterBlankText(d: ReadDetails): string {
  if (d.reason === "legend-line")
    return `this row and those below it are not read, because row ${d.label} above, a line of the colour legend, ends the data as a blank row does; move the legend above the header or below the last booking if they belong to the books.`;
  return `this row and those below it are not read, because row ${d.label} above (blank, or a total) ends the data; move that row if they belong to the books.`;
}

/**
 * (brk22 §6) rows-coloured: `label` the rows filled unlike the table's others ("5, 9"), `value` how
 * many, on a sheet where no colour legend says what a colour means; the rows are booked.
 */
export function colouredRowsText(d: ReadDetails): string {
  const one = d.value === "1";
  return `${one ? `row ${d.label} is` : `rows ${d.label} are`} filled in a colour unlike the other rows, and no colour legend says what it means; the add-in does not read colours, so ${one ? "it is" : "they are"} booked like the others. If a colour means cancelled, not sustainable or SD missing, write that in a remark or Status column (such as storniert, or SD fehlt), or add a legend that says it (such as "rot = storniert").`;
}
