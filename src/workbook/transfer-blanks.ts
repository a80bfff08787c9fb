// A transfer's cell left blank on a sheet that keeps it, which the add-in never reads as "all of it
// arrived" or "it arrived the day it left": (brk25 T1) the quantity received, (brk26 L4) the
// arrival date beside the dispatch date. The row is refused at the blank cell (missing-value), the
// transfer not booked and the balances of its product at both sites incomplete.
import { readFinding } from "./read-findings";
import type { TableRow } from "./table-row";
import type { Finding } from "../engine/result";

/** Each field whose blank cell refuses a transfer row, its label and the reason the wording names. */
const KEPT = [
  { field: "received", label: "Quantity received", reason: "received-blank" },
  { field: "arrivalDate", label: "Arrival date", reason: "arrival-blank" },
] as const;

/** The refusal of transfer row `row` at its first such blank cell, or null where it has none. */
export function transferBlank(row: TableRow): Finding | null {
  for (const { field, label, reason } of KEPT) {
    const at = row.blank?.[field];
    if (at)
      return readFinding("missing-value", "error", row.source.sheet, at, { label, dropped: true, reason });
  }
  return null;
}
