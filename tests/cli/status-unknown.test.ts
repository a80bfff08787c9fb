// A status the add-in cannot read, through the real `massbal check` on an .xlsx built by exceljs
// (p-status4, src/workbook/status-read.ts, status-marks.ts): a short status of no word read
// ("Gutschrift", a credit note since p-credit) and a status asked ("storniert?") are refused at their
// cell, a blank in a ticked "OK" column too; a longer remark that mentions a credit note ("Gutschrift
// 4711 über Preisdifferenz folgt") in a Bemerkung column is booked; the accounts they
// would feed are incomplete, and nothing unclear is credited.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; complete: boolean }[];
}

const receipt = (
  day: number,
  sd: string,
  qty: number,
  product: string,
  status: string | null,
  ok: string | null,
  note: string | null,
) => receiptRow(new Date(Date.UTC(2025, 1, day)), sd, qty, [status, ok, note], { product });

async function writeBooks(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS, "Status", "OK", "Bemerkung"]);
  receipts.addRow(
    receipt(2, "SD-1", 100, "UCO", "gebucht", "x", "Gutschrift 4711 über Preisdifferenz folgt"),
  );
  receipts.addRow(receipt(3, "SD-2", 50, "UCO", "Gutschrift", "x", null));
  receipts.addRow(receipt(4, "SD-3", 30, "UCO", "storniert?", "x", null));
  receipts.addRow(receipt(5, "SD-4", 20, "HVO", "booked", null, null));
  receipts.addRow(receipt(6, "SD-5", 10, "HVO", "final", "x", "freight: see credit note 88"));
  addCertificates(wb);
  await wb.xlsx.writeFile(file);
}

it("refuses an unknown status, a status asked and a blank approval mark, and books the same words as remarks", async () => {
  await writeBooks(path.join(folder.path, "books.xlsx"));
  const report = checkJson<Report>(folder.path, "books.xlsx");
  const marked = rowMarks(report.findings);
  expect(marked).toEqual([
    ["error", "row-unconfirmed", "Receipts!I3"],
    ["error", "row-unconfirmed", "Receipts!I4"],
    ["error", "row-unconfirmed", "Receipts!J5"],
  ]);
  const at = (cell: string) => report.findings.find((f) => f.cell === cell)!.message;
  // a credit note is no status of a line: refused as one (p-credit, reason credit-note)
  expect(at("I3")).toContain(
    'row 3 is marked "Gutschrift" in Status: a credit note, return, reversal or correction',
  );
  expect(at("I4")).toContain('row 4 is marked "storniert?" in Status');
  expect(at("J5")).toContain("row 5 has no mark in OK, where other rows are ticked or signed as approved");
  // UCO: 100 t (row 2, its remark free text); HVO: 10 t (row 6); both incomplete
  const of = (product: string) => report.balances.filter((b) => b.product === product);
  expect(of("UCO")).toEqual([expect.objectContaining({ received: "100", complete: false })]);
  expect(of("HVO")).toEqual([expect.objectContaining({ received: "10", complete: false })]);
});

it('under a Spanish "Estado" column that keeps statuses, "Gutschrift" is refused, not booked as a place', async () => {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS, "Estado"]);
  receipts.addRow(receipt(2, "SD-1", 100, "UCO", "entregado", null, null).slice(0, 9));
  receipts.addRow(receipt(3, "SD-2", 50, "UCO", "Gutschrift", null, null).slice(0, 9));
  receipts.addRow(receipt(4, "SD-3", 30, "UCO", "anulado", null, null).slice(0, 9));
  receipts.addRow(receipt(5, "SD-4", 20, "UCO", "recibido", null, null).slice(0, 9));
  addCertificates(wb);
  await wb.xlsx.writeFile(path.join(folder.path, "estado.xlsx"));
  const report = checkJson<Report>(folder.path, "estado.xlsx");
  const marked = rowMarks(report.findings);
  expect(marked).toEqual([
    ["error", "row-unconfirmed", "Receipts!I3"],
    ["info", "row-cancelled", "Receipts!I4"],
  ]);
  expect(report.balances).toEqual([
    expect.objectContaining({ product: "UCO", received: "120", complete: false }),
  ]);
});
