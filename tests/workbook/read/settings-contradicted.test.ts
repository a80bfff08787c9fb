// A stated convention ("Decimal separator", "Date order") that the sheet's own values contradict:
// the values whose reading depends on which is right are refused at their cells, never read one
// way silently (the first law); values that agree, or that are unambiguous, are read exactly.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const RECEIPTS = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim", "Country of origin"];
const receipt = (i: number, quantity: CellValue, date: CellValue = serial("2025-01-08")): CellValue[] => [
  date,
  "Agrar Handel Nord GmbH",
  `A${i}`,
  "Rapeseed oil",
  quantity,
  "ISCC compliant",
  "DE",
];

async function read(settings: CellValue[][], rows: CellValue[][]) {
  return readWorkbook(await throughXlsx(sheet("Settings", settings), sheet("Receipts", [RECEIPTS, ...rows])));
}

const at = (findings: Finding[], cell: string) =>
  findings.filter((f) => f.sheet === "Receipts" && f.cell === cell);

/** What each row's cell gives: the value read, or the finding's severity and code. */
async function outcomes(
  settings: CellValue[][],
  rows: CellValue[][],
  col: "A" | "E",
): Promise<{ got: (string | undefined)[]; findings: Finding[] }> {
  const { ledger, findings } = await read(settings, rows);
  const got = rows.map((_, i) => {
    const f = at(findings, `${col}${i + 2}`);
    if (f.length) return f.map((x) => `${x.severity} ${x.code}`).join(", ");
    const r = ledger.receipts.find((x) => x.source.row === i + 2);
    return col === "A" ? r?.date : r?.quantity;
  });
  return { got, findings };
}

describe("a stated decimal separator the sheet contradicts", () => {
  it.each([
    // stated, the proving value, the ambiguous value
    ["comma", "1,234.5", "1.250"],
    ["Komma", "1,234.5", "1.250"],
    ["virgule", "12,345.6", "2.500"],
    ["1.234,5", "7,500.25", "3.000"],
    ["point", "1.234,5", "2,500"],
    ["Punkt", "1.234,5", "2,500"],
    ["1,234.5", "12,5", "4,000"],
  ])("'Decimal separator: %s' with %s: refuses %s at its cell", async (stated, proof, ambiguous) => {
    const { got, findings } = await outcomes(
      [["Decimal separator", stated]],
      [receipt(1, proof), receipt(2, ambiguous)],
      "E",
    );
    expect(got[1]).toBe("error ambiguous-number");
    const f = at(findings, "E3")[0]!;
    expect(f.details).toMatchObject({ reason: "contradicts-setting" });
    const text = f.message;
    expect(text).toMatch(/settings sheet states one decimal separator/);
    expect(text).toMatch(/Decimal separator" setting/);
    // the proving value is unambiguous and read as it is written
    expect(got[0]).not.toMatch(/error/);
  });

  it.each([
    ["comma", "1.234,5", "1.250", "1250"],
    ["point", "1,234.5", "2,500", "2500"],
    ["point", "1,234.5", "1.250", "1.25"],
    ["comma", "12,5", "2,500", "2.5"],
  ])("'Decimal separator: %s' agreeing with %s reads %s as %s", async (stated, proof, value, want) => {
    const { got } = await outcomes(
      [["Decimal separator", stated]],
      [receipt(1, proof), receipt(2, value)],
      "E",
    );
    expect(got[1]).toBe(want);
  });

  it("reads an ambiguous value by the stated setting where the sheet proves nothing", async () => {
    const { got } = await outcomes([["Decimal separator", "comma"]], [receipt(1, "1.250")], "E");
    expect(got).toEqual(["1250"]);
  });
});

describe("a stated date order the sheet contradicts", () => {
  it.each([
    ["MDY", "13/01/2025", "02/03/2025"],
    ["mm/dd/yyyy", "25/12/2025", "04/05/2025"],
    ["month first", "31/01/2025", "01/02/2025"],
    ["DMY", "01/13/2025", "02/03/2025"],
    ["TT.MM.JJJJ", "12/31/2025", "06/07/2025"],
  ])("'Date order: %s' with %s: refuses %s at its cell", async (stated, proof, ambiguous) => {
    const { got, findings } = await outcomes(
      [["Date order", stated]],
      [receipt(1, 10, proof), receipt(2, 10, ambiguous)],
      "A",
    );
    expect(got[1]).toBe("error ambiguous-date");
    const f = at(findings, "A3")[0]!;
    expect(f.details).toMatchObject({ reason: "contradicts-setting" });
    expect(f.message).toMatch(/settings sheet states one date order.*"Date order" setting/);
  });

  it.each([
    ["MDY", "12/31/2025", "02/03/2025", "2025-02-03"],
    ["DMY", "31/12/2025", "02/03/2025", "2025-03-02"],
  ])("'Date order: %s' agreeing with %s reads %s as %s", async (stated, proof, value, want) => {
    const { got } = await outcomes(
      [["Date order", stated]],
      [receipt(1, 10, proof), receipt(2, 10, value)],
      "A",
    );
    expect(got[1]).toBe(want);
  });
});
