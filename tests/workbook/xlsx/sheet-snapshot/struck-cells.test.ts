// Which cells of a row are struck through, through real .xlsx files built by exceljs: the xlsx
// adapter tells them (SheetSnapshot.struckColumns) as the Office.js one does, so a struck note
// beside the table refuses nothing, while a struck cell of the table, a struck run inside one
// ("400" struck before " 380") or a whole line struck refuses its row.
import ExcelJS from "exceljs";
import type { Finding } from "../../../../src/engine";
import { readWorkbook } from "../../../../src/workbook/read";
import { XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsx-workbook";

const HEADER = ["Date", "Product", "Quantity (t)", "Supplier", "SD number", "Status", null, null];
const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/** Receipts of 100, 50, 30, 20 and 10 t, each with `strike` applied to the worksheet. */
async function read(strike: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  const rows: ExcelJS.CellValue[][] = [
    HEADER,
    [day(2), "UCO", 100, "Supplier 1", "SD-1", null, null, "checked"],
    [day(3), "UCO", 50, "Supplier 2", "SD-2", null, null, "call Supplier 2"],
    [day(4), "UCO", 30, "Supplier 3", "SD-3", "done", null, null],
    [day(5), "UCO", 20, "Supplier 4", "SD-4", null, null, "see mail"],
    [day(6), "UCO", 10, "Supplier 5", "SD-5", null, null, null],
  ];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = "dd.mm.yyyy";
    }),
  );
  strike(ws);
  const port = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Struck.xlsx");
  const snapshot = await port.readSnapshot();
  return { sheet: snapshot.sheets[0]!, ...readWorkbook(snapshot) };
}

const said = (findings: Finding[]) =>
  findings.filter((f) => f.code === "row-struck").map((f) => `${f.sheet}!${f.cell}`);

describe("a struck cell counts only in the table's columns (.xlsx)", () => {
  it("a note beyond the table struck: booked; the Status cell, a quantity, a whole line struck: refused", async () => {
    const { sheet, ledger, findings } = await read((ws) => {
      ws.getCell("H2").font = { strike: true };
      ws.getCell("F4").font = { strike: true };
      ws.getCell("C3").font = { strike: true };
      for (const col of ["A", "B", "C", "D", "E", "H"]) ws.getCell(`${col}5`).font = { strike: true };
    });
    expect(sheet).toMatchObject({
      struckRows: [1, 2, 3, 4],
      struckColumns: { 1: [7], 2: [2], 3: [5], 4: [0, 1, 2, 3, 4, 7] },
    });
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "10"]);
    expect(said(findings)).toEqual(["Receipts!A3", "Receipts!A4", "Receipts!A5"]);
  });

  it.each<[string, (ws: ExcelJS.Worksheet) => void, string[]]>([
    [
      "a struck run inside a note beside the table",
      (ws) => {
        ws.getCell("H2").value = {
          richText: [{ text: "old", font: { strike: true } }, { text: " checked" }],
        };
      },
      ["100", "50", "30", "20", "10"],
    ],
    [
      'a struck run inside the quantity ("400" struck before " 100")',
      (ws) => {
        ws.getCell("C2").value = { richText: [{ text: "400", font: { strike: true } }, { text: " 100" }] };
      },
      ["50", "30", "20", "10"],
    ],
    ["nothing struck", () => undefined, ["100", "50", "30", "20", "10"]],
  ])("%s", async (_, strike, booked) => {
    const { ledger } = await read(strike);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(booked);
  });
});
