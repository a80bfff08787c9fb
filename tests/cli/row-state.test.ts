// Rows and sheets marked as not really there, through the real `massbal check` on an .xlsx built
// by exceljs: a line cancelled in its Status column is not booked (a note at its status cell), a
// struck-through line is refused (an error at its row), a hidden row and a hidden sheet are booked
// (a warning each), and a quantity shown divided by thousands is refused with both readings.
import path from "node:path";
import { RECEIPT_COLUMNS } from "../../src/books";
import { addCertificates, februaryReceipt, receiptRow, receiptsSheet } from "./receipt-rows";
import { checkJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; delivered: string; complete: boolean }[];
}

const folder = freshFolderPerTest();

const receipt = februaryReceipt;

/** What `massbal check --json` reports of the book `write` writes, with nothing on stderr. */
async function check(name: string, write: (file: string) => Promise<void>): Promise<Report> {
  await write(path.join(folder.path, name));
  return checkJson<Report>(folder.path, name);
}

async function writeBooks(file: string): Promise<void> {
  const { wb, receipts } = receiptsSheet(
    ["Status"],
    [
      receipt(2, "SD-1", 100, "ok"),
      receipt(3, "SD-2", 50, "storniert"),
      receipt(4, "SD-3", 30, null),
      receipt(5, "SD-4", 20, null),
      receipt(6, "SD-5", 7000, null),
    ],
  );
  for (let c = 1; c <= 8; c++) receipts.getCell(4, c).font = { strike: true };
  receipts.getRow(5).hidden = true;
  receipts.getCell("F6").numFmt = "#,##0,";
  const old = wb.addWorksheet("Receipts old", { state: "hidden" });
  old.addRow([...RECEIPT_COLUMNS]);
  old.addRow(receipt(7, "SD-6", 10, null).slice(0, 8));
  const sales = wb.addWorksheet("Deliveries");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 2, 1)), "Fuel AG", "UCO", 40, "yes"]);
  await addCertificates(wb).xlsx.writeFile(file);
}

it("books what is stored and visible or hidden, skips the cancelled, refuses the struck-through and the scaled, and says each", async () => {
  const report = await check("books.xlsx", writeBooks);
  const marked = report.findings
    .filter((f) =>
      ["row-cancelled", "row-struck", "row-hidden", "sheet-hidden", "ambiguous-number"].includes(f.code),
    )
    .map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`]);
  expect(marked).toEqual([
    ["error", "row-struck", "Receipts!A4"],
    ["error", "ambiguous-number", "Receipts!F6"],
    ["warning", "row-hidden", "Receipts!A5"],
    ["warning", "sheet-hidden", "Receipts old!A1"],
    ["info", "row-cancelled", "Receipts!I3"],
  ]);
  // 100 t (row 2) + 20 t (hidden row 5) + 10 t (hidden sheet); not 50 (cancelled), 30 (struck) or row 6
  expect(report.balances.filter((b) => b.product === "UCO")).toEqual([
    expect.objectContaining({ received: "130", delivered: "40" }),
  ]);
  const scaled = report.findings.find((f) => f.code === "ambiguous-number");
  expect(scaled!.message).toContain('7000 (as stored) or 7 (in thousands, as the format "#,##0," shows it)');
});

// A status that leaves a line unconfirmed, a struck-through delivery, an unreadable Sustainable
// cell: each refused at its cell, and the account it would feed reported incomplete.
async function writeSales(file: string): Promise<void> {
  const { wb } = receiptsSheet(
    ["Status"],
    [
      receipt(2, "SD-1", 100, "geliefert"),
      receipt(3, "SD-2", 50, "Entwurf"),
      receiptRow(new Date(Date.UTC(2025, 1, 4)), "SD-3", 30, [null], { product: "HVO" }),
    ],
  );
  const sales = wb.addWorksheet("Deliveries");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Bemerkung"]);
  sales.addRow([new Date(Date.UTC(2025, 2, 1)), "Fuel AG", "UCO", 40, "yes", "erledigt"]);
  sales.addRow([new Date(Date.UTC(2025, 2, 2)), "Fuel AG", "UCO", 10, "yes?", null]);
  sales.addRow([new Date(Date.UTC(2025, 2, 3)), "Fuel AG", "HVO", 5, "yes", "abgelehnt"]);
  sales.addRow([new Date(Date.UTC(2025, 2, 4)), "Fuel AG", "HVO", 7, "yes", null]);
  for (let c = 1; c <= 6; c++) sales.getCell(5, c).font = { strike: true };
  await addCertificates(wb).xlsx.writeFile(file);
}

it("refuses unconfirmed and struck lines and an unreadable Sustainable cell, and reports their accounts incomplete", async () => {
  const report = await check("sales.xlsx", writeSales);
  const refused = report.findings
    .filter((f) => f.severity === "error" && f.code !== "input-incomplete")
    .map((f) => [f.code, `${f.sheet}!${f.cell}`]);
  expect(refused).toEqual(
    expect.arrayContaining([
      ["row-unconfirmed", "Receipts!I3"],
      ["invalid-value", "Deliveries!E3"],
      ["row-unconfirmed", "Deliveries!F4"],
      ["row-struck", "Deliveries!A5"],
    ]),
  );
  expect(report.findings.filter((f) => f.code === "input-incomplete")).toEqual([]);
  const unconfirmed = report.findings.find((f) => f.code === "row-unconfirmed")!;
  expect(unconfirmed.message).toContain('row 3 is marked "Entwurf" in Status');
  // UCO: 100 t booked (not the draft 50 t), 40 t delivered (the 10 t without its part is booked);
  // HVO: 30 t in, nothing of the rejected or struck lines out; both incomplete
  const of = (product: string) => report.balances.filter((b) => b.product === product);
  expect(of("UCO")).toEqual([expect.objectContaining({ received: "100", complete: false })]);
  expect(of("HVO")).toEqual([expect.objectContaining({ received: "30", delivered: "0", complete: false })]);
});

// A line marked not real under a heading the reader once did not know, its status word qualified
// by a reason (p-status2, src/workbook/status-read.ts and status-headings.ts): refused or not
// booked at its status cell, never booked with credit; a remark that only mentions such a word is
// booked and said.
async function writeStatuses(file: string): Promise<void> {
  const { wb } = receiptsSheet(
    ["Lieferstatus"],
    [
      receipt(2, "SD-1", 100, "geliefert 03.02."),
      receipt(3, "SD-2", 50, "abgelehnt (QA)"),
      receipt(4, "SD-3 storniert", 30, "storniert/abgelehnt"),
      receipt(5, "SD-4", 20, "rejected by QA, re-delivered 14.03."),
    ],
  );
  await addCertificates(wb).xlsx.writeFile(file);
}

it("refuses the rejected line, skips the cancelled one and says the remark, under Lieferstatus", async () => {
  const report = await check("statuses.xlsx", writeStatuses);
  const marked = rowMarks(report.findings);
  expect(marked).toEqual(
    expect.arrayContaining([
      ["error", "row-unconfirmed", "Receipts!I3"],
      ["info", "row-cancelled", "Receipts!I4"],
      ["warning", "row-unconfirmed", "Receipts!I5"],
    ]),
  );
  expect(marked).toHaveLength(3);
  // 100 t and the re-delivered 20 t; not the rejected 50 t nor the cancelled 30 t; incomplete
  expect(report.balances.filter((b) => b.product === "UCO")).toEqual([
    expect.objectContaining({ received: "120", complete: false }),
  ]);
  const refused = report.findings.find((f) => f.cell === "I3")!;
  expect(refused.message).toContain('row 3 is marked "abgelehnt (QA)" in Lieferstatus');
});
