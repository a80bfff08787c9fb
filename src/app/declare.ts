import type { WorkbookPort } from "../workbook/port";
import { run } from "./run";
import type { CheckOutcome, RunOptions } from "./types";

/**
 * Declare: everything Check does, plus the `MB Declarations` register, one printable
 * `SD <number>` sheet per new declaration, and each new number written into its delivery row's
 * blank SD number cell. An error holds back the declarations in its reach (outcome.blocked);
 * with options.draft they are written as DRAFT sheets instead, which take no number.
 * options.cancel withdraws issued declarations first (throws CancelError, writing nothing, for one
 * that cannot be withdrawn); a withdrawn delivery that is still in the books is declared anew.
 */
export function declareWorkbook(port: WorkbookPort, options: RunOptions = {}): Promise<CheckOutcome> {
  return run(port, options, true);
}
