// Every number read from a cell is read exactly or refused at its cell (the first law): a value
// beyond what a book can hold (engine/decimal-text.ts: 10^15 or more, a digit beyond the 20th
// decimal, more than Excel's 15 significant digits) is an invalid-number with its limit as the
// reason, whichever field it is in; ordinary values, however small, are read as typed.
import fc from "fast-check";
import Decimal from "decimal.js";
import { decimalSign, MAX_SIGNIFICANT_DIGITS, numberLimit } from "../../../src/engine/decimal-text";
import type { Finding } from "../../../src/engine/result";
import { readField } from "../../../src/workbook/cell-values";
import { kindSpec } from "../../../src/workbook/fields";
import { excelNumber } from "../../../src/workbook/values";
import type { Ledger } from "../../../src/engine/model";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

/** A place a number is read: the sheet holding `values` one per row, and where each one's value lands. */
interface Place {
  sheet: (values: CellValue[]) => SheetSnapshot;
  column: string;
  read: (ledger: Ledger, i: number) => unknown;
}

const day = serial("2025-01-02");
const RECEIPTS = [
  "Date",
  "Product",
  "Quantity",
  "Unit",
  "Supplier",
  "Density (kg/m³)",
  "Heating value (MJ/kg)",
  "GHG eec",
];
const receipts = (at: number) => (values: CellValue[]) =>
  sheet("Receipts", [
    RECEIPTS,
    ...values.map((v, i) => {
      const row: CellValue[] = [day, "UCO", 10, "m³", `S${i}`, 920, 37, 12.5];
      row[at] = v;
      return row;
    }),
  ]);
const receipt = (l: Ledger, i: number) => l.receipts?.find((r) => r.source.row === i + 2);

const PLACES: Record<string, Place> = {
  quantity: { sheet: receipts(2), column: "C", read: (l, i) => receipt(l, i)?.quantity },
  density: { sheet: receipts(5), column: "F", read: (l, i) => receipt(l, i)?.density },
  "heating value": { sheet: receipts(6), column: "G", read: (l, i) => receipt(l, i)?.heatingValue },
  "GHG value": { sheet: receipts(7), column: "H", read: (l, i) => receipt(l, i)?.ghg?.eec },
  "conversion factor": {
    sheet: (values) =>
      sheet("Factors", [
        ["Input product", "Output product", "Conversion factor", "Valid from", "Valid to"],
        ...values.map((v, i) => [`Seed ${i}`, "Oil", v, "2025-01-01", "2025-12-31"]),
      ]),
    column: "C",
    read: (l, i) => l.factors?.find((r) => r.source.row === i + 2)?.factor,
  },
  "stock count": {
    sheet: (values) =>
      sheet("Stock count", [
        ["Count date", "Product", "Physical stock [t]", "Site"],
        ...values.map((v, i) => ["2025-03-31", `UCO ${i}`, v, "Hamburg"]),
      ]),
    column: "C",
    read: (l, i) => l.stockCounts?.find((r) => r.source.row === i + 2)?.quantity,
  },
};

type Outcome = string;
const refused = (reason: string | undefined): Outcome => `invalid-number${reason ? ` (${reason})` : ""}`;

// [cell as written (text or number), what every amount field makes of it]
const SPELLINGS: [CellValue, Outcome][] = [
  // as books hold them: read exactly as typed or as Excel shows the number
  ["25000", "25000"],
  ["24.5", "24.5"],
  ["0.00005", "0.00005"],
  ["0,000048", "0.000048"],
  ["999999999999999", "999999999999999"],
  ["0.00000000000000000001", "0.00000000000000000001"],
  ["123456789.123456", "123456789.123456"],
  [0.00005, "0.00005"],
  [0.1 + 0.2, "0.3"],
  [12.219999999999999, "12.22"],
  [999999999999999, "999999999999999"],
  [36.1, "36.1"],
  // typed exponents are no number a person types into a book (as before)
  ["1e3", refused(undefined)],
  ["4e9000000", refused(undefined)],
  // beyond what a book can hold
  ["123456789012345678", refused("large")],
  ["0.000000000000000000001", refused("decimals")],
  ["0.30000000000000004", refused("precision")],
  ["12.219999999999999", refused("precision")],
  ["1.00000000000000000001", refused("precision")],
  [`0.${"3".repeat(200)}`, refused("decimals")],
  [1e300, refused("large")],
  [1e15, refused("large")],
  [-1e300, refused("large")],
  [1e-40, refused("decimals")],
  [5e-324, refused("decimals")],
];

const at = (findings: Finding[], sheetName: string, cell: string) =>
  findings.filter((f) => f.sheet === sheetName && f.cell === cell && f.severity !== "info");

function outcome(findings: Finding[], name: string, cell: string, value: unknown): Outcome {
  const f = at(findings, name, cell);
  if (f.length === 0) return value === undefined ? "not read" : String(value);
  return f
    .map((x) => (x.code === "invalid-number" ? refused(x.details?.reason as string | undefined) : x.code))
    .join(", ");
}

describe.each(Object.entries(PLACES))("a number in the %s", (_, place) => {
  it("is read exactly, or refused at its cell with the limit it passes", async () => {
    const values = SPELLINGS.map(([v]) => v);
    const sheetOf = place.sheet(values);
    const { ledger, findings } = readWorkbook(await throughXlsx(sheetOf));
    const got = values.map((_, i) =>
      outcome(findings, sheetOf.name, `${place.column}${i + 2}`, place.read(ledger, i)),
    );
    expect(got).toEqual(SPELLINGS.map(([, o]) => o));
  });
});

describe("a share and a tolerance", () => {
  const deliveries = (values: CellValue[]) =>
    sheet("Sales", [
      ["Delivery date", "Product", "Quantity (t)", "Customer", "Sustainable share (%)"],
      ...values.map((v, i) => [day, "UCO", 5, `C${i}`, v]),
    ]);

  it.each<[CellValue, Outcome]>([
    [60, "60 %"],
    ["60 %", "60 %"],
    ["5.5", "5.5 %"],
    // (p-notcert) a column whose plain numbers are all at most 1 may hold fractions: 0.5 % or 50 %?
    ["0.5", "invalid-value"],
    [1e300, refused("large")],
    [1e-40, refused("decimals")],
    ["0.30000000000000004", refused("precision")],
  ])("a sustainable share of %s: %s", async (v, expected) => {
    const { ledger, findings } = readWorkbook(await throughXlsx(deliveries([v])));
    const d = ledger.deliveries?.[0];
    const read = d ? `${d.sustainablePart} ${d.sustainablePartUnit}` : undefined;
    expect(outcome(findings, "Sales", "E2", read)).toBe(expected);
  });

  it.each<[CellValue, Outcome]>([
    ["0.5 %", "0.005"],
    [0.5, "0.005"],
    ["1e300", refused(undefined)],
    [1e300, refused("large")],
    [1e-40, refused("decimals")],
    ["0.50000000000000001", refused("precision")],
  ])("a stock tolerance of %s: %s", async (v, expected) => {
    const settings = sheet("Settings", [["Settings of these books"], [], ["Stock tolerance (%)", v]]);
    const { ledger, findings } = readWorkbook(await throughXlsx(settings));
    expect(outcome(findings, "Settings", "B3", ledger.settings.stockTolerance)).toBe(expected);
  });
});

describe("any number a cell holds", () => {
  const quantity = kindSpec("receipts")!.fields.find((f) => f.id === "quantity")!;
  const conv = { number: "point" as const, date: null };
  const read = (v: CellValue) => readField(quantity, v, conv);

  it("as a number: is read as Excel shows it when within the limits, else refused with the limit, never taken", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const shown = excelNumber(n);
        const limit = numberLimit(shown, MAX_SIGNIFICANT_DIGITS);
        const r = read(n);
        if (limit) return expect(r).toMatchObject({ kind: "bad", code: "invalid-number", reason: limit });
        expect(r).toMatchObject({ kind: "ok", value: shown });
        // and the engine takes what the reader gives
        expect(decimalSign(shown)).not.toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it("as text: a decimal within the limits round-trips exactly, one beyond is refused with the limit", () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: max });
    const text = fc
      .tuple(fc.constantFrom("", "-"), digits(20), digits(25))
      .filter(([, int, frac]) => /[1-9]/.test(int + frac))
      .map(([sign, int, frac]) => `${sign}${int || "0"}${frac ? `.${frac}` : ""}`);
    fc.assert(
      fc.property(text, (t) => {
        const limit = numberLimit(t, MAX_SIGNIFICANT_DIGITS);
        const r = read(t);
        if (limit) return expect(r).toMatchObject({ kind: "bad", code: "invalid-number", reason: limit });
        expect(r.kind).toBe("ok");
        expect(new Decimal((r as { value: string }).value).equals(new Decimal(t))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
