// A small trader's quarter of rapeseed oil (Ölmühle Nord GmbH): the books most tests of the
// massbal command, the use cases and the task pane run on, and the pieces the tests of issued
// declarations (issue 12) build their own books from.
import { type Book, type BookCell, type Rows, day, settingsRows } from "./book";
import { RECEIPT_COLUMNS } from "./columns";

export const TRADER_COMPANY = "Ölmühle Nord GmbH";

/** The company every declaration names (a PoS lacking it is not issued). */
const COMPANY_SETTINGS: [string, BookCell][] = [
  ["Company name", TRADER_COMPANY],
  ["Company address", "Hafenstr. 1, 20457 Hamburg"],
  ["Own certificate", "EU-ISCC-Cert-DE100-9"],
];

export interface TraderOptions {
  /** add a delivery that overdraws the account at period end (a negative-balance error) */
  overdraw?: boolean;
}

/**
 * Two receipts (suppliers named like a formula: "=SUM(A1)", "+Agro"), a delivery to a customer
 * named like one, and the settings; with `overdraw` a second delivery the account cannot cover.
 * The user's own fill on every data cell and a note on D3 of Deliveries, which a check's marks
 * must give back exactly.
 */
export function traderBooks(options: TraderOptions = {}): Book {
  const receipt = (date: string, supplier: string, cert: string, sd: string, qty: number): BookCell[] => [
    day(date),
    supplier,
    cert,
    sd,
    "Rapeseed oil",
    qty,
    "Rapeseed",
    "DE",
    30,
    "no",
    day("2008-06-01"),
  ];
  return {
    name: "Books.xlsx",
    created: day("2025-04-01"),
    sheets: [
      {
        name: "Receipts",
        dataFill: "#E2EFDA",
        rows: [
          [...RECEIPT_COLUMNS, "GHG total", "Waste/residue", "Installation start date"],
          receipt("2025-01-10", "=SUM(A1)", "EU-ISCC-Cert-DE100-1", "IN-1", 100),
          receipt("2025-02-10", "+Agro", "EU-ISCC-Cert-DE100-2", "IN-2", 50),
        ],
      },
      {
        name: "Deliveries",
        dataFill: "#E2EFDA",
        notes: { D3: "agreed with Anna" },
        rows: [
          ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"],
          [day("2025-03-01"), "+Nordic Fuels Oy", "Rapeseed oil", 80, "yes", "Satamatie 3, Porvoo"],
          ...(options.overdraw
            ? [[day("2025-03-15"), "@Customer B", "Rapeseed oil", 90, "yes", "Rue 2, Lyon"]]
            : []),
        ],
      },
      { name: "Settings", rows: settingsRows(COMPANY_SETTINGS) },
    ],
  };
}

/** The rows of one sheet of a book (an empty table where the book has no such sheet). */
export function rowsOf(book: Book, sheet: string): Rows {
  return book.sheets.find((s) => s.name === sheet)?.rows ?? [];
}

/** The trader's settings for issuing declarations: its SD prefix "ON", issued on 2 April 2025. */
export const ISSUING_SETTINGS: Rows = settingsRows([
  ...COMPANY_SETTINGS,
  ["SD number prefix", "ON"],
  ["Issue date of new declarations", day("2025-04-02")],
]);

/** The receipts header of the issuing trader: everything a PoS needs. */
export const ISSUING_RECEIPT_HEADER: BookCell[] = [
  ...RECEIPT_COLUMNS,
  "Waste/residue",
  "GHG total",
  "GHG unit",
  "Installation start date",
];

/** A sustainable receipt of rapeseed oil from Saipol; GHG in g CO2eq/MJ from an installation started `start`. */
export function issuingReceipt(
  date: string,
  sd: string,
  qty: number,
  ghg: number | null,
  start = "2008-06-01",
): BookCell[] {
  return [
    day(date),
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
    day(start),
  ];
}
