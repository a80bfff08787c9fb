// What tells a booking's row from a total line beside its label (table-totals.ts): the fields that
// identify a booking (SD number, certificate, counterparty, address), and whether the row has the
// other required cells of a booking filled.
import { isBlank } from "./grid";
import type { Column } from "./table-columns";

// Fields that identify a booking: blank on a labelled row, they say the row is a total.
export const IDENTIFYING = [
  "sdNumber",
  "supplierCertificate",
  "customerCertificate",
  "certificate",
  "customerAddress",
  "dispatchAddress",
  "linkedSds",
  "supplier",
  "customer",
  "counterparty",
];

/** Whether the table has a field that identifies a booking besides the label's column `labelCol`. */
export function identifies(columns: Column[], labelCol: number): boolean {
  return columns.some((c) => IDENTIFYING.includes(c.field.id) && c.col !== labelCol);
}

/** Whether the fields that identify a booking (SD number, certificate, counterparty…) are all blank, besides the label's. */
export function identifyingBlank(cells: readonly unknown[], columns: Column[], labelCol: number): boolean {
  const identifying = columns.filter((c) => IDENTIFYING.includes(c.field.id) && c.col !== labelCol);
  return identifying.length > 0 && identifying.every((c) => isBlank(cells[c.col] as never));
}

/** Whether every required field but the quantities and the label's own column is filled (a date, a product): a booking's row. */
export function filledBeside(
  cells: readonly unknown[],
  columns: Column[],
  quantityCols: Column[],
  labelCol: number,
): boolean {
  const others = columns.filter((c) => c.field.required && c.col !== labelCol && !quantityCols.includes(c));
  return others.length > 0 && others.every((c) => !isBlank(cells[c.col] as never));
}
