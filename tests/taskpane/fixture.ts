// A small mass balance book built in code: receipts and deliveries with one invalid number
// (Receipts!C5, a receipt of HVO, which is left out and makes only HVO incomplete) and one
// delivery that drives the balance of RME below zero (Deliveries!C4).
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";

const receipts: CellValue[][] = [
  ["Incoming goods 2025"],
  [],
  [
    "Date",
    "Product",
    "Quantity (t)",
    "Supplier",
    "Supplier certificate",
    "SD number",
    "Scheme",
    "Raw material",
    "Checked weight",
    "Country of origin",
  ],
  ["2025-01-10", "RME", 100, "Saipol", "EU-ISCC-Cert-DE100-1", "SD-1001", "ISCC EU", "Rapeseed", 100, "DE"],
  ["2025-02-01", "HVO", "12x", "Saipol", "EU-ISCC-Cert-DE100-1", "SD-1002", "ISCC EU", "Rapeseed", 12, "DE"],
];

const deliveries: CellValue[][] = [
  ["Date", "Product", "Quantity (t)", "Customer", "Customer address", "Customer certificate", "Sustainable"],
  ["2025-01-20", "RME", 60, "Fuel Trading GmbH", "Hafenstr. 1, Hamburg", "EU-ISCC-Cert-DE200-9", "yes"],
  ["2025-02-03", "RME", 30, "Fuel Trading GmbH", "Hafenstr. 1, Hamburg", "EU-ISCC-Cert-DE200-9", "yes"],
  ["2025-02-20", "RME", 50, "Blend AG", "Industriestr. 5, Köln", "EU-ISCC-Cert-DE300-2", "yes"],
];

export function bookSnapshot(): WorkbookSnapshot {
  return {
    name: "Mass balance 2025.xlsx",
    sheets: [
      { name: "Receipts", visibility: "visible", values: receipts },
      { name: "Deliveries", visibility: "visible", values: deliveries },
    ],
  };
}

export function bookWorkbook(): MemoryWorkbook {
  return MemoryWorkbook.fromSnapshot(bookSnapshot());
}
