// A column (or a sheet) whose own values prove both conventions — "13/01/2025" day first and
// "01/25/2025" month first, "1.234,5" and "1,234.5" — trusts neither: a value that reads two ways
// is refused at its cell even where the settings state an order or a separator (the first law);
// a value that reads one way only is read exactly as written.
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const RECEIPTS = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim", "Country of origin"];
const receipt = (i: number, date: CellValue, quantity: CellValue = 10): CellValue[] => [
  date,
  "Agrar Handel Nord GmbH",
  `A${i}`,
  "Rapeseed oil",
  quantity,
  "ISCC compliant",
  "DE",
];

/** What each row's cell in `col` gives: the value read, or the finding's severity, code and reason. */
async function outcomes(
  settings: CellValue[][],
  rows: CellValue[][],
  col: "A" | "E",
  formats: Record<string, string> = {},
): Promise<{ got: (string | undefined)[]; findings: Finding[] }> {
  const sheets = [sheet("Receipts", [RECEIPTS, ...rows], { formats })];
  if (settings.length) sheets.unshift(sheet("Settings", settings));
  const { ledger, findings } = readWorkbook(await throughXlsx(...sheets));
  const got = rows.map((_, i) => {
    const f = findings.filter((x) => x.sheet === "Receipts" && x.cell === `${col}${i + 2}`);
    if (f.length) return f.map((x) => `${x.code} ${String(reasonOf(x) ?? "")}`.trim()).join(", ");
    const r = ledger.receipts.find((x) => x.source.row === i + 2);
    return col === "A" ? r?.date : r?.quantity;
  });
  return { got, findings };
}

const NO_SETTINGS: CellValue[][] = [];

/** The reason of a reading finding, where it has one. */
const reasonOf = (f: Finding): string | undefined => (f.details as { reason?: string } | undefined)?.reason;

describe("a date column written both day first and month first", () => {
  it.each([
    // settings, the column's dates, what each gives
    [NO_SETTINGS, ["13/01/2025", "01/25/2025", "02/03/2025"]],
    [[["Date order", "DMY"]], ["13/01/2025", "01/25/2025", "02/03/2025"]],
    [[["Date order", "MDY"]], ["13/01/2025", "01/25/2025", "02/03/2025"]],
    [[["Date order", "TT.MM.JJJJ"]], ["31.01.2025", "02/28/2025", "20/02/2025", "05/06/2025"]],
    [[["Datumsformat", "Tag Monat Jahr"]], ["05/06/2025", "28/02/2025", "12/30/2025"]],
    [NO_SETTINGS, ["1/13/2025", "13/1/2025", "1/2/2025", "2025-01-02"]],
    // most of the column reads two ways: its heading "Date" still names the field
    [NO_SETTINGS, ["2/1/2025", "2/1/2025", "2/1/2025", "2/1/2025", "2/1/2025", "13/1/2025", "1/25/2025"]],
    [
      [["Date order", "DMY"]],
      ["3/4/2025", "5/6/2025", "7/8/2025", "9/10/2025", "11/12/2025", "1/25/2025", "13/1/2025"],
    ],
  ])("settings %j, dates %j: refuses the ambiguous, reads the rest as written", async (settings, dates) => {
    const { got, findings } = await outcomes(
      settings,
      dates.map((d, i) => receipt(i + 1, d)),
      "A",
    );
    const want = dates.map((d) => {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(d);
      if (!m) return /^\d{4}-/.test(d) ? d : d.split(".").reverse().join("-");
      const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]];
      const iso = (mo: number, day: number) =>
        `${y}-${String(mo).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (a <= 12 && b <= 12 && a !== b) return "ambiguous-date mixed-conventions";
      return a > 12 ? iso(b, a) : iso(a, b);
    });
    expect(got).toEqual(want);
    const refused = findings.find((f) => reasonOf(f) === "mixed-conventions");
    if (want.some((w) => w.startsWith("ambiguous"))) {
      expect(refused?.severity).toBe("error");
      expect(refused?.message).toMatch(
        /written both ways, such as ".*" \(day first\) and ".*" \(month first\)/,
      );
      expect(refused?.message).toMatch(/whatever the settings state/);
    }
  });

  it("counts a custom day-first date format as day first", async () => {
    const { got, findings } = await outcomes(
      [["Date order", "DMY"]],
      [receipt(1, serial("2025-01-13")), receipt(2, "01/25/2025"), receipt(3, "04/05/2025")],
      "A",
      { A2: "dd/mm/yyyy" },
    );
    expect(got).toEqual(["2025-01-13", "2025-01-25", "ambiguous-date mixed-conventions"]);
    expect(findings.find((f) => f.cell === "A4")?.message).toMatch(
      /cells formatted dd\/mm\/yyyy \(day first\)/,
    );
  });

  it("reads a column that proves one order by it, as before", async () => {
    const { got } = await outcomes(NO_SETTINGS, [receipt(1, "13/01/2025"), receipt(2, "02/03/2025")], "A");
    expect(got).toEqual(["2025-01-13", "2025-03-02"]);
  });

  it("property: any mix of both orders refuses every two-way date and reads every one-way date", async () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const date = fc.record({ d: day, m: month, dmy: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(
        fc.array(date, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<CellValue[][]>(NO_SETTINGS, [["Date order", "DMY"]], [["Date order", "MDY"]]),
        async (others, settings) => {
          // a proof of each order first, then the others in either order
          const dates = [{ d: 13, m: 1, dmy: true }, { d: 25, m: 1, dmy: false }, ...others];
          const texts = dates.map(({ d, m, dmy }) => (dmy ? `${d}/${m}/2025` : `${m}/${d}/2025`));
          const { got, findings } = await outcomes(
            settings,
            texts.map((t, i) => receipt(i + 1, t)),
            "A",
          );
          // however many dates read two ways, the column headed "Date" is the Date
          expect(findings.filter((f) => f.sheet === "Receipts" && f.code === "header-not-found")).toEqual([]);
          dates.forEach(({ d, m }, i) => {
            const iso = `2025-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
            expect(got[i]).toBe(d <= 12 && d !== m ? "ambiguous-date mixed-conventions" : iso);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a number column written with both decimal separators", () => {
  it.each([
    [
      NO_SETTINGS,
      ["1.234,5", "1,234.5", "2,500"],
      ["1234.5", "1234.5", "ambiguous-number mixed-conventions"],
    ],
    [
      [["Decimal separator", "comma"]],
      ["1.234,5", "7,500.25", "1.250"],
      ["1234.5", "7500.25", "ambiguous-number mixed-conventions"],
    ],
    [
      [["Dezimaltrennzeichen", "Punkt"]],
      ["12,5", "1,234.5", "3,000", "4.000"],
      ["12.5", "1234.5", "ambiguous-number mixed-conventions", "ambiguous-number mixed-conventions"],
    ],
    [[["Decimal separator", "point"]], ["1.234,5", "1,234.5", "42"], ["1234.5", "1234.5", "42"]],
  ])("settings %j, quantities %j read as %j", async (settings, quantities, want) => {
    const { got, findings } = await outcomes(
      settings,
      quantities.map((q, i) => receipt(i + 1, serial("2025-01-08"), q)),
      "E",
    );
    expect(got).toEqual(want);
    const refused = findings.find((f) => reasonOf(f) === "mixed-conventions");
    if (refused) expect(refused.message).toMatch(/\(decimal comma\) and ".*" \(decimal point\)/);
  });
});
