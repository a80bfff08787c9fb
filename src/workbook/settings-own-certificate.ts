// (p-units3) The settings' own certificate cell that states no certificate ("beantragt", "pending",
// "-", "n/a": settings-sheet.ts ownCertificateStated) is refused with a reason of its own,
// no-certificate, whose words say what to type (catalogue/wording-registers.ts), not the generic
// "not a value the add-in understands".

/** A settings value refused as no certificate an SD could name. */
export type Own = "no-certificate";

/** The reason a refused setting carries in its finding: no-certificate for the own certificate, none for any other. */
export function ownReason(refusal: string): { reason?: Own } {
  return refusal === "no-certificate" ? { reason: refusal } : {};
}
