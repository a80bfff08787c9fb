// A record-level rule: reads the Books, reports findings. Rules that need the balances live in
// the booking stage; these need only the rows.
import type { RuleProfile } from "../profile";
import { type Books, GHG_COMPONENTS, type Ghg, type Receipt } from "../records";
import type { Finding } from "../result";
import type { Source } from "../model";

/**
 * Sets a receipt aside as giving no credit (domain.md §4, §7): its material stays physical stock
 * only. `reason` is short ("certificate expired") and shows in the MB Ledger; the rule's own
 * finding says the receipt gives no credit.
 */
export type Reject = (receipt: Receipt, reason: string) => void;

export interface Rule {
  code: string;
  check: (books: Books, profile: RuleProfile, reject: Reject) => Finding[];
}

/** Every record that carries GHG values, with the cells to point at. */
export function ghgRecords(books: Books): { ghg: Ghg; source: Source }[] {
  const out: { ghg: Ghg; source: Source }[] = [];
  for (const list of [books.receipts, books.deliveries, books.production, books.transfers]) {
    for (const r of list) if (r.ghg) out.push({ ghg: r.ghg, source: r.source });
  }
  return out;
}

export function ghgCell(source: Source, field: string): string[] {
  const cap = field.charAt(0).toUpperCase() + field.slice(1);
  return [`ghg.${field}`, `ghg${cap}`, field];
}

/**
 * The cells that hold a row's GHG values, best first: the total, else the components (a row that
 * gives only components is pointed at them, never at its date; issue 13 break-test #17).
 */
export const GHG_VALUE_CELLS: readonly string[] = [
  ...ghgCell({ sheet: "", row: 0, cells: {} }, "total"),
  ...GHG_COMPONENTS.map((c) => `ghg.${c}`),
];
