// Wording of rows that are a credit note, a return, a reversal or a correction, not a delivery or
// a receipt of material (docs/rules.md "Returns", p-credit: workbook/credit-words.ts,
// document-kind.ts). Each says what became of the row and what to do with it and with the row it
// belongs to.
import type { ReadDetails } from "./details";

/** What to do with the row a credit note or return belongs to, by the side it was found on. */
const CORRECT = {
  out: "correct the delivery it belongs to, to the quantity the customer kept (and that delivery's SD, if it was issued, by a corrected declaration)",
  in: "correct the receipt it belongs to, to the quantity kept, as the supplier's corrected SD states",
} as const;

/**
 * row-credit-note: a document type column names a credit note, return, reversal, correction or
 * debit note (`value` under `label`, row `read`). On a delivery (side "out") the row is left out
 * and nothing is held back, as the delivery it belongs to is booked whole (no less credit is
 * withdrawn than went out); on a receipt it is refused and the balances it would feed are
 * incomplete, as a receipt of these books may hold material that went back.
 */
export function creditNoteText(d: ReadDetails): string {
  const what = `row ${d.read} is marked "${d.value}" in ${d.label}, a credit note, return, reversal or correction, which is no`;
  if (d.side === "out")
    return `${what} delivery of material, so it is not booked and gets no Sustainability Declaration; if it returns material, ${CORRECT.out}, then delete this row or mark it cancelled.`;
  return `${what} receipt of material and gives no credit, so it is not booked; a receipt of these books may still hold material that went back, so the balances it would feed are incomplete until you ${CORRECT.in} and delete this row or mark it cancelled (a price credit note without material: mark it cancelled).`;
}

/**
 * row-unconfirmed, reason credit-note: a status or remark led by a word of such a document
 * ("Gutschrift", "Retoure", "Storno-Rechnung"): the row may be that document or a line it refers
 * to, so it is refused and the balances it would feed are incomplete.
 */
export function creditStatusText(d: ReadDetails): string {
  return `row ${d.read} is marked "${d.value}" in ${d.label}: a credit note, return, reversal or correction is no delivery or receipt of material and gets no Sustainability Declaration, yet the add-in cannot tell whether the row is that document or a line it refers to, so it does not book the row, and the balances it would feed are incomplete; if the row is such a document, delete it or mark it cancelled and correct the row it belongs to, to the quantity kept; if it is a line that took place, write its status (such as delivered) and keep the note in a longer remark ("Gutschrift 4711 über Preisdifferenz"), or give the sheet a Document type column.`;
}

/** row-unconfirmed, reason document-type-unknown: a document type in no list, refused. */
export function documentUnknownText(d: ReadDetails): string {
  return `"${d.value}" in ${d.label} is no document type the add-in reads, so it cannot tell whether row ${d.read} is a delivery or receipt (such as Rechnung, Invoice, Lieferschein, Delivery note) or a credit note, return or correction (such as Gutschrift, Credit note, Retoure, Return), which gets no Sustainability Declaration: it does not book the row, and the balances it would feed are incomplete; write one of those words in the cell.`;
}

/**
 * row-unconfirmed, reason document-other-side (p-heads): a document of a receipt on a sales sheet
 * ("Wareneingang", "goods receipt") or of a sale on a receipts sheet ("Verkauf", "Lieferschein an
 * Kunde"): the row is refused, never booked on the side its sheet gives it.
 */
export function documentOtherSideText(d: ReadDetails): string {
  return `"${d.value}" in ${d.label} names a document of the other side of this sheet (a receipt on a sales sheet, or a sale or delivery to a customer on a receipts sheet), so the add-in cannot tell whether row ${d.read} is a receipt or a delivery: it does not book the row, and the balances it would feed are incomplete; move the row to the sheet of its side, or correct the document type.`;
}

/**
 * row-unconfirmed, reason movement-type-unknown (brk27 S2): an ERP's movement type or debit/credit
 * indicator (`value` under `label`, row `read`) in no table (workbook/erp-movement.ts): the row may
 * be a receipt or delivery, a reversal or return of one, or another movement, so it is refused.
 */
export function movementUnknownText(d: ReadDetails): string {
  return `"${d.value}" in ${d.label} is no movement type or debit/credit indicator the add-in reads, so it cannot tell whether row ${d.read} is a receipt or delivery (such as SAP's movement types 101 and 601, or S on a goods receipt and H on a goods issue), a reversal or return of one (such as 102, 122, 602 or 651), or another movement: it does not book the row, and the balances it would feed are incomplete; if the row is a receipt or delivery, write its movement type as one of those codes; if it is a reversal, return or transfer, net it with the line it belongs to, or move it to its own sheet.`;
}

/**
 * invalid-value at a combined ledger's type cell, or row-unconfirmed at an ERP movement type, with
 * reason stock-difference (h-parties, workbook/stock-difference.ts): the row is a stock loss or
 * gain ("Negative Adjmt.", Navision's "Abgang", scrapping, SAP 551 or 702), neither a sale nor a
 * purchase; the add-in books losses through the stock count (credit above the physical stock
 * lapses at the period's end), so the row is not booked.
 */
export function stockDifferenceText(d: ReadDetails, consequence: string): string {
  return `"${d.value}" in ${d.label} is a stock difference (a loss or gain: a negative or positive adjustment, scrapping, an inventory difference), not a sale or a purchase: it is not booked as a delivery or receipt, and no Sustainability Declaration is issued for it (${consequence}). The add-in counts stock losses through the stock count, where credit above the physical stock lapses at the period's end: leave stock differences out of this sheet (filter the ERP export to purchases and sales) and enter the stock count.`;
}
