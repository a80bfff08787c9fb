// A finding said once for a column of dates lists the column's later cells as related cells, and
// the task pane marks each of them with that finding's note, as it marks the first (p-dates6):
// every refused date shows in the sheet, not only the first. Through a real .xlsx (exceljs).
import { desiredMarks } from "../../../src/app/marks";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../../workbook/fixtures";
import { DATE_HEADER, dateRow } from "../../workbook/read/date-rows";

async function marksOf(dates: string[]) {
  const { findings } = readWorkbook(
    await throughXlsx(sheet("Receipts", [DATE_HEADER, ...dates.map((d, i) => dateRow(i + 1, d))])),
  );
  return { findings, marks: desiredMarks(findings, ["Receipts"]) };
}

describe("marks of a column said once", () => {
  it.each([
    // a DD/MM/YY column with days above 12 (two-digit-year-column: day or year first; a dotted DD.MM.YY
    // is day first by rule since h-dates) and a slashed day/month column (date-order-column)
    [["15/03/25", "16/03/25", "17/03/25"], "two-digit-year-column"],
    [["05/03/2025", "06/03/2025", "07/03/2025"], "date-order-column"],
  ])("%j: one finding, every cell marked as an error with its note", async (dates, reason) => {
    const { findings, marks } = await marksOf(dates);
    const said = findings.filter((f) => f.sheet === "Receipts" && f.code === "ambiguous-date");
    expect(said.map((f) => (f.details as { reason?: string }).reason)).toEqual([reason]);
    const dateMarks = marks.filter((m) => m.cell.startsWith("A"));
    expect(dateMarks.map((m) => m.cell)).toEqual(["A2", "A3", "A4"]);
    for (const m of dateMarks) {
      expect(m.severity).toBe("error");
      expect(m.lines).toEqual([`MB error: ${said[0]!.message}`]);
    }
  });

  it("marks a related cell on another sheet only where it is a user sheet", () => {
    const marks = desiredMarks(
      [
        {
          code: "engine-error",
          severity: "warning",
          message: "Counts differ.",
          details: { error: "Counts differ." },
          sheet: "Stock",
          cell: "B2",
          related: [
            { sheet: "Stock", cell: "B3" },
            { sheet: "MB Summary", cell: "A1" },
          ],
        },
      ],
      ["Stock"],
    );
    expect(marks.map((m) => `${m.sheet}!${m.cell} ${m.severity}`)).toEqual([
      "Stock!B2 warning",
      "Stock!B3 warning",
    ]);
  });
});
