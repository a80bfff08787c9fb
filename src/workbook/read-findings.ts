// Findings of the reading stage. Detection passes typed details; the wording lives here only.
import { QUANTITY_UNITS_TEXT } from "../engine/units";
import { sheetReference } from "./a1";
import type { Finding, Severity } from "../engine/result";
import type { BadReason } from "./read-codes";

/** Codes this layer adds to FINDING_CODES (warnings: the value was read, but check it). */
export const READ_FINDING_CODES = [
  "ambiguous-date",
  "ambiguous-number",
  "invalid-value",
  "rows-after-blank",
  "formula-without-value",
  "totals-row",
  "scaled-number",
  "mapping-uncertain",
  "unit-conflict",
  "blank-not-sustainable",
  "gross-calorific-value",
] as const;

export type ReadFindingCode =
  | "header-not-found"
  | "missing-value"
  | "invalid-number"
  | "invalid-date"
  | "invalid-unit"
  | "cell-error"
  | (typeof READ_FINDING_CODES)[number];

export interface ReadFindingDetails {
  /** the field's label, e.g. "Quantity" */
  label: string;
  /** the cell's text as typed, or the error shown */
  value?: string;
  /** what was read from an ambiguous value */
  read?: string;
  /** labels of required fields without a column (header-not-found) */
  missing?: string;
  /** true when the row is not read because of this value */
  dropped?: boolean;
  /** why the value could not be read, where the code alone does not say it */
  reason?: BadReason;
  /** what follows for the row when a value is unreadable but the row is read: e.g. "gives no credit" */
  consequence?: string;
  /** header-not-found on a sheet whose header row was found but lacks a required column */
  partial?: boolean;
}

/** At most this many characters of a cell are quoted in a finding or a note (Excel notes hold 32,767). */
export const QUOTE_MAX = 100;

/** A cell's text as a finding quotes it: whole up to `max` characters (QUOTE_MAX), else cut with "…". */
export function quote(text: string, max = QUOTE_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// `read` holds what was read of a cell or why its unit is refused: our own sentence, kept whole
const READ_MAX = 400;

export function readFinding(
  code: ReadFindingCode,
  severity: Severity,
  sheet: string,
  cell: string,
  details: ReadFindingDetails,
): Finding {
  const d: ReadFindingDetails = { ...details };
  if (d.value !== undefined) d.value = quote(d.value);
  if (d.read !== undefined) d.read = quote(d.read, READ_MAX);
  return {
    code,
    severity,
    message: wording(code, sheetReference(sheet, cell), sheet, d),
    sheet,
    cell,
    details: { ...d },
  };
}

// What each closed vocabulary accepts, by the field's label, for the finding's "how to fix".
const VOCABULARY: Record<string, string> = {
  "Sustainable (yes/no, quantity or %)":
    "yes or no, ja or nein, 1 or 0, a quantity such as 60 t, or a share such as 60 %",
  "Sustainable quantity or share": "a quantity such as 60 t, a share such as 60 %, or yes or no",
  "Sustainable input quantity": "a quantity such as 60 t, or a share of the input such as 60 %",
  "Waste or residue": "yes or no, ja or nein, waste or residue",
  Claim:
    "ISCC compliant, EU RED compliant, bio, bio-circular, circular, renewable-energy-derived, or with 'not'",
  Scheme: "ISCC EU or ISCC PLUS",
  "Country of origin": "an ISO country code such as DE, or a country name in English or German",
  Country: "an ISO country code such as DE, or a country name in English or German",
};

const STATE_NUMBERS =
  'or state the convention once in the settings sheet ("Decimal separator: comma" or "Decimal separator: point")';
const STATE_DATES = 'or state the order once in the settings sheet ("Date order: DMY" or "Date order: MDY")';

function wording(code: ReadFindingCode, at: string, sheet: string, d: ReadFindingDetails): string {
  const consequence = d.dropped
    ? "this row is not read until it is fixed"
    : (d.consequence ?? "the value is ignored");
  switch (code) {
    case "header-not-found":
      if (d.partial)
        return `${at}: sheet "${sheet}" looks like ${d.label.toLowerCase()}, but the add-in found no column for ${d.missing}, so its rows are not read and the balances of the products it would feed are incomplete; map the column for ${d.value} in the add-in's Sheets tab, or give it a heading such as "${d.value}".`;
      return `Sheet "${sheet}" has no header row with ${d.missing} in its first 30 rows: add these column headings, or map the columns in the add-in.`;
    case "mapping-uncertain":
      return `${at}: the column headed "${d.value}" was read as ${d.label}${d.read ? ` (${d.read})` : ""}, but the add-in is not sure; confirm it or choose the right column in the add-in's Sheets tab.`;
    case "missing-value":
      return `${at}: ${d.label} is empty; ${consequence}.`;
    case "invalid-number":
      return invalidNumber(at, d, consequence);
    case "invalid-date":
      if (d.reason === "year-only" || d.reason === "month-only")
        return `${at}: "${d.value}" in ${d.label} is ${d.reason === "year-only" ? "a year" : "a month"} only, not a day; type the full date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
      if (d.reason === "range")
        return `${at}: "${d.value}" in ${d.label} is no day a book can hold (it lies before 1900 or after 2199; a number such as 250305 is not a date either); type the date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
      if (d.reason === "time-shown")
        return `${at}: ${d.label} shows a time of day, not a date; type the date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
      return `${at}: "${d.value}" in ${d.label} is not a date; type a date such as 31.03.2025, 2025-03-31 or 31 Mar 2025 (${consequence}).`;
    case "invalid-unit":
      if (d.reason === "refused-unit") return `${at}: "${d.value}" in ${d.label} ${d.read} (${consequence}).`;
      if (d.reason === "unit-kind")
        return `${at}: "${d.value}" in ${d.label} is the unit of ${d.read}, not of what this column holds; put a density or heating value in its own column headed with its unit, such as "Density (kg/m³)", and give the quantity's unit here (${QUANTITY_UNITS_TEXT}) (${consequence}).`;
      if (d.reason === "format-unit")
        return `${at}: the number format of ${d.label} shows the unit "${d.read}", which the add-in does not know; give the value in one of ${QUANTITY_UNITS_TEXT} (${consequence}).`;
      return `${at}: "${d.value}" is not a unit the add-in knows (${QUANTITY_UNITS_TEXT}; for densities kg/m³, t/m³, kg/L, g/cm³, g/ml, kg/dm³; for heating values MJ/kg, MJ/t, GJ/t, kJ/kg, MJ/m³, MJ/L, kWh/Nm³); ${consequence}.`;
    case "unit-conflict":
      return `${at}: ${d.label} is given in ${d.value} here, but ${d.missing} says ${d.read}; the add-in does not choose between them: make them agree (${consequence}).`;
    case "cell-error":
      return `${at}: the cell shows ${d.value} instead of ${d.label}; correct the formula or type the value (${consequence}).`;
    case "ambiguous-date":
      return `${at}: "${d.value}" in ${d.label} could be ${d.read}, and nothing on this sheet tells which; type it as 2025-03-31 or 31.03.2025, ${STATE_DATES} (${consequence}).`;
    case "ambiguous-number":
      return `${at}: "${d.value}" in ${d.label} could be ${d.read}, and nothing on this sheet tells which; type it without the ambiguous separator, ${STATE_NUMBERS} (${consequence}).`;
    case "rows-after-blank":
      return `${at}: this row and those below it are not read, because row ${d.label} above (blank, or a total) ends the data; move that row if they belong to the books.`;
    case "invalid-value":
      if (d.reason === "not-compliant")
        return `${at}: ${d.label} "${d.value}" says the material is not compliant, so it carries no sustainability claim; ${consequence}.`;
      if (d.reason === "flag-number")
        return `${at}: "${d.value}" in ${d.label} is a plain number in a yes/no column, which could be a quantity or a share; type yes or no (or 1 or 0), a quantity with its unit such as 60 t, or a share such as 60 %; ${consequence}.`;
      if (d.reason === "share-number")
        return `${at}: "${d.value}" in ${d.label} could be a share of ${d.value} % or of ${d.value} × 100 %; type the share with its sign, such as 60 %, format the column as a percentage, or head it "${d.label} (%)"; ${consequence}.`;
      return `${at}: "${d.value}" is not a value the add-in understands for ${d.label} (${VOCABULARY[d.label] ?? "see the layout guide"}); ${consequence}.`;
    case "formula-without-value":
      return `${at}: ${d.label} is a formula (=${d.value}) whose result was never saved (the file was written by a program that does not calculate); open the file in Excel and save it, so the value is stored (${consequence}).`;
    case "totals-row":
      return `${at}: row ${d.value} is a total or subtotal (${d.read}), not a booking; it was skipped${d.consequence === "continues" ? " and the bookings after it are read" : ", and it ends the data"}.`;
    case "scaled-number":
      return `${at}: the number format "${d.value}" of ${d.label} shows values divided by ${d.read}; they were read as shown (in thousands), as the heading's unit describes them. Check the unit if that is not what you see.`;
    case "blank-not-sustainable":
      return `${at}: ${d.value === "1" ? "1 delivery has" : `${d.value} deliveries have`} no value in "${d.label}"; a blank there is read as not sustainable, so ${d.value === "1" ? "it is" : "they are"} not declared. Type yes, or the sustainable quantity or share, where a delivery is sustainable.`;
    case "gross-calorific-value":
      return `${at}: the column "${d.label}" holds gross calorific values (Brennwert, HHV, Hs); the rules and declarations use the net (lower) heating value, so the add-in does not use this column: add the heating value (Heizwert, LHV, Hi) in its own column.`;
  }
}

function invalidNumber(at: string, d: ReadFindingDetails, consequence: string): string {
  switch (d.reason) {
    case "decimals":
      return `${at}: "${d.value}" in ${d.label} has more than 20 decimals, more than any measurement; round it to the precision you weigh or meter (${consequence}).`;
    case "large":
      return `${at}: "${d.value}" in ${d.label} has more than 15 digits before the decimal point, more than Excel keeps exactly; check the value and its unit (${consequence}).`;
    case "percent":
      return `${at}: "${d.value}" in ${d.label} is a percentage, not an amount; type the ${d.label.toLowerCase()} itself, or put a share in the Sustainable column (${consequence}).`;
    case "date-shown":
      return `${at}: ${d.label} shows a date${d.read ? `, ${d.read}` : ""}, not a number (Excel turns a typed "24.5" into 24 May); format the cell as a number and type the value again (${consequence}).`;
    case "time-shown":
      return `${at}: ${d.label} shows a time of day, not a number; format the cell as a number and type the value again (${consequence}).`;
    case "conditional-format":
      return `${at}: the number format "${d.read}" of ${d.label} shows some values divided by 1000 or with a unit and others not, so the add-in cannot tell what the value means; give the column one plain number format (${consequence}).`;
    case "negative":
      return `${at}: "${d.value}" in ${d.label} is negative; a ledger's In and Out columns take positive quantities, a return belongs in the other column (${consequence}).`;
    default:
      return `${at}: "${d.value}" in ${d.label} is not a number; type a number such as 1234.5 or 1.234,5 (${consequence}).`;
  }
}
