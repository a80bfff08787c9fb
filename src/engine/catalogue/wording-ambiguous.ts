// The wording of a value that reads two ways (ambiguous-date, ambiguous-number): what it could be,
// why nothing on its sheet settles which, and how to write it or which setting settles it; one
// sentence each, without the place (render.ts adds it). wording-reading.ts calls it by code.
import type { ReadDetails } from "./details";
import { orderSettingText } from "./wording-dates";

const STATE_NUMBERS =
  'or state the convention once in the settings sheet ("Decimal separator: comma" or "Decimal separator: point")';
const STATE_DATES = 'or state the order once in the settings sheet ("Date order: DMY" or "Date order: MDY")';

/** The "Date order" settings line(s) that read a column's two-digit-year dates: "DMY", "MDY" or "DMY or MDY" (p-dates5). */
function settleLine(settle: string | undefined): string {
  const orders = (settle ?? "DMY or MDY").split(" or ");
  return (
    orders.map((o) => `"Date order: ${o}"`).join(orders.length > 1 ? " or " : "") +
    (orders.length > 1 ? ", as these dates are written" : "")
  );
}

/** The body of an ambiguous-date finding (`consequence`: what follows for its row, wording-cells.ts consequenceOf). */
export function ambiguousDateText(d: ReadDetails, consequence: string): string {
  // --- two-digit years (p-dates3) ---
  if (d.reason === "two-digit-year")
    return `"${d.value}" in ${d.label} could be ${d.read}: its year has two digits, which could stand first or last, and the other dates of its column do not settle which; write the year in four digits, such as 2025-03-31 or 31.03.2025, ${STATE_DATES} (${consequence}).`;
  // --- end two-digit years
  // --- p-dates5: a column of two-digit years said once; the year's place against the setting ---
  if (d.reason === "two-digit-year-column")
    return `"${d.value}" in ${d.label} could be ${d.read}: its year has two digits, which could stand first or last, as in all ${d.count} such dates of this column (from here down to ${d.last}), and nothing in the column settles which, so none of them is read. One line in the settings sheet settles them all: ${settleLine(d.settle)}; or write their years in four digits, such as 31.03.2025 (${consequence}; so are the rows of the others).`;
  if (d.reason === "year-contradicts-setting")
    return `"${d.value}" in ${d.label} could be ${d.read}: the settings sheet states a date order with the year last, but other dates of this column written the same way put a four-digit year first, so the add-in does not choose where this two-digit year stands; write the year in four digits, such as 2025-03-31 or 31.03.2025 (${consequence}).`;
  // --- end p-dates5
  // --- p-dates6: a date against its Date order setting; a column of day/month dates said once ---
  if (
    d.reason === "order-setting-refused" ||
    d.reason === "dotted-against-setting" ||
    d.reason === "date-order-column"
  )
    return orderSettingText(d, consequence) ?? "";
  // --- end p-dates6
  if (d.reason === "mixed-conventions")
    return `"${d.value}" in ${d.label} could be ${d.read}: dates here are written both ways, such as ${d.proofs}, so neither order can be trusted, whatever the settings state; type it as 2025-03-31 or 31.03.2025, and check the dates written the other way (${consequence}).`;
  if (d.reason === "contradicts-setting")
    return `"${d.value}" in ${d.label} could be ${d.read}: the settings sheet states one date order, but other dates on this sheet prove the other, so the add-in does not choose; type it as 2025-03-31 or 31.03.2025, or correct the "Date order" setting if this sheet's dates are right (${consequence}).`;
  return `"${d.value}" in ${d.label} could be ${d.read}, and nothing on this sheet tells which; type it as 2025-03-31 or 31.03.2025, ${STATE_DATES} (${consequence}).`;
}

/** The body of an ambiguous-number finding (`consequence`: what follows for its row, wording-cells.ts consequenceOf). */
export function ambiguousNumberText(d: ReadDetails, consequence: string): string {
  if (d.reason === "mixed-conventions")
    return `"${d.value}" in ${d.label} could be ${d.read}: numbers here are written both ways, such as ${d.proofs}, so neither separator can be trusted, whatever the settings state; type it as a number (a number cell, not text) or without the ambiguous separator, and check the numbers written the other way (${consequence}).`;
  if (d.reason === "scaled-format")
    return `${d.label} holds ${d.value}, but its number format shows it divided by thousands: it could be ${d.read}, and nothing on this sheet tells which; give the cell a number format without trailing commas (such as #,##0) and the value in the unit its heading names (${consequence}).`;
  if (d.reason === "percent-fraction")
    return `"${d.value}" in ${d.label} could be ${d.read}: the heading says percent, but a value of 1 or less reads either way, 100 times apart; type it with its sign (85 % or 0.85 %) or format the column as a percentage (${consequence}).`;
  if (d.reason === "contradicts-setting")
    return `"${d.value}" in ${d.label} could be ${d.read}: the settings sheet states one decimal separator, but other numbers in this column prove the other, so the add-in does not choose; type it without the ambiguous separator, or correct the "Decimal separator" setting if this column's numbers are right (${consequence}).`;
  return `"${d.value}" in ${d.label} could be ${d.read}, and nothing in its column tells which (numbers of other columns do not settle it); type it without the ambiguous separator, ${STATE_NUMBERS} (${consequence}).`;
}
