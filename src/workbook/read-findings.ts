// Findings of the reading stage. Detection passes typed details; the wording lives here only.
import { QUANTITY_UNITS_TEXT } from "../engine/units";
import { sheetReference } from "./a1";
import type { Finding, Severity } from "../engine/result";
import type { BadReason } from "./cell-values";

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

export function readFinding(
  code: ReadFindingCode,
  severity: Severity,
  sheet: string,
  cell: string,
  d: ReadFindingDetails,
): Finding {
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
    "yes or no, ja or nein, a quantity such as 60 t, or a share such as 60 %",
  "Waste or residue": "yes or no, ja or nein, waste or residue",
  Claim:
    "ISCC compliant, EU RED compliant, bio, bio-circular, circular, renewable-energy-derived, or with 'not'",
  Scheme: "ISCC EU or ISCC PLUS",
  "Country of origin": "an ISO country code such as DE, or a country name in English or German",
  Country: "an ISO country code such as DE, or a country name in English or German",
};

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
      return `${at}: "${d.value}" in ${d.label} is not a number; type a number such as 1234.5 or 1.234,5 (${consequence}).`;
    case "invalid-date":
      if (d.reason === "year-only" || d.reason === "month-only")
        return `${at}: "${d.value}" in ${d.label} is ${d.reason === "year-only" ? "a year" : "a month"} only, not a day; type the full date such as 31.03.2025 or 2025-03-31 (${consequence}).`;
      return `${at}: "${d.value}" in ${d.label} is not a date; type a date such as 31.03.2025, 2025-03-31 or 31 Mar 2025 (${consequence}).`;
    case "invalid-unit":
      return `${at}: "${d.value}" is not a unit the add-in knows (${QUANTITY_UNITS_TEXT}; for densities kg/m³, t/m³, kg/L, g/cm³; for heating values MJ/kg, MJ/t, GJ/t, MJ/m³, MJ/L, kWh/Nm³); ${consequence}.`;
    case "cell-error":
      return `${at}: the cell shows ${d.value} instead of ${d.label}; correct the formula or type the value (${consequence}).`;
    case "ambiguous-date":
      return `${at}: "${d.value}" in ${d.label} could be day/month or month/day and was read as ${d.read}; type it as ${d.read} to be sure.`;
    case "ambiguous-number":
      return `${at}: "${d.value}" in ${d.label} could use either decimal convention and was read as ${d.read}; type it without a thousands separator to be sure.`;
    case "rows-after-blank":
      return `${at}: this row and those below it are not read, because row ${d.label} above (blank, or a total) ends the data; move that row if they belong to the books.`;
    case "invalid-value":
      if (d.reason === "not-compliant")
        return `${at}: ${d.label} "${d.value}" says the material is not compliant, so it carries no sustainability claim; ${consequence}.`;
      return `${at}: "${d.value}" is not a value the add-in understands for ${d.label} (${VOCABULARY[d.label] ?? "see the layout guide"}); ${consequence}.`;
    case "formula-without-value":
      return `${at}: ${d.label} is a formula (=${d.value}) whose result was never saved (the file was written by a program that does not calculate); open the file in Excel and save it, so the value is stored (${consequence}).`;
    case "totals-row":
      return `${at}: row ${d.value} is a total or subtotal (${d.read}), not a booking; it was skipped${d.consequence === "continues" ? " and the bookings after it are read" : ", and it ends the data"}.`;
    case "scaled-number":
      return `${at}: the number format "${d.value}" of ${d.label} shows values divided by ${d.read}; they were read as shown (in thousands), as the heading's unit describes them. Check the unit if that is not what you see.`;
  }
}
