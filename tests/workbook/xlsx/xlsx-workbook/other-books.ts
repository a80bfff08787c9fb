// Receipts books as Excel writes them (exceljs), and the rewrite of their parts as another program
// would have written them: shared by the tests of files from other programs.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../../../src/workbook/read";
import { XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsx-workbook";

/** Receipts of 10.5 t on 2025-03-05 and 4.5 t on 2025-03-06, in the 1900 or the 1904 date system. */
export async function excelBook(date1904 = false): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Receipts");
  ws.addRow(["Date", "Product", "Quantity (t)", "Supplier", "SD number"]);
  ws.addRow([new Date(Date.UTC(2025, 2, 5)), "UCO", 10.5, "Saipol", "IN-1"]).getCell(1).numFmt = "dd.mm.yyyy";
  ws.addRow([new Date(Date.UTC(2025, 2, 6)), "UCO", 4.5, "Cargill", "IN-2"]).getCell(1).numFmt = "dd.mm.yyyy";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Rewrites the XML parts of a file with `edit`, as another program would have written them. */
export async function rewrite(buf: Buffer, edit: (name: string, xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith(".xml")) continue;
    const xml = await zip.file(name)!.async("string");
    zip.file(name, edit(name, xml));
  }
  return Buffer.from(await zip.generateAsync({ type: "uint8array" }));
}

/** The books read from the file through the xlsx adapter. */
export async function read(buf: Buffer) {
  return readWorkbook(await (await XlsxWorkbook.fromBuffer(buf)).readSnapshot());
}
