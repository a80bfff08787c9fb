// Office.js gives one fill per row (getRowProperties, null where the cells differ): a colour legend
// shown by a fill (a red swatch beside "= storniert"), and any row whose cells are filled
// differently, is asked cell by cell, so its colour is read as the xlsx path reads it
// (workbook/colour-legend.ts, officejs/cell-props.ts). Through the fake Excel.
import { createFakeExcel } from "../../../../src/demo/fake-excel";
import { OfficeJsWorkbook } from "../../../../src/workbook/officejs/officejs-workbook";
import type { CellValue } from "../../../../src/workbook/port";
import { readWorkbook } from "../../../../src/workbook/read";
import { RED_ROW, redReceipts } from "./red-receipts";

/** Receipts 10, 11, 12 t, the second filled red (A3:E3), and `legend` rows below; `fills` A1 → colour. */
async function read(legend: CellValue[][], fills: Record<string, string>) {
  const values = redReceipts(legend);
  const fake = createFakeExcel({
    sheets: [{ name: "Receipts", visibility: "visible", values, fills: { ...RED_ROW, ...fills } }],
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

  it("a legend beside many other cells: asked cell by cell all the same, the red row refused by its colour", async () => {
    const busy: CellValue[] = [null, "= storniert", null, null, null, null, "x", "y", "z", "w"];
    const { sheet, booked, said } = await read([[], busy], { A6: "#FF0000" });
    expect(sheet.fills?.[5]).toBe("");
    expect(sheet.cellFills?.[5]).toEqual({ 0: "#FF0000" });
    expect(said).toEqual(["row-unconfirmed colour-legend A3"]);
    expect(booked).toEqual(["10", "12"]);
  });

  it("a red row whose used range goes on beside the table (a note): asked cell by cell, refused by its colour, not as unmatched", async () => {
    const note: CellValue[] = [null, null, null, null, null, null, "Notiz"];
    const { sheet, said } = await read([[], [null, "= storniert"], note], { A6: "#FF0000" });
    expect(sheet.cellFills?.[2]).toEqual({
      0: "#FF0000",
      1: "#FF0000",
      2: "#FF0000",
      3: "#FF0000",
      4: "#FF0000",
    });
    expect(said).toEqual(["row-unconfirmed colour-legend A3"]);
  });
});
