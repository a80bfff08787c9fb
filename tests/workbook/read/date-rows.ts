// A receipts row around one date cell, for the date tests (date-spellings, two-digit-years): the
// date in column A, every other field read, so each row's date is what is tested.
import type { Ledger } from "../../../src/engine/model";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";

/** The receipts header of these rows: every field a receipt is read by (storage-sites adds a column to it). */
export const DATE_HEADER = [
  "Date",
  "Supplier",
  "SD number",
  "Product",
  "Quantity (t)",
  "Claim",
  "Country of origin",
];

/** Receipt `i` dated `date` (the SD number SD-`i`). */
export const dateRow = (i: number, date: CellValue): CellValue[] => [
  date,
  "Saipol",
  `SD-${i}`,
  "UCO",
  10,
  "ISCC compliant",
  "DE",
];

/**
 * The finding said once for a column of dates (two-digit-columns.ts: two-digit-year-column,
 * date-order-column, order-setting-refused and dotted-against-setting alike) that lists `cell` of
 * `sheetName` among its related cells: the task pane marks it with that finding's note (p-dates6:
 * was told by the range from the finding's cell down to `last`).
 */
export function saidForColumn(
  findings: readonly Finding[],
  sheetName: string,
  cell: string,
): Finding | undefined {
  return findings.find(
    (f) =>
      f.code === "ambiguous-date" &&
      (f.details as { count?: number }).count !== undefined &&
      (f.related ?? []).some((r) => r.sheet === sheetName && r.cell === cell),
  );
}

/**
 * What became of the date of receipt `i` (row i + 2, column A) in a read: the findings at its cell
 * ("ambiguous-date two-digit-year"), else the day booked, else "said at A2" where a finding said
 * once for its column names it, else "not read".
 */
export function dateOutcome(read: { ledger: Ledger; findings: readonly Finding[] }, i: number): string {
  const at = read.findings.filter((x) => x.sheet === "Receipts" && x.cell === `A${i + 2}`);
  const reason = (f: Finding) => (f.details as { reason?: string } | undefined)?.reason ?? "";
  if (at.length) return at.map((x) => `${x.code} ${reason(x)}`.trim()).join(", ");
  const booked = read.ledger.receipts.find((r) => r.source.row === i + 2)?.date;
  if (booked) return booked;
  const column = saidForColumn(read.findings, "Receipts", `A${i + 2}`);
  return column ? `said at ${column.cell}` : "not read";
}
