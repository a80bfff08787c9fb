// A receipt's sustainable part, where its sheet states one beside the quantity ("davon nachhaltig
// (t)", "Anteil nachhaltig (%)"): the incoming SD states the sustainable quantity, and a receipt
// is credited whole or not at all (domain.md §2: a receipt with an SD number is sustainable), so a
// part that is not all of it is never credited as the whole (first law) nor split here: the row
// gives no credit, its account is incomplete, and the finding says to book the part on its own row.
import { cellOf, finding } from "../findings";
import { type Source } from "../model";
import { dimensionOf } from "../amount";
import { type Row } from "../validate";
import { type Intake, type Measure, t } from "./context";
import { REFUSED, shown } from "./part-of";
import { statedPart } from "./stated-part";

/**
 * Whether the sustainable part `row` states (`sustainablePart`: yes/no, a quantity in the row's
 * unit or its own, or a share in %) refuses the receipt's credit: false where it states none (the
 * sheet has no part column) or all of the quantity `m` (yes, 100 %, 50 t of 50 t); true where it
 * is less (none included) or cannot be read, with its error at the part's cell in `io.findings`
 * (invalid-quantity `receipt-part`, or the reading error partOf gave). A part column's blank cell
 * never reaches here as "none stated": the reader refuses it at its cell (workbook/blank-part.ts,
 * missing-value `part-blank`) and lists the part unreadable, so the receipt gives no credit. The
 * caller leaves the credit unknown (creditUnknown).
 */
export function receiptPartRefused(io: Intake, row: Row, source: Source, m: Measure): boolean {
  // (brk12) a yes/no column or a second part column (`sustainable`) is read with it: both must agree
  const field = t(row.sustainablePart) !== "" ? "sustainablePart" : "sustainable";
  if (t(row[field]) === "") return false;
  const part = statedPart(io, row, source, m, true);
  if (part === REFUSED) return true;
  const dim = dimensionOf(m.unit);
  const whole = dim ? m.amount[dim] : undefined;
  const share = part && dim ? part[dim] : undefined;
  if (whole && share && share.equals(whole)) return false;
  const at = cellOf(source, field);
  const value = shown(row, field);
  const reason = part === null ? "receipt-none" : "receipt-part"; // "nein", 0: not sustainable at all
  io.findings.push(finding("invalid-quantity", "error", at, { field, value, reason }));
  return true;
}
