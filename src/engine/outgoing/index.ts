// The checks a declaration must pass before it is issued, one file per finding code (domain.md §8).
import type { Finding } from "../result";
import type { Candidate } from "../issue/stage";
import type { OutgoingCheck, OutgoingContext } from "./check";
import { declarationIncomplete } from "./declaration-incomplete";
import { ghgSavingBelowThresholdOutgoing } from "./ghg-saving-below-threshold";
import { ownCertificateInvalidOutgoing } from "./own-certificate-invalid";

export const OUTGOING_CHECKS: OutgoingCheck[] = [
  declarationIncomplete,
  ghgSavingBelowThresholdOutgoing,
  ownCertificateInvalidOutgoing,
];

/** Stage 6: every check over every declaration the books call for now. */
export function outgoingStage(
  candidates: readonly Candidate[],
  ctx: OutgoingContext,
): { value: null; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const c of candidates) for (const check of OUTGOING_CHECKS) findings.push(...check.check(c, ctx));
  return { value: null, findings };
}
