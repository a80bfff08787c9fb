// Small helpers the sheet builders share: how a decimal string, a date or a link becomes a cell.
// Quantities stay exact: a decimal string becomes a number only when the number shows the same
// digits; otherwise it is written as text rather than silently rounded.
import { cellPlace } from "../../engine/catalogue/location";
import { isoToSerial as serialOf } from "../../workbook/dates";
import type { CellRef, OutValue } from "../../workbook/port";

const DECIMAL = /^-?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function header(labels: string[]): OutValue[] {
  return labels.map((value) => ({ value, bold: true, fill: "#D9E1F2" }));
}

export function title(text: string): OutValue {
  return { value: text, bold: true };
}

/** a decimal string as a number cell formatted to its own precision, or as text if not exact */
export function quantity(value: string | null | undefined, fill?: string): OutValue {
  if (value === null || value === undefined || value === "") return null;
  if (!DECIMAL.test(value)) return value;
  const n = Number(value);
  const decimals = value.split(".")[1]?.length ?? 0;
  if (!Number.isFinite(n) || n.toFixed(decimals) !== normaliseZero(value)) return value;
  const numberFormat = decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
  return fill ? { value: n, numberFormat, fill } : { value: n, numberFormat };
}

function normaliseZero(value: string): string {
  // toFixed never prints "-0", so a negative zero input compares as plain zero
  return /^-0(\.0+)?$/.test(value) ? value.slice(1) : value;
}

/** a fraction string ("0.8404") as a percentage cell */
export function percent(value: string | null | undefined): OutValue {
  if (value === null || value === undefined || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? { value: n, numberFormat: "0.0%" } : value;
}

/** an ISO date as an Excel date cell, so the user can sort and filter by it */
export function date(value: string | null | undefined): OutValue {
  if (!value) return null;
  const serial = isoToSerial(value);
  return serial === null ? value : { value: serial, numberFormat: "yyyy-mm-dd" };
}

/** A 1900-system serial of an ISO date (adapters store it in the workbook's own date system); null when not a date. */
export function isoToSerial(value: string): number | null {
  return ISO_DATE.test(value) ? serialOf(value) : null;
}

/** a link to a cell of this workbook, shown as Sheet!A1 */
export function link(ref: CellRef | undefined | null, text?: string): OutValue {
  if (!ref) return null;
  return { value: text ?? cellPlace(ref.sheet, ref.cell), link: { sheet: ref.sheet, cell: ref.cell } };
}

export function yesNo(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  return value ? "Yes" : "No";
}

export function isNegative(value: string | null | undefined): boolean {
  return !!value && value.startsWith("-") && !/^-0(\.0+)?$/.test(value);
}
