// A column that says which document a row is (docs/rules.md "Returns"): "Belegart", "Document
// type", "Doc. type", "Tipo de documento", "Type de document", "Tipo di documento", "Documenttype",
// "Vorgang". An invoice, delivery note or delivery is a movement, booked as usual; a credit note,
// return, reversal, correction or debit note (credit-words.ts) is none: it gets no SD and gives no
// credit (row-state.ts). A word in neither list is refused at its cell, never guessed to be a
// delivery. Pure.
import { fold } from "./normalise";
import { spellings } from "./status-stems";
import { CREDIT_DOCUMENTS, CREDIT_SHORT, MOVEMENT_DOCUMENTS } from "./credit-words";
import { direction } from "./direction-words";

/** What a document type cell says of its row. */
export type DocumentKind = "movement" | "credit" | "unknown";

/** A text as the tables' keys are: folded, words and numbers separated by one space. */
const keyOf = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const table = (lists: readonly string[]) =>
  new Set(lists.flatMap((l) => l.split("|")).flatMap((w) => spellings(w).map(keyOf)));

const CREDIT = table([...CREDIT_DOCUMENTS, ...CREDIT_SHORT]);
const MOVEMENT = table(MOVEMENT_DOCUMENTS);

/** Headings (as keyOf, filler words dropped) of a document type column. */
const HEADINGS = new Set(
  [
    "belegart|belegtyp|beleg art|beleg typ|art beleg|dokumentart|dokumenttyp|dokumententyp|vorgang|vorgangsart",
    "document type|doc type|document kind|doc kind|type document|type doc|voucher type|type piece",
    "tipo documento|tipo doc|clase documento|tipo comprobante|documenttype|documentsoort|soort document",
  ]
    .join("|")
    .split("|"),
);

/** Words a heading may hold beside the name ("Type de document", "Tipo di documento"). */
const FILLERS = /\b(?:de|of|di|du|des|del|the|van|het|la|le)\b/g;

/**
 * Whether an unmapped column headed `heading` says which document each row is ("Belegart",
 * "Document type", "Doc. type", "Tipo de documento"; a note in brackets, "Belegart (RE/GS)", aside).
 */
export function documentHeading(heading: string): boolean {
  const key = keyOf(heading.replace(/\([^)]*\)/g, " "))
    .replace(FILLERS, " ")
    .replace(/\s+/g, " ")
    .trim();
  return HEADINGS.has(key);
}

/** The kind of one name of a document, numbers aside ("Gutschrift 4711"), or null if none. */
function kindOf(text: string): "movement" | "credit" | null {
  const key = keyOf(text)
    .split(" ")
    .filter((w) => !/^\d+$/.test(w))
    .join(" ");
  if (CREDIT.has(key)) return "credit";
  if (MOVEMENT.has(key) || direction(text) !== null) return "movement";
  return null;
}

/**
 * What a document type cell's text says of its row: "movement" (an invoice, a delivery note, a
 * delivery or receipt: booked), "credit" (a credit note, return, reversal, correction or debit
 * note: not booked, no SD), "unknown" (a word in neither list, or names that disagree, "Rechnung /
 * Gutschrift": refused), or null for a blank. A cell may name its document twice ("GS -
 * Gutschrift", "Rechnung (RE)").
 */
export function documentKind(text: string): DocumentKind | null {
  if (text.trim() === "") return null;
  const whole = kindOf(text);
  if (whole) return whole;
  const parts = text.split(/[-–/(),;:]+/).filter((p) => p.trim() !== "");
  const kinds = new Set(parts.map(kindOf));
  if (parts.length > 1 && kinds.size === 1 && !kinds.has(null)) return [...kinds][0] as DocumentKind;
  return "unknown";
}
