// Where a two-digit year stands is told only by four-digit dates of the same written shape: an
// ERP's ISO "2025-03-13" pasted into a column says nothing of the "05.03.25" a clerk typed beside
// it, and a stated Date order never loses silently to year-first dates (brk4 fault D). A property
// over random days through real .xlsx files (exceljs), and a table of the spellings found.
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER as HEADER, dateOutcome, dateRow as row } from "./date-rows";

const two = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${two(m)}-${two(d)}`;

/** Each date of the column: the day booked, or the finding code and reason at its cell. */
async function readColumn(settings: CellValue[][], dates: string[]): Promise<string[]> {
  const sheets = [sheet("Receipts", [HEADER, ...dates.map((d, i) => row(i + 1, d))])];
  if (settings.length) sheets.unshift(sheet("Settings", [["Setting", "Value"], ...settings]));
  const read = readWorkbook(await throughXlsx(...sheets));
  return dates.map((_, i) => dateOutcome(read, i));
}

/** A day of 2000–2049 written DD.MM.YY (or with another separator), day first. */
const aDay = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2049, 11, 31)), noInvalidDate: true })
  .map((d) => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const);

describe("ISO four-digit dates beside two-digit-year dates of another separator", () => {
  it("never read the typed dates year first: read day first as stated, or refused", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(aDay, { minLength: 1, maxLength: 4 }),
        aDay,
        fc.constantFrom(".", "/"),
        fc.constantFrom<string | null>(null, "DMY", "TT.MM.JJ"),
        async (typed, isoDay, sep, order) => {
          const dates = [
            iso(...isoDay),
            ...typed.map(([y, m, d]) => [two(d), two(m), two(y % 100)].join(sep)),
          ];
          const got = await readColumn(order ? [["Date order", order]] : [], dates);
          expect(got[0]).toBe(iso(...isoDay));
          typed.forEach(([y, m, d], i) => {
            const read = got[i + 1]!;
            if (/^\d/.test(read)) expect(read).toBe(iso(y, m, d));
            else expect(read).toMatch(/^ambiguous-date|^said at A\d+$/);
            if (order) expect(read).toBe(iso(y, m, d));
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it.each([
    // the tester's column: ERP date + typed DD.MM.YY, with and without the setting
    [
      [],
      ["2025-03-13", "05.03.25", "20.03.25"],
      // brk19 §14: dotted, the year's two digits last: day first by rule (p-dates5 said them once, refused)
      ["2025-03-13", "2025-03-05", "2025-03-20"],
    ],
    [
      [],
      ["2025-03-13", "15/03/25", "20/03/25"],
      // said once for the column, at its first such cell (p-dates5: was one finding per cell)
      ["2025-03-13", "ambiguous-date two-digit-year-column", "said at A3"],
    ],
    [
      [["Date order", "DMY"]],
      ["2025-03-13", "05.03.25", "20.03.25"],
      ["2025-03-13", "2025-03-05", "2025-03-20"],
    ],
    // year-first dates of the same separator against a stated order: refused, naming the conflict
    // (the year's place, p-dates5: was contradicts-setting, worded as a day/month conflict)
    [
      [["Date order", "DMY"]],
      ["2025-03-13", "05-03-25"],
      ["2025-03-13", "ambiguous-date year-contradicts-setting"],
    ],
    [
      [["Date order", "DMY"]],
      ["2025.03.13", "05.03.25"],
      ["2025-03-13", "ambiguous-date year-contradicts-setting"],
    ],
    // without a setting, the same separator still settles it (the merged rule)
    [[], ["2025-03-13", "25-03-05"], ["2025-03-13", "2025-03-05"]],
    // a dotted date is day first whatever the stated order, as "13.03.2025" is
    // a dotted date month first reads as another day: refused against the setting (p-dates6: was read day first)
    [
      [["Date order", "MDY"]],
      ["13.03.2025", "05.03.25"],
      ["2025-03-13", "ambiguous-date dotted-against-setting"],
    ],
  ] as [CellValue[][], string[], string[]][])("settings %j, dates %j → %j", async (settings, dates, want) => {
    expect(await readColumn(settings, dates)).toEqual(want);
  });
});

describe("two-digit years after a month name, and ordinals", () => {
  it.each([
    ["5-Mar-25", "2025-03-05"],
    ["5 Mar 25", "2025-03-05"],
    ["Mar 5, 25", "2025-03-05"],
    ["March 5, 25", "2025-03-05"],
    ["5. März 25", "2025-03-05"],
    ["5 March 25", "2025-03-05"],
    ["05-mars-25", "2025-03-05"],
    ["1ᵉʳ juin 2024", "2024-06-01"],
    ["1o de junio de 2024", "2024-06-01"],
    ["1º de junio de 2024", "2024-06-01"],
  ])("reads %s as %s", async (text, want) => {
    expect(await readColumn([], [text])).toEqual([want]);
  });
});
