// A small trader's quarter with nothing wrong in it: the end-to-end test opens it in the demo
// from "disk" to show a check without errors and declarations issued for real (in the register).
import { type Book, type BookCell, day, settingsRows } from "./book";
import { CERTIFICATE_COLUMNS, DELIVERY_COLUMNS, RECEIPT_COLUMNS, STOCK_COLUMNS } from "./columns";

export const CLEAN_BOOKS_NAME = "clean-books.xlsx";
export const CLEAN_PREFIX = "TST";

const OWN = "EU-ISCC-Cert-DE100-11111111";
const FARM = "EU-ISCC-Cert-DE100-22222222";
const MILL = "EU-ISCC-Cert-DE100-33333333";

/** Rapeseed from Farm One KG, GHG 24 = eec 20 + ep 0 + etd 4, from an installation started in 2010. */
const seed = (date: string, sd: string, qty: number): BookCell[] => [
  day(date),
  "Farm One KG",
  FARM,
  sd,
  "Rapeseed",
  qty,
  "Rapeseed",
  "DE",
  24,
  20,
  0,
  4,
  "no",
  day("2010-01-01"),
];

const valid = (no: string, holder: string): BookCell[] => [
  no,
  holder,
  "ISCC EU",
  day("2024-06-01"),
  day("2026-05-31"),
  "valid",
];

export function cleanBooks(): Book {
  return {
    name: CLEAN_BOOKS_NAME,
    dateFormat: "yyyy-mm-dd",
    sheets: [
      {
        name: "Settings",
        rows: settingsRows([
          ["Company name", "Test Trading GmbH"],
          ["Company address", "Kaistraße 1, 20457 Hamburg, Germany"],
          ["Own certificate no.", OWN],
          ["Scheme", "ISCC EU"],
          ["Period length (months)", 3],
          ["First period start", day("2025-01-01")],
          ["SD number prefix", CLEAN_PREFIX],
          // issued after the quarter's close, while the own certificate (register below) is valid: a
          // declaration dated on a day it does not cover is held back
          ["Issue date", day("2025-04-02")],
        ]),
      },
      {
        name: "Receipts",
        rows: [
          [...RECEIPT_COLUMNS, "GHG total", "eec", "ep", "etd", "Waste/residue", "Installation start date"],
          seed("2025-01-10", "F1-001", 200),
          seed("2025-02-10", "F1-002", 100),
        ],
      },
      {
        name: "Deliveries",
        rows: [
          [...DELIVERY_COLUMNS],
          [day("2025-03-05"), "Oil Mill AG", "Hafenweg 2, 47119 Duisburg", MILL, "Rapeseed", 250, "yes"],
        ],
      },
      { name: "Stock counts", rows: [[...STOCK_COLUMNS], [day("2025-03-31"), "Rapeseed", 50]] },
      {
        name: "Certificates",
        rows: [
          [...CERTIFICATE_COLUMNS],
          valid(OWN, "Test Trading GmbH"),
          valid(FARM, "Farm One KG"),
          valid(MILL, "Oil Mill AG"),
        ],
      },
    ],
  };
}
