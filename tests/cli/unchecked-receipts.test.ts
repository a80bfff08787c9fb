// Through the real massbal command on a real .xlsx book: receipts with SD numbers but no supplier
// certificate column, beside a certificate register, are said once at the sheet (add a Supplier
// certificate column), and their account is incomplete, not short: no negative-balance, nothing
// declared from it.
import path from "node:path";
import ExcelJS from "exceljs";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { product: string; complete: boolean }[];
  declarations: { status: string }[];
}

it("massbal declare: the sheet says what to add; UCO incomplete, no negative-balance, nothing declared", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Receipts").addRows([
    ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim"],
    [day(2, 20), "Saipol", "SD-1", "UCO", 100, "EU RED compliant"],
  ]);
  wb.addWorksheet("Deliveries").addRows([
    ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Claim"],
    [day(3, 1), "Nordic Fuels Oy", "UCO", 80, "yes", "EU RED compliant"],
  ]);
  wb.addWorksheet("Certificates").addRows([
    ["Certificate no.", "Holder", "Valid from", "Valid until"],
    ["EU-ISCC-Cert-DE100-1", "Saipol", day(1, 1), day(12, 31)],
  ]);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const report = declareJson<Report>(folder.path, "books.xlsx");
  const errors = report.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => `${f.code} ${f.place}`)).toEqual(["mapping-uncertain Receipts!C1"]);
  expect(errors[0]?.message).toContain('Add a column headed "Supplier certificate"');
  expect(report.balances.find((b) => b.product === "UCO")).toMatchObject({ complete: false });
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
});
