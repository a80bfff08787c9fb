// (p-units3) The settings' own certificate cell that states no certificate ("beantragt", "pending",
// "-", "n/a": settings-sheet.ts ownCertificateStated) is refused with a reason of its own,
// no-certificate, whose words say what to type (catalogue/wording-registers.ts), not the generic
// "not a value the add-in understands".
import { certificateStatusWord } from "../engine/certificate-status-words";
import { statesNoCertificate } from "../engine/site-certificate";

/** A settings value refused as no certificate an SD could name, or as a number with a remark beside it (brk23 §5). */
export type Own = "no-certificate" | "certificate-remark";

/** The reason a refused setting carries in its finding: no-certificate or certificate-remark for the own certificate, none for any other. */
export function ownReason(refusal: string): { reason?: Own } {
  return refusal === "no-certificate" || refusal === "certificate-remark" ? { reason: refusal } : {};
}

/** Why the own certificate cell `value` is refused: it states none, or a remark follows its number. */
export const ownRefusal = (value: string): Own =>
  ownCertificateStated(value) ? "certificate-remark" : "no-certificate";

/**
 * Whether the settings' own certificate cell states a certificate an SD could name: by the sites
 * sheet's rule (site-certificate.ts statesNoCertificate: not blank, not a placeholder without a
 * digit or of zeros alone, "-", "n/a", "k.A.", "0", and no status word, "beantragt", "pending",
 * "kommt noch", "abgelaufen": engine/certificate-status-words.ts), except that a digitless number
 * of several words without a status word ("EU-ISCC-Cert-NOT-THERE") is kept: the certificate
 * register judges it. Refused at its cell (invalid-value, setting-unused), the
 * declarations then ask for it.
 */
export function ownCertificateStated(value: string): boolean {
  if (!statesNoCertificate(value)) return true;
  return !certificateStatusWord(value) && (value.match(/\p{L}{2,}/gu) ?? []).length >= 2;
}

/** (brk23 §5) The own certificate cell as an SD prints it, or null where a remark follows the number (engine/certificate-remark.ts). */
export { certificateNumberOf as ownCertificateNumber } from "../engine/certificate-remark";
