// A whole column of two-digit-year dates ("05.03.25") that nothing settles: every cell stays
// refused and its row unbooked (first law), but the finding is said once, at the column's first
// such cell, with how many there are and the one settings line that reads them all; with that
// line, every date is read as written. Through real .xlsx files (exceljs); a property over random days.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER, dateRow, saidForColumn } from "./date-rows";

const reasonOf = (f: Finding): string | undefined => (f.details as { reason?: string } | undefined)?.reason;
const two = (n: number) => String(n).padStart(2, "0");

async function read(dates: CellValue[], settings: CellValue[][] = []) {
  const sheets = [sheet("Receipts", [DATE_HEADER, ...dates.map((d, i) => dateRow(i + 1, d))])];
  if (settings.length) sheets.unshift(sheet("Settings", [["Setting", "Value"], ...settings]));
  return readWorkbook(await throughXlsx(...sheets));
}

/** Each cell of the column: the day booked, its own finding, or the column's finding that covers it. */
function outcomes(dates: readonly unknown[], r: Awaited<ReturnType<typeof read>>): string[] {
  return dates.map((_, i) => {
    const cell = `A${i + 2}`;
    const own = r.findings.filter((f) => f.sheet === "Receipts" && f.cell === cell);
    if (own.length) return own.map((f) => `${f.code} ${reasonOf(f) ?? ""}`.trim()).join(", ");
    const booked = r.ledger.receipts.find((x) => x.source.row === i + 2)?.date;
    if (booked) return booked;
    const column = saidForColumn(r.findings, "Receipts", cell);
    return column ? `said at ${column.cell}` : "not read";
  });
}

describe("a column of two-digit-year dates, said once", () => {
  it.each([
    // the column's dates, what each gives, the settings line named
    // brk19 §14: dotted, the year's two digits last: day.month.year by rule (was said once, refused)
    [["05.03.25", "06.03.25", "07.03.25"], ["2025-03-05", "2025-03-06", "2025-03-07"], null],
    [["15/03/25", "16/03/25", "17/03/25"], ["two-digit-year-column", "said at A2", "said at A2"], "DMY"],
    [["13/02/25", "14/02/25"], ["two-digit-year-column", "said at A2"], "DMY"],
    // "2/1/25" has no year-first reading: the day-first dates beside it read it
    [["25/02/13", "15/03/25", "2/1/25"], ["two-digit-year-column", "said at A2", "2025-01-02"], "DMY"],
    [["05/03/25", "06/03/25"], ["two-digit-year-column", "said at A2"], "DMY or MDY"],
    // a date the column's other cells do not share stays its own: read, or refused at its cell
    [["05.03.25", "13.03.2025", "06.03.25"], ["2025-03-05", "2025-03-13", "2025-03-06"], null],
    [
      ["15/03/25", "31/04/25", "16/03/25"],
      ["two-digit-year-column", "ambiguous-date two-digit-year", "said at A2"],
      "DMY",
    ],
    // a month-first date of its own beside them: read as written, the rest said once
    [["13/02/25", "02/13/25", "14/02/25"], ["two-digit-year-column", "2025-02-13", "said at A2"], "DMY"],
    // one such cell: its finding as it was
    [["15/03/25"], ["ambiguous-date two-digit-year"], null],
    // brk19 §14: a dotted one alone is read day first; one no day first reads is no date
    [["05.03.25"], ["2025-03-05"], null],
    [["05.03.25", "31.04.25"], ["2025-03-05", "invalid-date"], null],
  ] as [string[], string[], string | null][])("%j → %j (%s)", async (dates, want, settle) => {
    const r = await read(dates);
    const got = outcomes(dates, r).map((x) =>
      x === "ambiguous-date two-digit-year-column" ? "two-digit-year-column" : x,
    );
    expect(got).toEqual(want);
    // every refused cell stays unbooked
    want.forEach((w, i) => {
      if (!/^\d/.test(w)) expect(r.ledger.receipts.find((x) => x.source.row === i + 2)).toBeUndefined();
    });
    const said = r.findings.find((f) => reasonOf(f) === "two-digit-year-column");
    if (settle === null) return expect(said).toBeUndefined();
    expect(said?.severity).toBe("error");
    const count = want.filter((w) => w === "two-digit-year-column" || w.startsWith("said at")).length;
    expect(said?.details).toMatchObject({ count, settle });
    const lines = settle.split(" or ").map((o) => `"Date order: ${o}"`);
    for (const line of lines) expect(said?.message).toContain(line);
    expect(said?.message).toContain(`all ${count} such dates of this column`);
  });

  // slashed with the day above 12 (brk19 §14: dotted ones are day first by rule, so read)
  it("one finding for hundreds of DD/MM/YY rows, none booked; with the named line, all read", async () => {
    const days = fc.sample(
      fc.date({ min: new Date(2000, 0, 1), max: new Date(2031, 11, 31), noInvalidDate: true }),
      { numRuns: 300, seed: 7 },
    );
    // the year first must be possible (its two digits a day of the month) for the date to be ambiguous
    // (and differ from the day first: "05.03.05" is 5 March 2005 either way)
    const typed = days.filter((d) => {
      const yy = d.getFullYear() % 100;
      return yy >= 1 && yy <= 28 && yy !== d.getDate() && d.getDate() > 12;
    });
    const dates = typed.map(
      (d) => `${two(d.getDate())}/${two(d.getMonth() + 1)}/${two(d.getFullYear() % 100)}`,
    );
    const refused = await read(dates);
    const own = refused.findings.filter((f) => f.sheet === "Receipts" && f.code === "ambiguous-date");
    expect(own).toHaveLength(1);
    expect(own[0]?.cell).toBe("A2");
    expect(own[0]?.details).toMatchObject({
      count: dates.length,
      last: `A${dates.length + 1}`,
      settle: "DMY",
    });
    expect(refused.ledger.receipts).toEqual([]);

    const settled = await read(dates, [["Date order", "DMY"]]);
    expect(settled.findings.filter((f) => f.code === "ambiguous-date")).toEqual([]);
    expect(settled.ledger.receipts.map((x) => x.date)).toEqual(
      typed.map((d) => `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`),
    );
  });
});

describe("a dotted date under Date order: MDY", () => {
  // dotted dates are day first by custom; the setting says month first: where the two read
  // different days the date is refused (p-dates6: was read day first without a word)
  it("reads day first only where month first reads no other day, else refuses the column once", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({ min: new Date(2000, 0, 1), max: new Date(2049, 11, 31), noInvalidDate: true }),
        async (d) => {
          const [dd, mm, yyyy] = [two(d.getDate()), two(d.getMonth() + 1), String(d.getFullYear())];
          const dates = [`${dd}.${mm}.${yyyy}`, `${dd}.${mm}.${yyyy.slice(2)}`, `${dd}.${mm}.${yyyy}`];
          const r = await read(dates, [["Date order", "MDY"]]);
          const plain = d.getDate() > 12 || dd === mm;
          if (plain) {
            expect(r.findings.filter((f) => f.sheet === "Receipts")).toEqual([]);
            expect(r.ledger.receipts.map((x) => x.date)).toEqual(dates.map(() => `${yyyy}-${mm}-${dd}`));
          } else {
            expect(outcomes(dates, r)).toEqual([
              "ambiguous-date dotted-against-setting",
              "said at A2",
              "said at A2",
            ]);
            expect(r.ledger.receipts).toEqual([]);
            expect(r.findings[0]?.message ?? "").toMatch(/Settings!B2 \("MDY"\) says month first/);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe("the rows a column said once leaves out", () => {
  it("are held back at its one cell, every product and site they name", async () => {
    const rows = [
      ["15/03/25", "Saipol", "SD-1", "UCO", 10, "ISCC compliant", "DE"],
      ["16/03/25", "Saipol", "SD-2", "Rapeseed oil", 10, "ISCC compliant", "DE"],
      ["17/03/25", "Saipol", "SD-3", "Tallow", 10, "ISCC compliant", "DE"],
    ];
    const { ledger } = readWorkbook(await throughXlsx(sheet("Receipts", [DATE_HEADER, ...rows])));
    expect(ledger.incomplete).toEqual([
      expect.objectContaining({
        kinds: ["receipts"],
        products: ["UCO", "Rapeseed oil", "Tallow"],
        source: { sheet: "Receipts", cell: "A2" },
      }),
    ]);
  });
});
