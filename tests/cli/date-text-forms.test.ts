// Dates in real-world text forms through the real massbal check on a real .xlsx (brk19 §14): German
// short dates "03.01.25" (day first by rule), Polish month names, a weekday before the date, a dot
// after the year are read; a weekday that is not the date's own is refused at its cell, and a
// slashed date whose order nothing settles stays refused.
import type { BookCell as Cell } from "../../src/books";
import { checkDates } from "./date-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

const check = (settings: Cell[][], dates: string[], file: string) =>
  checkDates(folder.path, settings, dates, file);

it("reads the text forms and refuses only the wrong weekday and the open order", async () => {
  const dates = [
    "03.01.25",
    "15.02.25",
    "Fr, 03.01.2025",
    "3 stycznia 2025",
    "03.01.2025.",
    "Mo, 03.01.2025",
    "01/02/25",
  ];
  const { status, report } = await check([["Company name", "X GmbH"]], dates, "forms.xlsx");
  expect(status).toBe(1);
  const said = report.findings.filter((f) => f.sheet === "Receipts" && f.severity === "error");
  expect(said.map((f) => `${f.cell} ${f.code}`)).toEqual(["A7 invalid-date", "A8 ambiguous-date"]);
  expect(said[0]!.message).toContain("3 Jan 2025 is a Friday");
});
