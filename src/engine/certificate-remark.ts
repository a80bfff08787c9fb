// (brk23 §5) A certificate cell with a remark after the number ("EU-ISCC-Cert-DE100-9 (alt)", "… (neu
// ab 01.05.2025)", "… (Rezertifizierung läuft)", "… gültig bis 31.12.2025"): the settings' own
// certificate (workbook/settings-own-certificate.ts) and a site's on the sites sheet
// (intake/sites.ts) were read whole and printed on an SD as the number, though the cell says it is
// old, not yet valid or in recertification. A remark that only says valid or active ("gültig",
// "(aktiv)") leaves the number; any other refuses the cell: the number is written alone, the remark
// in another cell. Pure: text only.

import { certificateStatusWord } from "./certificate-status-words";
import { plainLetters } from "./fold";

// (brk23 §5) words that say only that the certificate is valid or active, in de/en/fr/it/es/nl/pl
const VALID_ONLY =
  /^(?:gultig|valid|aktiv|active|actif|valide|attivo|valido|vigente|activo|geldig|actief|wazny|aktywny|aktuell|current)$/;

/**
 * (brk23 §5) The certificate number of a certificate cell and the remark after it: the words
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
  const folded = plainLetters(remark.normalize("NFD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .replace(/[^\p{L}\d ]+/gu, " ")
    .trim();
  return folded.split(/\s+/).every((w) => VALID_ONLY.test(w));
}

/**
 * (brk23 §5) A certificate cell (the settings' own certificate, a site's on the sites sheet) as an SD prints it: the number alone where the words after it
 * only say it is valid or active ("… gültig", "… (aktiv)"); null where other words follow it ("(alt)",
 * "(neu ab 01.05.2025)", "(Rezertifizierung läuft)", "gültig bis 31.12.2025"): the cell is refused,
 * as an SD must never print a number the cell says is old, not yet valid or in recertification.
 * The cell as typed where it holds the number alone or starts with none.
 */
export function certificateNumberOf(value: string): string | null {
  const split = numberAndRemark(value);
  if (!split || split.remark === "") return value.trim();
  return saysValidOnly(split.remark) ? split.number : null;
}

/**
 * Whether a certificate cell is refused for the remark after its number ("DE-123 (alt)"), not for a
 * status word ("… abgelaufen", "… pending": certificate-status-words.ts): the words to say are
 * "write the number alone, the remark in another cell".
 */
export function remarkBesideNumber(value: string): boolean {
  return certificateNumberOf(value) === null && certificateStatusWord(value) === null;
}
