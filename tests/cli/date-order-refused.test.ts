// A refused Date order setting through the real massbal check on a real .xlsx (p-dates6): with
// "Date format: YYYY-DD-MM" the dates typed 2025-03-01 … 2025-03-12 (1 March, or 3 January as
// YYYY-DD-MM) are refused, said once at the column's first such cell naming the setting's cell,
// and nothing is booked (exit 1); 2025-03-13 onwards read, as only one order reads them. With
// "Date order: US" the column reads as written, and a dotted date against it is refused.
import type { BookCell as Cell } from "../../src/books";
import { checkDates } from "./date-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

const check = (settings: Cell[][], dates: string[], file: string) =>
  checkDates(folder.path, settings, dates, file);

it("refuses the dates a refused YYYY-DD-MM setting leaves open, once for the column", async () => {
  const dates = Array.from({ length: 20 }, (_, i) => `2025-03-${String(i + 1).padStart(2, "0")}`);
  const { status, report } = await check([["Date format: YYYY-DD-MM"]], dates, "ydm.xlsx");
  expect(status).toBe(1);
  const said = report.findings.filter((f) => f.code === "ambiguous-date");
  // 2025-03-03 is 3 March either way; the other eleven of 1–12 March are refused (the report lists
  // no related cells: the pane marks them, tests/app/marks/related)
  expect(said).toEqual([expect.objectContaining({ sheet: "Receipts", cell: "A2", severity: "error" })]);
  expect(said[0]!.message).toContain(
    'the "Date order" setting at Settings!A1 ("YYYY-DD-MM") was not understood',
  );
  expect(said[0]!.message).toContain("as can all 11 such dates of this column (from here down to A13)");
  expect(report.findings.filter((f) => f.sheet === "Settings").map((f) => f.code)).toEqual(["invalid-value"]);
});

it("reads the column under 'Date order: US' and refuses a dotted date against it", async () => {
  const { report } = await check(
    [["Date order", "US"]],
    ["03/05/2025", "03/20/2025", "05.03.2025"],
    "us.xlsx",
  );
  const said = report.findings.filter((f) => f.sheet === "Receipts" && f.severity === "error");
  expect(said.map((f) => `${f.cell} ${f.code}`)).toEqual(["A4 ambiguous-date"]);
  expect(said[0]!.message).toContain('Settings!B1 ("US") says month first');
});
