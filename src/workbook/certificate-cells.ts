// (p-sdcell) A supplier's or customer's certificate cell that names no certificate. The SD prints
// the recipient's certificate number as its cell reads, and a receipt's credit is checked against
// its supplier's certificate (domain.md §7), so a status or a placeholder typed where the number
// goes ("abgelaufen", "expired", "beantragt", "pending", "in Zertifizierung", "folgt", "ISCC"
// alone) must never be read as one: before, it was printed on the SD as the recipient's
// certificate number. A cell saying there is none ("-", "keins", "n/a", "none", "geen") says what
// a blank says and is read as one (NONE). Every certificate number has digits (ISCC "EU-ISCC-Cert-DE100-
// 12345", "ISCC-PLUS-Cert-…", REDcert "DE-B-REDcert-…-123", "DE-100-12345", "2BS010…"), so a cell
// without a digit, or with a status word beside the number ("EU-ISCC-Cert-DE100-1 abgelaufen"),
// is refused at its cell: on a delivery its SD is held, on a receipt it gives no credit until the
// number is typed. A number cell (12345) is read as before. Pure.
import { type FieldRead, BLANK } from "./cell-read";
import { fold } from "./normalise";
import { isccNumbers } from "../engine/certificate-scheme";

/** The fields whose cells hold a certificate's number: a receipt's supplier's, a delivery's customer's, a ledger row's. */
export const CERTIFICATE_CELLS: ReadonlySet<string> = new Set([
  "supplierCertificate",
  "customerCertificate",
  "certificate",
]);

/**
 * Words and phrases (folded, "ł" as "l") that say a certificate's status or that there is none, in
 * de, en, fr, it, es, nl, pl: expired, applied for or in certification, to follow, none,
 * withdrawn or suspended, not valid, missing, unknown. A word matches at its start ("abgelaufen",
 * "expire" for "expiré", "expired", "expires").
 */
const STATUS_WORDS = [
  // de
  "abgelaufen|ausgelaufen|beantragt|angefragt|in zertifizierung|zertifizierung lauft|in arbeit|in bearbeitung|in prufung|folgt|kommt noch|ungultig|entzogen|widerrufen|gesperrt|suspendiert|ausgesetzt|fehlt|offen|unbekannt|nicht zertifiziert",
  // en
  "expire|pending|applied|application|in progress|in certification|under certification|to follow|revoked|withdrawn|suspended|invalid|missing|unknown|lapsed|terminated|not certified",
  // fr
  "expire|en cours|demande|a venir|retire|suspendu|invalide|manquant|inconnu|non certifie",
  // it
  "scadut|in corso|richiest|in attesa|revocat|sospes|non valid|mancante|sconosciut|non certificat",
  // es
  "caducad|vencid|en tramite|en proceso|solicitad|pendiente|revocad|suspendid|no valid|falta|desconocid|no certificad",
  // nl
  "verlopen|aangevraagd|in behandeling|volgt|ingetrokken|geschorst|ongeldig|ontbreekt|onbekend|niet gecertificeerd",
  // pl
  "wygasl|w trakcie|wniosek|wnioskowan|cofniet|zawieszon|niewazn|nieznan|nie certyfikowan",
]
  .join("|")
  .split("|");

/**
 * Cells that say there is no certificate, alone in the cell (folded words joined by a space): a
 * dash, "keins", "none", "n/a", "k.A.", "aucun", "nessuno", "ninguno", "geen", "n.v.t.", "brak".
 * They say what a blank says and are read as one: a conventional row needs no certificate, and
 * where one is needed the blank is refused as any blank is; never printed as a number.
 */
const NONE = new Set(
  "kein|keins|keine|keines|keiner|k a|none|n a|na|nil|tbd|tba|aucun|aucune|nessuno|nessuna|ninguno|ninguna|geen|nvt|n v t|brak".split(
    "|",
  ),
);

/** A cell's folded words ("ł" as "l"). */
const cellWords = (text: string) =>
  fold(text.normalize("NFKC"))
    .replace(/ł/g, "l")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Whether word `w` is `part`: a stem of five letters or more starts it, a shorter word is it whole. */
const fits = (w: string | undefined, part: string) =>
  w !== undefined && (part.length >= 5 ? w.startsWith(part) : w === part);

/** The status word or phrase of STATUS_WORDS that `text` holds, as typed there; null where none. */
export function certificateStatus(text: string): string | null {
  const words = cellWords(text);
  for (const phrase of STATUS_WORDS) {
    const parts = phrase.split(" ");
    const at = words.findIndex((_, i) => parts.every((p, j) => fits(words[i + j], p)));
    if (at < 0) continue;
    if (parts.length === words.length) return text.trim();
    const typed = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return (typed.length === words.length ? typed : words).slice(at, at + parts.length).join(" ");
  }
  return null;
}

/**
 * A certificate cell (CERTIFICATE_CELLS) read: the number as typed, or refused as invalid-value
 * with reason "not-certificate-number" where it has no digit (zeros alone are none) or holds a
 * status word (`detail` that word). A number cell is its number.
 */
export function readCertificateCell(
  v: string | number | boolean,
  asNumber: (n: number) => string,
  fieldId: string,
): FieldRead {
  if (typeof v === "number") return { kind: "ok", value: asNumber(v) };
  const text = typeof v === "string" ? v.trim() : v ? "yes" : "no";
  // a supplier's goes on as typed: the engine refuses it as a placeholder, quoting it (certificates.ts)
  if (typeof v === "string" && (/^[\s\p{P}\p{S}]*$/u.test(text) || NONE.has(cellWords(text).join(" "))))
    return fieldId === "supplierCertificate" ? { kind: "ok", value: text } : BLANK;
  const status = typeof v === "string" ? certificateStatus(text) : null;
  const digits = /[1-9]/.test(text.normalize("NFKC"));
  // two ISCC numbers in one cell ("EU-ISCC-Cert-DE100-1 / EU-ISCC-Cert-DE100-2"): which one? (brk20 A6)
  const several = [...new Set(isccNumbers(text).map((n) => n.number))];
  if (several.length > 1)
    return {
      kind: "bad",
      code: "invalid-value",
      text,
      reason: "certificate-several",
      detail: String(several.length),
    };
  if (digits && !status) return { kind: "ok", value: text };
  return {
    kind: "bad",
    code: "invalid-value",
    text,
    reason: "not-certificate-number",
    ...(status ? { detail: status } : {}),
  };
}
