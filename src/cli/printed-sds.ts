// (brk23 §1) The printed declarations of an audited copy that its register does not list
// (app/printed-sds.ts finds them): a --force run into that copy gave the same numbers to other
// deliveries and printed them over the "SD <number>" sheets already sent, with nothing said. A copy
// holding one the register does not list is refused (nothing written), as an unreadable copy is,
// until the register is put back.
import { type PrintedSd, printedNames } from "../app/printed-sds";
import { REGISTER_SHEET } from "../workbook/register";
import { UsageError } from "./input";

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
