// The trader's quarter (books.ts) with rows added to its Settings sheet, declared through the real
// massbal command on a real .xlsx: what a settings row the add-in does or does not read does to
// the declarations (period-unread.test.ts, settings-key-unread.test.ts).
import path from "node:path";
import { type BookCell, plainBook, settingsRows } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { bookRows } from "./books";
import { massbal, stderrBeyondProgress } from "./run-massbal";

/** The findings and declarations of the JSON report (src/cli/report.ts). */
export type SettingsReport = Pick<JsonReport, "findings"> & {
  declarations: {
    number?: string;
    product: string;
    status: string;
    heldBy?: { sheet?: string; code: string }[];
  }[];
};

/** `massbal declare --json` of the trader's quarter with `extra` rows on its Settings sheet; `first`: the row of the first. */
export async function declareWithSettings(
  folder: string,
  extra: [string, BookCell][],
): Promise<{ report: SettingsReport; first: number }> {
  const rows = bookRows();
  const settings = settingsRows([...(rows.Settings.slice(1) as [string, BookCell][]), ...extra]);
  const file = "books.xlsx";
  await writeBookFile(
    plainBook({ Receipts: rows.Receipts, Deliveries: rows.Deliveries, Settings: settings }),
    path.join(folder, file),
  );
  const result = massbal(["declare", file, "--json"], folder);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return { report: JSON.parse(result.stdout) as SettingsReport, first: settings.length - extra.length + 1 };
}
