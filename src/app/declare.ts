import type { WorkbookPort } from "../workbook/port";
import { run } from "./run";
import type { CheckOutcome, RunOptions } from "./types";

/**
 * Declare: everything Check does, plus the `MB Declarations` register and one printable
 * `SD <number>` sheet per new declaration. Error findings block new declarations
 * (outcome.blocked) unless options.draft, which writes them marked DRAFT and keeps them out of
 * the register, so their numbers are not yet taken.
 */
export function declareWorkbook(port: WorkbookPort, options: RunOptions = {}): Promise<CheckOutcome> {
  return run(port, options, true);
}
