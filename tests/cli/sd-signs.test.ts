// SD numbers a new user's books lost silently (p-sdno), through the real massbal declare on real
// .xlsx files: a receipt with a supplier certificate and GHG values but a blank SD, a receipts
// sheet whose SD column is headed "Nº", a delivery whose SD cell says "… storniert". Each is
// refused where it stands; the credit it costs leaves the balance incomplete, not negative; a
// number marked cancelled is never issued or kept as a declaration's number.
import {
  ISSUING_RECEIPT_HEADER as RECEIPT_HEADER,
  issuingReceipt as receipt,
  type Rows,
} from "../../src/books";
import type { JsonReport as Report } from "../../src/cli/report";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale, sunflower } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const declare = (receipts: Rows, sales: Rows): Promise<Report> =>
  declareBook(folder.path, { Receipts: receipts, Deliveries: [deliveryHeader(), ...sales] });

const rapeseed = (r: Report) => r.balances.filter((b) => b.product === "Rapeseed oil");

it("a receipt with a certificate and GHG values but a blank SD: refused at its SD cell, the balance incomplete", async () => {
  const report = await declare(
    [RECEIPT_HEADER, receipt("2025-01-05", "", 100, 30)],
    [sale("2025-02-01", 50, null)],
  );
  const refused = report.findings.filter((f) => f.sheet === "Receipts" && f.cell === "D2");
  expect(refused).toEqual([expect.objectContaining({ code: "missing-value", severity: "error" })]);
  expect(refused[0]!.message).toContain("the row has a supplier certificate and GHG values");
  expect(refused[0]!.message).toContain("enter the SD number of the supplier's Sustainability Declaration");
  // no credit, but no negative-balance either: the missing SD is missing input
  expect(rapeseed(report)).toEqual([
    expect.objectContaining({ received: "0", closing: "-50", complete: false }),
  ]);
  expect(report.findings.filter((f) => f.code === "negative-balance")).toEqual([]);
  expect(report.declarations.filter((x) => x.status === "new")).toEqual([]);
});

it('a receipts sheet whose SD column is headed "Nº": said at the heading, never guessed, the balance incomplete', async () => {
  const header = RECEIPT_HEADER.map((h) => (h === "SD number" ? "Nº" : h));
  const report = await declare(
    [header, receipt("2025-01-05", "IN-1", 100, 30)],
    [sale("2025-02-01", 50, null)],
  );
  const said = report.findings.filter((f) => f.sheet === "Receipts" && f.cell === "D1");
  expect(said).toEqual([expect.objectContaining({ code: "mapping-uncertain", severity: "error" })]);
  expect(said[0]!.message).toContain('the column headed "Nº" may hold them');
  expect(said[0]!.message).toContain('head the column of the SD numbers "SD number"');
  expect(rapeseed(report)).toEqual([expect.objectContaining({ received: "0", complete: false })]);
  expect(report.findings.filter((f) => f.code === "negative-balance")).toEqual([]);
  expect(report.declarations.filter((x) => x.status === "new")).toEqual([]);
});

it("a delivery's SD cell marked storniert: refused at the cell, and its number is never issued again", async () => {
  // a second product, so that the refused delivery's hold on its own account leaves the other free
  const receipts = [
    RECEIPT_HEADER,
    receipt("2025-01-05", "IN-1", 1000, 30),
    sunflower(receipt("2025-01-06", "IN-2", 500, 30)),
  ];
  // the number the add-in gives the first declaration of these books (prefix ON, issued 2025)
  const number = "ON-2025-0001";
  const other = sunflower(sale("2025-02-02", 20, null));
  const report = await declare(receipts, [sale("2025-02-01", 50, `${number} storniert`), other]);
  const refused = report.findings.filter((f) => f.sheet === "Deliveries" && f.cell === "G2");
  expect(refused).toEqual([expect.objectContaining({ code: "invalid-value", severity: "error" })]);
  expect(refused[0]!.message).toContain(`marks the SD ${number} as not valid`);
  const numbers = report.declarations.map((x) => x.number);
  expect(numbers.some((n) => /storn/i.test(n))).toBe(false);
  // the second sale is declared under a new number, never the one marked cancelled
  const declared = report.declarations.filter((x) => x.status === "new");
  expect(declared).toEqual([expect.objectContaining({ quantity: "20" })]);
  expect(declared[0]!.number).not.toBe(number);
});
