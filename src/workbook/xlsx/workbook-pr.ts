// What xl/workbook.xml says about reading every cell, read by massbal itself, not through exceljs:
// - the date system (`<workbookPr date1904="…"/>`): an xsd:boolean, so "1", "true", "0" and
//   "false" (with surrounding white space) are all valid. Excel writes "1", LibreOffice "true";
//   exceljs reads only "1", so a LibreOffice book in the 1904 system had every date 4 years and
//   1 day early (brk28 S1). The attribute is rewritten to "1"/"0" before exceljs reads the file,
//   so its date cells and massbal agree; a value that is no xsd:boolean refuses the workbook.
//   The meaning is the one the add-in reads through Excel (officejs/date-system.ts): a
//   `DateSystem`, whose serials `dates.ts` converts.
// - the calculation mode (`<calcPr calcMode="manual"/>`): in a book set to manual calculation a
//   formula's stored result is not known to be current (brk28 S3); manual-calculation.ts refuses
//   the formula cells the books read.
import type { DateSystem } from "../dates";
import { DamagedWorkbookError } from "./package-damage";

/** What the workbook part says about its cells: date system, and whether calculation is manual. */
export interface WorkbookPr {
  dateSystem: DateSystem;
  /** true where calcMode is anything but automatic ("auto", "autoNoTable", or absent) */
  manualCalculation: boolean;
}

const WORKBOOK_PR = /<workbookPr\b[^>]*>/;
const CALC_PR = /<calcPr\b[^>]*>/;
const DATE_1904 = /(\sdate1904\s*=\s*)(["'])([^"']*)\2/;
const CALC_MODE = /\scalcMode\s*=\s*(["'])([^"']*)\1/;
const AUTOMATIC = new Set(["auto", "autoNoTable"]);

/**
 * An xsd:boolean as XML Schema reads it (white space collapsed): true for "1"/"true", false for
 * "0"/"false", null for anything else ("yes", "True", "").
 */
export function xsdBoolean(text: string): boolean | null {
  const t = text.trim();
  if (t === "1" || t === "true") return true;
  if (t === "0" || t === "false") return false;
  return null;
}

/**
 * The workbook part's date system and calculation mode (`xml`: xl/workbook.xml; "" where the
 * package has none, read as the 1900 system and automatic calculation). Throws a
 * DamagedWorkbookError where date1904 is present but no xsd:boolean: its dates could be read
 * either way, 1462 days apart.
 */
export function readWorkbookPr(xml: string): WorkbookPr {
  const pr = WORKBOOK_PR.exec(xml)?.[0] ?? "";
  const flag = DATE_1904.exec(pr);
  const date1904 = flag ? xsdBoolean(flag[3] ?? "") : false;
  if (date1904 === null)
    throw new DamagedWorkbookError(
      `its date system cannot be read (the workbook says date1904="${flag?.[3] ?? ""}", which is neither 1900 nor 1904), so every date in it could be 4 years and 1 day off`,
    );
  const mode = CALC_MODE.exec(CALC_PR.exec(xml)?.[0] ?? "")?.[2];
  return {
    dateSystem: date1904 ? 1904 : 1900,
    manualCalculation: mode !== undefined && !AUTOMATIC.has(mode.trim()),
  };
}

/**
 * The workbook part with date1904 written as exceljs reads it ("1" or "0"); the same text where
 * it is so already or absent. Throws like readWorkbookPr.
 */
export function normaliseDate1904(xml: string): string {
  const { dateSystem } = readWorkbookPr(xml);
  const pr = WORKBOOK_PR.exec(xml);
  if (!pr || !DATE_1904.test(pr[0])) return xml;
  const fixed = pr[0].replace(DATE_1904, `$1$2${dateSystem === 1904 ? "1" : "0"}$2`);
  return fixed === pr[0] ? xml : xml.slice(0, pr.index) + fixed + xml.slice(pr.index + pr[0].length);
}
