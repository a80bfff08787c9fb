// The printed SD's dispatch point of a second site through the real massbal declare (h-dispatch):
// Venlo's SD states Venlo's address from the sites sheet, never the settings' company address.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_RECEIPT_HEADER, ISSUING_SETTINGS, issuingReceipt, plainBook } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const VENLO = "Industrieweg 7, 5928 Venlo";

it("Venlo's SD prints Venlo's address from the sites sheet as the dispatch point", async () => {
  const book = plainBook({
    Receipts: [
      [...ISSUING_RECEIPT_HEADER, "Site"],
      [...issuingReceipt("2025-01-05", "IN-1", 1000, 30), "Venlo"],
    ],
    Deliveries: [
      [...deliveryHeader(), "Site"],
      [...sale("2025-02-01", 50, null), "Venlo"],
    ],
    Sites: [
      ["Site", "Country", "Adres"],
      ["Hamburg", "DE", "Kattwykdamm 3, 21107 Hamburg"],
      ["Venlo", "NL", VENLO],
    ],
    Settings: ISSUING_SETTINGS,
  });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json"], folder.path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "out.xlsx"));
  const sds = wb.worksheets.filter((ws) => ws.name.startsWith("SD "));
  expect(sds).toHaveLength(1);
  const label = new Map<string, string>();
  sds[0]?.eachRow((r) => label.set(String(r.getCell(1).text), r.getCell(2).text));
  expect(label.get("Address of dispatch/shipping point")).toBe(VENLO);
});
