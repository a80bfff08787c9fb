// A Date order setting the add-in refuses ("YYYY-DD-MM", "ISO", an unclear one) is refused at its
// cell, and no date whose day rests on an order is then read by default (p-dates6, first law): a
// sale typed 2025-03-10 under "YYYY-DD-MM" is 3 October to its writer, not 10 March. Dates only one
// order reads still read. Real spellings of the setting that name an order plainly are read.
// Through real .xlsx files (exceljs); a property over many days.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";
import { DATE_HEADER, dateRow, saidForColumn } from "./date-rows";

const reasonOf = (f: Finding): string | undefined => (f.details as { reason?: string } | undefined)?.reason;
const two = (n: number) => String(n).padStart(2, "0");

async function read(settings: CellValue[][], dates: CellValue[]) {
  return readWorkbook(
    await throughXlsx(
      sheet("Settings", [["Company name", "Ölmühle Nord GmbH"], ...settings]),
      sheet("Receipts", [DATE_HEADER, ...dates.map((d, i) => dateRow(i + 1, d))]),
    ),
  );
}

/** Each date of the column: the day booked, its own finding's code and reason, or where its column's finding is. */
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

describe("a refused Date order setting", () => {
  const DATES: CellValue[] = [
    "2025-03-10", // 10 March, or 3 October as YYYY-DD-MM
    "2025-03-13", // only year-month-day reads it
    "05.03.2025", // dotted: day first by custom, but the setting said something else
    "13.03.2025",
    "05/03/2025",
    "10 Mar 2025",
    20250310, // SAP digits
    serial("2025-03-10"), // a date cell: Excel keeps the day, no order
  ];
  it.each([
    ["Date format", "YYYY-DD-MM"],
    ["Datumsformat", "JJJJ-TT-MM"],
    ["Date order", "ISO"],
    ["Date format", "yyyy-mm-dd"],
    ["Datumnotatie", "soms zo, soms zo"],
    ["Date order", "MM/DD/YYYY (European)"],
  ])(
    "%s | %s refuses every date another order reads as another day, once for the column",
    async (key, value) => {
      const r = await read([[key, value]], DATES);
      expect(r.findings.filter((f) => f.sheet === "Settings").map((f) => f.code)).toEqual(["invalid-value"]);
      expect(outcomes(DATES, r)).toEqual([
        "ambiguous-date order-setting-refused",
        "2025-03-13",
        "said at A2",
        "2025-03-13",
        "said at A2",
        "2025-03-10",
        "said at A2",
        "2025-03-10",
      ]);
      const said = r.findings.find((f) => reasonOf(f) === "order-setting-refused")!;
      expect(said.message).toContain(
        `the "Date order" setting at Settings!B2 ("${value}") was not understood`,
      );
      expect(said.message).toContain("10 Mar 2025 (year first) or 3 Oct 2025 (year first, day before month)");
      expect(said.message).toContain("as can all 4 such dates of this column (from here down to A8)");
      expect(said.related).toEqual(["A4", "A6", "A8"].map((cell) => ({ sheet: "Receipts", cell })));
      // the refusal of the setting says what follows for the dates
      expect(r.findings.find((f) => f.sheet === "Settings")!.message).toContain(
        "no date that two orders read",
      );
    },
  );

  it("refuses a single such date at its cell, naming the setting", async () => {
    const r = await read([["Date format: YYYY-DD-MM"]], ["2025-03-10", "2025-03-20"]);
    expect(outcomes(["", ""], r)).toEqual(["ambiguous-date order-setting-refused", "2025-03-20"]);
    expect(r.findings.find((f) => f.sheet === "Receipts")!.message).toContain('Settings!A2 ("YYYY-DD-MM")');
  });

  it("never books a day other than the one written, whatever the day (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        // two-digit years read as 1950–2049
        fc.date({ min: new Date(1990, 0, 1), max: new Date(2049, 11, 31), noInvalidDate: true }),
        fc.constantFrom("yyyy-mm-dd", "dd.mm.yyyy", "dd/mm/yyyy", "mm/dd/yyyy", "yyyymmdd", "dd.mm.yy"),
        async (d, form) => {
          const [y, m, dd] = [String(d.getFullYear()), two(d.getMonth() + 1), two(d.getDate())];
          const text = form.replace("yyyy", y).replace("yy", y.slice(2)).replace("mm", m).replace("dd", dd);
          const r = await read([["Date format", "YYYY-DD-MM"]], [form === "yyyymmdd" ? Number(text) : text]);
          const booked = r.ledger.receipts[0]?.date;
          // one reading whatever the order: the day as written; else refused at the cell
          const plain = Number(dd) > 12 || dd === m;
          if (booked === undefined)
            expect(r.findings.some((f) => f.sheet === "Receipts" && f.cell === "A2")).toBe(true);
          else expect(booked).toBe(`${y}-${m}-${dd}`);
          if (!plain) expect(booked).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("Date order settings people write that name an order plainly", () => {
  it.each([
    ["Date order", "US", "2025-05-03"],
    ["Date format", "American", "2025-05-03"],
    ["Datumsformat", "amerikanisch", "2025-05-03"],
    ["Date order", "UK", "2025-03-05"],
    ["Date format", "European", "2025-03-05"],
    ["Datumsformat", "deutsch", "2025-03-05"],
    ["Date format", "European (DD.MM.YYYY)", "2025-03-05"],
    ["Date format", "US (MM/DD/YYYY)", "2025-05-03"],
    ["Date order", "DMY (day first)", "2025-03-05"],
    ["Date format", "DDMMYYYY", "2025-03-05"],
    ["Date format", "MMDDYYYY", "2025-05-03"],
    ["Datumsformat", "TMJ", "2025-03-05"],
    ["Format de date", "JMA", "2025-03-05"],
    ["Date format", "31/12/2025", "2025-03-05"],
    ["Date format", "12/31/2025", "2025-05-03"],
    ["Datumsformat", "TT.MM.JJJJ hh:mm", "2025-03-05"],
  ])("%s | %s reads 05/03/2025 as %s", async (key, value, want) => {
    const r = await read([[key, value]], ["05/03/2025"]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.ledger.receipts[0]?.date).toBe(want);
  });
});

describe("a column of slashed dates nothing settles", () => {
  it("is said once, at its first cell, every cell refused and listed as related", async () => {
    const dates = ["05/03/2025", "06/03/2025", "07/03/2025", "13.03.2025", "08/03/2025"];
    const r = await read([], dates);
    expect(outcomes(dates, r)).toEqual([
      "ambiguous-date date-order-column",
      "said at A2",
      "said at A2",
      "2025-03-13",
      "said at A2",
    ]);
    const said = r.findings.find((f) => reasonOf(f) === "date-order-column")!;
    expect(said.message).toContain("as can all 4 such dates of this column (from here down to A6)");
    expect(said.message).toContain('"Date order: DMY" or "Date order: MDY"');
    expect(r.ledger.receipts.map((x) => x.date)).toEqual(["2025-03-13"]);
  });
});
