// One message table, rendered per audience. Detection states a code, a place (sheet, cell) and
// typed details; the wording (wording-engine.ts, wording-reading.ts) says what is wrong and how to
// fix it; these formatters add the place as each audience needs it:
// - cli: massbal's summary and --json, and the MB Findings sheet: "Receipts!C5: <body>"
// - pane: the task pane shows sheet and cell above the findings of a cell: "<body>"
// - note: the note on the marked cell: "MB error: Receipts!C5: <body>"
import type { Finding, FindingBase } from "../result";
import type { FindingCode, FindingDetails, ReadDetails } from "./details";
import { cellPlace } from "./location";
import { ENGINE_WORDING, type EngineVariants } from "./wording-engine";
import { type ReadCode, readWording } from "./wording-reading";
import { ghgColumnsText, secondGhgText } from "./wording-ghg-columns";

/** At most this many characters of a cell are quoted in a finding or a note (Excel notes hold 32,767). */
export const QUOTE_MAX = 100;

/** A cell's text as a finding quotes it: whole up to `max` characters (QUOTE_MAX), else cut with "…". */
export function quote(text: string, max = QUOTE_MAX): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Reading details carry the field's label; the engine's carry its field id. */
export function isReadDetails(d: object): d is ReadDetails {
  return "label" in d;
}

type Words = { readonly [C in FindingCode]: (d: FindingDetails[C], sheet: string) => string };

function shared<C extends keyof EngineVariants>(code: C) {
  return (d: ReadDetails | EngineVariants[C], sheet: string): string =>
    isReadDetails(d)
      ? readWording(code, sheet, d)
      : (ENGINE_WORDING[code] as (e: EngineVariants[C]) => string)(d);
}

function reading(code: Exclude<ReadCode, keyof EngineVariants>) {
  return (d: ReadDetails, sheet: string): string => readWording(code, sheet, d);
}

/** The message table: every code's body, whoever raises it. */
export const WORDING: Words = {
  ...ENGINE_WORDING,
  "header-not-found": reading("header-not-found"),
  "mapping-uncertain": reading("mapping-uncertain"),
  "cell-error": reading("cell-error"),
  "ambiguous-date": reading("ambiguous-date"),
  "ambiguous-number": reading("ambiguous-number"),
  "rows-after-blank": reading("rows-after-blank"),
  "formula-without-value": reading("formula-without-value"),
  "totals-row": reading("totals-row"),
  "unit-conflict": reading("unit-conflict"),
  "blank-not-sustainable": reading("blank-not-sustainable"),
  "gross-calorific-value": reading("gross-calorific-value"),
  "energy-content-column": reading("energy-content-column"), // brk22 §4
  "no-rows-read": reading("no-rows-read"),
  // rows and sheets marked as not really there (workbook/row-state.ts)
  "row-cancelled": reading("row-cancelled"),
  "row-struck": reading("row-struck"),
  "row-hidden": reading("row-hidden"),
  "sheet-hidden": reading("sheet-hidden"),
  "rows-coloured": reading("rows-coloured"), // brk22 §6
  // statuses that leave a line unconfirmed (p-status, workbook/status-words.ts)
  "row-unconfirmed": reading("row-unconfirmed"),
  // (p-credit) a credit note, return or correction named in a document type column
  "row-credit-note": reading("row-credit-note"),
  "duplicate-row": reading("duplicate-row"), // brk27 S1, S3
  // headings and total lines (p-headings)
  "second-quantity-column": reading("second-quantity-column"),
  "quantity-columns-disagree": reading("quantity-columns-disagree"),
  "possible-totals-row": reading("possible-totals-row"),
  // the same GHG value in two columns (p-ghg2)
  "second-ghg-column": secondGhgText,
  "ghg-columns-disagree": ghgColumnsText,
  // cells as Excel shows them (p-xlsx)
  "column-hidden": reading("column-hidden"),
  "value-not-shown": reading("value-not-shown"),
  "missing-value": shared("missing-value"),
  "invalid-number": shared("invalid-number"),
  "invalid-date": shared("invalid-date"),
  "invalid-unit": shared("invalid-unit"),
  "invalid-value": shared("invalid-value"),
  "issue-date-run-day": (d) =>
    `${d.setting ? `The issue date at ${d.setting} is no date` : "No issue date is set in Settings"}, so the ${d.count === 1 ? "new declaration is" : `${d.count} new declarations are`} dated ${d.date}, the day of this run (and numbered in its year); generated on another day, ${d.count === 1 ? "it" : "they"} would carry that day. To date them yourself, set "Issue date of new declarations" in Settings to a date such as ${d.date}.`,
  "declaration-withdrawn": (d) =>
    `${d.number} on this row was cancelled on ${d.on} by ${d.by} (${d.reason}); ${d.replacedBy ? `${d.replacedBy} was issued in its place: that is the declaration to send for this delivery. The row may keep ${d.number}, by which massbal finds both, or take ${d.replacedBy}` : "no declaration replaces it yet (where the delivery needs one, MB Declarations lists it as held back)"}.`,
  "declaration-printed-unlisted": (d) =>
    `This sheet prints declaration ${d.number}, but ${d.register ? "the register (MB Declarations) does not list it: a line of it was deleted" : "the workbook holds no register (MB Declarations): the sheet was deleted or renamed"}. ${d.number} was issued: a declare run now would be refused, since it could give the number to another delivery or declare its delivery a second time. Put MB Declarations back as massbal wrote it (undo the deletion in Excel, or copy the sheet or its line from a backup or the copy sent to the auditor).`,
  "declaration-recorded-unlisted": (d) =>
    `${d.sheet ? `The hidden MB Config lists "${d.sheet}", the printed sheet of declaration ${d.number}, which was deleted` : `This line records declaration ${d.number} as issued`}, but the register (MB Declarations) does not list it, no printed SD sheet holds it and no delivery row carries it: they were deleted or cleared. ${d.number} was issued: a declare run now would be refused, since it could give the number to another delivery or declare its delivery a second time, and Check leaves this record as it is. Put MB Declarations back as massbal wrote it (undo the deletion in Excel, or copy the sheet or its line from a backup or the copy sent to the auditor).`,
  "reserved-sheet-name": (d) =>
    `The sheet "${d.wanted}" is yours, so the results were written to "${d.written}" instead; rename your sheet if you want them under "${d.wanted}".`,
};

/** The facts a finding is rendered from: its code, details and place (no message yet). */
export type FindingFacts = Omit<FindingBase, "message"> & Pick<Finding, "code" | "details">;

/** What the finding says, without its place: the sentence every audience shares. */
export function findingBody(f: FindingFacts): string {
  const words = WORDING[f.code] as (d: FindingDetails[FindingCode], sheet: string) => string;
  const d = f.details as FindingDetails[FindingCode] & { value?: unknown };
  const cut = typeof d.value === "string" && d.value.length > QUOTE_MAX ? { ...d, value: quote(d.value) } : d;
  return words(cut, f.sheet ?? "");
}

/** True where the body names its place itself (a sheet as a whole, a sheet of ours). */
function selfLocated(f: FindingFacts): boolean {
  if (f.code === "reserved-sheet-name") return true;
  return f.code === "header-not-found" && isReadDetails(f.details) && !f.details.partial;
}

/**
 * The place as the report says it: "Receipts!C5" or "'Stock 2025'!C5" (as Excel writes it,
 * location.ts cellPlace), "Sheet Receipts" for a whole sheet, what a workbook-wide finding
 * concerns (stock-count-missing: its product and site), else "Settings".
 */
export function findingPlace(f: FindingFacts): string {
  if (f.sheet) return f.cell ? cellPlace(f.sheet, f.cell) : `Sheet ${f.sheet}`;
  if (f.code === "stock-count-missing") {
    const { product, site } = f.details as FindingDetails["stock-count-missing"];
    return site ? `${product} at site ${site}` : product;
  }
  return "Settings";
}

/** massbal (summary and --json) and the MB Findings sheet: "Receipts!C5: the quantity …". */
export function cliText(f: FindingFacts): string {
  const body = findingBody(f);
  return selfLocated(f) ? body : `${findingPlace(f)}: ${body}`;
}

/** The task pane, which shows the sheet and the cell above their findings: the body alone. */
export function paneText(f: FindingFacts): string {
  return f.sheet ? findingBody(f) : cliText(f);
}

/**
 * A line of the note on a marked cell: "MB error: Receipts!C5: the quantity …" (the report text,
 * rendered once when the finding was made, so a book of 100,000 findings is not worded twice).
 */
export function noteText(f: Pick<FindingBase, "severity" | "message">): string {
  return `MB ${f.severity}: ${f.message}`;
}

/** A finding with its report text rendered: the one place a Finding's message is written. */
export function withMessage(f: FindingFacts): Finding {
  return { ...f, message: cliText(f) } as Finding;
}
