// The books of the left-out tests (tests/workbook/read/left-out.test.ts, tests/cli/left-out.test.ts):
// a trader's quarter of UCO whose receipts sheet may lose a row, and Tallow on a sheet of its own,
// as sheets of cells and as a real exceljs workbook.
import ExcelJS from "exceljs";

export type Spec = string | number | Date | null | { formula: string; result?: unknown };
export type Sheets = Record<string, Spec[][]>;

export const D = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A receipts sheet's headings where each row names its own unit and conversion value ("Heating value" or "Density"). */
export const convertingHeadings = (value: "Heating value" | "Density") => [
  "Date",
  "Supplier",
  "SD number",
  "Product",
  "Quantity",
  "Unit",
  value,
  `${value} unit`,
];

/** The sheets as an exceljs workbook: dates formatted as dates, formulas with their saved result (if any). */
export function workbookOf(sheets: Sheets): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        if (c instanceof Date) {
          cell.value = c;
          cell.numFmt = "yyyy-mm-dd";
        } else if (typeof c === "object")
          cell.value = { formula: c.formula, result: c.result } as ExcelJS.CellValue;
        else cell.value = c;
      }),
    );
  }
  return wb;
}

export const RECEIPTS = [
  "Date",
  "Supplier",
  "Supplier certificate",
  "SD number",
  "Product",
  "Quantity",
  "Unit",
  "Claim",
  "Raw material",
  "Country of origin",
  "GHG total (g CO2eq/MJ)",
  "Waste or residue",
  "Installation start date",
];
export const receipt = (
  date: Spec,
  sd: string,
  quantity: Spec,
  product = "UCO",
  unit: Spec = "t",
): Spec[] => [
  date,
  "Collect GmbH",
  "EU-ISCC-Cert-DE100-10001",
  sd,
  product,
  quantity,
  unit,
  "EU RED compliant",
  product === "Tallow" ? "Tallow" : "Used cooking oil",
  "DE",
  10,
  "yes",
  D("2010-01-01"),
];
export const DELIVERIES = [
  "Date",
  "Customer",
  "Customer certificate",
  "Product",
  "Quantity",
  "Unit",
  "Sustainable",
  "Customer address",
];
export const delivery = (date: Spec, quantity: Spec, product = "UCO"): Spec[] => [
  date,
  "Refinery AG",
  "EU-ISCC-Cert-DE105-50005",
  product,
  quantity,
  "t",
  "yes",
  "Werkstr. 5, 46049 Oberhausen",
];

/**
 * The books: 60 t of UCO received and `ucoRows` more of it on the receipts sheet; 100 t of UCO
 * delivered, so that UCO falls short where the rows are left out; Tallow, 10 t in and 5 t out on
 * a sheet of its own, is the account no left-out row concerns.
 */
export function books(ucoRows: Spec[][], extra: Partial<Sheets> = {}, above: Spec[][] = []): Sheets {
  return {
    Settings: [
      ["Setting", "Value"],
      ["Company name", "Trade GmbH"],
      ["Company address", "Hafenstr. 1, 20457 Hamburg"],
      ["Own certificate", "EU-ISCC-Cert-DE105-40012345"],
      ["Scheme", "ISCC EU"],
    ],
    Certificates: [
      ["Certificate number", "Holder", "Scheme", "Valid from", "Valid until"],
      ["EU-ISCC-Cert-DE100-10001", "Collect GmbH", "ISCC EU", D("2024-06-01"), D("2026-05-31")],
      // the register holds the trader's own certificate too, or no declaration can be checked (valid
      // past any day the massbal tests run on: their declarations are issued today)
      ["EU-ISCC-Cert-DE105-40012345", "Trade GmbH", "ISCC EU", D("2024-06-01"), D("2099-12-31")],
    ],
    Receipts: [...above, RECEIPTS, receipt(D("2025-01-08"), "S-1", 60), ...ucoRows],
    "Tallow receipts": [RECEIPTS, receipt(D("2025-01-05"), "T-1", 10, "Tallow")],
    Deliveries: [DELIVERIES, delivery(D("2025-02-20"), 100), delivery(D("2025-02-21"), 5, "Tallow")],
    ...(extra as Sheets),
  };
}

export const later = (quantity: Spec, date: Spec = D("2025-01-09"), unit: Spec = "t") =>
  receipt(date, "S-2", quantity, "UCO", unit);
