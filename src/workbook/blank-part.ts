// What a sustainable part cell that states no part means, on both sides (p-blank): the one place
// that decides it. A part column ("davon nachhaltig (t)", "Sustainable part (t)", "dont durable
// (t)", "Anteil nachhaltig (%)") left blank, or holding a dash or "not stated" ("-", "–", "?",
// "k.A.", "n/a", "n.v.t.", "TBD"), may mean all of the quantity or none of it, and the add-in does
// not guess (the first law: unclear never becomes yes): on a receipt with an incoming SD number it
// is refused at its cell and the receipt gives no credit, its balances incomplete (before, a blank
// credited the receipt whole, a dash read as none); on a delivery it is refused at its cell and
// the delivery is not declared, the credit it draws unknown (before, both were read as none).
// Both are missing-value reason `part-blank`, in the same words. A number is read exactly,
// 0 too (none: a receipt's refused as not all of it, engine/intake/receipt-part.ts; a delivery's
// not declared). A delivery's yes/no column ("Sustainable", "Nachhaltig (ja/nein)") answers for a
// part left blank beside it ("yes": all, "no": none), and its own blank cell is not sustainable,
// as domain.md §7 has it (a note, blank-not-sustainable): a yes/no column marks the rows that are.
// Where a sheet has no part column at all the receipt is credited whole and the delivery is
// the yes/no column's or all of it (the engine's rule, engine/intake/deliveries.ts).
// (p-parts) A receipt's yes/no column ("Nachhaltig", "Sustainable") left blank beside an SD number,
// with no part stated beside it, was credited whole: the SD number says the receipt is sustainable
// (domain.md §2), but the sheet has a column that says so row by row, and its blank says neither
// yes nor no (domain.md §7: what is not read is never taken as yes). It is refused at its cell
// (missing-value, reason flag-blank, an error): the receipt gives no credit, its credit unknown, so
// the balances it feeds are incomplete. A delivery's blank reads as no (less declared, above); a
// receipt's cannot, as "no" beside an SD number is itself refused (engine/intake/receipt-part.ts).
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { FieldRead } from "./cell-read";
import { readFinding, refuseBlankCell } from "./read-findings";
import { type Column, consequenceOf, hasSdNumber, isDelivery } from "./table-columns";

/** One table row as the reader holds it while deciding its blank cells (table.ts). */
export interface PartRow {
  /** the sheet's kind ("receipts", "deliveries", "ledger") */
  kind: string;
  /** the row's cells as read, by field */
  reads: ReadonlyMap<string, FieldRead>;
  sheet: string;
  /** the row, 1-based */
  row1: number;
  values: Record<string, string | string[]>;
  addresses: Record<string, string>;
  /** field → address of each blank cell; a decided cell no longer counts as blank */
  blank: Record<string, string> | undefined;
  /** the row's findings in column order; a blank cell's address holds its refusal's place */
  found: (Finding | string)[];
}

/**
 * What the blank cells of a row's part columns (`partCols`: its `sustainable` yes/no column and
 * its `sustainablePart` column, either or both) mean (see the file comment): "not-sustainable"
 * where a delivery's yes/no column and its part are blank (the yes/no column set to "no"; the
 * caller notes it once per column); the field refused ("sustainablePart", "sustainable") where
 * its blank cell states nothing the row does not answer otherwise (missing-value at the cell, in
 * `row.found`; the caller lists the field as unreadable); else null (nothing blank, nothing to
 * decide, or a part field among the row's `unreadable` ones: refused already).
 */
export function blankPart(
  partCols: readonly Column[],
  row: PartRow,
  unreadable: readonly string[] | undefined,
): "not-sustainable" | "sustainablePart" | "sustainable" | null {
  const { values, blank } = row;
  // a part the reader could not read is refused already
  if (partCols.length === 0 || unreadable?.some((f) => f === "sustainable" || f === "sustainablePart"))
    return null;
  const delivery = isDelivery(row.kind, values);
  const flag = partCols.find((c) => c.field.id === "sustainable");
  const part = partCols.find((c) => c.field.id === "sustainablePart");
  if (delivery && flag && values.sustainable === undefined && values.sustainablePart === undefined) {
    values.sustainable = "no";
    row.addresses.sustainable = cellAddress(row.row1, flag.col);
    delete blank?.sustainable;
    return "not-sustainable";
  }
  // a receipt's yes/no cell blank beside an SD number, no part stated beside it: no credit
  if (!delivery && flag && !part && values.sustainable === undefined && hasSdNumber(values))
    return refuse(row, flag, cellAddress(row.row1, flag.col), "flag-blank");
  const cell = blank?.sustainablePart;
  if (!part || cell === undefined) return null;
  // a delivery's yes/no column answers for its blank part; a receipt without an SD number is not sustainable
  if (delivery ? values.sustainable !== undefined : !hasSdNumber(values)) return null;
  return refuse(row, part, cell, "part-blank");
}

/** Refuses the blank cell `cell` of `col` in `row` (missing-value `reason`, in its place in `row.found`); returns its field. */
function refuse(
  row: PartRow,
  col: Column,
  cell: string,
  reason: "part-blank" | "flag-blank",
): "sustainablePart" | "sustainable" {
  const field = col.field.id === "sustainable" ? "sustainable" : "sustainablePart";
  const refusal = readFinding("missing-value", "error", row.sheet, cell, {
    // a yes/no cell is named by its heading, as a delivery's blank one is (blank-flags.ts)
    label: reason === "flag-blank" ? col.match.header : col.field.label,
    reason,
    consequence: consequenceOf(field, { kind: row.kind, reads: row.reads }),
  });
  refuseBlankCell(row.found, row.blank, field, cell, refusal);
  return field;
}
