// (brk26 §S8) An audited copy whose register, printed SD sheets and delivery rows' SD cells were
// all deleted still names the numbers it issued in MB Trace and MB Config (app/recorded-numbers.ts).
// A --force run into it gave the first of them to another delivery, with nothing said: refused,
// as a copy holding printed SDs its register does not list is (printed-sds.ts).
import { type RecordedNumber, recordedNames } from "../app/recorded-numbers";
import { REGISTER_SHEET } from "../workbook/register";
import { UsageError } from "./input";

/**
 * Stops a --force run into `output` (UsageError, nothing written) where the copy records numbers
 * as issued (`found`: MB Trace rows, MB Config's SD sheet names) that its register does not list
 * and the books do not carry: replacing it would give them to other deliveries and declare theirs again.
 */
export function refuseRecorded(output: string, found: readonly RecordedNumber[]): void {
  if (found.length === 0) return;
  const one = found.length === 1;
  throw new UsageError(
    `${JSON.stringify(output)} records the SD number${one ? "" : "s"} ${recordedNames(found)} as issued, but its register (${REGISTER_SHEET}) does not list ${one ? "it" : "them"}, no printed SD sheet holds ${one ? "it" : "them"} and the books do not carry ${one ? "it" : "them"}: the register, the printed SD sheets and the SD cells of the delivery rows were deleted or changed. ` +
      `${one ? "That number was" : "Those numbers were"} issued: replacing the copy would give ${one ? "it" : "them"} to other deliveries and declare ${one ? "its delivery" : "their deliveries"} again. ` +
      `It is not replaced, even with --force. Nothing was written; put ${REGISTER_SHEET} back into ${JSON.stringify(output)} as massbal wrote it (undo the change in Excel, or take it from the copy sent to the auditor or a backup) and run again.`,
  );
}
