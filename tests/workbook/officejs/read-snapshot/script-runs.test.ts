// Office.js gives a rich-text cell's runs joined as plain text: "380" + a raised "1" reads "3801".
// Its font.superscript (or subscript) is null where part of a cell's text is raised (lowered) and
// part not (getCellProperties, ExcelApi 1.9), so the adapter names such cells (scriptCells) and
// the reader refuses one in a number column as the xlsx path refuses "380¹" (invalid-number,
// footnote), never 3801; a raised "3" in a unit or in a text column still reads. Through the fake
// Excel, which keeps mixed runs as Excel does.
import { createFakeExcel } from "../../../../src/demo/fake-excel";
import { OfficeJsWorkbook } from "../../../../src/workbook/officejs/officejs-workbook";
import type { CellValue } from "../../../../src/workbook/port";
import { readWorkbook } from "../../../../src/workbook/read";

const HEADER = ["Date", "Product", "Quantity", "Unit", "Supplier", "SD number", "Country of origin"];

/** Plain receipts, then one per [quantity, unit, supplier] with `mixed` (A1 → raised or lowered in part). */
async function read(
  rows: [CellValue, CellValue, CellValue][],
  mixed: Record<string, "superscript" | "subscript">,
) {
  const plain: [CellValue, CellValue, CellValue][] = [1, 2, 3, 4, 5, 6].map((n) => [n * 10, "t", "Saipol"]);
  const values: CellValue[][] = [
    HEADER,
    ...[...plain, ...rows].map(([qty, unit, supplier], i) => [
      45659,
      "UCO",
      qty,
      unit,
      supplier,
      `SD-${i}`,
      "DE",
    ]),
  ];
  const formats = values.map((_, r) => (r === 0 ? [] : ["dd.mm.yyyy"]));
  const fake = createFakeExcel({
    sheets: [{ name: "Receipts", visibility: "visible", values, formats, mixedScript: mixed }],
  });
  const snapshot = await new OfficeJsWorkbook({
    run: fake.run,
    requirements: fake.requirements,
  }).readSnapshot();
  const { ledger, findings } = readWorkbook(snapshot);
  const said = findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.code} ${String((f.details as { reason?: string }).reason)} ${f.cell}`);
  const booked = ledger.receipts.filter((r) => r.source.row > 7).map((r) => `${r.quantity} ${r.unit}`);
  return { sheet: snapshot.sheets[0]!, said, booked };
}

describe("Office.js: a number with a raised or lowered mark in its text", () => {
  it.each<[string, CellValue, "superscript" | "subscript"]>([
    ["380 + raised 1, read as 3801", "3801", "superscript"],
    ["1.250 + raised 2, read as 1.2502", "1.2502", "superscript"],
    ["380 t + raised 1, read as 380 t1", "380 t1", "superscript"],
    ["380 + lowered 2, read as 3802", "3802", "subscript"],
  ])("refuses %s at its cell (footnote), never booked", async (_, typed, script) => {
    const { sheet, said, booked } = await read([[typed, null, "Saipol"]], { C8: script });
    expect(sheet.scriptCells).toEqual({ 7: [2] });
    expect(said).toEqual(["invalid-number footnote C8"]);
    expect(booked).toEqual([]);
  });

  it("reads a raised 3 in a unit as the unit, and a lowered 2 in a supplier's name as text", async () => {
    const { sheet, said, booked } = await read([[50, "m3", "CO2 Recycling Ltd"]], {
      D8: "superscript",
      E8: "subscript",
    });
    expect(sheet.scriptCells).toEqual({ 7: [3, 4] });
    expect(said).toEqual([]);
    expect(booked).toEqual(["50 m3"]);
  });

  it("names no cell where nothing is raised in part", async () => {
    const { sheet, said, booked } = await read([["3801", "t", "Saipol"]], {});
    expect(sheet.scriptCells).toBeUndefined();
    expect(said).toEqual([]);
    expect(booked).toEqual(["3801 t"]);
  });
});
