// The small German book the opening-line tests build (p-opening, brk9): a receipts sheet "UCO" of
// Fett AG's used cooking oil under one certificate, a sales sheet "Verkauf" of 60 t and the
// settings; the first receipts row is the line under test. Used by tests/cli/opening-lines.test.ts
// and tests/workbook/read/opening-words.test.ts.
import type { CellValue } from "exceljs";
import { day } from "../../src/books";

/** Fett AG's ISCC EU certificate. */
export const FETT_CERT = "EU-ISCC-Cert-DE100-10001";

/** The receipts heading as a German clerk writes it, then `more` headings ("Beleg", "Bestand (t)"). */
export const receiptsHead = (...more: string[]): string[] => [
  "Datum",
  "Lieferant",
  "Zertifikat",
  "SD-Nr.",
  "Produkt",
  "Menge (t)",
  "Claim",
  ...more,
];

/** A receipt of `qty` t of UCO from Fett AG on `date` (ISO), SD `sd`, EU RED compliant. */
export const fettAg = (date: string, sd: string, qty: number): CellValue[] => [
  day(date),
  "Fett AG",
  FETT_CERT,
  sd,
  "UCO",
  qty,
  "EU RED compliant",
];

/**
 * The book: settings (first period from 2025-01-01), "UCO" with the line `first`, 20 t, the rows
 * `after`, 10 t; "Verkauf" selling 50 t and 10 t, so that without the line's credit UCO closes at
 * -30 t. `head`: the receipts heading.
 */
export function openingBook(
  head: string[],
  first: CellValue[],
  after: CellValue[][] = [],
): Record<string, CellValue[][]> {
  return {
    Einstellungen: [
      ["Einstellung", "Wert"],
      ["Firmenname", "Biogas Nord GmbH"],
      ["Beginn erste Periode", day("2025-01-01")],
    ],
    UCO: [head, first, fettAg("2025-01-05", "SD-1", 20), ...after, fettAg("2025-02-05", "SD-2", 10)],
    Verkauf: [
      ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
      [day("2025-01-20"), "Raffinerie X", "UCO", 50, "ja"],
      [day("2025-02-20"), "Raffinerie X", "UCO", 10, "ja"],
    ],
  };
}
