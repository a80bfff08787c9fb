// The Ölmühle Nord books the next-day-count and replacement-remark CLI tests build: its Settings
// (issue date 02.07.2025) and one receipt of 100 t of rapeseed Biodiesel, IN-1 on 10.01.2025, with
// its GHG value, so a delivery of it is declared.
import type { CellValue } from "exceljs";

/** A date cell of `iso` (YYYY-MM-DD), midnight UTC. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The Settings sheet; `more` rows after the company's own ("SD number prefix", "ON"). */
export function settingsRows(more: CellValue[][] = []): CellValue[][] {
  return [
    ["Setting", "Value"],
    ["Company name", "Ölmühle Nord GmbH"],
    ["Company address", "Hafenstr. 1, 20457 Hamburg"],
    ["Own certificate", "EU-ISCC-Cert-DE100-9"],
    ...more,
    ["Issue date of new declarations", day("2025-07-02")],
  ];
}

/** The Receipts sheet: IN-1, 100 t of Biodiesel from Saipol on 10.01.2025, GHG 30 g CO2eq/MJ. */
export const RECEIPTS: CellValue[][] = [
  ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Raw material"]
    .concat(["Country of origin", "Waste/residue", "GHG total", "GHG unit", "GHG method"])
    .concat(["Installation start date"]),
  [day("2025-01-10"), "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "Biodiesel", 100, "Rapeseed", "DE", "no"]
    .concat([30, "g CO2eq/MJ", "actual"])
    .concat([day("2008-06-01")]),
];
