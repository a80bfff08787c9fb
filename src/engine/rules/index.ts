// The registry of record-level rules, one file per finding code. The booking stage owns the rules
// that need balances (negative-balance, overdraft, carry-over-exceeds-stock, stock-deviation,
// claim-exceeds-input, unit-mismatch); conversions.ts owns the conversion-factor rules and
// declarations.ts the GHG rules of outgoing declarations.
import type { RuleProfile } from "../profile";
import type { Books } from "../records";
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

/** Stage 3b: the record-level rules, and the transfers they refuse (not booked). */
export function rulesStage(
  books: Books,
  profile: RuleProfile,
): { value: { refusedTransfers: Set<number> }; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const rule of RULES) findings.push(...rule.check(books, profile));
  return { value: { refusedTransfers: new Set(refusedTransfers(books).keys()) }, findings };
}
