// Two-digit-year dates and what settles where their year stands (date-order.ts, conventions.ts):
// four-digit dates of the same separator in the same column, date cells whose custom format
// writes the year first or last ("yyyy.mm.dd", "dd.mm.yyyy"), and the Date order setting. A
// dotted DD.MM.YY stays day first by rule where nothing in its column says otherwise (brk19 §14);
// slashed and dashed ones stay refused. Through real .xlsx files; four-digit dates and date cells
// must not change.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER as HEADER, dateOutcome, dateRow as row } from "./date-rows";

/** A date cell of `iso` shown in `format`. */
type DateCell = { iso: string; format: string };
type Entry = string | DateCell;

async function readColumn(entries: Entry[], order: string | null = null): Promise<string[]> {
  const formats: Record<string, string> = {};
  const values: CellValue[] = entries.map((e, i) => {
    if (typeof e === "string") return e;
    formats[`A${i + 2}`] = e.format;
    return serial(e.iso);
  });
  const sheets = [sheet("Receipts", [HEADER, ...values.map((v, i) => row(i + 1, v))], { formats })];
  if (order)
    sheets.unshift(
      sheet("Settings", [
        ["Setting", "Value"],
        ["Date order", order],
      ]),
    );
  const read = readWorkbook(await throughXlsx(...sheets));
  return entries.map((_, i) => dateOutcome(read, i));
}

const cell = (format: string, iso = "2025-03-05"): DateCell => ({ iso, format });
const TWO = "ambiguous-date two-digit-year";

describe("where a two-digit year stands: settled by the column, or refused", () => {
  it.each<[string, Entry[], string | null, string[]]>([
    // --- dots ---
    ["dotted, alone: day first by rule (brk19 §14)", ["25.03.01"], null, ["2001-03-25"]],
    ["dotted, both readings the same day", ["25.03.25"], null, ["2025-03-25"]],
    ["dotted column of German short dates", ["03.01.25", "15.02.25"], null, ["2025-01-03", "2025-02-15"]],
    [
      "date cells shown yyyy.mm.dd settle year first",
      [cell("yyyy.mm.dd"), "25.03.01"],
      null,
      ["2025-03-05", "2025-03-01"],
    ],
    [
      "date cells shown yy.mm.dd settle year first",
      [cell("yy.mm.dd"), "25.03.01"],
      null,
      ["2025-03-05", "2025-03-01"],
    ],
    [
      "date cells shown dd.mm.yyyy settle year last",
      [cell("dd.mm.yyyy"), "25.03.01"],
      null,
      ["2025-03-05", "2001-03-25"],
    ],
    [
      "a typed 2025.03.05 settles year first (as before)",
      ["2025.03.05", "25.03.01"],
      null,
      ["2025-03-05", "2025-03-01"],
    ],
    [
      "year first and last in one column: refused",
      [cell("yyyy.mm.dd"), "05.03.2025", "25.03.01"],
      null,
      ["2025-03-05", "2025-03-05", TWO],
    ],
    [
      "a yyyy-mm-dd cell says nothing of dotted dates",
      [cell("yyyy-mm-dd"), "05.03.25"],
      null,
      ["2025-03-05", "2025-03-05"],
    ],
    // --- slashes ---
    ["slashed, alone: refused", ["13/02/25"], null, [TWO]],
    ["slashed, both readings the same day", ["25/03/25"], null, ["2025-03-25"]],
    [
      "date cells shown yyyy/mm/dd settle year first",
      [cell("yyyy/mm/dd"), "13/02/25"],
      null,
      ["2025-03-05", "2013-02-25"],
    ],
    [
      "date cells shown dd/mm/yyyy settle year last (as before)",
      [cell("dd/mm/yyyy"), "13/02/25"],
      null,
      ["2025-03-05", "2025-02-13"],
    ],
    ["the Date order setting settles year last", ["13/02/25"], "DMY", ["2025-02-13"]],
    // --- dashes ---
    ["dashed, alone: refused", ["25-03-01"], null, [TWO]],
    [
      "date cells shown yyyy-mm-dd settle year first",
      [cell("yyyy-mm-dd"), "25-03-01"],
      null,
      ["2025-03-05", "2025-03-01"],
    ],
    [
      "yyyy-mm-dd cells against a stated day-first order: refused, never chosen (as a typed 2025-03-05)",
      [cell("yyyy-mm-dd"), "13-02-25"],
      "DMY",
      ["2025-03-05", "ambiguous-date year-contradicts-setting"],
    ],
    // --- must not change: four-digit years and date cells ---
    [
      "four-digit years in every order",
      ["05.03.2025", "2025-03-06", "2025.03.07", "13/03/2025"],
      null,
      ["2025-03-05", "2025-03-06", "2025-03-07", "2025-03-13"],
    ],
    [
      "date cells in every format",
      [
        cell("yyyy.mm.dd"),
        cell("dd.mm.yyyy", "2025-03-06"),
        cell("yyyy-mm-dd", "2025-03-07"),
        cell("yy.mm.dd", "2025-03-08"),
      ],
      null,
      ["2025-03-05", "2025-03-06", "2025-03-07", "2025-03-08"],
    ],
    [
      "a built-in short date says nothing: the typed one stays refused",
      [cell("mm-dd-yy"), "13-02-25"],
      null,
      ["2025-03-05", TWO],
    ],
  ])("%s", async (_, entries, order, want) => {
    expect(await readColumn(entries, order)).toEqual(want);
  });
});
