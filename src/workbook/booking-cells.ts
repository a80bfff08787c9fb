// What tells a booking's row from a total line beside its label (table-totals.ts): the fields that
// identify a booking (SD number, certificate, counterparty, address), whether the row has the
// other required cells of a booking filled, and the one table that decides from these facts.
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
  "receivingAddress",
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

/**
 * The facts table-totals.ts reads off a row whose first text cell starts with a total's word
 * ("Summe", "Total Q1", "Summe Fett AG", "TOTAL Deutschland GmbH").
 */
export interface LabelledRow {
  /** the label is a total's word alone, or with a date, period or the row's own text (total-words.ts totalCell) */
  wordAlone: boolean;
  /** every other required cell but the quantities (a date, a product) is filled (filledBeside) */
  filled: boolean;
  /** the fields that identify a booking besides the label: none on the sheet, all blank, or one filled */
  identifying: "none" | "blank" | "filled";
  /** the row's quantities: all blank, one of them the sum of the rows above (table-sums.ts), or others */
  quantity: "blank" | "sum" | "other";
  /** the label is a carry-over word that is also a word of bookings, alone ("Transport", "Report"; carry-words.ts) */
  dataWord: boolean;
}

/** What a labelled row is: a total line (skipped), data (booked), or a possible subtotal (refused, named-sum). */
export type LabelledVerdict = "total" | "data" | "named-sum";

/**
 * The decision table for a labelled row, read top down, the first row whose facts all hold wins
 * (a fact left out holds for any value). Every verdict carries the example that made it a rule.
 */
export const LABELLED_ROWS: readonly (readonly [Partial<LabelledRow>, LabelledVerdict, string])[] = [
  // "TOTAL Deutschland GmbH" with its own SD number or certificate is a booking, whatever its quantity
  [{ identifying: "filled" }, "data", "a supplier TOTAL with its own SD number"],
  // (p-rows2) "Transport", "Report": a carry-over only alone on its line with the running sum
  [{ dataWord: true, quantity: "sum", filled: false }, "total", "Transport 3 t, the running sum, alone"],
  [{ dataWord: true, quantity: "sum" }, "named-sum", "Transport with date, product and the running sum"],
  [{ dataWord: true }, "data", "Transport with another number or none: refused at its cells"],
  // "Summe Fett AG" with date and product and the sum of the rows above: a subtotal or a supplier, the add-in cannot tell
  [
    { wordAlone: false, filled: true, quantity: "sum" },
    "named-sum",
    "Summe Fett AG of the sum, no SD number",
  ],
  // a name that starts with a total's word on a row filled like a booking is that booking
  [{ wordAlone: false, filled: true }, "data", "Summe Logistik AG, Total Energies, Vortrag GmbH"],
  // where the sheet has identifying fields, their being blank says total
  [{ identifying: "blank" }, "total", "Summe Februar with no SD number or certificate"],
  // on a sheet without them, a quantity that is not the sum of the rows above says booking
  [{ quantity: "other" }, "data", "Saldo 12,5 t on a sheet without SD numbers"],
  [{}, "total", "Summe with a blank quantity or the sum of the rows above"],
];

/** The verdict of LABELLED_ROWS for a labelled row's facts. */
export function labelledVerdict(row: LabelledRow): LabelledVerdict {
  for (const [when, verdict] of LABELLED_ROWS) {
    if ((Object.keys(when) as (keyof LabelledRow)[]).every((k) => when[k] === row[k])) return verdict;
  }
  return "total";
}
