// The wording of the codes both layers raise about one value: missing-value, invalid-number and
// invalid-date. One sentence per code, whichever layer finds it (issue 15): the reading stage
// names the value by its field's label ("Quantity"), the engine by its field's words ("the
// quantity", record-fields.ts); what is wrong, how to fix it and what follows are said the same way.
import { fieldNoun } from "../record-derived";
import type { FieldDetails, InvalidDateDetails, ReadDetails } from "./details";

type Found = ReadDetails | FieldDetails | InvalidDateDetails;

const isRead = (d: Found): d is ReadDetails => "label" in d;

/** Who the sentence speaks of: the field's label (reading), else its words (engine). */
const subject = (d: Found): string => (isRead(d) ? d.label : `the ${fieldNoun(String(d.field ?? ""))}`);

const valueOf = (d: Found): string => (d.value === null || d.value === undefined ? "" : String(d.value));

/** What follows for the row: not read when the value is needed, else what the details say, else `otherwise`. */
export function consequenceOf(d: { dropped?: boolean; consequence?: string }, otherwise: string): string {
  return d.dropped ? "this row is not read until it is fixed" : (d.consequence ?? otherwise);
}

/** A blank cell or field that the row needs (or that an incoming SD must state). */
export function missingValue(d: Found): string {
  return `${subject(d)} is empty; ${consequenceOf(d, "fill it in")}.`;
}

/** A value that is not a number: why, where the reader knows it, and how to type it. */
export function invalidNumber(d: Found): string {
  const consequence = consequenceOf(d, "the value is ignored");
  const [value, label] = [valueOf(d), subject(d)];
  switch (isRead(d) ? d.reason : undefined) {
    case "decimals":
      return `"${value}" in ${label} has more than 20 decimals, more than any measurement; round it to the precision you weigh or meter (${consequence}).`;
    case "large":
      return `"${value}" in ${label} has more than 15 digits before the decimal point, more than Excel keeps exactly; check the value and its unit (${consequence}).`;
    case "percent":
      return `"${value}" in ${label} is a percentage, not an amount; type the ${label.toLowerCase()} itself, or put a share in the Sustainable column (${consequence}).`;
    case "date-shown":
      return `${label} shows a date${isRead(d) && d.read ? `, ${d.read}` : ""}, not a number (Excel turns a typed "24.5" into 24 May); format the cell as a number and type the value again (${consequence}).`;
    case "time-shown":
      return `${label} shows a time of day, not a number; format the cell as a number and type the value again (${consequence}).`;
    case "conditional-format":
      return `the number format "${isRead(d) ? d.read : ""}" of ${label} shows some values divided by 1000 or with a unit and others not, so the add-in cannot tell what the value means; give the column one plain number format (${consequence}).`;
    case "negative":
      return `"${value}" in ${label} is negative; a ledger's In and Out columns take positive quantities, a return belongs in the other column (${consequence}).`;
    default:
      return `"${value}" in ${label} is not a number; type a number such as 1234.5 or 1.234,5 (${consequence}).`;
  }
}

/** A value that is not a day: a year or month alone, out of range, a time, or no date at all. */
export function invalidDate(d: Found): string {
  const consequence = consequenceOf(d, "the value is ignored");
  const [value, label] = [valueOf(d), subject(d)];
  const reason = "reason" in d ? (d.reason ?? undefined) : undefined;
  if (reason === "year-only" || reason === "month-only")
    return `"${value}" in ${label} is ${reason === "year-only" ? "a year" : "a month"} only, not a day; type the full date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
  if (reason === "range")
    return `"${value}" in ${label} is no day a book can hold (it lies before 1900 or after 2199; a number such as 250305 is not a date either); type the date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
  if (reason === "time-shown")
    return `${label} shows a time of day, not a date; type the date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
  // the engine's own reason: a year alone where the rule it feeds needs the day (intake/context.ts)
  if (!isRead(d) && reason)
    return `"${value}" in ${label} is a year only, not a day: ${reason} (${consequence}).`;
  return `"${value}" in ${label} is not a date; type a date such as 31.03.2025, 2025-03-31 or 31 Mar 2025 (${consequence}).`;
}
