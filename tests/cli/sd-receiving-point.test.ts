// The SD's receiving point through the real massbal declare on a real .xlsx (p-shipto): a
// deliveries column headed "Lieferadresse (Kunde)" is printed as the address of receipt/receiving
// point, and never as the dispatch point, which stays the own company's address.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_RECEIPT_HEADER, issuingReceipt } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareIntoCopy, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const SHIP_TO = "Tanklager Süd, Hafenstr. 5, 20457 Hamburg";

/** label → value of each SD sheet of out.xlsx */
async function sdSheets(): Promise<Map<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "out.xlsx"));
  return wb.worksheets
    .filter((ws) => ws.name.startsWith("SD "))
    .map((ws) => {
      const m = new Map<string, unknown>();
      ws.eachRow((r) => m.set(String(r.getCell(1).text), r.getCell(2).text));
      return m;
    });
}

it('a "Lieferadresse (Kunde)" column is the SD\'s receiving point, never its dispatch point', async () => {
  const report = await declareIntoCopy(
    folder.path,
    [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    [
      [...deliveryHeader(), "Lieferadresse (Kunde)"],
      [...sale("2025-02-01", 50, null), SHIP_TO],
    ],
  );
  expect(report.declarations.map((d) => d.status)).toEqual(["new"]);
  const [sd] = await sdSheets();
  expect(sd?.get("Address of receipt/receiving point")).toBe(SHIP_TO);
  expect(sd?.get("Address of dispatch/shipping point")).not.toBe(SHIP_TO);
  expect(sd?.get("Address")).toBe("Hafenstr. 1, Hamburg");
});

it("a book without a delivery-address column: the receiving point is the recipient's", async () => {
  await declareIntoCopy(
    folder.path,
    [ISSUING_RECEIPT_HEADER, issuingReceipt("2025-01-05", "IN-1", 1000, 30)],
    [deliveryHeader(), sale("2025-02-01", 50, null)],
  );
  const [sd] = await sdSheets();
  expect(sd?.get("Address of receipt/receiving point")).toBe("Same as recipient");
});
