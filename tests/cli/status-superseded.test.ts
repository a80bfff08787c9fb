// A new user's Status and approval columns through the real `massbal check` on an .xlsx built by
// exceljs (p-status5): a line replaced is not booked (a note at its status cell), "o.k." is booked,
// a lone "0" under Status is refused; under "Freigabe" the rows signed with initials or a date are
// booked and the blank one refused; a delivery replaced is not delivered.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; reason?: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; delivered: string; complete: boolean }[];
}

const folder = freshFolderPerTest();

const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));
const receipt = (
  d: number,
  sd: string,
  qty: number,
  status: string | number | null,
  approval: string | Date | null,
) => receiptRow(day(2, d), sd, qty, [status, approval]);

async function writeBooks(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS, "Status", "Freigabe"]);
  receipts.addRow(receipt(2, "SD-1", 100, "o.k.", "MM"));
  receipts.addRow(receipt(3, "SD-2", 100, "ersetzt", "MM"));
  receipts.addRow(receipt(4, "SD-3", 40, "Wareneingang", day(2, 4)));
  receipts.addRow(receipt(5, "SD-4", 20, 0, "JK"));
  receipts.addRow(receipt(6, "SD-5", 10, "erledigt", null));
  receipts.getCell("J4").numFmt = "dd.mm.yyyy";
  const sales = wb.addWorksheet("Deliveries");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Status"]);
  sales.addRow([day(3, 1), "Fuel AG", "UCO", 40, "yes", "geliefert"]);
  sales.addRow([day(3, 2), "Fuel AG", "UCO", 40, "yes", "replaced"]);
  await addCertificates(wb, day(1, 1)).xlsx.writeFile(file);
}

it("skips the replaced lines, books the signed ones, refuses a lone 0 and an unsigned approval", async () => {
  await writeBooks(path.join(folder.path, "books.xlsx"));
  const report = checkJson<Report>(folder.path, "books.xlsx");
  const marked = rowMarks(report.findings);
  expect(marked).toEqual(
    expect.arrayContaining([
      ["info", "row-cancelled", "Receipts!I3"],
      ["error", "row-unconfirmed", "Receipts!I5"],
      ["error", "row-unconfirmed", "Receipts!J6"],
      ["info", "row-cancelled", "Deliveries!F3"],
    ]),
  );
  expect(marked).toHaveLength(4);
  // 100 t (o.k., MM) + 40 t (Wareneingang, signed on a day); not the replaced 100 t, nor the 20 t
  // of status "0", nor the 10 t without approval; 40 t delivered, not the replaced delivery
  expect(report.balances.filter((b) => b.product === "UCO")).toEqual([
    expect.objectContaining({ received: "140", delivered: "40", complete: false }),
  ]);
});
