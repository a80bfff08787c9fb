import type { WorkbookPort } from "../workbook/port";
import { run } from "./run";
import type { CheckOutcome, RunOptions } from "./types";

/** Check: read, recognise, compute, then write the result sheets and mark the cells concerned. */
export function checkWorkbook(port: WorkbookPort, options: RunOptions = {}): Promise<CheckOutcome> {
  return run(port, options, false);
}
