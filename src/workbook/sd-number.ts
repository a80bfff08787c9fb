// An SD number cell: the incoming SD of a receipt, the outgoing SD of a delivery, the incoming SDs a
// delivery links. A receipt with an SD number is sustainable, one without is not (domain.md §2), so
// a placeholder typed where the number goes ("-", "n/a", "TBD", "folgt", "0") must never be read as
// one: it is refused at its cell and the row gives no credit until the number itself is typed.
// Nor is a number marked cancelled ("SD-2025-0001 storniert", "void", "annulé", "(Storno)"): the
// word may say the SD was withdrawn (a receipt then has no proof, a delivery needs a new SD) or
// that the whole line is void, which the add-in cannot tell apart, so the cell is refused with
// both remedies; the number stays taken (table.ts), so the add-in never issues it again.
import { type FieldRead, BLANK } from "./cell-read";
import { fold } from "./normalise";
import { excelNumber } from "./values";

/** The fields whose cells hold SD numbers (engine/record-fields.ts ids). */
export const SD_FIELDS: ReadonlySet<string> = new Set(["sdNumber", "linkedSds"]);

/** A text of zeros, spaces, punctuation and symbols alone: "0", "000", "0-0", "#0". */
const ZEROS_ONLY = /^[\s0\p{P}\p{S}]*$/u;

/**
 * Whether `text` can be an SD number. An SD/PoS carries a unique number, its format is free
 * (background/iscc-rules.md §5, numbering: "ISCC-EU-SD-2025-00012345", "SD-2025-0001"), so the
 * only rule that refuses no real number is that a number has a digit, and that zeros alone are no
 * number ("SD-0" names one, "0" and "000" stand for none). Every placeholder people type for an SD
 * that is missing or still to come fails it: "-", "n/a", "none", "keine", "folgt", "TBD", "?", "x",
 * "0", "000", "no SD", "pending", "à venir", "pendiente". Full-width digits count (NFKC).
 */
export function canBeSdNumber(text: string): boolean {
  const t = text.normalize("NFKC");
  return /\d/.test(t) && !ZEROS_ONLY.test(t);
}

const LIST_SPLIT = /[;,\n|]+/;

/**
 * The start of a word that marks a document cancelled, withdrawn or replaced, folded (fold), in
 * the languages of the headings (row-state.ts reads the same words in Status columns): "storniert",
 * "Storno", "cancelled", "void", "annulé", "anulado", "annullato", "geannuleerd", "anulowany",
 * "ungültig", "invalid", "withdrawn", "zurückgezogen", "revoked", "widerrufen", "gelöscht",
 * "deleted", "gestrichen", "entfällt", "ersetzt", "replaced", "superseded", "remplacé", "geannuleerd",
 * umlauts typed as "ue"/"oe" ("ungueltig"), and a document rejected or still a draft: "rejected",
 * "abgelehnt", "rechazado", "rifiutato", "afgekeurd", "draft", "Entwurf", "borrador", "brouillon".
 */
const CANCEL_WORD =
  /^(?:teil|ge)?(?:storn|cancel|annul|anul|void|ungultig|ungueltig|invalid|withdraw|zuruckgezogen|zurueckgezogen|revoked|widerruf|geloscht|geloescht|delet|gestrichen|entfall|ersetzt|replaced|supersed|remplace|vervallen|makuler|reject|abgelehnt|rechaz|rifiut|afgekeurd|draft|entwurf|borrador|brouillon)/;

/**
 * The number a cell marks cancelled ("SD-2025-0001 storniert" → "SD-2025-0001"), or null where no
 * word of it (a run of letters alone: digits and letters together are part of a number) marks a
 * cancellation. Real SD numbers carry no such word ("EU-ISCC-Cert-DE100-1/SD/42", "PoS 4711").
 */
export function cancelledSdNumber(text: string): string | null {
  const words = fold(text.normalize("NFKC")).split(/[^a-z0-9]+/);
  if (!words.some((w) => /^[a-z]+$/.test(w) && CANCEL_WORD.test(w))) return null;
  const kept = text
    .split(/[\s()[\]{}:;,/]+/)
    .filter((w) => !(/^\p{L}+[.!]?$/u.test(w) && CANCEL_WORD.test(fold(w))))
    .join(" ")
    .replace(/[\s\-–—]+$|^[\s\-–—]+/g, "")
    .trim();
  return kept;
}

/**
 * An SD number cell read as `type` ("text": one number; "list": the numbers it names, split at
 * ";", ",", "|" or a line break). A cell where any number is a placeholder is refused whole as
 * invalid-value with reason "not-sd-number", one where any is marked cancelled with reason
 * "sd-cancelled" and the numbers it marks in `detail` (the caller says what follows for its row):
 * keeping the other numbers of a list would read the cell as something it does not say.
 */
export function readSdNumberCell(type: "text" | "list", v: string | number | boolean): FieldRead {
  const text = typeof v === "string" ? v.trim() : typeof v === "number" ? excelNumber(v) : v ? "yes" : "no";
  const items =
    type === "list"
      ? text
          .split(LIST_SPLIT)
          .map((s) => s.trim())
          .filter(Boolean)
      : [text];
  if (items.length === 0) return BLANK;
  // a number marked cancelled is no number to issue or back credit with; `detail`: the number
  const cancelled = items.map(cancelledSdNumber).filter((x) => x !== null);
  if (cancelled.length > 0)
    return { kind: "bad", code: "invalid-value", text, reason: "sd-cancelled", detail: cancelled.join("; ") };
  if (!items.every(canBeSdNumber))
    return { kind: "bad", code: "invalid-value", text, reason: "not-sd-number" };
  return { kind: "ok", value: type === "list" ? items : text };
}
