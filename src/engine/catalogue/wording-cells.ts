// The wording of the codes both layers raise about one value: missing-value, invalid-number and
// invalid-date. One sentence per code, whichever layer finds it (issue 15): the reading stage
// names the value by its field's label ("Quantity"), the engine by its field's words ("the
// quantity", record-fields.ts); what is wrong, how to fix it and what follows are said the same way.
import { fieldNoun } from "../record-derived";
import {
  ENGINE_SIGNIFICANT_DIGITS,
  MAX_DECIMALS,
  MAX_INTEGER_DIGITS,
  MAX_SIGNIFICANT_DIGITS,
} from "../decimal-text";
import type {
  Consequence,
  FieldDetails,
  InvalidDateDetails,
  InvalidNumberDetails,
  ReadDetails,
} from "./details";
import { claimMissingText } from "./wording-claims";
import { sdMissingText } from "./wording-sd";
import { arrivalBlankText, receivedBlankText } from "./wording-transfers";

type Found = ReadDetails | FieldDetails | InvalidDateDetails | InvalidNumberDetails;

const isRead = (d: Found): d is ReadDetails => "label" in d;

/** Who the sentence speaks of: the field's label (reading), else its words (engine). */
const subject = (d: Found): string => (isRead(d) ? d.label : `the ${fieldNoun(String(d.field ?? ""))}`);

const valueOf = (d: Found): string => (d.value === null || d.value === undefined ? "" : String(d.value));

/** The most a tolerance setting may be, percent: above it the setting is refused, a typo for a fraction or no control at all (workbook/settings-sheet.ts). */
export const MAX_TOLERANCE = "20";

const SETTING_UNUSED = "the setting is not used until it is fixed";
const PERIOD_HELD =
  "until it is fixed, no Sustainability Declaration is issued, as every balance depends on the period";

const HELD_UNTIL = "until it is fixed, no Sustainability Declaration is issued,";
const SD_HELD = `${HELD_UNTIL} as an issued number is permanent and would carry another prefix than yours`;

/** What follows, in words (Consequence): the one place these sentences are written. */
export const CONSEQUENCES: Readonly<Record<Consequence, string>> = {
  "no-credit": "the row gives no sustainable credit until it is corrected",
  "ghg-total-used": "the row's GHG total is used; correct the component so that declarations show it",
  "not-declared": "the delivery is not declared as sustainable until it is corrected",
  "no-sustainable-input": "no sustainable input is counted for this row until it is corrected",
  "in-not-booked": "the receipt (in) of this row is not booked until it is fixed",
  "out-not-booked": "the delivery (out) of this row is not booked until it is fixed",
  "setting-unused": SETTING_UNUSED,
  // p-period: a period setting not read is an error (workbook/settings-sheet.ts PERIOD_SETTINGS)
  "setting-whole-months": `write the period length as a whole number of months, such as 1, 3 or 12, or as monthly, quarterly, half-yearly or yearly; ${PERIOD_HELD} (the balances shown use the default of 3 months)`,
  "setting-period-unread": `${PERIOD_HELD} (the balances shown use the default periods of 3 months from the quarter of the earliest row)`,
  "setting-period-start": `write the date the first period starts as a date, such as 2025-01-01 or 01.01.2025; ${PERIOD_HELD} (the balances shown start at the quarter of the earliest row)`,
  "setting-tolerance-range": `a tolerance is a percentage from 0 to ${MAX_TOLERANCE} %, such as 0.5 or 0.5 %; the setting is not used and the default applies until it is fixed`,
  "setting-separator": `write "comma" (1.234,5) or "point" (1,234.5); ${SETTING_UNUSED}`,
  // p-dates6: the dates that rest on the order are refused while the setting is (workbook/cell-dates.ts)
  "setting-date-order": `write "DMY" (31/03/2025) or "MDY" (03/31/2025); until it is fixed, no date that two orders read as different days (such as 05/03/2025 or 2025-03-10) is read, and their rows are not booked`,
  "setting-one-scheme": `a book is kept under one scheme: write "ISCC EU" or "ISCC PLUS", and keep the books of another scheme in a workbook of their own; until it is fixed, no Sustainability Declaration is issued, as the scheme decides what one states`,
  "setting-mode-unread": `write "end of period" or "continuous"; ${PERIOD_HELD.replace("the period", "the balance mode")} (the balances shown are checked at the end of each period)`,
  // brk19 §1: "Kalenderjahr" is 12 months from 1 January; the default start is the earliest row's quarter
  "setting-calendar-year": `a calendar year is 12 months from 1 January, and no first period start on 1 January is set: set the first period start to 1 January of the year, such as 01.01.2025, or write the length as a number of months; ${PERIOD_HELD} (the balances shown use the default of 3 months)`,
  // brk19 §11: the add-in writes <prefix>-<year>-<sequence> itself; an issued number is permanent
  "setting-prefix-year": `the add-in adds the year and the sequence to the prefix itself (ON-2025-0001 for the prefix ON), so a prefix ending in a year would number ON-2025--2025-0001: write the prefix without the year, such as ON; ${SD_HELD}`,
  // brk20 A2, brk19 §10: a row not read whose value names a scheme or a mode, or whose key is an SD prefix's
  "setting-scheme-key": `${HELD_UNTIL} as the scheme decides what one states (the balances shown use the scheme read elsewhere on the sheet, else ISCC EU)`,
  "setting-mode-key": `${HELD_UNTIL} as the balance mode decides whether an overdraft is an error (the balances shown use the mode read elsewhere on the sheet, else the end of each period)`,
  "setting-prefix-key": SD_HELD,
  // brk28 L1: no prefix read, and a row not read may state it; the default "SD" is kept only where no row is unread
  "setting-prefix-unread": `${SD_HELD}; where this row states no prefix, add a row "SD number prefix" with your prefix, or SD to keep the default numbers (such as SD-2025-0001)`,
  "claims-no-credit":
    "the add-in does not assume a claim, so the rows of this sheet give no sustainable credit until the column is mapped; their credit is unknown, not none, so the balances they feed are incomplete",
  "claim-not-assumed": "the add-in does not assume the claim these rows ask for",
  "claims-not-declared":
    "the add-in does not assume a claim, and a declaration without one is EU RED compliant by default, which a row answered no denies, so no delivery of this sheet is declared until the column is mapped, and the balances they draw on are incomplete",
  "deliveries-not-declared":
    "the add-in does not assume that a delivery is sustainable, so no delivery of this sheet is declared until the column is mapped, and the balances they draw on are incomplete (the credit a held delivery may need is not declared to others)",
  "receipts-held":
    "the add-in does not assume that a receipt the column may mark as not sustainable is, so the balances the receipts of this sheet feed are incomplete (credit unknown, not none) and no Sustainability Declaration is issued from them until the column is mapped",
  "production-held":
    "the add-in does not take a row's whole input as sustainable where this column may state only part of it, so the balances the rows of this sheet feed are incomplete (credit unknown, not none) and no Sustainability Declaration is issued from them until the column is mapped or its heading changed",
  // --- SD numbers (p-sdno) ---
  "sds-no-credit":
    "the add-in does not guess which column holds the SD numbers, so the receipts of this sheet give no sustainable credit until it is mapped, and the balances they feed are incomplete",
  continues: "the bookings after it are read",
  ends: "it ends the data",
  // --- what the engine did (p-engine5) ---
  "credit-unknown":
    "the row gives no sustainable credit until it is corrected; its credit is unknown, not none, so the balances it feeds are incomplete",
  "input-unknown":
    "no sustainable input is counted for this row until it is corrected; the credit it converts is unknown, so the balances it feeds are incomplete",
  "certificates-no-credit":
    "the add-in cannot check its receipts against the register, so they give no sustainable credit until the column is there; their credit is unknown, not none, so the balances they feed are incomplete",
  "strictest-threshold":
    "the row's GHG saving is held to the strictest threshold, that of the newest installations, until it is corrected",
  // --- GHG values of production and transfer rows (p-ghg2) ---
  "output-ghg-unknown":
    "the output is booked without GHG values until it is corrected; they are unknown, so the balances the row feeds are incomplete and no Sustainability Declaration is issued from them",
  "transfer-ghg-unused":
    "a transfer's GHG values are not used: the credit it moves keeps the GHG values of the receipts it came from, and no Sustainability Declaration is issued from it until the cell is corrected",
  // --- storage places beside no Site (p-rows3) ---
  "storage-balances-incomplete":
    "its balances are incomplete and no Sustainability Declaration is issued from them until the places are told apart",
  // --- what a refused conversion value or dispatch date does (p-heat) ---
  "row-left-out":
    "the row is not booked until it is corrected; its quantity and credit are unknown, not none, so the balances it feeds are incomplete",
  "receipt-date-used":
    "the supplier's certificate is checked on the receipt date instead until it is corrected",
  // --- a reader's refusal whose part of the row is left out (p-consq) ---
  "draw-unknown":
    "the delivery is not declared as sustainable until it is corrected; the credit it draws is unknown, not none, so the balances it feeds are incomplete",
  "in-unknown":
    "the receipt (in) of this row is not booked until it is fixed; what it receives is unknown, not none, so the balances it feeds are incomplete",
  "out-unknown":
    "the delivery (out) of this row is not booked until it is fixed; what it delivers is unknown, not none, so the balances it feeds are incomplete",
};

/** What follows for the row: not read when the value is needed, else what the details say, else `otherwise`. */
export function consequenceOf(
  d: { dropped?: boolean; consequence?: Consequence | null },
  otherwise: string,
): string {
  if (d.dropped) return "this row is not read until it is fixed";
  return d.consequence ? CONSEQUENCES[d.consequence] : otherwise;
}

/** A blank cell or field that the row needs (or that an incoming SD must state). */
export function missingValue(d: Found): string {
  if (isRead(d) && d.reason === "claim-missing")
    return claimMissingText(d.label, consequenceOf(d, "fill it in"));
  if (isRead(d) && d.reason === "sd-missing") return sdMissingText(d, consequenceOf(d, "fill it in"));
  if (isRead(d) && d.reason === "part-blank") return partBlankText(d, consequenceOf(d, "fill it in"));
  if (isRead(d) && d.reason === "received-blank") return receivedBlankText(subject(d));
  if (isRead(d) && d.reason === "arrival-blank") return arrivalBlankText(subject(d));
  // brk25 §4b: a site's address in parts, its street or its town blank (workbook/site-address-parts.ts)
  if (isRead(d) && d.reason === "address-part")
    return `${subject(d)} is empty while this site's address is written in parts ("${d.read ?? ""}"): a street without its town, or a town without its street, is no address the declaration can print as the dispatch point, and the add-in prints neither the settings' address nor another site's in its place, so the Sustainability Declarations of this site's deliveries are held back: fill it in.`;
  // brk27 S8: a delivery's recipient address in parts, its street or its town blank (workbook/site-address-parts.ts)
  if (isRead(d) && d.reason === "recipient-address-part")
    return `${subject(d)} is empty while this delivery's recipient address is written in parts ("${d.read ?? ""}"): a street without its town, or a town without its street, is no address the declaration can print as the recipient's, so this delivery's Sustainability Declaration is held back: fill it in.`;
  // p-parts2: a receipts' yes/no column blank throughout, said once at its heading (workbook/blank-flag-column.ts)
  if (isRead(d) && d.reason === "flag-blank" && d.consequence === "receipts-held")
    return `the column "${d.label}" is empty on every row, and ${d.value ?? "some"} receipts of this sheet have an SD number; a blank says neither yes nor no, and the add-in does not read it as yes, so no receipt of this sheet is credited: their credit is unknown, not none, so the balances they feed are incomplete and no Sustainability Declaration is issued from them. Write yes on each receipt its SD covers whole; if an SD covers a part, state that part (such as in a column "davon nachhaltig (t)"). If the sheet does not say it row by row, delete the column or unmap it in the add-in's Sheets tab: a receipt with an SD number is then credited whole.`;
  // p-parts: a receipt's blank yes/no cell beside an SD number is no yes (workbook/blank-part.ts)
  if (isRead(d) && d.reason === "flag-blank" && d.consequence === "credit-unknown")
    return `${subject(d)} is empty on this receipt, which has an SD number; a blank says neither yes nor no, and the add-in does not read it as yes, so ${consequenceOf(d, "")}. Write yes if its SD covers the whole receipt; if it covers a part, state that part (such as in a column "davon nachhaltig (t)").`;
  // p-noise: a blank among yes and no read as no (workbook/blank-flags.ts)
  if (isRead(d) && d.reason === "flag-blank")
    return `${subject(d)} is empty on this delivery while other rows of the column say ${d.read ?? "yes or no"}; the blank is read as not sustainable, so the delivery is not declared: write ${d.read ?? "yes or no"} in the cell.`;
  return `${subject(d)} is empty; ${consequenceOf(d, "fill it in")}.`;
}

/**
 * A value that is not a number, or one beyond a limit of a book value (engine/decimal-text.ts):
 * why, where the reader or the engine knows it, and how to type it.
 */
export function invalidNumber(d: Found | InvalidNumberDetails): string {
  const consequence = consequenceOf(d, "the value is ignored");
  const [value, label] = [valueOf(d), subject(d)];
  switch ("reason" in d ? (d.reason ?? undefined) : undefined) {
    case "decimals":
      return `"${value}" in ${label} has more than ${MAX_DECIMALS} decimals, more than any measurement; round it to the precision you weigh or meter (${consequence}).`;
    case "large":
      return `"${value}" in ${label} has more than ${MAX_INTEGER_DIGITS} digits before the decimal point, more than Excel keeps exactly; check the value and its unit (${consequence}).`;
    case "precision":
      return isRead(d)
        ? `"${value}" in ${label} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than Excel keeps in a number; round it to the precision you weigh or meter (${consequence}).`
        : `"${value}" in ${label} has more than ${ENGINE_SIGNIFICANT_DIGITS} significant digits, more than any number a book holds; round it to the precision you weigh or meter (${consequence}).`;
    // --- brk24 §4: a factor as a ratio or per mille (workbook/factor-ratio.ts) ---
    case "ratio-direction":
      return `"${value}" in ${label} is a ratio, but its heading does not say which side is the input and which the output, so the add-in does not guess; write the factor as a decimal of output per input (such as 0.42), or head the column "Verhältnis Input:Output" (or "Ratio input:output") and write input:output, such as 1:0.42 (${consequence}).`;
    case "ratio-inexact":
      return `"${value}" in ${label} is a ratio whose quotient (about ${isRead(d) ? (d.read ?? "?") : "?"} of output per input) has no end, so it cannot be read exactly; write the factor as a decimal of output per input, rounded as your production records state it (${consequence}).`;
    case "ratio-number":
      return `"${value}" in ${label} is a single number under a heading of a ratio, which could be output per input or input per output; write the ratio with its colon in the order the heading states (such as 1:0.42 for input:output), or put the factor (output per input) under a heading such as "Conversion factor" (${consequence}).`;
    case "per-mille-fraction":
      return `"${value}" in ${label} is 1 or less under a heading in per mille (‰): it could be ${value} ‰ or a fraction of one typed as such, 1,000 times apart; type it with its sign (420 ‰) or write it per mille as the heading says (${consequence}).`;
    // --- end brk24 §4 ---
    case "ghg-saving":
      return `"${value}" in ${label} is a percentage, which looks like a GHG saving, not the emissions; type the emissions in g CO2eq/MJ here, such as 14.2 (the saving follows from them) (${consequence}).`;
    // --- p-engine ---
    case "percent-measure":
      return `"${value}" in ${label} is a percentage, not a ${label.toLowerCase()}; type the ${label.toLowerCase()} itself, in its unit (such as 0.92 kg/L for a density, 37 MJ/kg for a heating value) (${consequence}).`;
    case "ghg-unit-in-cell":
      return `"${value}" in ${label} states its GHG unit in the cell, but the column does not state one, so the row's unit would be its GHG unit column's or g CO2eq/MJ, not this one; type the number alone and put the unit in the heading (such as "${label} (g CO2eq/MJ)") or in a GHG unit column (${consequence}).`;
    // --- end p-engine ---
    // --- p-ghg: a GHG total below 0.1 g CO2eq/MJ (intake/interned.ts) ---
    case "ghg-unit-slip":
      return `"${value}" in ${label} is below 0.1 g CO2eq/MJ, lower than any fuel's emissions: it looks like a value in kg CO2eq/MJ, which would be declared 1,000 times too low; write the total in g CO2eq/MJ, such as 10.5 for 0.0105 kg CO2eq/MJ (${consequence}).`;
    // --- end p-ghg ---
    case "ghg-total-zero":
      // (h-ghg3) no total typed, the components all 0: their sum of 0 is as unexplained
      if ("field" in d && d.field !== undefined && d.field !== null && d.field !== "ghg.total")
        return `"${value}" in ${label}: the row gives GHG components and no total, and every component typed is 0, so E would be 0, which nothing explains: E is 0 only where savings (esca, eccs, eccr) or a carbon stock gain (el) offset the emissions, and 0 is often typed for "not given", which the declaration would print as a saving of 100 %; type the values the supplier's SD states (its total E, or the components that make it up), or leave the cells blank if the SD states none (${consequence}).`;
      return `"${value}" in ${label} is 0, but no component of the row (eec, el, ep, etd, eu, esca, eccs, eccr) explains it: E is 0 only where savings or a carbon stock gain offset the emissions, and 0 is often typed for "not given", which the declaration would print as a saving of 100 %; type the total the supplier's SD states, with the components that make it up if it is 0, or leave the cell blank if the SD states none (${consequence}).`;
    // --- p-ghg2: GHG components summed below 0.1 g CO2eq/MJ (intake/interned.ts) ---
    case "ghg-component-slip":
      return `"${value}" in ${label}: the row gives GHG components and no total, and they add up to less than 0.1 g CO2eq/MJ or are each below 0.1, lower than any fuel's emissions: they look like values in kg CO2eq/MJ, whose total would be declared 1,000 times too low; write each component in g CO2eq/MJ, such as 5.2 for 0.0052 kg CO2eq/MJ (${consequence}).`;
    // --- end p-ghg2 ---
    case "ghg-credit-negative":
      return `"${value}" in ${label} is negative: the savings esca, eccs and eccr are written as positive numbers and subtracted from E (RED II Annex V C.1), so a sign here would subtract the saving twice, or mean an extra emission; write the saving as a positive number, it is subtracted (${consequence}).`;
    case "ghg-emission-negative":
      return `"${value}" in ${label} is negative, but eec, ep, etd and eu are emissions, which are never negative (RED II Annex V C.1; only el may be, C.7): read as written it would lower E; write the emission as a positive number, and if this is a saving write it as a positive number in esca, eccs or eccr, which are subtracted (${consequence}).`;
    case "percent":
      return `"${value}" in ${label} is a percentage, not an amount; type the ${label.toLowerCase()} itself, or put a share in the Sustainable column (${consequence}).`;
    case "date-shown":
      return `${label} shows a date${isRead(d) && d.read ? `, ${d.read}` : ""}, not a number (Excel turns a typed "24.5" into 24 May); format the cell as a number and type the value again (${consequence}).`;
    case "time-shown":
      return `${label} shows a time of day, not a number; format the cell as a number and type the value again (${consequence}).`;
    case "conditional-format":
      return `the number format "${isRead(d) ? d.read : ""}" of ${label} shows some values divided by 1000 or with a unit and others not, so the add-in cannot tell what the value means; give the column one plain number format (${consequence}).`;
    case "merged-rows":
      return `"${value}" in ${label} stands in a cell merged over several rows (${isRead(d) ? d.read : ""}), so the add-in cannot tell whether it is each row's value or theirs together (read for each row, a quantity would be counted twice); unmerge the cells and write each row's own value (${consequence}).`;
    case "footnote":
      return `"${value}" in ${label} has a footnote mark or a superscript (or subscript) written as part of the number, so the add-in cannot tell the number from the mark (Excel's plain value of 380 with a raised 1 is 3801); move the footnote out of the cell, into a remark column or a note, and leave the number alone (${consequence}).`;
    // --- p-engine3: a return is no booking of the other side (docs/rules.md, returns) ---
    case "negative":
      return `"${value}" in ${label} is negative; a ledger's In and Out columns take positive quantities. A return is not booked in the other column: a return to the supplier is no sale (an Out row would get an outgoing SD) and a return from a customer no purchase; correct the row it returns to the quantity kept (as the corrected SD states), or cancel that row in a Status column where all of it went back (${consequence}).`;
    // --- end p-engine3 ---
    // brk26 S1: a negative quantity marked "Storno" reverses another line (workbook/reversal-row.ts)
    case "reversal":
      return `row ${isRead(d) ? (d.row ?? "") : ""} reverses another line (${value}, marked "${isRead(d) ? (d.read ?? "") : ""}"): a reversal is not booked against the line it reverses, so the add-in does not read it; mark the line it reverses as cancelled and delete this row, or net them into one line of the quantity that stands (${consequence}).`;
    // --- p-values: text in a second quantity column, or in the column of an SD's quantity ---
    case "sd-quantity-text":
    case "second-quantity-text":
      return quantityText(d, value, label, consequence);
    default:
      return `"${value}" in ${label} is not a number; type a number such as 1234.5 or 1.234,5 (${consequence}).`;
  }
}

/**
 * invalid-number, reasons sd-quantity-text and second-quantity-text (workbook/rival-columns.ts):
 * text such as "s. Anlage", "k.A." or "-" where a quantity goes, in the column of the quantity an
 * SD declares or in a second column of the row's quantity; the add-in reads no quantity from
 * elsewhere (an attachment, an annex, another row) and cannot compare what it does not read.
 */
function quantityText(
  d: Found | InvalidNumberDetails,
  value: string,
  label: string,
  consequence: string,
): string {
  const side = "side" in d ? d.side : undefined;
  const beside = isRead(d) && d.read ? ` beside ${d.read}` : "";
  if ("reason" in d && d.reason === "second-quantity-text")
    return `"${value}" in ${label} is not a number; this column also holds the row's quantity${beside}, and a row is read only where the two agree, which the add-in cannot tell: type the quantity here, such as 20 or 20 t, or clear the cell (${consequence}).`;
  const whose =
    side === "in"
      ? "the supplier's SD declares, which caps the credit the receipt gives"
      : side === "out"
        ? "the delivery's own SD declares, which must be the quantity delivered"
        : "the SD declares";
  return `"${value}" in ${label} is not a number, and this column holds the quantity ${whose}; the add-in does not look the quantity up elsewhere (in an attachment, an annex or another row): type the quantity from the SD into this cell, such as 20 or 20 t (${consequence}).`;
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
  if (reason === "weekday")
    return `"${value}" in ${label} names another weekday than its date's own${isRead(d) && d.read ? ` (${d.read})` : ""}, so the weekday or the date is wrong; correct the one that is wrong, or leave the weekday out (${consequence}).`;
  if (reason === "time-shown")
    return `${label} shows a time of day, not a date; type the date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
  // the engine's own reason: a year alone where the rule it feeds needs the day (intake/context.ts)
  if (!isRead(d) && reason === "threshold-changes") {
    const { before, after } = d as InvalidDateDetails;
    return `"${value}" in ${label} is a year only, not a day: the GHG threshold changes during ${value} (${String(before)} % before, ${String(after)} % after); type the day the installation started (${consequence}).`;
  }
  return `"${value}" in ${label} is not a date; type a date such as 31.03.2025, 2025-03-31 or 31 Mar 2025 (${consequence}).`;
}

/**
 * A receipt's or delivery's sustainable part stated by nothing: a blank cell, or a dash or "not
 * stated" (`value`), which may mean all of the quantity or none of it (workbook/blank-part.ts).
 */
function partBlankText(d: Found, consequence: string): string {
  const what = d.value ? `"${valueOf(d)}" in ${subject(d)} states no part` : `${subject(d)} is empty`;
  return `${what}: it may mean all of the quantity or none of it, and the add-in does not guess; write the sustainable part, or the whole quantity if all of it is sustainable (0 if none of it is); ${consequence}.`;
}
