// The books of the issue-12 scenarios (issued declarations are permanent records): a trader's
// receipts with everything a PoS needs, and settings that name the company and the SD prefix.
export type Cell = string | number | Date | null;

export const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const SETTINGS: Cell[][] = [
  ["Setting", "Value"],
  ["Company name", "Ölmühle Nord GmbH"],
  ["Company address", "Hafenstr. 1, 20457 Hamburg"],
  ["Own certificate", "EU-ISCC-Cert-DE100-9"],
  ["SD number prefix", "ON"],
  ["Issue date of new declarations", d("2025-04-02")],
];

export const RECEIPT_HEADER: Cell[] = [
  "Date",
  "Supplier",
  "Supplier certificate",
  "SD number",
  "Product",
  "Quantity (t)",
  "Raw material",
  "Country of origin",
  "Waste/residue",
  "GHG total",
  "GHG unit",
  "Installation start date",
];

/** A sustainable receipt of rapeseed oil; GHG in g CO2eq/MJ from an installation started `start`. */
export function receipt(
  date: string,
  sd: string,
  qty: number,
  ghg: number | null,
  start = "2008-06-01",
): Cell[] {
  return [
    d(date),
    "Saipol",
    "EU-ISCC-Cert-DE100-1",
    sd,
    "Rapeseed oil",
    qty,
    "Rapeseed",
    "DE",
    "no",
    ghg,
    "g CO2eq/MJ",
    d(start),
  ];
}
