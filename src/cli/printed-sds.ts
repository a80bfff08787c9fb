// (brk23 §1) The printed declarations of an audited copy that its register does not list
// (app/printed-sds.ts finds them): a --force run into that copy gave the same numbers to other
// deliveries and printed them over the "SD <number>" sheets already sent, with nothing said. A copy
// holding one the register does not list is refused (nothing written), as an unreadable copy is,
// until the register is put back.
import { type PrintedSd, printedNames } from "../app/printed-sds";
import { typedIn } from "../app/recorded-numbers";
import { numberKey } from "../engine/normalise";
import { cellAt } from "../engine/source-cells";
import type { IssuedDeclarationInput } from "../engine/model";
import type { WorkbookSnapshot } from "../workbook/port";
import { readWorkbook } from "../workbook/read";
import { REGISTER_SHEET } from "../workbook/register";
import { UsageError } from "./input";
import { stemOf } from "./stem";

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
  const register = hasRegister
    ? `its register (${REGISTER_SHEET}) does not list ${one ? "it" : "them"}: a line of the register was deleted`
    : `it holds no register (${REGISTER_SHEET}): the sheet was deleted or renamed`;
  throw new UsageError(
    `${JSON.stringify(output)} holds the printed declaration${one ? "" : "s"} ${printedNames(unlisted)}, but ${register}. ` +
      `${one ? "That number was" : "Those numbers were"} issued: replacing the copy would give ${one ? "it" : "them"} to other deliveries and print over ${one ? "its sheet" : "their sheets"}, and the credit ${one ? "it" : "they"} drew would be declared again. ` +
      `It is not replaced, even with --force. Nothing was written; put ${REGISTER_SHEET} back into ${JSON.stringify(output)} as massbal wrote it (undo the change in Excel, or take it from the copy sent to the auditor or a backup) and run again.`,
  );
}

/** An SD number on a delivery row of the audited copy: the number and its cell ("Deliveries!G3"). */
export interface RowNumber {
  number: string;
  cell: string;
}

/**
 * The SD numbers of `book`'s own series (its settings' SD prefix) that its delivery rows carry, as
 * the books' reader reads them, and its register (`register`) does not list: an audited copy's,
 * replaced under --force, or one beside in the folder (other-copies.ts).
 */
export function unlistedRows(
  book: WorkbookSnapshot,
  register: readonly IssuedDeclarationInput[],
): RowNumber[] {
  const read = readWorkbook(book).ledger;
  const series = `${numberKey(read.settings.sdPrefix?.trim() || "SD")}-`;
  // a split's row carries its base number, its register lines "-1", "-2" (stemOf)
  const listed = new Set(
    register.flatMap((e) => (e.number ? [numberKey(e.number), numberKey(stemOf(e.number, e.record))] : [])),
  );
  return read.deliveries.flatMap((d) => {
    const number = typeof d.sdNumber === "string" ? d.sdNumber.trim() : "";
    const key = numberKey(number);
    if (!key.startsWith(series) || listed.has(key)) return [];
    const cell = cellAt(d.source, "sdNumber");
    return [{ number, cell: cell ? `${d.source.sheet}!${cell}` : `${d.source.sheet} row ${d.source.row}` }];
  });
}

/**
 * (brk23 §1) The SD numbers of the copy's own series (its settings' SD prefix) that its delivery
 * rows carry and neither its register nor the input's delivery rows hold: numbers massbal wrote
 * into the copy when it issued them, whose register lines (and printed sheets) were deleted since.
 * A number typed in the books themselves is the input's (read there as issued outside massbal).
 */
export async function unlistedRowNumbers(
  copy: WorkbookSnapshot,
  register: readonly IssuedDeclarationInput[],
  input: () => Promise<WorkbookSnapshot>,
): Promise<RowNumber[]> {
  const rows = unlistedRows(copy, register);
  if (rows.length === 0) return [];
  const typed = new Set(typedNumbers(await input()).map(numberKey));
  return rows.filter((r) => !typed.has(numberKey(r.number)));
}

/** The SD numbers the delivery rows of `books` carry, as the books' reader reads them. */
export function typedNumbers(books: WorkbookSnapshot): string[] {
  return typedIn(readWorkbook(books).ledger.deliveries);
}

/**
 * Stops a --force run into `output` (UsageError, nothing written) where the copy's delivery rows
 * carry numbers of its series that its register does not list (`rows`): they were issued, and a
 * run from the books, which do not carry them, would give them to other deliveries.
 */
export function refuseUnlistedRows(output: string, rows: readonly RowNumber[]): void {
  if (rows.length === 0) return;
  const one = rows.length === 1;
  const named = rows.slice(0, 4).map((r) => `${r.number} (${r.cell})`);
  if (rows.length > 4) named.push(`${rows.length - 4} more`);
  throw new UsageError(
    `${JSON.stringify(output)} gives its deliveries the SD number${one ? "" : "s"} ${named.join(", ")}, but its register (${REGISTER_SHEET}) does not list ${one ? "it" : "them"} and the books do not carry ${one ? "it" : "them"}: the register (and the printed SD sheets) were deleted. ` +
      `${one ? "That number was" : "Those numbers were"} issued: replacing the copy would give ${one ? "it" : "them"} to other deliveries and declare ${one ? "its delivery" : "their deliveries"} again. ` +
      `It is not replaced, even with --force. Nothing was written; put ${REGISTER_SHEET} back into ${JSON.stringify(output)} as massbal wrote it (undo the change in Excel, or take it from the copy sent to the auditor or a backup) and run again.`,
  );
}
