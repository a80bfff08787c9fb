// The reading stage's wording: one sentence per code about a cell the workbook layer could not
// use as it stands, by the field's label, without the place (render.ts adds it).
import { DENSITY_UNITS_TEXT, HEATING_UNITS_TEXT, QUANTITY_UNITS_TEXT, type UnitRefusal } from "../units";
import { UNIT_REFUSALS } from "./wording-units";
import type { FindingCode, FindingDetails, ReadDetails } from "./details";
import { ambiguousDateText, ambiguousNumberText } from "./wording-ambiguous";
import { NOT_BOOKS_SHEETS, notBooksSheetText, possibleTotalText, totalsRowText } from "./wording-opening";
import { secondQuantityText, SIDES_REASONS, sideCellText, twoSidesText } from "./wording-sides";
import * as columns from "./wording-columns";
import { columnsDisagreeText } from "./wording-disagree";
import { consequenceOf, invalidDate, invalidNumber, missingValue } from "./wording-cells";
import { chainOfCustodyText, claimRefusalText, columnNoteText, unreadMeaningText } from "./wording-claims";
import { ghgEeeText, ghgTermUnreadText, ghgRunUnreadText } from "./wording-ghg-columns";
import { certificateOrAnswerText, claimYesNoText, negatedHeadingText } from "./wording-negated";
import { ofDelivery, sdCancelledText, sdColumnMissingText } from "./wording-sd";
import { sdCellText } from "./wording-sd-cells";
import { shareNumberText } from "./wording-share";
import { certificateFlagText, SETTING_TEXT_REASONS, settingUnreadText } from "./wording-registers";
import { notCertificateText } from "./wording-certificates";
import { postcodeDigitsText } from "./wording-sites";
import {
  creditNoteText,
  creditStatusText,
  documentOtherSideText,
  movementUnknownText,
  stockDifferenceText,
  documentUnknownText,
} from "./wording-credit";
import { colourText, colouredRowsText, rowsAfterBlankText } from "./wording-colours";
import { duplicateRowText } from "./wording-duplicates";
import { STATUS_REMARK_REASONS, statusRemarkText } from "./wording-remarks";

/** Codes the reading stage raises: those whose details may be ReadDetails. */
export type ReadCode = {
  [C in FindingCode]: ReadDetails extends FindingDetails[C] ? C : never;
}[FindingCode];

const COUNTRY_WORDS =
  "an ISO code such as DE, or a name in English, German, French, Spanish, Dutch or Italian";
// What each closed vocabulary accepts, by the field's label, for the finding's "how to fix".
const VOCABULARY: Record<string, string> = {
  "Sustainable (yes/no, quantity or %)":
    "yes or no, ja or nein, 1 or 0, a quantity such as 60 t, or a share such as 60 %",
  "Sustainable quantity or share": "a quantity such as 60 t, a share such as 60 %, or yes or no",
  "Sustainable input quantity": "a quantity such as 60 t, or a share of the input such as 60 %",
  "Waste or residue": "yes or no, ja or nein, waste or residue",
  Claim:
    "EU RED compliant or ISCC compliant under ISCC EU; bio, bio-circular, circular or renewable-energy-derived under ISCC PLUS",
  Scheme: "ISCC EU or ISCC PLUS",
  // (p-rows2, brk14 #10) the six languages' pairs, not German and French only (workbook/side-word-table.ts)
  "Type (in or out)":
    "In or Out, Receipt or Sale, Eingang or Ausgang, Einkauf or Verkauf, Entrée or Sortie, Achat or Vente, Entrada or Salida, Compra or Venta, Carico or Scarico, Acquisto or Vendita, Inkoop or Verkoop",
  "Country of origin": COUNTRY_WORDS,
  Country: COUNTRY_WORDS,
};

/** The body of a reading finding, without its place (render.ts adds it). */
export function readWording(code: ReadCode, sheet: string, d: ReadDetails): string {
  const consequence = consequenceOf(d, "the value is ignored");
  switch (code) {
    case "header-not-found":
      if (SIDES_REASONS.has(d.reason ?? "")) return twoSidesText(sheet, d);
      if (NOT_BOOKS_SHEETS.has(d.reason ?? "")) return notBooksSheetText(sheet, d);
      if (d.partial && d.reason === "part-only") return columns.partOnlyText(sheet, d);
      if (d.partial && d.reason === "cut-side") return columns.cutSideText(sheet, d);
      if (d.partial && d.reason === "document-date") return columns.documentDateText(sheet, d);
      if (d.partial && d.others) return columns.otherQuantityText(sheet, d);
      if (d.partial)
        return `sheet "${sheet}" looks like ${d.label.toLowerCase()}, but the add-in found no column for ${d.missing}, so its rows are not read and the balances of the products it would feed are incomplete; map the column for ${d.value} in the add-in's Sheets tab${d.read ? ` (its columns not mapped yet are headed ${d.read})` : ""}, or give it a heading such as "${d.value}".`;
      return `Sheet "${sheet}" has no header row with ${d.missing} in its first 30 rows: add these column headings, or map the columns in the add-in.`;
    case "mapping-uncertain":
      if (d.reason === "sd-column-missing") return sdColumnMissingText(sheet, d, consequence);
      if (d.reason === "second-column" || d.reason === "ship-to-party" || d.reason === "registered-office")
        return columns.secondColumnText(d);
      if (d.reason === "part-unplaced") return columns.unplacedPartText(d);
      if (columns.PRODUCTION_COLUMN_REASONS.has(d.reason ?? ""))
        return columns.unreadProductionText(d, consequence);
      if (columns.SITE_REASONS.has(d.reason ?? "")) return columns.sitePlaceText(d);
      if (d.reason === "address-unread") return columns.unreadAddressText(d);
      if (d.reason === "billing-address") return columns.billingAddressText(d);
      // --- storage places beside no Site (p-rows2) ---
      if (d.reason === "storage-places")
        return `the column headed "${d.value}" names different places (${d.read}), and the sheet has no ${d.label} column, so the add-in books them all into one account: ${consequence}. If they are different sites, their balances must be kept apart: map "${d.value}" as ${d.label} in the add-in's Sheets tab or head it "${d.label}". If they are storage places inside one site, add a ${d.label} column that names that site on every row.`;
      // --- end storage places beside no Site
      if (d.reason === "type-unread") return sideCellText(d, consequence);
      // --- p-claimbox: a column of sustainability meaning not read (workbook/unread-meaning.ts)
      if (d.reason === "unread-meaning") return unreadMeaningText(d);
      if (d.reason === "ghg-eee") return ghgEeeText(d);
      if (d.reason === "ghg-term-unread") return ghgTermUnreadText(d);
      if (d.reason === "ghg-run-unread") return ghgRunUnreadText(d);
      if (d.reason === "negated-heading") return negatedHeadingText(d);
      if (d.reason === "claim-yes-no") return claimYesNoText(d);
      if (d.reason === "certificate-or-answer") return certificateOrAnswerText(d);
      // p-engine5: receipts with SD numbers and no certificate column beside a register (workbook/unread-register.ts)
      if (d.reason === "certificate-column-missing")
        return `sheet "${sheet}" has receipts with SD numbers but no column the add-in reads as ${d.label}, and the workbook keeps a certificate register: ${consequence}. Add a column headed "Supplier certificate" with the certificate number each SD states, or map the column that holds it as ${d.label} in the add-in's Sheets tab.`;
      if (d.unmapped)
        return `the column headed "${d.value}" holds values that read as a ${d.label.toLowerCase()} (such as "${d.read}"), but it is not mapped as ${d.label}; ${consequence}. Map it as ${d.label} in the add-in's Sheets tab, or head it "${d.label}".`;
      return `the column headed "${d.value}" was read as ${d.label}${d.read ? ` (${d.read})` : ""}, but the add-in is not sure; confirm it or choose the right column in the add-in's Sheets tab.`;
    case "missing-value":
      return missingValue(d);
    case "invalid-number":
      return invalidNumber(d);
    case "invalid-date":
      return invalidDate(d);
    case "invalid-unit":
      // refused-unit: `read` holds the UnitRefusal (workbook/cell-values.ts, cell-numbers.ts)
      if (d.reason === "refused-unit")
        return `"${d.value}" in ${d.label} ${UNIT_REFUSALS[d.read as UnitRefusal]} (${consequence}).`;
      if (d.reason === "unit-kind")
        return `"${d.value}" in ${d.label} is the unit of ${d.read}, not of what this column holds; put a density or heating value in its own column headed with its unit, such as "Density (kg/m³)", and give the quantity's unit here (${QUANTITY_UNITS_TEXT}) (${consequence}).`;
      if (d.reason === "format-unit")
        return `the number format of ${d.label} shows the unit "${d.read}", which the add-in does not know; give the value in one of ${QUANTITY_UNITS_TEXT} (${consequence}).`;
      return `"${d.value}" is not a unit the add-in knows (${QUANTITY_UNITS_TEXT}; for densities ${DENSITY_UNITS_TEXT}; for heating values ${HEATING_UNITS_TEXT}); ${consequence}.`;
    case "unit-conflict":
      // p-units3: a production sheet's Unit column, the input's or the output's (workbook/unit-conflicts.ts)
      if (d.reason === "unit-side")
        return `the Unit column says ${d.value}, but the heading "${d.missing}" says ${d.read}, and the add-in cannot tell whether the Unit column is the input's unit or the output's: head it "Input unit" if it is the input's (the output then stays in ${d.read}, as its heading says), or "Output unit" if it is the output's and make it agree with the heading (${consequence}).`;
      return `${d.label} is given in ${d.value} here, but ${d.other === "heading" ? `the heading "${d.missing}"` : "the Unit column"} says ${d.read}; the add-in does not choose between them: make them agree (${consequence}).`;
    case "cell-error":
      return `the cell shows ${d.value} instead of ${d.label}; correct the formula or type the value (${consequence}).`;
    case "ambiguous-date":
      return ambiguousDateText(d, consequence);
    case "ambiguous-number":
      return ambiguousNumberText(d, consequence);
    case "rows-after-blank":
      return rowsAfterBlankText(d);
    case "invalid-value":
      if (
        d.reason === "not-compliant" ||
        d.reason === "claim-unclear" ||
        d.reason === "annex-point" ||
        d.reason === "annex-part"
      )
        return claimRefusalText(d.reason, {
          label: d.label,
          value: d.value ?? "",
          read: d.read,
          consequence,
          delivery: ofDelivery(d),
        });
      if (d.reason === "chain-of-custody") return chainOfCustodyText(d);
      if (d.reason === "columns-disagree") return columns.columnsDisagreeText(d, consequence);
      if (d.reason === "not-sd-number") return notSdNumber(d, consequence);
      if (d.reason === "sd-cancelled") return sdCancelledText(d, consequence);
      if (d.reason?.startsWith("sd-")) return sdCellText(d, consequence) ?? "";
      if (d.reason === "not-certificate-number" || d.reason === "certificate-several")
        return notCertificateText(d, consequence);
      // --- p-engine5: an SD or certificate number with a mark raised in part (Office.js gives it plain) ---
      if (d.reason === "footnote")
        return `"${d.value}" in ${d.label} has part of its text raised or lowered (a footnote mark or a superscript), which Excel gives the add-in as plain text, so the add-in cannot tell the number from the mark ("SD-123" with a raised 1 reads "SD-1231", another number); move the footnote out of the cell, into a remark column or a note, and leave the number alone (${consequence}).`;
      if (d.reason === "certificate-flag") return certificateFlagText(d);
      if (d.reason === "postcode-digits") return postcodeDigitsText(d); // h-postcode
      if (SETTING_TEXT_REASONS.has(d.reason ?? "")) return settingUnreadText(d);
      if (d.reason === "flag-number")
        return `"${d.value}" in ${d.label} is a plain number in a yes/no column, which could be a quantity or a share; type yes or no (or 1 or 0), a quantity with its unit such as 60 t, or a share such as 60 %; ${consequence}.`;
      if (d.reason === "transfer-unpaired" || d.reason === "tank-site") return sideCellText(d, consequence);
      if (d.reason === "side-conflict")
        return `"${d.value}" in ${d.label} contradicts the row's type, which says ${d.side === "out" ? "a delivery (out)" : "a receipt (in)"}; a receipt's quantity belongs in the In column and a delivery's in the Out column: move the quantity or correct the type (${consequence}).`;
      if (d.reason === "stock-difference") return stockDifferenceText(d, consequence); // h-parties
      if (d.reason === "two-way-type")
        return `"${d.value}" in ${d.label} names a movement but not its side: a delivery may come in from a supplier or go out to a customer, so the add-in does not guess; write a purchase or a sale (Einkauf or Verkauf, Zugang or Abgang, Purchase or Sale, Achat or Vente, Compra or Venta, Acquisto or Vendita, Inkoop or Verkoop) (${consequence}).`;
      if (d.reason === "share-number" || d.reason === "share-fraction" || d.reason === "share-over-one")
        return shareNumberText(d, consequence);
      return `"${d.value}" is not a value the add-in understands for ${d.label} (${VOCABULARY[d.label] ?? "see the layout guide"}); ${consequence}.`;
    case "formula-without-value":
      if (d.reason === "manual-calculation")
        return `${d.label} is a formula${d.value ? ` (=${d.value})` : ""} in a workbook set to manual calculation, so the result saved with it may be out of date; in Excel switch Formulas > Calculation Options to Automatic, which recalculates every formula, and save; the add-in cannot tell whether F9 was pressed, so the formulas of a workbook left on manual stay refused (${consequence}).`;
      return `${d.label} is a formula (=${d.value}) whose result was never saved (the file was written by a program that does not calculate); open the file in Excel and save it, so the value is stored (${consequence}).`;
    case "totals-row":
      return totalsRowText(d);
    case "blank-not-sustainable":
      return `${d.value === "1" ? "1 delivery has" : `${d.value} deliveries have`} no value in "${d.label}"; a blank there is read as not sustainable, so ${d.value === "1" ? "it is" : "they are"} not declared. Type yes, or the sustainable quantity or share, where a delivery is sustainable.`;
    case "no-rows-read":
      // label: the sheet kind's label; value: the number of data rows
      return `sheet "${sheet}" was read as ${d.label.toLowerCase()}, but none of its ${d.value} rows could be read, so nothing of it is booked and the balances it would feed are incomplete; correct the rows as their findings say, or check in the add-in's Sheets tab that each column is mapped to what it holds.`;
    // rows and sheets marked as not really there (workbook/row-state.ts)
    case "row-cancelled":
      // label: the status column's heading; value: its text; read: the row number
      if (d.partial)
        return `"${d.value}" in ${d.label} speaks of a cancellation, but is not a word that cancels a whole line (such as cancelled, storniert, annulé, anulado, void), so row ${d.read} is booked as it stands; if the line is cancelled, write "cancelled" there or delete the row, and if only part of it is, correct its quantity.`;
      return `row ${d.read} is marked "${d.value}" in ${d.label}, so it is not booked; if the line did take place, correct its status.`;
    case "row-struck":
      // label: the row number
      return `row ${d.label} is struck through, which in kept books often means the line was deleted by hand; the add-in does not guess, so the row is not booked: delete the row (or mark it cancelled in a Status column) if it is cancelled, or remove the strikethrough if it belongs to the books.`;
    // statuses that leave a line unconfirmed (p-status, workbook/status-words.ts)
    case "row-unconfirmed":
      // label: the status column's heading; value: its text; read: the row number
      // (p-status2) partial: a remark that only mentions such a word; the row is booked
      if (d.partial)
        return `"${d.value}" in ${d.label} speaks of a line rejected, planned, blocked or pending, but the add-in cannot tell from this remark that row ${d.read} did not take place, so it is booked as it stands; if the line did not take place (or not yet), write its status alone in the cell (such as rejected or planned) or delete the row, and if it did, nothing is to be done.`;
      // (p-credit) led by a credit note or return; a document type in no list
      if (d.reason === "credit-note") return creditStatusText(d);
      if (d.reason === "document-type-unknown") return documentUnknownText(d);
      if (d.reason === "document-other-side") return documentOtherSideText(d);
      if (d.reason === "movement-type-unknown") return movementUnknownText(d); // brk27 S2
      if (d.reason === "stock-difference")
        return stockDifferenceText(d, "the balances it would feed are incomplete");
      if (d.reason?.startsWith("colour")) return colourText(d);
      // (p-status4) a status in no list; a blank where the other rows are ticked approved
      if (d.reason === "status-unknown")
        return `"${d.value}" in ${d.label} is no status the add-in reads, so it cannot tell whether row ${d.read} took place: it does not book the row, and the balances it would feed are incomplete; write a status it reads (such as delivered, ok, booked, geliefert or erledigt for a line done; cancelled or storniert for one cancelled; rejected, pending or planned for one that did not take place) or clear the cell, and keep remarks in a column headed Remarks or Bemerkung.`;
      if (d.reason && STATUS_REMARK_REASONS.has(d.reason)) return statusRemarkText(d);
      if (d.reason === "approval-blank")
        return `row ${d.read} has no mark in ${d.label}, where other rows are ticked or signed as approved: a line not approved may be no movement that took place, so the add-in does not book it, and the balances it would feed are incomplete; mark it as the others are (a tick such as x or yes, or the approver's initials or date) if the line is approved, and if not, delete the row or mark it cancelled.`;
      return `row ${d.read} is marked "${d.value}" in ${d.label}: a line rejected, not confirmed or not valid, planned, a draft or pending, blocked, returned, in transit or not finished, may be no movement that took place, so the add-in does not book it, and the balances it would feed are incomplete; if the line did take place, write its final status (such as delivered) or clear the cell, and if not, delete the row or mark it cancelled.`;
    case "row-credit-note":
      return creditNoteText(d);
    case "duplicate-row":
      return duplicateRowText(sheet, d); // brk27 S1, S3
    case "row-hidden": {
      // label: the rows ("7" or "7–9"); value: how many
      const one = d.value === "1";
      return `${one ? `row ${d.label} is` : `rows ${d.label} are`} hidden and ${one ? "is" : "are"} booked like the others: hiding a row, by hand or by a filter, does not take it out of the books. Unhide ${one ? "it" : "them"} and check; delete ${one ? "it" : "them"}, or mark ${one ? "it" : "them"} cancelled in a Status column, if ${one ? "it is" : "they are"} not part of the books.`;
    }
    case "rows-coloured":
      return colouredRowsText(d); // brk22 §6
    case "sheet-hidden":
      // label: the sheet kind's label; value: "hidden" or "veryHidden"; read: the rows read
      return `sheet "${sheet}" is ${d.value === "veryHidden" ? "very hidden (only a macro or the VBA editor shows it)" : "hidden"}, and its ${d.read} rows were read as ${d.label.toLowerCase()} and booked like those of any other sheet: hiding a sheet does not take it out of the books. Unhide it and check it; delete it, or move it to another workbook, if it is not part of these books.`;
    // headings and total lines (p-headings)
    case "second-quantity-column":
      return secondQuantityText(d);
    case "quantity-columns-disagree":
      return columnsDisagreeText(d, consequence);
    // cells as Excel shows them (p-xlsx: workbook/column-state.ts)
    case "column-hidden":
      // label: the column's heading; read: the field it is read as
      return `the column "${d.label}" is hidden, and its values are read as ${d.read ?? d.label} and booked like any other: hiding a column does not take it out of the books, but you see nothing of what is read. Unhide it and check it; unmap or delete it if it is not part of the books.`;
    case "value-not-shown": {
      // label: the column's heading; value: the number format; read: how many cells of the column
      const more = Number(d.read ?? "1") - 1;
      return `the number format "${d.value}" shows nothing, so this cell${more > 0 ? ` and ${more} more of the column "${d.label}"` : ` of the column "${d.label}"`} look${more > 0 ? "" : "s"} blank, yet the add-in reads and books the value stored; give ${more > 0 ? "them" : "it"} a number format that shows the value (such as General) and check ${more > 0 ? "them" : "it"}.`;
    }
    case "possible-totals-row":
      // value: the quantity as typed; read: the row number
      if (
        d.reason === "opening-quantity" ||
        d.reason === "named-sum" ||
        d.reason === "tank-total" ||
        d.reason === "unnamed-sum" ||
        d.reason === "lacking-sum"
      )
        return possibleTotalText(d, consequence);
      if (d.repeats)
        return `row ${d.read} has ${d.label} ${d.value} but no date, product or name, like a total line, yet ${d.value} only repeats the row above (a copy of it, or a total of that one row), so the add-in cannot tell whether it is a total, a duplicate or a booking; delete it if it is a copy or a total, or give a booking its date and product (${consequence}).`;
      return `row ${d.read} has ${d.label} ${d.value} but no date, product or name, like a total line, yet ${d.value} is not the sum of the rows above, so the add-in cannot tell whether it is a total or a booking; label a total "Total" or delete it, or give a booking its date and product (${consequence}).`;
    case "gross-calorific-value":
    case "energy-content-column":
      return columnNoteText(code, d);
  }
}

/**
 * A placeholder where an SD number goes ("-", "n/a", "TBD", "folgt": workbook/sd-number.ts): what to type instead, by
 * what the cell names. An incoming SD to come gives no credit until it has (domain.md §2); an outgoing one is numbered (§8).
 */
function notSdNumber(d: ReadDetails, consequence: string): string {
  const what = `"${d.value}" in ${d.label} is not an SD number (it has no digit, or only zeros)`;
  if (/linked/i.test(d.label))
    return `${what}; type the numbers of the incoming SDs that back this delivery as they stand on the suppliers' Sustainability Declarations, or leave the cell blank; ${consequence}.`;
  if (ofDelivery(d))
    return `${what}; type the number of the SD already issued for this delivery, or leave the cell blank so that the add-in numbers its declaration; ${consequence}.`;
  return `${what}; type the SD number as it stands on the supplier's Sustainability Declaration, or, until it has come, leave the cell blank; ${consequence}.`;
}
