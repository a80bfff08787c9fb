// Fixture workbooks for the massbal tests, written as real .xlsx files by exceljs.
import ExcelJS from "exceljs";

export type Cell = string | number | Date | null;

export interface BookOptions {
  /** add a delivery that overdraws the account at period end (a negative-balance error) */
  overdraw?: boolean;
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The rows of a small trader's quarter: two receipts (one supplier named like a formula), deliveries,
 * and the settings with the company every declaration names (a PoS lacking it is not issued).
 */
export function bookRows(
  options: BookOptions = {},
): Record<"Receipts" | "Deliveries" | "Settings", Cell[][]> {
  return {
    Settings: [
      ["Setting", "Value"],
      ["Company name", "Ölmühle Nord GmbH"],
      ["Company address", "Hafenstr. 1, 20457 Hamburg"],
      ["Own certificate", "EU-ISCC-Cert-DE100-9"],
    ],
    Receipts: [
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
        "Waste/residue",
        "Installation start date",
      ],
      [
        d("2025-01-10"),
        "=SUM(A1)",
        "EU-ISCC-Cert-DE100-1",
        "IN-1",
        "Rapeseed oil",
        100,
        "Rapeseed",
        "DE",
        30,
        "no",
        d("2008-06-01"),
      ],
      [
        d("2025-02-10"),
        "+Agro",
        "EU-ISCC-Cert-DE100-2",
        "IN-2",
        "Rapeseed oil",
        50,
        "Rapeseed",
        "DE",
        30,
        "no",
        d("2008-06-01"),
      ],
    ],
    Deliveries: [
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"],
      [d("2025-03-01"), "+Nordic Fuels Oy", "Rapeseed oil", 80, "yes", "Satamatie 3, Porvoo"],
      ...(options.overdraw
        ? [[d("2025-03-15"), "@Customer B", "Rapeseed oil", 90, "yes", "Rue 2, Lyon"]]
        : []),
    ],
  };
}

/** The same quarter as an .xlsx workbook, with the user's own fills and a note on the data. */
export function books(options: BookOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = d("2025-04-01");
  const rows = bookRows(options);
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRows(rows.Receipts);
  const deliveries = wb.addWorksheet("Deliveries");
  deliveries.addRows(rows.Deliveries);
  wb.addWorksheet("Settings").addRows(rows.Settings);
  // the user's own look on cells a check may mark: it must come back exactly
  for (const ws of [receipts, deliveries]) {
    ws.eachRow((row, r) =>
      row.eachCell((cell) => {
        if (r > 1) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
      }),
    );
  }
  deliveries.getCell("D3").note = "agreed with Anna";
  return wb;
}

export async function writeBooks(file: string, options: BookOptions = {}): Promise<void> {
  await books(options).xlsx.writeFile(file);
}
