// The registry of record-level rules, one file per finding code. Rules on incoming SDs may reject
// a receipt: it then gives no credit (domain.md §4), which the booking stage honours. The booking
// stage owns the rules that need balances (negative-balance, overdraft, carry-over-exceeds-stock,
// stock-count-missing, stock-deviation, claim-exceeds-input, unit-mismatch, linked-sd-unavailable);
// conversions.ts owns the conversion-factor rules; the register stage (issue/stage.ts) owns
// ghg-value-unsupported and the outgoing checks (outgoing/) the rules of a declaration before it
// is issued (declaration-incomplete, ghg-saving-below-threshold on the outgoing line and
// own-certificate-invalid; the booking's close owns the lapse side of own-certificate-invalid).
import type { RuleProfile } from "../profile";
import type { Books, Receipt } from "../records";
import type { Finding } from "../result";
import { certificateInvalid } from "./certificate-invalid";
import { duplicateSd } from "./duplicate-sd";
import { ghgMethodInvalid } from "./ghg-method-invalid";
import { ghgSavingBelowThreshold } from "./ghg-saving-below-threshold";
import { ghgTotalMismatch } from "./ghg-total-mismatch";
import { incomingSdFields } from "./incoming-sd-fields";
import type { Rule } from "./rule";
import { refusedTransfers, transferNotAllowed } from "./transfer-not-allowed";

export const RULES: Rule[] = [
  duplicateSd,
  certificateInvalid,
  incomingSdFields,
  ghgMethodInvalid,
  ghgTotalMismatch,
  ghgSavingBelowThreshold,
  transferNotAllowed,
];

export interface RuleVerdicts {
  /** transfers not booked, by seq */
  refusedTransfers: Set<number>;
  /** receipts that give no credit (physical stock only), by seq, with the first reason found */
  rejected: Map<number, string>;
}

/** Stage 3b: the record-level rules, the transfers they refuse and the receipts they reject. */
export function rulesStage(books: Books, profile: RuleProfile): { value: RuleVerdicts; findings: Finding[] } {
  const findings: Finding[] = [];
  const rejected = new Map<number, string>();
  const reject = (r: Receipt, reason: string) => {
    if (!rejected.has(r.seq)) rejected.set(r.seq, reason);
  };
  // the reader has said at the cell that the row gives no credit; set aside here for the ledger
  for (const r of books.receipts) if (r.creditUnreadable) reject(r, "unreadable cell");
  for (const rule of RULES) findings.push(...rule.check(books, profile, reject));
  return { value: { refusedTransfers: new Set(refusedTransfers(books).keys()), rejected }, findings };
}
