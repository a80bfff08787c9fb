// A claim column's blank cell on a receipt with an incoming SD number (domain.md §7): the claim
// is never assumed. Where a sheet has no claim column the engine takes the ISCC FAQ's default
// (an SD that states no claim is EU RED compliant, engine/claims.ts); where it has one, a blank
// cell may be a claim not copied, or a "not compliant" left out, so the row gives no credit until
// the claim is written. Deliveries ask for a claim, and a blank one asks for none: not refused.
import type { Finding } from "../engine/result";
import { readFinding, refuseBlankCell } from "./read-findings";
import { hasSdNumber, isReceipt } from "./table-columns";

/**
 * Refuses the blank claim of a row of a sheet of `kind` whose `values` name an incoming SD number,
 * where `blank` holds the claim cell: the row's `found` list (a blank cell's address holds its
 * refusal's place) gets missing-value at the cell, and the cell no longer counts as blank.
 * Returns whether it did: the caller then lists the claim as unreadable (no credit).
 */
export function refuseBlankClaim(
  kind: string,
  sheet: string,
  values: Record<string, string | string[]>,
  blank: Record<string, string> | undefined,
  found: (Finding | string)[],
): boolean {
  const cell = blank?.claim;
  if (cell === undefined || !isReceipt(kind, values) || !hasSdNumber(values)) return false;
  const refusal = readFinding("missing-value", "error", sheet, cell, {
    label: "Claim",
    reason: "claim-missing",
    consequence: "no-credit",
  });
  refuseBlankCell(found, blank, "claim", cell, refusal);
  return true;
}
