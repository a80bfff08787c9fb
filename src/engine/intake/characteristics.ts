// A claim or Annex IX part the engine refuses on a row whose scheme it knows (domain.md §7): a
// claim of the other scheme ("EU RED compliant" under ISCC PLUS, whose declaration could not carry
// it), and, for callers other than the workbook (which refuses them at the cell first), a denied or
// unclear claim and an Annex IX part that is not A, B or none.
import { readAnnexIx } from "../annex-ix";
import { claimUnder } from "../claims";
import { cellOf, finding } from "../findings";
import { type SchemeName, type Source } from "../model";
import { type Row } from "../validate";
import { type Intake, t } from "./context";
import type { InvalidValueDetails } from "../catalogue/details";

/**
 * How a row's claim or Annex IX part is refused: `denied` where its claim is read and says the
 * material is not compliant (a real "no credit"), `unknown` where a value that decides its credit
 * could not be read or contradicts its scheme (the credit is not known: its account is incomplete,
 * domain.md §4), false where nothing is refused.
 */
export type CharacteristicRefusal = false | "denied" | "unknown";

/** Whether the row's claim is read and denies compliance under `scheme` ("Not ISCC compliant"): no credit, known. */
export function deniedClaim(row: Row, scheme: SchemeName): boolean {
  const text = t(row.claim);
  return text.trim() !== "" && claimUnder(text, scheme).refusal?.reason === "not-compliant";
}

/**
 * Whether the row's claim or Annex IX part is refused under `scheme`: each refusal is an
 * invalid-value error at its cell, and the row gives no credit (a receipt) or is not declared (a
 * delivery, `declared` false). A blank value is not refused here (the reader refuses a blank claim
 * of a claim column; no column is the ISCC FAQ's default, claims.ts). Returns how it is refused
 * (CharacteristicRefusal): a denied claim outweighs any other refusal, as the row has no credit then.
 */
export function refusedCharacteristic(
  io: Intake,
  row: Row,
  scheme: SchemeName,
  source: Source,
  declared?: false,
): CharacteristicRefusal {
  let refused: CharacteristicRefusal = false;
  const claimText = t(row.claim);
  const claim = claimText.trim() === "" ? null : claimUnder(claimText, scheme).refusal;
  if (claim) {
    refused = claim.reason === "not-compliant" ? "denied" : "unknown";
    refuseAt(io, source, "claim", claimText, claim.reason, claim.read, {
      scheme,
      ...(declared === false ? { declared } : {}),
    });
  }
  const annexText = t(row.annexIxPart);
  const annex = annexText.trim() === "" ? undefined : readAnnexIx(annexText);
  if (annex?.refused) {
    if (refused !== "denied") refused = "unknown";
    refuseAt(io, source, "annexIxPart", annexText, annex.refused, annex.part);
  }
  return refused;
}

/**
 * Refuses a row's claim or Annex IX part at its cell: an invalid-value error quoting `value`, why
 * (`reason`) and what was read of it (`read`, null for nothing), with the `more` details after.
 */
function refuseAt(
  io: Intake,
  source: Source,
  field: "claim" | "annexIxPart",
  value: string,
  reason: InvalidValueDetails["reason"],
  read: string | null | undefined,
  more: Pick<InvalidValueDetails, "scheme" | "declared"> = {},
): void {
  const details: InvalidValueDetails = { field, value, reason, read: read ?? null, ...more };
  io.findings.push(finding("invalid-value", "error", cellOf(source, field), details));
}
