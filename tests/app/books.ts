// The small trader's quarter of tests/cli/books.ts as a snapshot, for the memory host.
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/port";

const serial = (iso: string) =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  const formats = values.map((row, r) => row.map((_, c) => (r > 0 && c === 0 ? "yyyy-mm-dd" : null)));
  return { name, visibility: "visible", values, formats };
}

export function snapshot(options: { overdraw?: boolean; extra?: SheetSnapshot[] } = {}): WorkbookSnapshot {
  return {
    name: "Books.xlsx",
    sheets: [
      sheet("Receipts", [
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
        ],
        [
          serial("2025-01-10"),
          "=SUM(A1)",
          "EU-ISCC-Cert-DE100-1",
          "IN-1",
          "Rapeseed oil",
          100,
          "Rapeseed",
          "DE",
          30,
        ],
        [
          serial("2025-02-10"),
          "+Agro",
          "EU-ISCC-Cert-DE100-2",
          "IN-2",
          "Rapeseed oil",
          50,
          "Rapeseed",
          "DE",
          30,
        ],
      ]),
      sheet("Deliveries", [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        [serial("2025-03-01"), "Customer A", "Rapeseed oil", 80, "yes"],
        ...(options.overdraw ? [[serial("2025-03-15"), "@Customer B", "Rapeseed oil", 90, "yes"]] : []),
      ]),
      ...(options.extra ?? []),
    ],
  };
}
