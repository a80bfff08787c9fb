// (brk23 §1) The printed declarations of an audited copy that its register does not list. The
// register (MB Declarations) is what keeps a number issued: deleted from the copy, or a line of it
// cut, a --force run into that copy gave the same numbers to other deliveries and printed them over
// the "SD <number>" sheets already sent, with nothing said. A printed SD sheet is evidence its
// number was issued, whatever the register says: a copy holding one the register does not list is
// refused (nothing written), as an unreadable copy is, until the register is put back.
import { sdSheetName } from "../app/sheet-names";
import { numberKey } from "../engine/normalise";
import type { IssuedDeclarationInput } from "../engine/model";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook/port";
import { REGISTER_SHEET } from "../workbook/register";
import { UsageError } from "./input";

/** A printed declaration: its sheet and the number it prints. */
export interface PrintedSd {
  sheet: string;
  number: string;
}

/** The label of the number on a printed SD (app/sheets/sd.ts sdRows). */
const NUMBER_LABEL = "unique number";

/**
 * The number a sheet prints as an issued declaration: a sheet named "SD …" whose rows near its
 * top give "Unique number" and a number beside it, not a DRAFT (a draft takes no number). Null
 * for any other sheet.
 */
export function printedNumber(sheet: SheetSnapshot): string | null {
  if (!/^sd /i.test(sheet.name) || /^sd draft \d+$/i.test(sheet.name)) return null;
  const rows = sheet.values.slice(0, 12);
  if (rows.some((r) => typeof r?.[0] === "string" && r[0].trim().startsWith("DRAFT"))) return null;
  const row = rows.find((r) => typeof r?.[0] === "string" && r[0].trim().toLowerCase() === NUMBER_LABEL);
  const number = row?.[1];
  return typeof number === "string" && number.trim() !== "" ? number.trim() : null;
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
 * Stops a --force run into `output` (UsageError, nothing written) where the copy holds printed
 * declarations its register does not list (`unlisted`): replacing it would issue their numbers
 * again for other deliveries and lose the sheets. `hasRegister`: whether the copy holds the
 * register sheet at all.
 */
export function refuseUnlistedPrinted(
  output: string,
  unlisted: readonly PrintedSd[],
  hasRegister: boolean,
): void {
  if (unlisted.length === 0) return;
  const one = unlisted.length === 1;
  const shown =
    unlisted.length > 4
      ? [...unlisted.slice(0, 4).map(named), `${unlisted.length - 4} more`]
      : unlisted.map(named);
  const register = hasRegister
    ? `its register (${REGISTER_SHEET}) does not list ${one ? "it" : "them"}: a line of the register was deleted`
    : `it holds no register (${REGISTER_SHEET}): the sheet was deleted or renamed`;
  throw new UsageError(
    `${JSON.stringify(output)} holds the printed declaration${one ? "" : "s"} ${shown.join(", ")}, but ${register}. ` +
      `${one ? "That number was" : "Those numbers were"} issued: replacing the copy would give ${one ? "it" : "them"} to other deliveries and print over ${one ? "its sheet" : "their sheets"}, and the credit ${one ? "it" : "they"} drew would be declared again. ` +
      `It is not replaced, even with --force. Nothing was written; put ${REGISTER_SHEET} back into ${JSON.stringify(output)} as massbal wrote it (undo the change in Excel, or take it from the copy sent to the auditor or a backup) and run again.`,
  );
}

function named(p: PrintedSd): string {
  return p.sheet === sdSheetName(p.number) ? `"${p.sheet}"` : `"${p.sheet}" (${p.number})`;
}
