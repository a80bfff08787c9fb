// The books of the date tests of massbal (date-order-refused, date-text-forms, two-digit-column):
// receipts of used cooking oil from Saipol whose dates are typed as the test gives them, Saipol's
// certificate register, and the test's settings, checked through the real massbal on a real .xlsx.
import path from "node:path";
import { type BookCell as Cell, plainBook, RECEIPT_COLUMNS } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { certificateRows, receiptRow } from "./receipt-rows";
import { massbal, stderrBeyondProgress } from "./run-massbal";

/** The findings of `massbal check --json` (src/cli/report.ts) that the date tests read. */
export interface DateReport {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
}

/**
 * `massbal check FILE --json` in `dir` (nothing on stderr but progress) of books.xlsx named `file`:
 * a Settings sheet of `settings` (null: no Settings sheet), receipts of 10 t of UCO from Saipol
 * dated `dates` as typed (SD-1, SD-2…, RECEIPT_COLUMNS) and Saipol's certificate, valid
 * 01.01.2024 to 31.12.2026. `status`: the exit code.
 */
export async function checkDates(
  dir: string,
  settings: Cell[][] | null,
  dates: readonly string[],
  file: string,
): Promise<{ status: number | null; report: DateReport }> {
  const book = plainBook({
    ...(settings ? { Settings: settings } : {}),
    Receipts: [[...RECEIPT_COLUMNS], ...dates.map((date, i) => receiptRow(date, `SD-${i + 1}`, 10))],
    Certificates: certificateRows("01.01.2024", "31.12.2026"),
  });
  await writeBookFile(book, path.join(dir, file));
  const result = massbal(["check", file, "--json"], dir);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return { status: result.code, report: JSON.parse(result.stdout) as DateReport };
}
