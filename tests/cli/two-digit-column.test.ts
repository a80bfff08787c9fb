// A receipts column typed DD/MM/YY throughout (slashed: a dotted DD.MM.YY is day first by rule since h-dates), through the real massbal check on a real .xlsx:
// without a Date order setting each date stays refused (nothing booked, exit 1) and the finding is
// said once, at the column's first date, naming how many and the settings line; with the line the
// settings sheet writes in one cell ("Datumsformat: TT.MM.JJ"), every date is booked as written.
import type { BookCell as Cell } from "../../src/books";
import { checkDates } from "./date-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

// 40 receipts on the 1st to the 20th of March and of April 2025, typed "05/03/25"
const DATES = Array.from(
  { length: 40 },
  (_, i) => `${String((i % 20) + 1).padStart(2, "0")}/0${3 + Math.floor(i / 20)}/25`,
);
const check = (settings: Cell[][], file: string) =>
  checkDates(folder.path, settings.length > 0 ? settings : null, DATES, file);

it("says a DD/MM/YY column once, refusing every date, and reads it with 'Datumsformat: TT.MM.JJ'", async () => {
  const refused = await check([], "books.xlsx");
  expect(refused.status).toBe(1);
  const dates = refused.report.findings.filter((f) => f.code === "ambiguous-date");
  expect(dates).toEqual([expect.objectContaining({ sheet: "Receipts", cell: "A2", severity: "error" })]);
  expect(dates[0]!.message).toContain("as in all 40 such dates of this column (from here down to A41)");
  expect(dates[0]!.message).toContain('"Date order: DMY"');
  // nothing is booked: the sheet says so
  // the rows left out are held back under that one finding, not said again row by row
  expect(refused.report.findings.filter((f) => f.code === "input-incomplete")).toEqual([]);
  expect(refused.report.findings.filter((f) => f.sheet === "Receipts")).toHaveLength(1);

  const read = await check([["Datumsformat: TT.MM.JJ"]], "books-stated.xlsx");
  expect(read.report.findings.filter((f) => f.sheet === "Receipts" && f.severity === "error")).toEqual([]);
  expect(read.report.findings.filter((f) => f.code === "ambiguous-date")).toEqual([]);
});
