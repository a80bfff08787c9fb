// (brk26 §S8) Numbers a workbook records as issued outside its register and its printed SD
// sheets: the "Outgoing SD" of MB Trace (a row per issued declaration line, written by every declare
// run) and the "SD <number>" sheet names MB Config lists as generated. With the register, the
// printed sheets and the SD cells of the delivery rows deleted, these still say which numbers were
// issued: a run that treated them as free gave an issued number to another delivery. Every host
// reads them here: the task pane and the CLI for the workbook they declare into, the CLI for the
// audited copy a --force run replaces.
import { withMessage } from "../engine/catalogue/render";
import { numberKey } from "../engine/normalise";
import type { Finding } from "../engine/result";
import type { IssuedDeclarationInput } from "../engine/model";
import { partOf } from "../engine/numbering";
import { columnLetter } from "../workbook/a1";
import { CONFIG_SHEET, readConfig } from "../workbook/config";
import type { WorkbookSnapshot } from "../workbook/port";
import { printedNumber, UnlistedPrintedError } from "./printed-sds";
import { DECLARATIONS, sdSheetName, TRACE } from "./sheet-names";
import { STATUS_TEXT } from "./status-text";
import { TRACE_HEADER } from "./sheets/trace";

/** A number a sheet records as issued, where it stands ("MB Trace!A2", or the hidden MB Config naming the sheet). */
export interface RecordedNumber {
  number: string;
  /** the sheet and cell, or for MB Config the generated sheet name it lists */
  place: string;
  /** MB Trace's sheet and cell ("MB Trace", "A2"); for MB Config, the printed sheet's name it lists */
  at: { sheet: string; cell: string } | { listed: string };
}

/**
 * The statuses MB Trace writes for a line that took no number (a draft, a line held back). Any
 * other status beside a number, an issued, cancelled or replaced line's or one the user typed over
 * or cleared, counts as issued: a number read as free when it was not is given twice.
 */
const UNNUMBERED_STATUS = new Set((["draft", "blocked"] as const).map((s) => STATUS_TEXT[s].toLowerCase()));

/**
 * The numbers `snapshot` records as issued in MB Trace (rows with a number and any status but
 * Draft or Held back) and in MB Config's list of generated "SD <number>" sheets (a DRAFT sheet, and
 * a sheet still there that prints its number, aside: printed-sds.ts reads those) that
 * neither its register (`register`: a number, its split lines "-1", "-2" or their base) nor
 * `typed` (numbers typed in the books' delivery rows, read there as issued outside massbal) hold.
 * Each number once, at the first place found; MB Trace before MB Config.
 */
export function recordedNumbers(
  snapshot: WorkbookSnapshot,
  register: readonly IssuedDeclarationInput[],
  typed: readonly string[] = [],
): RecordedNumber[] {
  // a number is known where it is listed or typed, is the base of a listed split line, or is a
  // split line whose base is listed; two numbers that share a base are not thereby one
  const known = new Set([...typed, ...register.flatMap((e) => (e.number ? [e.number] : []))].map(numberKey));
  const bases = new Set(
    register.flatMap((e) => (e.number ? [numberKey(partOf(e.number)?.stem ?? e.number)] : [])),
  );
  const sheets = new Set(register.flatMap((e) => (e.number ? [sdSheetName(e.number).toLowerCase()] : [])));
  const found: RecordedNumber[] = [];
  const add = (r: RecordedNumber): void => {
    const key = numberKey(r.number);
    const stem = numberKey(partOf(r.number)?.stem ?? r.number);
    if (key === "" || known.has(key) || bases.has(key) || known.has(stem)) return;
    known.add(key);
    found.push(r);
  };
  for (const r of traceNumbers(snapshot)) add(r);
  const configured = snapshot.sheets.some((s) => s.name === CONFIG_SHEET);
  // a listed sheet still there that prints a number speaks for itself (unlistedPrinted reads it)
  const printing = new Set(
    snapshot.sheets.flatMap((s) => (printedNumber(s) === null ? [] : [s.name.toLowerCase()])),
  );
  for (const name of configured ? readConfig(snapshot).generated : []) {
    if (!/^sd /i.test(name) || /^sd draft \d+( \(\d+\))?$/i.test(name)) continue;
    if (sheets.has(name.toLowerCase()) || printing.has(name.toLowerCase())) continue;
    add({
      number: name
        .slice(3)
        .replace(/ \(\d+\)$/, "")
        .trim(),
      place: `the hidden ${CONFIG_SHEET}, which lists its printed sheet "${name}"`,
      at: { listed: name },
    });
  }
  return found;
}

/** MB Trace's issued numbers: its "Outgoing SD" column where "Status" says issued, cancelled or replaced. */
function traceNumbers(snapshot: WorkbookSnapshot): RecordedNumber[] {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === TRACE.toLowerCase());
  const header = (sheet?.values[0] ?? []).map((v) => (typeof v === "string" ? v.trim().toLowerCase() : ""));
  const numberAt = header.indexOf((TRACE_HEADER[0] ?? "").toLowerCase());
  const statusAt = header.indexOf((TRACE_HEADER[1] ?? "").toLowerCase());
  if (!sheet || numberAt < 0 || statusAt < 0) return [];
  return sheet.values.slice(1).flatMap((row, i) => {
    const number = row?.[numberAt];
    const status = row?.[statusAt];
    if (typeof number !== "string" || number.trim() === "") return [];
    if (typeof status === "string" && UNNUMBERED_STATUS.has(status.trim().toLowerCase())) return [];
    const cell = `${columnLetter(numberAt)}${i + 2}`;
    return [{ number: number.trim(), place: `${sheet.name}!${cell}`, at: { sheet: sheet.name, cell } }];
  });
}

/** The SD numbers delivery rows carry (`deliveries`, as the books' reader reads them). */
export function typedIn(deliveries: readonly { sdNumber?: unknown }[]): string[] {
  return deliveries.flatMap((d) =>
    typeof d.sdNumber === "string" && d.sdNumber.trim() !== "" ? [d.sdNumber.trim()] : [],
  );
}

/** The places named, at most four, then how many more: "ACM-2025-0001 (MB Trace!A2)". */
export function recordedNames(found: readonly RecordedNumber[]): string {
  const named = found.slice(0, 4).map((r) => `${r.number} (${r.place})`);
  if (found.length > 4) named.push(`${found.length - 4} more`);
  return named.join(", ");
}

/**
 * Stops a declare run in the workbook itself (UnlistedPrintedError, before anything is written)
 * where its MB Trace or MB Config records numbers as issued (`found`) that its register does not
 * list, no printed sheet holds and no delivery row carries: declaring could give them again.
 */
export function refuseRecordedInWorkbook(found: readonly RecordedNumber[]): void {
  if (found.length === 0) return;
  const one = found.length === 1;
  throw new UnlistedPrintedError(
    `This workbook records the SD number${one ? "" : "s"} ${recordedNames(found)} as issued, but the register (${DECLARATIONS}) does not list ${one ? "it" : "them"}, no printed SD sheet holds ${one ? "it" : "them"} and no delivery row carries ${one ? "it" : "them"}: the register, the printed SD sheets and the SD cells of the delivery rows were deleted or changed. ` +
      `${one ? "That number was" : "Those numbers were"} issued: declaring now could give ${one ? "it" : "them"} to other deliveries or declare ${one ? "its delivery" : "their deliveries"} a second time. ` +
      `Nothing was declared or written. Put ${DECLARATIONS} back as massbal wrote it (undo the deletion in Excel, or copy the sheet or its lines from a backup or the copy sent to the auditor) and declare again.`,
  );
}

/**
 * Check's word on the same numbers (Declare refuses, refuseRecordedInWorkbook): an error at each
 * MB Trace cell or, for MB Config, on that sheet naming the printed sheet it lists.
 */
export function recordedFindings(found: readonly RecordedNumber[]): Finding[] {
  return found.map((r) =>
    "listed" in r.at
      ? withMessage({
          code: "declaration-recorded-unlisted",
          severity: "error",
          sheet: CONFIG_SHEET,
          details: { number: r.number, sheet: r.at.listed },
        })
      : withMessage({
          code: "declaration-recorded-unlisted",
          severity: "error",
          sheet: r.at.sheet,
          cell: r.at.cell,
          details: { number: r.number },
        }),
  );
}

/**
 * What a Check run keeps where numbers are recorded only in MB Trace or MB Config (`found`): MB
 * Trace is not written again (its lines are the record) and MB Config goes on listing the printed
 * sheets it names. Rewritten, they would lose the last record of those numbers, and the next
 * Declare would give them again. Nothing is kept where `found` is empty.
 */
export function recordKept(found: readonly RecordedNumber[]): { trace: boolean; listed: string[] } {
  return {
    trace: found.some((r) => !("listed" in r.at)),
    listed: found.flatMap((r) => ("listed" in r.at ? [r.at.listed] : [])),
  };
}
