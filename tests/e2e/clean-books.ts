// A small trader's quarter with nothing wrong in it, built in code: the demo opens it from
// "disk" to show a check without errors and declarations issued for real (in the register).
import ExcelJS from "exceljs";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function addSheet(wb: ExcelJS.Workbook, name: string, rows: (string | number | Date)[][]): void {
  const ws = wb.addWorksheet(name);
  rows.forEach((values, i) => {
    const row = ws.getRow(i + 1);
    values.forEach((v, c) => {
      row.getCell(c + 1).value = v;
      if (v instanceof Date) row.getCell(c + 1).numFmt = "yyyy-mm-dd";
    });
  });
}

export const CLEAN_BOOKS_NAME = "clean-books.xlsx";
export const CLEAN_PREFIX = "TST";

export async function cleanBooks(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, "Settings", [
    ["Setting", "Value"],
    ["Company name", "Test Trading GmbH"],
    ["Company address", "Kaistraße 1, 20457 Hamburg, Germany"],
    ["Own certificate no.", "EU-ISCC-Cert-DE100-11111111"],
    ["Scheme", "ISCC EU"],
    ["Period length (months)", 3],
    ["First period start", d("2025-01-01")],
    ["SD number prefix", CLEAN_PREFIX],
    // issued after the quarter's close, while the own certificate (register below) is valid: a
    // declaration dated on a day it does not cover is held back
    ["Issue date", d("2025-04-02")],
  ]);
  addSheet(wb, "Receipts", [
    [
      "Date",
      "Supplier",
      "Supplier certificate",
      "SD number",
      "Product",
      "Quantity (t)",
      "Raw material",
      "Country of origin",
      "GHG total",
      "eec",
      "ep",
      "etd",
      "Waste/residue",
      "Installation start date",
    ],
    [
      d("2025-01-10"),
      "Farm One KG",
      "EU-ISCC-Cert-DE100-22222222",
      "F1-001",
      "Rapeseed",
      200,
      "Rapeseed",
      "DE",
      24,
      20,
      0,
      4,
      "no",
      d("2010-01-01"),
    ],
    [
      d("2025-02-10"),
      "Farm One KG",
      "EU-ISCC-Cert-DE100-22222222",
      "F1-002",
      "Rapeseed",
      100,
      "Rapeseed",
      "DE",
      24,
      20,
      0,
      4,
      "no",
      d("2010-01-01"),
    ],
  ]);
  addSheet(wb, "Deliveries", [
    [
      "Date",
      "Customer",
      "Customer address",
      "Customer certificate",
      "Product",
      "Quantity (t)",
      "Sustainable",
    ],
    [
      d("2025-03-05"),
      "Oil Mill AG",
      "Hafenweg 2, 47119 Duisburg",
      "EU-ISCC-Cert-DE100-33333333",
      "Rapeseed",
      250,
      "yes",
    ],
  ]);
  addSheet(wb, "Stock counts", [
    ["Date", "Product", "Quantity (t)"],
    [d("2025-03-31"), "Rapeseed", 50],
  ]);
  addSheet(wb, "Certificates", [
    ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
    [
      "EU-ISCC-Cert-DE100-11111111",
      "Test Trading GmbH",
      "ISCC EU",
      d("2024-06-01"),
      d("2026-05-31"),
      "valid",
    ],
    ["EU-ISCC-Cert-DE100-22222222", "Farm One KG", "ISCC EU", d("2024-06-01"), d("2026-05-31"), "valid"],
    ["EU-ISCC-Cert-DE100-33333333", "Oil Mill AG", "ISCC EU", d("2024-06-01"), d("2026-05-31"), "valid"],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
