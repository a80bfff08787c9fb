// The German farm books the factor tests check through the real massbal command on a real .xlsx
// (factor-ratio.test.ts, factor-units.test.ts): a settings sheet of Werk GmbH under ISCC EU from
// 2025-01-01, Hof Meyer's receipt of 1000 t of a product, and the sheets of the test beside them.
import { day } from "../../src/books";
import { massbal, writeBook } from "./run-massbal";

/** The findings and balances of `massbal check --json` (src/cli/report.ts) that the factor tests read. */
export interface FactorReport {
  findings: { code: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; unit: string; produced: string; complete: boolean }[];
}

/**
 * A receipts sheet (German headings) with one receipt: 1000 t of `product` from Hof Meyer on
 * 2025-01-10, SD HM-2025-1, EU RED compliant, from DE; its raw material is `product` too.
 */
export const farmReceipts = (product: string): unknown[][] => [
  [
    "Datum",
    "Lieferant",
    "Zertifikat",
    "SD-Nr.",
    "Produkt",
    "Menge (t)",
    "Rohstoff",
    "Herkunftsland",
    "Claim",
  ],
  [
    day("2025-01-10"),
    "Hof Meyer",
    "EU-ISCC-Cert-DE100-10001",
    "HM-2025-1",
    product,
    1000,
    product,
    "DE",
    "EU RED compliant",
  ],
];

/**
 * `massbal check --json` of books.xlsx in `folder`: the sheet "Einstellungen" (Werk GmbH, ISCC EU,
 * first period from 2025-01-01) and `sheets`, by name.
 */
export async function checkFarmBooks(
  folder: string,
  sheets: Record<string, unknown[][]>,
): Promise<FactorReport> {
  const book = await writeBook(folder, "books.xlsx", {
    Einstellungen: [
      ["Einstellung", "Wert"],
      ["Firmenname", "Werk GmbH"],
      ["Schema", "ISCC EU"],
      ["Beginn erste Periode", day("2025-01-01")],
    ],
    ...(sheets as Record<string, never[][]>),
  });
  return JSON.parse(massbal(["check", book, "--json"], folder).stdout) as FactorReport;
}

/** The balance of `product` in report `r`, or undefined. */
export const balanceOf = (r: FactorReport, product: string) => r.balances.find((b) => b.product === product);
