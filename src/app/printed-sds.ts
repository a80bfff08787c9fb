// (brk23 §1) The printed declarations of a workbook that its register does not list. The register
// (MB Declarations) is what keeps a number issued and its delivery declared: deleted, or a line of
// it cut, a declare run gave the deliveries of those printed SDs a second declaration under new
// numbers (where their rows' SD cells were cleared or never held the number), or, in an audited
// copy the CLI replaces, the same numbers to other deliveries, printed over the sheets already
// sent. A printed "SD <number>" sheet is evidence its number was issued, whatever the register
// says: a declare run into a workbook holding one the register does not list is refused (nothing
// written) until the register is put back. One detection for every host: the task pane and the
// CLI read the workbook they declare into here, the CLI its --force copy and the copies beside it.
import { withMessage } from "../engine/catalogue/render";
import { numberKey } from "../engine/normalise";
import type { Finding } from "../engine/result";
import type { IssuedDeclarationInput } from "../engine/model";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/port";
import { DECLARATIONS, sdSheetName } from "./sheet-names";
import { SD_NUMBER_LABEL } from "./sheets/sd";

/** A printed declaration: its sheet and the number it prints. */
export interface PrintedSd {
  sheet: string;
  number: string;
}

/** Refused: the workbook holds printed declarations its register does not list; nothing was written. */
export class UnlistedPrintedError extends Error {
  override name = "UnlistedPrintedError";
}

const LABEL = SD_NUMBER_LABEL.toLowerCase();

/**
 * The number a sheet prints as an issued declaration: a sheet named "SD …" (as massbal named it, or
 * a copy of it Excel renamed: "SD ON-2025-0002 (2)") whose rows near its top give "Unique number"
 * and a number beside it, not a DRAFT (a draft takes no number). A CANCELLED one prints a number
 * issued too. Null for any other sheet (the user's "SD Versand", a draft).
 */
export function printedNumber(sheet: SheetSnapshot): string | null {
  const at = numberRow(sheet);
  return at === null ? null : (sheet.values[at]?.[1] as string).trim();
}

/** The 0-based row of the number `printedNumber` reads, null where it reads none. */
function numberRow(sheet: SheetSnapshot): number | null {
  if (!/^sd /i.test(sheet.name) || /^sd draft \d+( \(\d+\))?$/i.test(sheet.name)) return null;
  const rows = sheet.values.slice(0, 12);
  if (rows.some((r) => typeof r?.[0] === "string" && r[0].trim().startsWith("DRAFT"))) return null;
  const at = rows.findIndex((r) => typeof r?.[0] === "string" && r[0].trim().toLowerCase() === LABEL);
  const number = rows[at]?.[1];
  return typeof number === "string" && number.trim() !== "" ? at : null;
}

/** The printed declarations of `snapshot` whose number the register (`register`) does not list. */
export function unlistedPrinted(
  snapshot: WorkbookSnapshot,
  register: readonly IssuedDeclarationInput[],
): PrintedSd[] {
  const listed = new Set(register.flatMap((e) => (e.number ? [numberKey(e.number)] : [])));
  const sheets = new Set(register.flatMap((e) => (e.number ? [sdSheetName(e.number).toLowerCase()] : [])));
  return snapshot.sheets.flatMap((s) => {
    const number = printedNumber(s);
    if (number === null || listed.has(numberKey(number)) || sheets.has(s.name.toLowerCase())) return [];
    return [{ sheet: s.name, number }];
  });
}

/**
 * Check's word on the same sheets (Declare refuses, refusePrintedInWorkbook): an error at each
 * printed number the register does not list, so the register is put back before a declare run.
 */
export function printedFindings(snapshot: WorkbookSnapshot, unlisted: readonly PrintedSd[]): Finding[] {
  const register = snapshot.sheets.some((s) => s.name === DECLARATIONS);
  return unlisted.flatMap((p) => {
    const sheet = snapshot.sheets.find((s) => s.name === p.sheet);
    const at = sheet ? numberRow(sheet) : null;
    if (at === null) return [];
    const details = { number: p.number, register };
    return [
      withMessage({
        code: "declaration-printed-unlisted",
        severity: "error",
        sheet: p.sheet,
        cell: `B${at + 1}`,
        details,
      }),
    ];
  });
}

/** '"SD ON-2025-0002"', or '"SD ON-2025-0002 (2)" (ON-2025-0002)' where the name does not give the number. */
export function printedName(p: PrintedSd): string {
  return p.sheet === sdSheetName(p.number) ? `"${p.sheet}"` : `"${p.sheet}" (${p.number})`;
}

/** The sheets named, at most four, then how many more. */
export function printedNames(unlisted: readonly PrintedSd[]): string {
  const shown =
    unlisted.length > 4
      ? [...unlisted.slice(0, 4).map(printedName), `${unlisted.length - 4} more`]
      : unlisted.map(printedName);
  return shown.join(", ");
}

/**
 * Stops a declare run in the workbook itself (UnlistedPrintedError, before anything is written)
 * where it holds printed declarations its register does not list (`unlisted`). `hasRegister`:
 * whether the workbook holds the register sheet at all.
 */
export function refusePrintedInWorkbook(unlisted: readonly PrintedSd[], hasRegister: boolean): void {
  if (unlisted.length === 0) return;
  const one = unlisted.length === 1;
  const register = hasRegister
    ? `the register (${DECLARATIONS}) does not list ${one ? "it" : "them"}: a line of it was deleted`
    : `it holds no register (${DECLARATIONS}): the sheet was deleted or renamed`;
  throw new UnlistedPrintedError(
    `This workbook holds the printed declaration${one ? "" : "s"} ${printedNames(unlisted)}, but ${register}. ` +
      `${one ? "That number was" : "Those numbers were"} issued: declaring now could give ${one ? "it" : "them"} to other deliveries or declare ${one ? "its delivery" : "their deliveries"} a second time, and the credit ${one ? "it" : "they"} drew would be declared again. ` +
      `Nothing was declared or written. Put ${DECLARATIONS} back as massbal wrote it (undo the deletion in Excel, or copy the sheet or its lines from a backup or the copy sent to the auditor) and declare again.`,
  );
}
