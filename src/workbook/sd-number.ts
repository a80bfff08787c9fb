// An SD number cell: the incoming SD of a receipt, the outgoing SD of a delivery, the incoming SDs a
// delivery links. A receipt with an SD number is sustainable, one without is not (domain.md §2), so
// a placeholder typed where the number goes ("-", "n/a", "TBD", "folgt", "0") must never be read as
// one: it is refused at its cell and the row gives no credit until the number itself is typed.
// Nor is a number marked cancelled ("SD-2025-0001 storniert", "void", "annulé", "(Storno)"): the
// word may say the SD was withdrawn (a receipt then has no proof, a delivery needs a new SD) or
// that the whole line is void, which the add-in cannot tell apart, so the cell is refused with
// both remedies; the number stays taken (table.ts), so the add-in never issues it again. Several
// numbers in one cell, a mark of doubt beside the number and another document's number are
// refused too (sd-marks.ts); a number cell is read as Excel shows it (shownNumber).
import { type FieldRead, BLANK } from "./cell-read";
import { fold } from "./normalise";
import type { BadReason } from "./read-codes";
import { excelNumber } from "./values";
import { certificateNumber, inDoubt, otherDocument, severalSdNumbers } from "./sd-marks";
import { SD_VOID_START } from "./status-stems";
import { isDateFormat, serialToIso } from "./dates";

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
 * The start of a word that marks a document cancelled, withdrawn, replaced, rejected or a draft,
 * folded (fold), after "teil"/"ge": the stems of status-stems.ts that void an SD, one table with
 * those row status reads in Status columns ("storniert", "Storno", "void", "annulé", "ungültig",
 * "withdrawn", "gelöscht", "supprimé", "ersetzt", "superseded", "rejected", "refusé", "Entwurf",
 * "brouillon"), umlauts typed as "ue"/"oe" too ("ungueltig").
 */
const CANCEL_WORD = SD_VOID_START;

/** Words around a cancellation that are no part of the number: "(to be replaced)", "wurde storniert am". */
const FILLER = new Set(
  "to|be|been|is|was|will|has|by|on|am|ist|wird|wurde|durch|per|est|sera|par".split("|"),
);

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
    .filter(
      (w) =>
        !(
          /^\p{L}+[.!]?$/u.test(w) &&
          (CANCEL_WORD.test(fold(w)) || FILLER.has(fold(w).replace(/[.!]$/, "")))
        ),
    )
    .join(" ")
    .replace(/[\s\-–—]+$|^[\s\-–—]+/g, "")
    .trim();
  return kept;
}

/**
 * An SD number cell read as `type` ("text": one number; "list": the numbers it names, split at
 * ";", ",", "|" or a line break). A number cell is read as Excel shows it (shownNumber). A cell
 * where any number is marked cancelled is refused whole as invalid-value with reason
 * "sd-cancelled" and the numbers it marks in `detail`; one where any is a placeholder with reason
 * "not-sd-number"; one where any is clearly another document's number ("RE-4711", "LS-4711",
 * "Rechnung 4711") with reason "sd-other-document" and the kind in `detail`; a "text" cell naming
 * several numbers ("SD-2025-0001 / SD-2025-0002": one row books one SD) with reason "sd-several"
 * and the numbers in `detail`; one with a mark of doubt beside a number ("SD-2025-0001?", "old",
 * "see …", "SD-123¹") with reason "sd-in-doubt" (sd-marks.ts), and one that reads as a certificate's number
 * ("Cert 4711") with reason "sd-in-doubt" and `detail` "a certificate number". The caller says what follows for
 * its row: keeping the other numbers of a list would read the cell as something it does not say.
 */
export function readSdNumberCell(
  type: "text" | "list",
  v: string | number | boolean,
  format: string | null = null,
): FieldRead {
  const text =
    typeof v === "string" ? v.trim() : typeof v === "number" ? shownNumber(v, format) : v ? "yes" : "no";
  const items =
    type === "list"
      ? text
          .split(LIST_SPLIT)
          .map((s) => s.trim())
          .filter(Boolean)
      : [text];
  if (items.length === 0) return BLANK;
  // (p-sdcell) a date or a tick where the number goes says when or that, never which SD
  const notNumber = dateOrTick(v, format, items);
  if (notNumber) return refused(notNumber.text, notNumber.reason);
  // a number marked cancelled is no number to issue or back credit with; `detail`: the number
  const cancelled = items.map(cancelledSdNumber).filter((x) => x !== null);
  if (cancelled.length > 0) return refused(text, "sd-cancelled", cancelled.join("; "));
  if (!items.every(canBeSdNumber)) return refused(text, "not-sd-number");
  const other = items.map(otherDocument).find((x) => x !== null);
  if (other) return refused(text, "sd-other-document", other);
  const several = type === "text" ? severalSdNumbers(text) : null;
  if (several) return refused(text, "sd-several", several.join("; "));
  // "Cert 4711": a certificate's number, not an SD's (p-sd6); in doubt, `detail` says why
  if (items.some(certificateNumber)) return refused(text, "sd-in-doubt", CERTIFICATE_DOUBT);
  if (items.some(inDoubt)) return refused(text, "sd-in-doubt");
  return { kind: "ok", value: type === "list" ? items : text };
}

/** A text that is a date alone: "09.01.2025", "9/1/25", "2025-01-09" (no SD numbers itself so). */
const DATE_TEXT = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})\.?$/;

/**
 * (p-sdcell) What makes an SD cell a date or a tick, not a number (docs/reading-your-sheets.md "SD
 * numbers"): a date cell (a number under a date format: Excel's serial 45666 is 2025-01-09, no
 * SD's number) or a text that is a date alone ("sd-date", `text` the day); a lone 1 (a number, or
 * "1" typed: what a tick or TRUE is stored as), or any item of a list that is, as "sd-tick". A
 * 1 under a format of zeros ("000001") is a number as it shows, and any other number (2, 17,
 * 2025001234, "0001234") is read as before: suppliers may number their SDs so.
 */
function dateOrTick(
  v: string | number | boolean,
  format: string | null,
  items: string[],
): { text: string; reason: BadReason } | null {
  if (typeof v === "number" && isDateFormat(format)) {
    const day = serialToIso(v);
    return { text: day.ok ? day.value : String(v), reason: "sd-date" };
  }
  if (items.some((i) => DATE_TEXT.test(i))) return { text: String(v).trim(), reason: "sd-date" };
  if (items.some((i) => i === "1")) return { text: items.join("; "), reason: "sd-tick" };
  return null;
}

/** The `detail` of an sd-in-doubt cell that reads as a certificate's number (certificateNumber). */
export const CERTIFICATE_DOUBT = "a certificate number";

function refused(text: string, reason: BadReason, detail?: string): FieldRead {
  return { kind: "bad", code: "invalid-value", text, reason, ...(detail ? { detail } : {}) };
}

/**
 * The SD numbers a refused SD cell still names, which stay taken so that the add-in never issues
 * them again (table.ts): those marked cancelled, those of a cell naming several, and the text of
 * one in doubt ("SD-2025-0001?" may name an SD issued; numbering reads the sequence from its
 * start, numbering.ts). Empty for any other read.
 */
export function takenSdNumbers(read: FieldRead): string[] {
  if (read.kind !== "bad") return [];
  if ((read.reason === "sd-cancelled" || read.reason === "sd-several") && read.detail)
    return read.detail.split("; ");
  if ((read.reason === "sd-in-doubt" || read.reason === "sd-merged") && read.text) return [read.text];
  return [];
}

/** A number format of zeros, with a quoted text before or after: "000000", "\"SD-\"0000". */
const ZERO_FORMAT = /^(?:"([^"]*)")?(0+)(?:"([^"]*)")?$/;

/**
 * A number in an SD cell as Excel shows it: a whole number under a format of zeros keeps the
 * zeros it shows (12345 under "000000" is "012345", under "\"SD-\"0000" 7 is "SD-0007"), since
 * leading zeros may be part of a supplier's number; any other number as excelNumber writes it.
 */
export function shownNumber(n: number, format: string | null): string {
  const m = format ? ZERO_FORMAT.exec(format) : null;
  if (!m || !Number.isInteger(n) || n < 0) return excelNumber(n);
  return `${m[1] ?? ""}${String(n).padStart((m[2] as string).length, "0")}${m[3] ?? ""}`;
}
