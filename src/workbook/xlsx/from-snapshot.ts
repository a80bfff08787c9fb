// A real .xlsx file from a neutral snapshot: how tests and tools build fixture workbooks.
import ExcelJS from "exceljs";
import { parseRange, rangeAddress } from "../a1";
import { isErrorValue } from "../out-value";
import type { WorkbookSnapshot } from "../port";

export async function snapshotToXlsx(snapshot: WorkbookSnapshot): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.visibility });
    sheet.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        // exceljs writes an error value as a cell of error type (t="e"), as Excel does
        cell.value = isErrorValue(v) ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
      });
    });
    sheet.formats?.forEach((row, r) => {
      row.forEach((fmt, c) => {
        if (fmt && fmt !== "General") ws.getCell(r + 1, c + 1).numFmt = fmt;
      });
    });
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const c of sheet.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
    // a struck-through row: the cells the snapshot names (struckColumns), else every stored cell
    // of it, as a keeper strikes a line through
    for (const r of sheet.struckRows ?? []) {
      const cols = sheet.struckColumns?.[r];
      sheet.values[r]?.forEach((v, c) => {
        if (v !== null && (!cols || cols.includes(c))) ws.getCell(r + 1, c + 1).font = { strike: true };
      });
    }
    for (const merge of sheet.merges ?? []) {
      const { start, end } = parseRange(merge);
      ws.mergeCells(rangeAddress(start, end));
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
