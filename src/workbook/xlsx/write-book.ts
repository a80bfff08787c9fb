// A book of src/books as a real .xlsx workbook: how the sample, the tests, the end-to-end test and
// the benchmarks write the books they share. Large books go through exceljs's streaming writer,
// so writing 100,000 rows holds no workbook in memory.
import ExcelJS from "exceljs";
import { type Book, type BookSheet, headerRowOf, sheetGrid } from "../../books/book";

const HEADER_FILL = "FFE2EFDA";

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

function writeSheet(ws: ExcelJS.Worksheet, sheet: BookSheet, dateFormat: string | undefined): void {
  const top = headerRowOf(sheet);
  sheetGrid(sheet).forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (v instanceof Date && dateFormat) cell.numFmt = dateFormat;
      if (sheet.dataFill && r + 1 > top && v !== null) cell.fill = solid(argbOf(sheet.dataFill));
    });
  });
  if (sheet.title?.length) ws.getCell(1, 1).font = { bold: true, size: 14 };
  if (sheet.styledHeader) {
    const head = ws.getRow(top);
    head.font = { bold: true };
    head.eachCell((c) => (c.fill = solid(HEADER_FILL)));
    ws.views = [{ state: "frozen", ySplit: top }];
  }
  sheet.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [address, note] of Object.entries(sheet.notes ?? {})) ws.getCell(address).note = note;
}

const argbOf = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** The book as an exceljs workbook, for a caller that adds to it or writes it itself. */
export function bookToExcel(book: Book): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  if (book.creator) wb.creator = book.creator;
  if (book.created) wb.created = wb.modified = book.created;
  for (const sheet of book.sheets) writeSheet(wb.addWorksheet(sheet.name), sheet, book.dateFormat);
  return wb;
}

/** The book as the bytes of an .xlsx file. */
export async function bookToXlsx(book: Book): Promise<Buffer> {
  return Buffer.from(await bookToExcel(book).xlsx.writeBuffer());
}

/**
 * Writes the book to `file` (replacing it). `streaming` writes row by row, for books of many
 * thousand rows; it carries values and date formats only (no look: fills, notes, widths).
 */
export async function writeBookFile(book: Book, file: string, options: { streaming?: boolean } = {}) {
  if (!options.streaming) return bookToExcel(book).xlsx.writeFile(file);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: true,
  });
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const values of sheetGrid(sheet)) {
      const row = ws.addRow(values);
      if (book.dateFormat)
        values.forEach((v, c) => {
          if (v instanceof Date) row.getCell(c + 1).numFmt = book.dateFormat as string;
        });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
