// The wording of SD number findings of the reading stage (workbook/blank-sd.ts, sd-number.ts,
// unmapped-sd.ts): a receipt with every sign of sustainable material but no SD number, an SD
// number marked cancelled, a receipts sheet without an SD column. A receipt with an SD number is
// sustainable, one without is not (domain.md §2): each says what to type, or what to clear.
import type { Consequence, ReadDetails } from "./details";

// --- what a refused receipt SD says of its balances (p-consq) ---
/** The consequences whose words already say the balances are incomplete (wording-cells.ts CONSEQUENCES). */
const SAY_INCOMPLETE: ReadonlySet<Consequence> = new Set<Consequence>([
  "credit-unknown",
  "input-unknown",
  "draw-unknown",
  "in-unknown",
  "out-unknown",
  "row-left-out",
]);

/**
 * A receipt's worded `consequence`, followed by "and the balances of its product are incomplete"
 * unless its Consequence (`d.consequence`) says so already: said once, never twice.
 */
export function andIncomplete(d: ReadDetails, consequence: string): string {
  return d.consequence && SAY_INCOMPLETE.has(d.consequence)
    ? consequence
    : `${consequence}, and the balances of its product are incomplete`;
}

/** Whether the refused value is a delivery's own (consequence "not-declared", or "draw-unknown" where its draw is left out). */
export const ofDelivery = (d: { consequence?: Consequence | null }): boolean =>
  d.consequence === "not-declared" || d.consequence === "draw-unknown";
// --- end p-consq ---

/**
 * missing-value, reason "sd-missing": the SD number cell (`label`) is blank on a receipt whose
 * `read` names its signs of sustainable material ("a claim, a supplier certificate and GHG values").
 */
export function sdMissingText(d: ReadDetails, consequence: string): string {
  return `${d.label} is empty, but the row has ${d.read ?? "a claim"}, which only sustainable material has; enter the SD number of the supplier's Sustainability Declaration, or, if the material is not sustainable, clear ${d.read && / and /.test(d.read) ? "them" : "it"}; ${andIncomplete(d, consequence)}.`;
}

/**
 * invalid-value, reason "sd-cancelled": `value` (the cell's text) marks the SD `read` cancelled,
 * withdrawn or replaced; what to type depends on whether the cell is a receipt's, a delivery's
 * own (consequence "not-declared") or the incoming SDs it links (a label with "linked").
 */
export function sdCancelledText(d: ReadDetails, consequence: string): string {
  const what = `"${d.value}" in ${d.label} marks ${d.read ? `the SD ${d.read}` : "the SD"} as not valid (cancelled, withdrawn, rejected or a draft), so it is not read as an SD number${d.read ? ` and ${d.read} stays taken` : ""}`;
  const line = `if the whole line is cancelled, delete the row or write "cancelled" in a Status column`;
  if (/linked/i.test(d.label))
    return `${what}; ${line}; otherwise type only the numbers of the valid incoming SDs that back this delivery; ${consequence}.`;
  if (ofDelivery(d))
    return `${what}; ${line}; if the SD was cancelled and the delivery stands, type the number of the SD issued in its place, or leave the cell blank so that the add-in numbers a new declaration; ${consequence}.`;
  return `${what}; ${line}; if the supplier replaced the SD, type the number of the new SD; if none replaces it, clear the cell and the receipt is booked without sustainable credit; ${andIncomplete(d, consequence)}.`;
}

/**
 * mapping-uncertain, reason "sd-column-missing": sheet `sheet` has `read` (its signs of sustainable
 * material) but no column read as `label`; `value` lists the headings of the columns that may hold
 * the numbers, quoted ('"Nº", "Ref."'), or is empty.
 */
export function sdColumnMissingText(sheet: string, d: ReadDetails, consequence: string): string {
  const maybe = d.value
    ? `; ${d.value.includes(",") ? "the columns headed" : "the column headed"} ${d.value} may hold them, but such a heading may as well be an invoice or delivery-note number`
    : "";
  return `sheet "${sheet}" has ${d.read ?? "a claim"}, which only sustainable receipts have, but no column the add-in reads as ${d.label}${maybe}: head the column of the SD numbers "SD number", or map it as ${d.label} in the add-in's Sheets tab${d.value ? "" : " (add the column if there is none)"}; ${consequence}.`;
}
