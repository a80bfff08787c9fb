// A 100,000-row workbook for the demo, built in the browser: a year of used cooking oil bought
// from many collectors and sold on, laid out as staff keep it. It shows what the pane says while
// a large workbook is read, checked and written (rows read, sheets written), and lets anyone
// try the add-in at the size real books reach.
import type { CellValue } from "../workbook/port";
import type { FakeWorkbookInit } from "./fake-excel/state";

export const LARGE_NAME = "uco-books-100k.xlsx";

const FIRST_DAY = 45658; // 2025-01-01
const SUPPLIERS = ["Altfett Nord GmbH", "Bratfett Recycling KG", "Gastro Öle Süd", "UCO Collect BV"];
const CUSTOMERS = ["HVO Raffinerie AG", "Biodiesel Werke GmbH", "Nordic Fuels Oy"];

/** `rows` data rows in all, half receipts and half deliveries of a little less, over one year. */
export function largeBooks(rows = 100_000): FakeWorkbookInit {
  const half = Math.floor(rows / 2);
  const receipts: CellValue[][] = [
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
    ],
  ];
  const deliveries: CellValue[][] = [
    ["Date", "Customer", "Customer certificate", "Product", "Quantity (t)", "Sustainable"],
  ];
  const dateFormats: (string | null)[][] = [[]];
  for (let i = 0; i < half; i++) {
    const day = FIRST_DAY + Math.floor((i * 364) / half);
    const supplier = i % SUPPLIERS.length;
    receipts.push([
      day,
      SUPPLIERS[supplier] as string,
      `EU-ISCC-Cert-DE100-${1000 + supplier}`,
      `UCO-${String(i + 1).padStart(6, "0")}`,
      "UCO",
      1 + (i % 7) * 0.25,
      "Used cooking oil",
      i % 3 ? "DE" : "NL",
      12.5,
      "yes",
    ]);
    dateFormats.push(["dd.mm.yyyy"]);
  }
  for (let i = 0; i < rows - half; i++) {
    const day = FIRST_DAY + 1 + Math.floor((i * 363) / (rows - half));
    deliveries.push([
      day,
      CUSTOMERS[i % CUSTOMERS.length] as string,
      `EU-ISCC-Cert-DE200-${i % CUSTOMERS.length}`,
      "UCO",
      0.9 + (i % 5) * 0.2,
      "yes",
    ]);
  }
  return {
    name: LARGE_NAME,
    sheets: [
      {
        name: "Settings",
        visibility: "visible",
        values: [
          ["Setting", "Value"],
          ["Company name", "UCO Handel GmbH"],
          ["Scheme", "ISCC EU"],
          ["Own certificate", "EU-ISCC-Cert-DE100-77"],
        ],
      },
      { name: "Receipts", visibility: "visible", values: receipts, formats: dateFormats },
      {
        name: "Deliveries",
        visibility: "visible",
        values: deliveries,
        formats: dateFormats.slice(0, deliveries.length),
      },
    ],
  };
}
