// Two columns that both hold a receipt's quantity, and total lines with no "Total" word, through a
// real .xlsx: the second column is said at its heading and a row where the two disagree (after
// converting units) is refused at its cell; a line of sums under the quantity is a total, and a
// line that only looks like one is refused alone, saying so (rival-columns.ts, table-totals.ts).
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const D = serial("2025-01-08");
const row = (sd: string, a: CellValue, b: CellValue): CellValue[] => [D, "Saipol", sd, "UCO", a, b];

/** Headings of the read column and of the second one, amounts of both on an agreeing and a disagreeing row. */
const PAIRS: [string, string, [CellValue, CellValue], [CellValue, CellValue]][] = [
  ["Qty [MT]", "Net weight (kg)", [24.5, 24500], [10, 9000]],
  ["Menge (t)", "Menge (kg)", [24.5, 24500], [10, 10100]],
  ["Quantité (t)", "Poids net (kg)", [24.5, 24500], [10, 1000]],
  ["Cantidad (t)", "Peso neto (kg)", [24.5, 24500], [10, 9999.9]],
  ["Hoeveelheid (t)", "Netto gewicht (kg)", [24.5, 24500], [10, 100]],
  ["Quantity (t)", "Quantity (t)", [24.5, 24.5], [10, 11]],
  ["Volume (m3)", "Volume (L)", [30, 30000], [10, 1000]],
];

describe.each(PAIRS)("%s beside %s", (first, second, agree, disagree) => {
  it("reads the first, says so at the second's heading, and refuses only the row where they differ", async () => {
    const rows = [
      ["Date", "Supplier", "SD number", "Product", first, second],
      row("SD-1", ...agree),
      row("SD-2", ...disagree),
      row("SD-3", 7, null),
    ];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", rows)));
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual([
      "F3 error quantity-columns-disagree",
      "F1 warning second-quantity-column",
    ]);
    expect(ledger.receipts.map((r) => [r.sdNumber, r.quantity])).toEqual([
      ["SD-1", String(agree[0])],
      ["SD-3", "7"],
    ]);
  });
});

describe("a second weight that is another quantity, or one no unit converts to", () => {
  it.each([
    ["Net weight (kg)", "Gross weight (kg)", 24500, 25100],
    ["Menge (t)", "Bruttogewicht (kg)", 24.5, 25100],
    ["Menge (t)", "Tara (kg)", 24.5, 600],
  ])("%s beside %s: the second is no rival", async (first, second, a, b) => {
    const rows = [["Date", "Supplier", "SD number", "Product", first, second], row("SD-1", a, b)];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", rows)));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(ledger.receipts).toHaveLength(1);
  });

  it("says a mass beside a volume is not read, but refuses no row (no density converts them)", async () => {
    const rows = [
      ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Volume (m3)"],
      row("SD-1", 24.5, 27.9),
    ];
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", rows)));
    expect(findings.map((f) => `${f.cell} ${f.code}`)).toEqual(["F1 second-quantity-column"]);
    expect(ledger.receipts).toHaveLength(1);
  });
});

describe("a line under the data with no Total word", () => {
  const data = [
    ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Unit"],
    [D, "Saipol", "SD-1", "UCO", 100, "t"],
    [D, "Saipol", "SD-2", "UCO", 50, "t"],
  ];
  it.each<[string, CellValue[], string[], number]>([
    ["the sum of the rows above", [null, null, null, null, 150, null], ["E4 info totals-row"], 2],
    ["the sum, with its unit", [null, null, null, null, 150, "t"], ["E4 info totals-row"], 2],
    ["not the sum", [null, null, null, null, 160, null], ["E4 error possible-totals-row"], 2],
    ["a booking without its date", [null, "Saipol", "SD-3", "UCO", 160, "t"], ["A4 error missing-value"], 2],
  ])("%s", async (_, line, want, read) => {
    const { ledger, findings } = readWorkbook(await throughXlsx(sheet("Receipts", [...data, line])));
    expect(findings.map((f) => `${f.cell} ${f.severity} ${f.code}`)).toEqual(want);
    expect(ledger.receipts).toHaveLength(read);
  });

  it("says a line that only looks like a total is one it cannot tell", async () => {
    const { findings } = readWorkbook(
      await throughXlsx(sheet("Receipts", [...data, [null, null, null, null, 160, null]])),
    );
    expect(findings[0]!.message).toBe(
      'Receipts!E4: row 4 has Quantity 160 but no date, product or name, like a total line, yet 160 is not the sum of the rows above, so the add-in cannot tell whether it is a total or a booking; label a total "Total" or delete it, or give a booking its date and product (this row is not read until it is fixed).',
    );
  });
});
