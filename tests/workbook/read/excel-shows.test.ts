// Cells read as Excel shows them, through real .xlsx files built by exceljs: a footnote raised or
// lowered inside a number ("380" + a raised "1", which Excel's plain value reads as 3801) or typed
// as a Unicode superscript ("380¹") is refused at its cell, never read as 3801 or 380, while a
// raised "3" in a unit still reads as m³.
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const HEADER = ["Date", "Product", "Quantity", "Unit", "Supplier", "SD number", "Country of origin"];
const DAY = new Date(Date.UTC(2025, 0, 2));
const raised = (text: string) => ({ text, font: { vertAlign: "superscript" as const } });
const lowered = (text: string) => ({ text, font: { vertAlign: "subscript" as const } });
const rich = (...runs: ({ text: string } | string)[]): ExcelJS.CellValue => ({
  richText: runs.map((r) => (typeof r === "string" ? { text: r } : r)),
});

/** One receipt per [quantity, unit], after plain ones (the column must look like quantities). */
async function readQuantities(cells: [ExcelJS.CellValue, ExcelJS.CellValue][], header = HEADER) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow(header);
  const plain: [ExcelJS.CellValue, ExcelJS.CellValue][] = [1, 2, 3, 4, 5, 6].map((n) => [n * 10, "t"]);
  [...plain, ...cells].forEach(([qty, unit], i) =>
    ws.addRow([DAY, "UCO", qty, unit, "Saipol", `SD-${i}`, "DE"]),
  );
  const port = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  const { ledger, findings } = readWorkbook(await port.readSnapshot());
  return cells.map((_, i) => {
    const row = i + plain.length + 2;
    const f = findings.find((x) => x.cell === `C${row}` || x.cell === `D${row}`);
    if (f) return `${f.code} ${"reason" in f.details ? String(f.details.reason) : ""}`.trim();
    const r = ledger.receipts.find((x) => x.source.row === row);
    return `${r?.quantity} ${r?.unit}`;
  });
}

describe("footnotes and superscripts in a number", () => {
  const FOOTNOTE = "invalid-number footnote";
  it.each([
    ["380 + raised 1", rich("380", raised("1"))],
    ["380 + raised ¹", rich("380", raised("¹"))],
    ["380 + raised a", rich("380", raised("a"))],
    ["380 + raised *", rich("380", raised("*"))],
    ["380 + raised 12", rich("380", raised("12"))],
    ["1.250 + raised 2", rich("1.250", raised("2"))],
    ["1.250,5 + raised 3", rich("1.250,5", raised("3"))],
    ["380 + lowered 2", rich("380", lowered("2"))],
    ["380 t + raised 1", rich("380 t", raised("1"))],
    ["typed 380¹", "380¹"],
    ["typed 1.250²", "1.250²"],
    ["typed 380³", "380³"],
    ["typed 380*", "380*"],
    ["typed 380 †", "380 †"],
    ["typed 12 t¹", "12 t¹"],
    ["typed 380ᵃ", "380ᵃ"],
    ["typed 380₂", "380₂"],
  ])("refuses %s at its cell, neither 3801 nor 380", async (_label, value) => {
    expect(await readQuantities([[value, null]], HEADER)).toEqual([FOOTNOTE]);
  });

  it("reads a raised 3 in a unit as m³, in the cell, in the unit column and in the heading", async () => {
    expect(
      await readQuantities([
        [rich("1250 m", raised("3")), null],
        [1250, rich("m", raised("3"))],
        [1250, rich("Nm", raised("3"))],
        [1250, "m³"],
        [rich("380"), "t"],
      ]),
    ).toEqual(["1250 m3", "1250 m3", "1250 Nm3", "1250 m3", "380 t"]);
    const header = [...HEADER.slice(0, 2), rich("Volume (m", raised("3"), ")"), "Note", ...HEADER.slice(4)];
    expect(await readQuantities([[1250, null]], header as string[])).toEqual(["1250 m3"]);
  });
});
