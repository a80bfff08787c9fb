// Books for the certificate checks, read through the workbook layer: a register of certificate
// rows, 100 t of UCO in with an SD under a supplier certificate, 50 t out as sustainable.
import type { CellValue } from "../../src/workbook/port";
import { CREDIT_FACTS, CREDIT_RECEIPT_HEADER, serial, sheet } from "./fixtures";

export const SUPPLIER = "EU-ISCC-Cert-DE100-1";

/** The heading of the register's sheet: number, holder, scheme, valid from (D), valid until (E), status. */
export const REGISTER_HEADER = ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"];

/**
 * A register row of `n`, valid 2024-01-01 to 2026-12-31, held by the receipts' supplier (a holder
 * of another name refuses the receipt's credit: certificate-holder-differs, brk27 S5).
 */
export const cert = (n: string): CellValue[] => [
  n,
  "Altöl GmbH",
  "ISCC EU",
  serial("2024-01-01"),
  serial("2026-12-31"),
  "valid",
];
/** The sheet Certificates with a valid row of each number. */
export const register = (...numbers: string[]) =>
  sheet("Certificates", [REGISTER_HEADER, ...numbers.map(cert)]);
/** 100 t of UCO in with an SD, 50 t out as sustainable: the book stock at the end of March is 50 t. */
export const receipts = (certificate: CellValue = SUPPLIER) =>
  sheet("Receipts", [
    CREDIT_RECEIPT_HEADER,
    [serial("2025-01-08"), "Altöl GmbH", certificate, "SD-1", "UCO", 100, ...CREDIT_FACTS],
  ]);
export const SALES = sheet("Sales", [
  ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
  [serial("2025-02-01"), "X AG", "Str 1, Berlin", "UCO", 50, "yes"],
]);
