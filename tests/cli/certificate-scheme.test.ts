// Credit of one scheme never backs a declaration of another (brk20 A6), through the real massbal
// declare on real .xlsx files: an ISCC EU book's receipt from an ISCC PLUS or ISCC CORSIA
// certificate holder (the number's prefix, or the register's Scheme cell, says so) gave 100 t of
// credit and an SD saying "ISCC EU" and "EU RED compliant material: Yes". Now it gives no credit, an
// error at its certificate cell names both schemes, and no SD draws on it. Two certificate numbers
// in one cell are refused there (which one?). An ISCC EU certificate, and a number of another
// shape (a RED II scheme ISCC EU accepts), are credited and declared as before.
import { ISSUING_RECEIPT_HEADER as RECEIPT_HEADER, issuingReceipt, type Rows } from "../../src/books";
import type { JsonReport as Report } from "../../src/cli/report";
import { day } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/** A receipt of 100 t whose supplier certificate cell says `certificate`. */
const receipt = (certificate: string) =>
  issuingReceipt("2025-01-10", "IN-1", 100, 30).map((c, i) => (i === 2 ? certificate : c));

async function declare(certificate: string, register?: Rows): Promise<Report> {
  return declareBook(folder.path, {
    Receipts: [RECEIPT_HEADER, receipt(certificate)],
    Deliveries: [deliveryHeader(), sale("2025-03-01", 50, null)],
    ...(register ? { Certificates: register } : {}),
  });
}

const REGISTER_HEADER = ["Certificate number", "Holder", "Scheme", "Valid from", "Valid until"];
const OWN_ROW = [
  "EU-ISCC-Cert-DE100-9",
  "Ölmühle Nord GmbH",
  "ISCC EU",
  day("2024-06-01"),
  day("2025-12-31"),
];
const issued = (r: Report) => r.declarations.filter((d) => d.status === "new");
const at = (r: Report, code: string) =>
  r.findings.filter((f) => f.code === code).map((f) => [f.severity, f.sheet, f.cell]);

it.each([
  ["ISCC-PLUS-Cert-PL214-12345678", "ISCC PLUS"],
  ["ISCC-CORSIA-Cert-US201-1234", "ISCC CORSIA"],
])("%s on an ISCC EU book: no credit, no SD, an error at the cell", async (certificate, stated) => {
  const report = await declare(certificate);
  expect(at(report, "certificate-scheme")).toEqual([["error", "Receipts", "C2"]]);
  const message = report.findings.find((f) => f.code === "certificate-scheme")?.message ?? "";
  expect(message).toContain(`is an ${stated} certificate`);
  expect(message).toContain("booked under ISCC EU");
  expect(report.balances.find((b) => b.product === "Rapeseed oil")?.received).toBe("0");
  expect(issued(report)).toEqual([]);
});

it("a number of another shape the register lists under ISCC PLUS: no credit, the register row named", async () => {
  const report = await declare("DE-B-123-456", [
    REGISTER_HEADER,
    ["DE-B-123-456", "Saipol", "ISCC PLUS", day("2024-06-01"), day("2025-05-31")],
    OWN_ROW,
  ]);
  const f = report.findings.find((x) => x.code === "certificate-scheme");
  expect([f?.sheet, f?.cell]).toEqual(["Receipts", "C2"]);
  expect(f?.message).toContain("lists it under ISCC PLUS at Certificates!C2");
  expect(issued(report)).toEqual([]);
});

it("two certificate numbers in one cell: refused at the cell, no SD", async () => {
  const report = await declare("EU-ISCC-Cert-DE100-12345 / EU-ISCC-Cert-DE100-67890");
  expect(at(report, "invalid-value")).toEqual([["error", "Receipts", "C2"]]);
  expect(report.findings[0]?.message).toContain("names 2 certificate numbers");
  expect(issued(report)).toEqual([]);
});

it.each([
  ["EU-ISCC-Cert-DE100-12345"],
  ["DE-B-REDcert-1234-5678"],
  ["EU-ISCC-Cert-DE100-1 / EU-ISCC-Cert-DE100-1"],
])("%s on an ISCC EU book: credited and declared as before", async (certificate) => {
  const report = await declare(certificate);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.balances.find((b) => b.product === "Rapeseed oil")?.received).toBe("100");
  expect(issued(report)).toHaveLength(1);
});
