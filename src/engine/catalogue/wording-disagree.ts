// The wording of quantity-columns-disagree (workbook/rival-columns.ts): a second column of a row's
// quantity that holds another amount, an SD's quantity beside it, or (brk26 S2) an amount taken
// away from it (workbook/deduction-columns.ts); kept apart from wording-reading.ts for its length.
import type { ReadDetails } from "./details";

/**
 * The body of quantity-columns-disagree: `label` the quantity's label, `value` this cell as read,
 * `read` the other column's heading and amount; reasons over-declared, sd-differs, units-unknown,
 * deduction (`missing` this column's heading, `read` the quantity's). `consequence`: what follows.
 */
export function columnsDisagreeText(d: ReadDetails, consequence: string): string {
  // brk26 S2: "Rücklieferung (t)" 20 beside "Menge (t)" 100: never booked as 100, nor as 80
  // brk26 L2: "Menge angekommen (t)" 10 | "Schwund (t)" 0.2: what left is not worked out
  if (d.reason === "loss-arrived")
    return `this cell says ${d.value} was lost in transit ("${d.missing}"), but the transfer's only quantity, ${d.read}, says what arrived, so the loss is not taken off it again and the add-in does not work out what left: add a column headed "Menge versandt (t)" with what left the sending site (the add-in then reads ${d.read} as what arrived and checks the loss against both); if ${d.read} holds what left, not what arrived, head it so, such as "Menge versandt (t)" (${consequence}).`;
  // h-leftovers: "Menge (t)" 5 | "Differenz (t)" 0.2: sent − received, or received − sent?
  if (d.reason === "difference-sign")
    return `this cell says a difference of ${d.value} ("${d.missing}") beside ${d.read}, but a difference does not say which way it runs (what was sent less what arrived, or the other way), so the add-in does not take it as a loss or a gain: add a column with the quantity received beside the quantity sent, or head this column as a loss, such as "Verlust (t)" or "Transit loss (t)" (${consequence}).`;
  if (d.reason === "deduction")
    return `this cell says ${d.value} was taken away from the row's ${d.label.toLowerCase()} in ${d.read} ("${d.missing}"); the add-in books neither all of it nor what is left, as it cannot tell which holds on the row's day (a return or credit note may come later, a loss may be netted already): type the net quantity in ${d.read} and clear this cell, or split the row into the quantity booked and the one returned, cancelled or lost on its own day (${consequence}).`;
  // p-factor: received above what the supplier's SD declares (workbook/rival-columns.ts)
  if (d.reason === "over-declared")
    return `${d.label} received is ${d.read}, more than the ${d.value} this column says the supplier's SD declares; no more can be sustainable than the SD declares, and the add-in does not choose which part is: book the excess as a receipt of its own without the SD, or correct the quantity (${consequence}).`;
  // p-side: a delivery whose own SD declares another quantity than was delivered (workbook/rival-columns.ts)
  if (d.reason === "sd-differs")
    return `${d.label} delivered is ${d.read}, but this column says the delivery's SD declares ${d.value}${d.missing ? ` (${d.missing})` : ""}; an SD declares the quantity delivered, and the add-in does not choose which one is right: correct the delivered quantity if it is wrong, or have the SD corrected if it declares more or less than left; if only part of the delivery is sustainable, give that part in a column headed "davon nachhaltig (t)" (${consequence}).`;
  if (d.reason === "units-unknown")
    return `${d.label} is ${d.read}, but this column says the SD declares ${d.value}, in no unit the add-in can convert to the other's, so it cannot tell whether the SD covers what is booked: write the unit in this column's heading, such as "Menge lt. SD (t)", and make the two agree or clear the one that is wrong (${consequence}).`;
  // value: this cell as read, with its unit; read: the other column's heading and amount; missing: the same in the other's unit
  return `${d.label} is ${d.read}, but this column says ${d.value}${d.missing ? ` (${d.missing})` : ""}; the add-in does not choose between them: make them agree, or clear the one that is wrong (${consequence}).`;
}
