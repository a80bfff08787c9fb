// A receipt's blank SD number cell on a row that shows every other sign of sustainable material: a
// claim, a supplier certificate, GHG values. A receipt without an SD number is not sustainable
// (domain.md §2), so such a row would silently give no credit and the loss would show only as a
// negative balance at a later delivery. The SD number is not assumed either way: the blank is
// refused at its cell (missing-value, reason "sd-missing"), the row is booked as physical stock
// without credit, and the balances of its product are incomplete (table.ts, left-out.ts) rather
// than short. The same pattern as blank-claim.ts.
import { readClaim } from "../engine/claims";
import type { Finding } from "../engine/result";
import { readFinding, refuseBlankCell } from "./read-findings";
import { isReceipt } from "./table-columns";

/** The certificate fields that name a receipt's supplier's certificate (a ledger names one for both sides). */
const CERTIFICATE_FIELDS = ["supplierCertificate", "certificate"];

/** The signs of sustainable material, in words, in the order they are said. */
export const SIGNS = ["a claim", "a supplier certificate", "GHG values", "a Sustainable column"] as const;
/** One sign of sustainable material, in words ("a claim"). */
export type Sign = (typeof SIGNS)[number];

/** `signs` in words, in SIGNS order, joined: "a claim, a supplier certificate and GHG values". */
export function signsText(signs: ReadonlySet<Sign>): string {
  const list = SIGNS.filter((s) => signs.has(s));
  return list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list.at(-1)}` : (list[0] ?? "");
}

/**
 * The signs of sustainable material among a receipt's `values` (field ids as read, or as typed):
 * a claim that reads as one (a denied or unclear one, "not EU RED compliant", "-", is none), a
 * certificate number (a text with a digit: "-" or "n/a" are none), any GHG value (the unit alone
 * is none). Added to `into`, which is returned.
 */
export function signsOf(
  values: Record<string, string | string[]>,
  into: Set<Sign> = new Set<Sign>(),
): Set<Sign> {
  const claim = values.claim;
  if (typeof claim === "string") {
    const read = readClaim(claim);
    if (read && read !== "not compliant") into.add("a claim");
  }
  if (CERTIFICATE_FIELDS.some((id) => typeof values[id] === "string" && /\d/.test(values[id])))
    into.add("a supplier certificate");
  for (const id in values)
    if (id.startsWith("ghg.") && id !== "ghg.unit" && values[id] !== "") into.add("GHG values");
  return into;
}

/**
 * Refuses the blank SD number of a receipt of a sheet of `kind` whose `values` show signs of
 * sustainable material (signsOf), where `blank` holds the SD cell: the row's `found`
 * list (a blank cell's address holds its refusal's place) gets missing-value at the cell, labelled
 * `label`, and the cell no longer counts as blank. Returns whether it did: the caller then lists
 * the SD number as unreadable (no credit; the balances it feeds are incomplete).
 */
export function refuseBlankSd(
  kind: string,
  sheet: string,
  label: string,
  values: Record<string, string | string[]>,
  blank: Record<string, string> | undefined,
  found: (Finding | string)[],
): boolean {
  const cell = blank?.sdNumber;
  if (cell === undefined || !isReceipt(kind, values)) return false;
  const signs = signsText(signsOf(values));
  if (signs === "") return false;
  const refusal = readFinding("missing-value", "error", sheet, cell, {
    label,
    reason: "sd-missing",
    read: signs,
    consequence: "no-credit",
  });
  refuseBlankCell(found, blank, "sdNumber", cell, refusal);
  return true;
}
