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
import { isccNumbers } from "../engine/certificate-scheme";
import { certificateStatusWord, statusCellWords as cellWords } from "../engine/certificate-status-words";

/** The fields whose cells hold a certificate's number: a receipt's supplier's, a delivery's customer's, a ledger row's. */
export const CERTIFICATE_CELLS: ReadonlySet<string> = new Set([
  "supplierCertificate",
  "customerCertificate",
  "certificate",
]);

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

/** The statuses judged of texts (certificateStatus), at most STATUSES_KEPT of them at a time. */
const statuses = new Map<string, string | null>();
const STATUSES_KEPT = 10_000;

/**
 * The status word or phrase (engine/certificate-status-words.ts: expired, applied for, to come,
 * withdrawn… in de, en, fr, it, es, nl, pl) that `text` holds, as typed there; null where none.
 */
export function certificateStatus(text: string): string | null {
  // a column repeats a few certificates over many rows: each distinct text is judged once
  const known = statuses.get(text);
  if (known !== undefined) return known;
  if (statuses.size >= STATUSES_KEPT) statuses.clear();
  const status = statusOf(text);
  statuses.set(text, status);
  return status;
}

function statusOf(text: string): string | null {
  const hit = certificateStatusWord(text);
  if (!hit) return null;
  const words = cellWords(text);
  if (hit.length === words.length) return text.trim();
  const typed = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return (typed.length === words.length ? typed : words).slice(hit.at, hit.at + hit.length).join(" ");
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
