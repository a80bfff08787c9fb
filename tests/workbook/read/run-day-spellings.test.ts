// brk27 W1: a row booked after the day of the run is refused at its date cell, however the date is
// written — a date cell (as Excel keeps it) or text in the forms of de/en/fr/it/es/nl/pl — on each
// sheet that books on a day: receipts, deliveries, production, stock counts (an opening stock is
// one) and transfers. Through a real .xlsx, the xlsx adapter and the one flow of Check, with the
// run day pinned (RunOptions.runDay) as the host's clock would give it. Must not change: a date on
// or before the run day, the run day itself too, in any of those forms, is booked exactly as in a
// run whose day lies far after the books.
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../src/app/index";
import type { CheckOutcome } from "../../../src/app/types";
import { day } from "../../../src/books";
import { parseDateText } from "../../../src/workbook/values";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

type Cell = string | number | Date | null;
const RUN_DAY = "2025-06-15";

/** Each sheet that books on a day, its header and rows; the date of row 3 (the second data row) is the one written. */
const SHEETS: Record<string, { kind: string; rows: (date: Cell) => Cell[][] }> = {
  Receipts: {
    kind: "receipt",
    rows: (date) => [
      ["Date", "Site", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Claim"],
      [day("2025-01-10"), "Hamburg", "Saipol SA", "SP-1", "UCO", 100, "Used cooking oil", "bio-circular"],
      [date, "Hamburg", "Saipol SA", "SP-2", "UCO", 50, "Used cooking oil", "bio-circular"],
    ],
  },
  Sales: {
    kind: "delivery",
    rows: (date) => [
      ["Date", "Site", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable", "Claim"],
      [
        day("2025-02-01"),
        "Hamburg",
        "Nordic Fuels Oy",
        "Satama 1, Helsinki",
        "UCO",
        30,
        "yes",
        "bio-circular",
      ],
      [date, "Hamburg", "Nordic Fuels Oy", "Satama 1, Helsinki", "UCO", 20, "yes", "bio-circular"],
    ],
  },
  Production: {
    kind: "production",
    rows: (date) => [
      ["Date", "Site", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
      [day("2025-02-10"), "Hamburg", "UCO", 10, "Biodiesel", 9],
      [date, "Hamburg", "UCO", 5, "Biodiesel", 4.5],
    ],
  },
  "Stock counts": {
    kind: "stock",
    rows: (date) => [
      ["Date", "Site", "Product", "Quantity (t)"],
      [day("2024-12-31"), "Venlo", "UCO", 0],
      [date, "Hamburg", "UCO", 20],
    ],
  },
  Transfers: {
    kind: "transfer",
    rows: (date) => [
      ["Date", "From site", "To site", "Product", "Quantity (t)", "Claim"],
      [day("2025-03-01"), "Hamburg", "Venlo", "UCO", 5, "bio-circular"],
      [date, "Hamburg", "Venlo", "UCO", 5, "bio-circular"],
    ],
  },
};

async function check(sheet: string, date: Cell, runDay: string | { now: Date }): Promise<CheckOutcome> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: Cell[][]) => wb.addWorksheet(name).addRows(rows);
  add("Settings", [
    ["Setting", "Value"],
    ["Company name", "Acme"],
    ["Company address", "Hafenstr. 1, 20457 Hamburg"],
    ["Own certificate", "ISCC-PLUS-1"],
    ["Scheme", "ISCC PLUS"],
    ["First period start", day("2025-01-01")],
  ]);
  add("Sites", [
    ["Site", "Company", "Country", "Certificate", "Certification body", "Address"],
    ["Hamburg", "Acme", "DE", "ISCC-PLUS-1", "SGS", "Hafenstr. 1, 20457 Hamburg"],
    ["Venlo", "Acme", "NL", "ISCC-PLUS-2", "SGS", "Industrieweg 7, 5928 Venlo"],
  ]);
  for (const [name, s] of Object.entries(SHEETS))
    add(name, s.rows(name === sheet ? date : day("2025-03-20")));
  const book = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Run day.xlsx");
  const pinned = typeof runDay === "string" ? { runDay } : runDay;
  return checkWorkbook(book, { today: "2025-06-20", ...pinned });
}

/** Dates after the run day as people write them, with the day each is: far (a typo year) and near. */
const AFTER: [string, Cell, string][] = [
  ["Excel date cell", day("2052-02-10"), "2052-02-10"],
  ["Excel date cell, the next day", day("2025-06-16"), "2025-06-16"],
  ["ISO", "2052-02-10", "2052-02-10"],
  ["de", "10.02.2052", "2052-02-10"],
  ["de, the next day", "16.06.2025", "2025-06-16"],
  ["de, month name", "10. Februar 2052", "2052-02-10"],
  ["en", "10 Feb 2052", "2052-02-10"],
  ["en, month first", "February 10, 2052", "2052-02-10"],
  ["fr", "10 février 2052", "2052-02-10"],
  ["fr, slashed", "13/02/2052", "2052-02-13"],
  ["fr, a few days ahead", "18 juin 2025", "2025-06-18"],
  ["it", "10 febbraio 2052", "2052-02-10"],
  ["es", "10 de febrero de 2052", "2052-02-10"],
  ["nl", "10 februari 2052", "2052-02-10"],
  ["pl", "10 lutego 2052", "2052-02-10"],
  ["pl, next year", "15 czerwca 2026", "2026-06-15"],
];

/** Dates on or before the run day, the run day itself too: booked as before. */
const ON_OR_BEFORE: [string, Cell][] = [
  ["Excel date cell, the run day", day("2025-06-15")],
  ["de, the run day", "15.06.2025"],
  ["de, the day before", "14.06.2025"],
  ["en, the run day", "15 June 2025"],
  ["fr", "1 juin 2025"],
  ["it", "15 giugno 2025"],
  ["es", "15 de junio de 2025"],
  ["nl", "15 juni 2025"],
  ["pl", "15 czerwca 2025"],
];

describe("the table's spellings are read as the days they name", () => {
  it.each(AFTER.filter(([, d]) => typeof d === "string"))("%s %p", (_, text, iso) => {
    expect(parseDateText(text as string, null)).toEqual({ ok: true, value: iso });
  });
});

/**
 * Where the reader says another thing first at the row's cell (the row is not booked either): on a
 * sheet of transfers, whose other cells are names and one quantity, "February 10, 2052" is read as
 * a total line's label (totals-row), as before this rule.
 */
const READ_OTHERWISE: Record<string, string> = { "Transfers|February 10, 2052": "totals-row" };

describe.each(Object.keys(SHEETS))(
  "%s: a row dated after the run day is refused at its date cell",
  (sheet) => {
    it.each(AFTER)("%s %p", async (_, date, iso) => {
      const r = await check(sheet, date, RUN_DAY);
      const refused = r.findings.filter((f) => f.code === "date-after-run-day");
      const otherwise = READ_OTHERWISE[`${sheet}|${String(date)}`];
      if (otherwise) {
        expect(refused).toEqual([]);
        expect(r.findings).toContainEqual(expect.objectContaining({ code: otherwise, sheet, cell: "A3" }));
        expect(r.periods.at(-1)?.end).toBe("2025-03-31");
        return;
      }
      expect(refused).toEqual([
        expect.objectContaining({
          severity: "error",
          sheet,
          cell: "A3",
          details: expect.objectContaining({ kind: SHEETS[sheet]?.kind, date: iso, runDay: RUN_DAY }),
        }),
      ]);
      // the periods end with the books' last row: none is made up to the row's day
      expect(r.periods.at(-1)?.end).toBe("2025-03-31");
    });
  },
);

describe.each(Object.keys(SHEETS))("%s, must not change: a row dated on or before the run day", (sheet) => {
  it.each(ON_OR_BEFORE)("%s %p is booked as in a run long after", async (_, date) => {
    const r = await check(sheet, date, RUN_DAY);
    const later = await check(sheet, date, "2199-12-31");
    expect(r.findings.map((f) => f.code)).not.toContain("date-after-run-day");
    expect(r.findings).toEqual(later.findings);
    expect(r.balances).toEqual(later.balances);
    expect(r.declarations).toEqual(later.declarations);
    expect(r.periods.at(-1)?.end).toBe("2025-06-30");
  });
});

describe("the host's run day: the local day of the moment of the run (RunOptions.now, else the clock)", () => {
  // 23:30 local time on 15 June: the day is the person's own, whatever the time zone
  const now = new Date(2025, 5, 15, 23, 30);
  it.each([
    ["the next day", day("2025-06-16"), 1],
    ["the day itself", day("2025-06-15"), 0],
  ] as const)("%s: refused %p times", async (_, date, refused) => {
    const r = await check("Sales", date, { now });
    expect(r.findings.filter((f) => f.code === "date-after-run-day")).toHaveLength(refused);
  });
});
