// All-numeric dates whose year has two digits: "13/02/25" is 13 Feb 2025 day first, or 25 Feb 2013
// written year first (YY/MM/DD). Such a date is read only where its column's own four-digit dates
// (or the settings' date order) settle where the year stands, and the day/month order where that
// is open too; otherwise it is refused at its cell with every reading, asking for a four-digit
// year. Never read by a guess: a property over random days written in each order, and a table of
// columns through real .xlsx files (exceljs).
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { parseDateText } from "../../../src/workbook/values";
import { sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER as HEADER, dateRow as row, saidForColumn } from "./date-rows";

type Order = "dmy" | "mdy" | "ymd";

/** A day of 1950–2049 (the days a two-digit year names), as [year, month, day]. */
const aDay = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2049, 11, 31)), noInvalidDate: true })
  .map((d) => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const);

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** Whether y-m-d is a day of the calendar. */
function isDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The year 1950–2049 a two-digit year names. */
const fullYear = (yy: number) => (yy < 50 ? 2000 + yy : 1900 + yy);

/** Every day the written parts could be, by order, computed from the calendar alone. */
function readings(parts: [string, string, string], dotted: boolean): Set<string> {
  const [a, b, c] = parts.map(Number) as [number, number, number];
  const days = new Set<string>();
  if (parts[2].length === 2 && isDay(fullYear(c), b, a)) days.add(iso(fullYear(c), b, a));
  if (parts[2].length === 2 && !dotted && isDay(fullYear(c), a, b)) days.add(iso(fullYear(c), a, b));
  // a dotted date is year first only where its column writes dotted years first (brk19 §14)
  const byRule = dotted && parts[2].length === 2;
  if (parts[0].length === 2 && !byRule && isDay(fullYear(a), b, c)) days.add(iso(fullYear(a), b, c));
  return days;
}

describe("a two-digit-year date written in any order", () => {
  it("is read as the day written or refused, never as another day; read where the order is settled; refused where the parts allow more than one day and nothing settles it", () => {
    fc.assert(
      fc.property(
        aDay,
        fc.constantFrom<Order>("dmy", "mdy", "ymd"),
        fc.constantFrom("/", "-", "."),
        fc.boolean(),
        fc.constantFrom<"dmy" | "mdy" | null>(null, "dmy", "mdy"),
        fc.boolean(),
        ([y, m, d], order, sep0, pad, conv0, yearKnown) => {
          const sep = order === "mdy" && sep0 === "." ? "/" : sep0; // dotted dates are never month first
          const two = (n: number, keep = pad) => (keep ? String(n).padStart(2, "0") : String(n));
          const yy = String(y % 100).padStart(2, "0");
          const parts: [string, string, string] =
            order === "dmy"
              ? [two(d), two(m), yy]
              : order === "mdy"
                ? [two(m), two(d), yy]
                : [yy, two(m), two(d)];
          const text = parts.join(sep);
          // what the column or the settings could know: only the truth, or nothing
          const conv = order === "ymd" ? conv0 : conv0 === order ? conv0 : null;
          const year = yearKnown ? (order === "ymd" ? "first" : "last") : null;
          const read = parseDateText(text, conv, year);
          const want = iso(y, m, d);
          // brk19 §14: a dotted date whose year's place nothing states is day.month.year by rule,
          // so one written year first reads as that rule's day (or none), never as a guess
          const byRule = sep === "." && order === "ymd" && year === null && parts[2].length === 2;
          if (byRule) {
            const [a, b, c] = parts.map(Number) as [number, number, number];
            const rule = parts[2].length === 2 && isDay(fullYear(c), b, a) ? iso(fullYear(c), b, a) : null;
            expect(read).toEqual(rule ? { ok: true, value: rule } : { ok: false });
            return;
          }
          if (read.ok) expect(read.value).toBe(want);
          const settled =
            order === "ymd" ? year === "first" : year === "last" && (conv === order || sep === ".");
          const days = readings(parts, sep === ".");
          if (settled) expect(read).toEqual({ ok: true, value: want });
          if (conv === null && year === null && days.size > 1) expect(read.ok).toBe(false);
          if (!read.ok) expect(read.ambiguous).toBeDefined();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["13/02/25", { dmy: "2025-02-13", ymd: "2013-02-25" }],
    ["25/02/13", { dmy: "2013-02-25", ymd: "2025-02-13" }],
    ["02/01/25", { dmy: "2025-01-02", mdy: "2025-02-01", ymd: "2002-01-25" }],
    ["25-03-05", { dmy: "2005-03-25", ymd: "2025-03-05" }],
    // a year-first reading is never the answer by default, even alone
    ["31/04/25", { ymd: "2031-04-25" }],
  ])("refuses %s alone, with every reading", (text, ambiguous) => {
    expect(parseDateText(text, null)).toEqual({ ok: false, ambiguous });
  });

  it.each([
    ["5/3/25", "dmy", null, "2025-03-05"],
    ["4.3.25", null, null, "2025-03-04"],
    ["05.05.05", null, null, "2005-05-05"],
    // brk19 §14: dotted, the year's two digits last: day.month.year by rule (was refused as "could be 25 Mar 2005")
    ["05.03.25", null, null, "2025-03-05"],
    ["13/02/25", null, "last", "2025-02-13"],
    ["13/02/25", null, "first", "2013-02-25"],
    ["02/01/25", "mdy", "last", "2025-02-01"],
    ["13/02/30", null, null, "2030-02-13"],
  ] as const)("reads %s (order %s, year %s) as %s", (text, conv, year, want) => {
    expect(parseDateText(text, conv, year)).toEqual({ ok: true, value: want });
  });

  it.each([
    ["31.04.25", "last"],
    // brk19 §14: no day day first, and a dotted year first only where its column writes one so
    ["31.04.25", null],
    ["13/02/30", "first"],
    ["31/13/25", null],
  ] as const)("refuses %s (year %s) as no day, not as a day before 1900", (text, year) => {
    expect(parseDateText(text, null, year)).toEqual({ ok: false });
  });
});

const reasonOf = (f: Finding): string | undefined => (f.details as { reason?: string } | undefined)?.reason;

describe("a column of two-digit-year dates, through a real .xlsx", () => {
  it.each([
    // settings, the column's dates, what each gives
    [[], ["13/02/25"], ["ambiguous-date two-digit-year"]],
    // two in one column: said once, at the first (p-dates5: was a finding at each)
    [[], ["25/02/13", "25/02/14"], ["ambiguous-date two-digit-year-column", "said at A2"]],
    // brk19 §14: dotted ones are day first by rule; a slashed one beside them stays refused
    [[], ["25/02/13", "25.02.13"], ["ambiguous-date two-digit-year", "2013-02-25"]],
    // the column's own four-digit dates write the year last: read day first
    [[], ["13/02/2025", "13/02/25", "25/02/13"], ["2025-02-13", "2025-02-13", "2013-02-25"]],
    [[], ["05.03.2025", "05.03.25"], ["2025-03-05", "2025-03-05"]],
    // … or first: read year first
    [[], ["2025/02/13", "25/02/13"], ["2025-02-13", "2025-02-13"]],
    // … or both, in dates of the same separator: settled neither way
    [
      [],
      ["2025.03.05", "05.03.2025", "05.03.25"],
      ["2025-03-05", "2025-03-05", "ambiguous-date two-digit-year"],
    ],
    // only dates of the same separator tell: the ISO date says nothing of the dotted ones
    [[], ["2025-03-05", "05.03.2025", "05.03.25"], ["2025-03-05", "2025-03-05", "2025-03-05"]],
    // the settings state day-month-year: the year stands last
    [[["Date order", "DMY"]], ["25/02/13", "02/01/25"], ["2013-02-25", "2025-01-02"]],
    [[["Date order", "MDY"]], ["02/01/25"], ["2025-02-01"]],
    // year last settled, day and month open: refused, day first or month first, said once for the
    // column (p-dates6: was a finding at each)
    [[], ["01/02/2025", "02/01/25"], ["ambiguous-date date-order-column", "said at A2"]],
  ] as [CellValue[][], string[], string[]][])("settings %j, dates %j → %j", async (settings, dates, want) => {
    const sheets = [sheet("Receipts", [HEADER, ...dates.map((d, i) => row(i + 1, d))])];
    if (settings.length) sheets.unshift(sheet("Settings", [["Setting", "Value"], ...settings]));
    const { ledger, findings } = readWorkbook(await throughXlsx(...sheets));
    const got = dates.map((_, i) => {
      const f = findings.filter((x) => x.sheet === "Receipts" && x.cell === `A${i + 2}`);
      if (f.length) return f.map((x) => `${x.code} ${reasonOf(x) ?? ""}`.trim()).join(", ");
      const booked = ledger.receipts.find((r) => r.source.row === i + 2)?.date;
      if (booked) return booked;
      const column = saidForColumn(findings, "Receipts", `A${i + 2}`);
      return column ? `said at ${column.cell}` : undefined;
    });
    expect(got).toEqual(want);
  });

  it("says every reading and asks for a four-digit year", async () => {
    const { findings } = readWorkbook(await throughXlsx(sheet("Receipts", [HEADER, row(1, "13/02/25")])));
    const f = findings.find((x) => x.cell === "A2");
    expect(f?.message).toContain(
      '"13/02/25" in Date could be 13 Feb 2025 (day first) or 25 Feb 2013 (year first): its year has two digits',
    );
    expect(f?.message).toContain("write the year in four digits");
    expect(f?.message).toContain("Date order: DMY");
  });
});
