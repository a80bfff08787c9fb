// Office.js gives one fill per row (getRowProperties, null where the cells differ): a colour legend
// shown by a fill (a red swatch beside "= storniert") is asked cell by cell where its line holds a
// few cells, so its colour is read as the xlsx path reads it; on a line of many cells (the legend
// beside the other block's booking) its colour stays unknown and every row with a filled cell is
// refused, never booked (workbook/colour-legend.ts). Through the fake Excel.
import { createFakeExcel } from "../../../../src/demo/fake-excel";
import { OfficeJsWorkbook } from "../../../../src/workbook/officejs/officejs-workbook";
import type { CellValue } from "../../../../src/workbook/port";
import { readWorkbook } from "../../../../src/workbook/read";

const HEADER = ["Date", "Supplier", "SD number", "Product", "Quantity (t)"];
const receipt = (i: number): CellValue[] => [45662 + i, "Saipol", `SD-${i + 1}`, "UCO", 10 + i];

/** Receipts 10, 11, 12 t, the second filled red (A3:E3), and `legend` rows below; `fills` A1 → colour. */
async function read(legend: CellValue[][], fills: Record<string, string>) {
  const values: CellValue[][] = [HEADER, receipt(0), receipt(1), receipt(2), ...legend];
  const red = Object.fromEntries(["A", "B", "C", "D", "E"].map((c) => [`${c}3`, "#FF0000"]));
  const fake = createFakeExcel({
    sheets: [{ name: "Receipts", visibility: "visible", values, fills: { ...red, ...fills } }],
  });
  const snapshot = await new OfficeJsWorkbook({
    run: fake.run,
    requirements: fake.requirements,
  }).readSnapshot();
  const { ledger, findings } = readWorkbook(snapshot);
  return {
    sheet: snapshot.sheets[0]!,
    booked: ledger.receipts.map((r) => r.quantity),
    said: findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.code} ${(f.details as { reason?: string }).reason} ${f.cell}`),
  };
}

describe("Office.js: a legend shown by a fill", () => {
  it("a red swatch beside '= storniert' on a line of its own: asked cell by cell, the red row refused by its colour", async () => {
    const { sheet, booked, said } = await read([[], [null, "= storniert"]], { A6: "#FF0000" });
    expect(sheet.cellFills?.[5]).toEqual({ 0: "#FF0000" });
    expect(said).toEqual(["row-unconfirmed colour-legend A3"]);
    expect(booked).toEqual(["10", "12"]);
  });

  it("a legend beside many other cells: its colour unknown, the red row refused all the same, never booked", async () => {
    const busy: CellValue[] = [null, "= storniert", null, null, null, null, "x", "y", "z", "w"];
    const { sheet, booked, said } = await read([[], busy], { A6: "#FF0000" });
    expect(sheet.fills?.[5]).toBe("");
    expect(sheet.cellFills?.[5]).toBeUndefined();
    expect(said).toEqual(["row-unconfirmed colour-unmatched A3"]);
    expect(booked).toEqual(["10", "12"]);
  });
});
