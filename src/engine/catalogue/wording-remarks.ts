// Wording of rows refused by what their Status or remark cell says of part of the line or of its
// proof (workbook/status-read.ts, workbook/remark-denials.ts; docs/rules.md "Rows and sheets
// marked as not really there").
import type { ProductionRemarkReason, ReadDetails } from "./details";
import type { StatusRemarkReason as RowStatusRemarkReason } from "./details-rows";

/**
 * The row-unconfirmed reasons statusRemarkText words: the statuses of part of a line, and every
 * reason a Status or remark cell denies its row (keyed by their unions, so a reason added there
 * and missing here fails to compile).
 */
const STATUS_REMARK: Record<StatusRemarkReason, true> = {
  "status-partial": true,
  "status-part-cancelled": true,
  "status-void-unclear": true,
  "cancel-unread-column": true,
  "cancel-unheaded-column": true,
  "unconfirmed-unread-column": true,
  "unconfirmed-unheaded-column": true,
  "cancel-date-column": true,
  "proof-missing": true,
  "part-sustainable": true,
  "sold-without-sd": true,
  "received-not-sustainable": true,
  "proof-void": true,
  "not-a-sale": true,
  "toll-processing": true,
  "internal-transfer": true,
  "received-toll-processing": true,
  "received-internal-transfer": true,
  "proof-status-unread": true,
  "sold-sd-void": true,
  "sold-sd-issued": true,
  "sold-sd-status-unread": true,
  "production-document-missing": true,
  "production-not-sustainable": true,
};

type StatusRemarkReason = RowStatusRemarkReason | ProductionRemarkReason;

/** The reasons of STATUS_REMARK, as a set. */
export const STATUS_REMARK_REASONS: ReadonlySet<string> = new Set(Object.keys(STATUS_REMARK));

/** Why the add-in does not read the column of an unread cell (brk26 S3, h-lacksum): it has no heading, or one of nothing read. */
function unreadWhich(d: ReadDetails): string {
  return d.reason === "cancel-unheaded-column" || d.reason === "unconfirmed-unheaded-column"
    ? `${d.label} has no heading`
    : `the heading "${d.label}" names no field, status or remark that is read`;
}

/**
 * row-unconfirmed, reasons of STATUS_REMARK_REASONS: `label` the status or remark column's
 * heading, `value` its text, `read` the row number.
 */
export function statusRemarkText(d: ReadDetails): string {
  // (p-sd8) a status of part of the line: how much went through is unknown
  if (d.reason === "status-partial")
    return `"${d.value}" in ${d.label} says part of row ${d.read} did not go through (rejected, pending or blocked), but not how much: the quantity accepted is unknown, so the add-in does not book the row, its quantity and credit are unknown, and the balances it would feed are incomplete; enter the quantity accepted with its status (such as delivered), or split the row into the part accepted and the part rejected, each with its own status.`;
  // (p-misc) part of the line cancelled: how much stands is unknown
  // (brk25 §7) "Teilstorno 10 t" says how much was cancelled, not whether the row's quantity is before or after it
  if (d.reason === "status-part-cancelled" && /\d/.test(String(d.value ?? "")))
    return `"${d.value}" in ${d.label} says part of row ${d.read} was cancelled, but not whether the row's quantity is what was booked before the cancellation or what stands after it: the quantity that stands is unknown, so the add-in does not book the row, its quantity and credit are unknown, and the balances it would feed are incomplete; enter the quantity that stands in the row with its status (such as delivered), or split the row into the part that stands and the part cancelled, each with its own status.`;
  if (d.reason === "status-part-cancelled")
    return `"${d.value}" in ${d.label} says part of row ${d.read} was cancelled, but not how much: the quantity that stands is unknown, so the add-in does not book the row, its quantity and credit are unknown, and the balances it would feed are incomplete; enter the quantity that stands in the row with its status (such as delivered), or split the row into the part that stands and the part cancelled, each with its own status.`;
  // (brk25 §5b) a remark that says the row was cancelled, reversed, replaced or rebooked
  if (d.reason === "status-void-unclear")
    return `"${d.value}" in ${d.label} says row ${d.read}, or its quantity, was cancelled, reversed, replaced or rebooked (or is to be), but is no status that cancels the line: the row may be void and its quantity booked again elsewhere, so its credit or declaration could count twice; the add-in does not guess, so it does not book the row, and the balances it would feed are incomplete. If the line is void, write "cancelled" (storniert) alone in the cell or in a Status column, or delete the row; if it stands as written, clear the remark or reword it so it says so (such as "gilt" or "valid").`;
  // (brk26 S3) a cancellation typed in a column the add-in does not read: a heading of no field, or none
  if (d.reason === "cancel-unread-column" || d.reason === "cancel-unheaded-column") {
    return `"${d.value}" in ${d.label} says row ${d.read} was cancelled, reversed, void or rebooked, but ${unreadWhich(d)}, so the add-in cannot tell whether the cell is the line's status, a remark or something else: it does not book the row, and the balances it would feed are incomplete. If the line is cancelled, write "storniert" (cancelled) in a column headed Status, or delete the row; if it stands, clear the cell; and head the column Status or Bemerkung (Remarks) so that its words are read.`;
  }
  // (h-lacksum) a status of a line not done typed in such a column: rejected, pending, open, on hold
  if (d.reason === "unconfirmed-unread-column" || d.reason === "unconfirmed-unheaded-column") {
    return `"${d.value}" in ${d.label} says row ${d.read} did not take place or is not yet confirmed (rejected, pending, open or on hold), but ${unreadWhich(d)}, so the add-in cannot tell whether the cell is the line's status, a remark or something else: it does not book the row, and the balances it would feed are incomplete. If the line did not take place, delete the row or write its status in a column headed Status; if it took place, write so there (such as "geliefert", delivered) or clear the cell; and head the column Status or Bemerkung (Remarks) so that its words are read.`;
  }
  // (h-lacksum) a date in a column of the day the row was cancelled
  if (d.reason === "cancel-date-column")
    return `"${d.value}" in ${d.label} says row ${d.read} was cancelled on that day, but the column is no status the add-in reads, so it cannot tell whether the line is void or stands again (the cancellation undone, the line rebooked): it does not book the row, and the balances it would feed are incomplete. If the line is cancelled, write "storniert" (cancelled) in a column headed Status, or delete the row; if it stands, clear the cell.`;
  // (brk12) a receipt whose proof of sustainability is still missing or to come (domain.md §2)
  if (d.reason === "proof-missing")
    return `"${d.value}" in ${d.label} says the supplier's Sustainability Declaration (or other proof) for row ${d.read} is missing or still to come: a receipt gives no sustainable credit until its SD has come, so the add-in does not book the row, and the balances it would feed are incomplete; when the SD has come, enter its number and clear the remark, or, if it will not come, book the receipt as not sustainable.`;
  // (p-remarks) a delivery read as sustainable, its remark saying it goes without an SD
  if (d.reason === "sold-without-sd")
    return `"${d.value}" in ${d.label} says the delivery in row ${d.read} goes without a Sustainability Declaration (or is not sold as sustainable), while the row is read as sustainable (its Sustainable column says yes, or the sheet has none and lists only sustainable deliveries): the add-in does not guess which holds, so it does not book the row or issue its declaration, and the balances it would feed are incomplete; if the delivery was sold without an SD, mark it not sustainable in its Sustainable column ("nein", "no"), and if it was sold as sustainable, clear the remark.`;
  // (p-remarks2) a receipt read as sustainable, its remark saying the material is not
  if (d.reason === "received-not-sustainable")
    return `"${d.value}" in ${d.label} says the material received in row ${d.read} is not sustainable, while the row is read as sustainable (it has the supplier's SD number, and no Sustainable column of the row says no): the add-in does not guess which holds, so it does not book the row or credit it, and the balances it would feed are incomplete; if the material is not sustainable, mark it not sustainable in its Sustainable column ("nein", "no") or clear its SD number, and if it is sustainable, correct the remark.`;
  // (brk15) a receipt whose proof was rejected, is not valid, cancelled, withdrawn or wrong
  if (d.reason === "proof-void")
    return `"${d.value}" in ${d.label} says the supplier's Sustainability Declaration (or other proof) for row ${d.read} was rejected, is not valid, cancelled, replaced, withdrawn, wrong or expired: a receipt gives sustainable credit only with a valid SD, so the add-in does not book the row, and the balances it would feed are incomplete; when the supplier has sent a valid SD, enter its number and clear the remark, or, if none will come, book the receipt as not sustainable.`;
  // (brk15) a delivery read as sustainable that is no sale: a sample, own use
  if (d.reason === "not-a-sale")
    return `"${d.value}" in ${d.label} says row ${d.read} is no sale to a customer (a sample or own use), while the row is read as sustainable: the add-in does not issue a Sustainability Declaration for it nor guess how to book it, so it does not book the row, and the balances it would feed are incomplete; if the material left as a sample or for own use, mark the row not sustainable in its Sustainable column ("nein", "no") so that it is booked as a withdrawal without an SD, or move it to the sheet where such withdrawals are kept; if it was a sale, clear the remark.`;
  // (p-saleremark) toll processing or the customer's own material: not the company's sale
  if (d.reason === "toll-processing")
    return `"${d.value}" in ${d.label} says row ${d.read} is toll processing or material the customer owns or supplied, not a sale of the company's own material, while the row is read as sustainable: the add-in does not issue a Sustainability Declaration for material that is not the company's, nor take it from the company's sustainable credit, so it does not book the row, and the balances it would feed are incomplete; if the material is the customer's, mark the row not sustainable in its Sustainable column ("nein", "no") so that it is booked as physical stock leaving without an SD (and its receipt likewise not as the company's sustainable credit); if it was a sale of the company's own material, clear the remark.`;
  // (p-saleremark) a transfer between the company's own sites: no sale
  if (d.reason === "internal-transfer")
    return `"${d.value}" in ${d.label} says row ${d.read} is a transfer between the company's own sites, not a sale to a customer, while the row is read as sustainable: the add-in does not issue a Sustainability Declaration for a move within the company, nor guess which site's account its credit went to, so it does not book the row, and the balances it would feed are incomplete; enter the move on a transfers sheet (headed "Abgebendes Werk" and "Empfangendes Werk", or "From site" and "To site"), where its credit moves between the sites' accounts as the scheme allows, and remove the row here; if it was sold to a customer (another company, even one of the group), clear the remark.`;
  // (p-remarks4) a receipt of the customer's material, or from an own site: no purchase credit
  if (d.reason === "received-toll-processing")
    return `"${d.value}" in ${d.label} says the material received in row ${d.read} is toll processing or material the customer owns or supplied, not a purchase of the company's own, while the row is read as sustainable (it has the supplier's SD number): material that is not the company's gives it no sustainable credit, so the add-in does not credit or book the row, and the balances it would feed are incomplete; if the material is the customer's, mark the row not sustainable in its Sustainable column ("nein", "no") so that it is booked as physical stock without credit (and its delivery back likewise without an SD); if the company bought it, clear the remark.`;
  if (d.reason === "received-internal-transfer")
    return `"${d.value}" in ${d.label} says row ${d.read} is a transfer from one of the company's own sites, not a purchase from a supplier, while the row is read as sustainable: the add-in does not credit a move within the company as a purchase, nor guess which site's account its credit comes from, so it does not book the row, and the balances it would feed are incomplete; enter the move on a transfers sheet (headed "Abgebendes Werk" and "Empfangendes Werk", or "From site" and "To site"), where its credit moves between the sites' accounts as the scheme allows, and remove the row here; if it was bought from a supplier (another company, even one of the group), clear the remark.`;
  // (p-sdstatus) a cell of a proof status column the add-in cannot read, or blank beside stated ones
  if (d.reason === "proof-status-unread" && d.value === "")
    return `${d.label} is blank in row ${d.read}, while other rows of the column state the status of their Sustainability Declaration (or other proof): the add-in cannot tell whether the supplier's SD for this receipt has come, so it does not book the row, and the balances it would feed are incomplete; write "erhalten" (received) if the SD has come, "fehlt" (missing) if it is still to come, or "abgelehnt" (rejected) if it was rejected.`;
  if (d.reason === "proof-status-unread")
    return `"${d.value}" in ${d.label} is no status of a Sustainability Declaration (or other proof) the add-in reads, so it cannot tell whether the SD of row ${d.read} has come, is still to come, or was rejected or cancelled: it does not book the row, and the balances it would feed are incomplete; write "erhalten" (received) if the SD has come, "fehlt" (missing) if it is still to come, or "abgelehnt" (rejected) or "storniert" (cancelled) if it is not valid.`;
  // (p-sdstatus) a delivery read as sustainable whose SD was cancelled or replaced
  if (d.reason === "sold-sd-void")
    return `"${d.value}" in ${d.label} says the Sustainability Declaration of the delivery in row ${d.read} was cancelled, replaced, rejected or is not valid, while the row is read as sustainable: the add-in cannot tell whether the delivery stands under another SD or was cancelled with it, and does not issue a second SD beside one cancelled or replaced, so it does not book the row or issue its declaration, and the balances it would feed are incomplete; if the delivery stands, enter the number of the SD that replaces it in its SD number column and clear this cell, and if the delivery was cancelled, mark the row cancelled ("storniert") in its Status column.`;
  // (p-sdstatus2) a delivery read as sustainable whose SD already exists, its number not in the row
  if (d.reason === "sold-sd-issued")
    return `"${d.value}" in ${d.label} says a Sustainability Declaration for the delivery in row ${d.read} already exists (issued, sent or done), while the row is read as sustainable and has no SD number: the add-in does not issue a second SD for the same delivery, nor take its quantity from the credit twice, so it does not book the row or issue its declaration, and the balances it would feed are incomplete; enter the number of the SD that was issued in an SD number column ("SD-Nr."), or, if no SD was issued yet, write "offen" (or leave the cell blank) so that the add-in issues it.`;
  // (p-sdstatus2) a delivery's proof status or "SD required" cell the add-in cannot read
  if (d.reason === "sold-sd-status-unread")
    return `"${d.value}" in ${d.label} says nothing the add-in reads about the Sustainability Declaration of the delivery in row ${d.read}: it cannot tell whether an SD was already issued, is still to issue, or is not wanted, so it does not book the row or issue its declaration, and the balances it would feed are incomplete; leave the cell blank (or write "offen" under an SD status, "ja" under a column asking whether an SD is required) if the add-in is to issue the SD, enter the number of an SD already issued in an SD number column ("SD-Nr."), or, if the delivery goes without an SD, mark it not sustainable in its Sustainable column ("nein", "no").`;
  // a production row: no supplier's SD of its own, its input read as sustainable whole
  if (d.reason === "production-document-missing")
    return `"${d.value}" in ${d.label} says a document of the production in row ${d.read} is missing, still to come or not valid: the add-in does not guess whether the run stands as written, so it does not book the row, and the balances it would feed (its input's and its output's) are incomplete; when the document is there, clear the remark. A supplier's Sustainability Declaration belongs to the receipt of the input, on the receipts sheet, not to the production row.`;
  if (d.reason === "production-not-sustainable")
    return `"${d.value}" in ${d.label} says the production in row ${d.read} is not sustainable, while the add-in reads a production row's whole input as sustainable where no column gives its sustainable part: it does not guess which holds, so it does not book the row, and the balances it would feed are incomplete; give the sustainable part of the input in a column headed "davon nachhaltig (t)" ("of which sustainable (t)"), 0 for a run of material that is not sustainable, or, if the run is sustainable, correct the remark.`;
  // (brk12) only part of the row sustainable: the sustainable quantity is not in the row
  return `"${d.value}" in ${d.label} says only part of row ${d.read} is sustainable, which the add-in does not read from a remark, so it does not book the row, its credit is unknown, and the balances it would feed are incomplete; give the sustainable quantity in a column headed "davon nachhaltig (t)" (or split the row into its sustainable and its other part) and clear the remark.`;
}
