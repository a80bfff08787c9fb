// (p-units3) The settings' own certificate cell that states no certificate ("beantragt", "pending",
// "-", "n/a": settings-sheet.ts ownCertificateStated) is refused with a reason of its own,
// no-certificate, whose words say what to type (catalogue/wording-registers.ts), not the generic
// "not a value the add-in understands".
import { certificateStatusWord } from "../engine/certificate-status-words";
import { statesNoCertificate } from "../engine/site-certificate";

/** A settings value refused as no certificate an SD could name. */
export type Own = "no-certificate";

/** The reason a refused setting carries in its finding: no-certificate for the own certificate, none for any other. */
export function ownReason(refusal: string): { reason?: Own } {
  return refusal === "no-certificate" ? { reason: refusal } : {};
}

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

// (brk23 §5) words that say only that the certificate is valid or active, in de/en/fr/it/es/nl/pl
const VALID_ONLY =
  /^(?:gultig|valid|aktiv|active|actif|valide|attivo|valido|vigente|activo|geldig|actief|wazny|aktywny|aktuell|current)$/;

/**
 * (brk23 §5) The certificate number of an own certificate cell and the remark after it: the words
 * from the first one with a digit up to the first without one ("EU-ISCC-Cert-DE100-9 (alt)" →
 * "EU-ISCC-Cert-DE100-9", "(alt)"); null where the cell starts with no number.
 */
function numberAndRemark(value: string): { number: string; remark: string } | null {
  const words = value.trim().split(/\s+/);
  let n = 0;
  while (n < words.length && /\d/.test(words[n] as string) && !/^[([]/.test(words[n] as string)) n++;
  if (n === 0) return null;
  return { number: words.slice(0, n).join(" "), remark: words.slice(n).join(" ") };
}

/** Whether a remark says only that the certificate is valid or active ("gültig", "(aktiv)", "valid"). */
function saysValidOnly(remark: string): boolean {
  const folded = remark
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ł/g, "l")
    .toLowerCase()
    .replace(/[^\p{L}\d ]+/gu, " ")
    .trim();
  return folded.split(/\s+/).every((w) => VALID_ONLY.test(w));
}

/**
 * (brk23 §5) The own certificate cell as an SD prints it: the number alone where the words after it
 * only say it is valid or active ("… gültig", "… (aktiv)"); null where other words follow it ("(alt)",
 * "(neu ab 01.05.2025)", "(Rezertifizierung läuft)", "gültig bis 31.12.2025"): the cell is refused,
 * as an SD must never print a number the cell says is old, not yet valid or in recertification.
 * The cell as typed where it holds the number alone or starts with none.
 */
export function ownCertificateNumber(value: string): string | null {
  const split = numberAndRemark(value);
  if (!split || split.remark === "") return value.trim();
  return saysValidOnly(split.remark) ? split.number : null;
}
