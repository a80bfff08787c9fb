// An error massbal did not expect (a fault in a library or in massbal, such as exceljs failing on
// a part another program wrote: brk28 N1, "Cannot read properties of null (reading 'theme')") is
// said like every refusal: the file it concerns, what stopped, and what the user can do.
import { UsageError } from "./input";

/**
 * `e` as a UsageError naming `file` (exit code 2): a UsageError as it is, anything else with the
 * first line of its reason and what to do. Never throws.
 */
export function unexpectedFailure(file: string, e: unknown): UsageError {
  if (e instanceof UsageError) return e;
  const reason = (e instanceof Error ? e.message : String(e)).split("\n")[0]?.trim() || "no reason given";
  return new UsageError(
    `${JSON.stringify(file)} could not be checked: massbal stopped on an error it did not expect (${reason}). ` +
      `Open the workbook in Excel, save it as an Excel Workbook (.xlsx) and run massbal again; ` +
      `if it stops again, send this message and the workbook to your massbal support.`,
  );
}
