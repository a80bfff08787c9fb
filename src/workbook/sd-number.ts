// An SD number cell: the incoming SD of a receipt, the outgoing SD of a delivery, the incoming SDs a
// delivery links. A receipt with an SD number is sustainable, one without is not (domain.md §2), so
// a placeholder typed where the number goes ("-", "n/a", "TBD", "folgt", "0") must never be read as
// one: it is refused at its cell and the row gives no credit until the number itself is typed.
import { type FieldRead, BLANK } from "./cell-read";
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
 * An SD number cell read as `type` ("text": one number; "list": the numbers it names, split at
 * ";", ",", "|" or a line break). A cell where any number is a placeholder is refused whole as
 * invalid-value with reason "not-sd-number" (the caller says what follows for its row): keeping
 * the other numbers of a list would read the cell as something it does not say.
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
  if (!items.every(canBeSdNumber))
    return { kind: "bad", code: "invalid-value", text, reason: "not-sd-number" };
  return { kind: "ok", value: type === "list" ? items : text };
}
