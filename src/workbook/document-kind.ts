// A column that says which document a row is (docs/rules.md "Returns"): "Belegart", "Document
// type", "Doc. type", "Tipo de documento", "Type de document", "Tipo di documento", "Documenttype",
// "Vorgang". An invoice, delivery note or delivery is a movement, booked as usual; a credit note,
// return, reversal, correction or debit note (credit-words.ts) is none: it gets no SD and gives no
// credit (row-state.ts). A word in neither list is refused at its cell, never guessed to be a
// delivery. Pure.
import { foldedWords } from "./normalise";
import { spellings } from "./status-stems";
import {
  CREDIT_DOCUMENTS,
  CREDIT_SHORT,
  MOVEMENT_DOCUMENTS,
  PARTY_SIDES,
  RECEIPT_DOCUMENTS,
  SALE_DOCUMENTS,
} from "./credit-words";
import { direction } from "./direction-words";

/** What a document type cell says of its row. */
export type DocumentKind = "movement" | "credit" | "unknown";

/** A text as the tables' keys are: folded, words and numbers separated by one space. */
const keyOf = foldedWords;

const table = (lists: readonly string[]) =>
  new Set(lists.flatMap((l) => l.split("|")).flatMap((w) => spellings(w).map(keyOf)));

const CREDIT = table([...CREDIT_DOCUMENTS, ...CREDIT_SHORT]);
const RECEIPT = table(RECEIPT_DOCUMENTS);
const SALE = table(SALE_DOCUMENTS);
const NEUTRAL = table(MOVEMENT_DOCUMENTS);
const MOVEMENT = new Set([...NEUTRAL, ...RECEIPT, ...SALE]);

/** Headings (as keyOf, filler words dropped) that name a document type column and nothing else. */
const HEADINGS = new Set(
  [
    "belegart|belegtyp|beleg art|beleg typ|art beleg|dokumentart|dokumenttyp|dokumententyp",
    "document type|doc type|document kind|doc kind|type document|type doc|voucher type|type piece",
    "tipo documento|tipo doc|clase documento|tipo comprobante|documenttype|documentsoort|soort document",
  ]
    .join("|")
    .split("|"),
);
/**
 * Headings that may name a document type or hold free text ("Vorgang": "Rechnung" or "Auftrag
 * 4711"; "Transaction", "Operation"): a document type column only where its values are document
 * words (documentValues).
 */
const AMBIGUOUS = new Set(
  "vorgang|vorgangsart|geschaftsvorfall|transaction|transaction type|operation|operation type|type operation|type transaction|tipo operacion|operacion|operazione|tipo operazione|transactie|handeling".split(
    "|",
  ),
);

/** Words a heading may hold beside the name ("Type de document", "Tipo di documento"). */
const FILLERS = /\b(?:de|of|di|du|des|del|the|van|het|la|le)\b/g;

/**
 * Whether an unmapped column headed `heading` says which document each row is: "named" ("Belegart",
 * "Document type", "Doc. type", "Tipo de documento"; a note in brackets, "Belegart (RE/GS)", aside),
 * "ambiguous" ("Vorgang", "Transaction", "Operation": only where its values are document words,
 * documentValues), or null.
 */
export function documentHeading(heading: string): "named" | "ambiguous" | null {
  const key = keyOf(heading.replace(/\([^)]*\)/g, " "))
    .replace(FILLERS, " ")
    .replace(/\s+/g, " ")
    .trim();
  return HEADINGS.has(key) ? "named" : AMBIGUOUS.has(key) ? "ambiguous" : null;
}

/**
 * Whether the non-blank texts of a column are all document words (documentKind is never
 * "unknown"): an ambiguous heading ("Vorgang") holding them is a document type column; one
 * holding free text ("Verkauf an Müller", "Auftrag 4711") is not (p-heads).
 */
export function documentValues(texts: readonly string[]): boolean {
  const filled = texts.filter((t) => t.trim() !== "");
  return filled.length > 0 && filled.every((t) => documentKind(t) !== "unknown");
}

/**
 * What a free-text cell of an ambiguous heading left unread ("Vorgang": "Auftrag 4711") says of
 * its row: "credit" where it is, or is led by, a credit note or return ("Gutschrift zu Auftrag
 * 4711", "Retoure Kunde"), which is never booked silently; null otherwise (the row is booked).
 */
export function freeTextKind(text: string): "credit" | null {
  if (documentKind(text) === "credit") return "credit";
  const w = keyOf(text).split(" ");
  return [1, 2, 3].some((n) => w.length >= n && CREDIT.has(w.slice(0, n).join(" "))) ? "credit" : null;
}

/** A name of a document as the tables' keys, numbers aside ("Gutschrift 4711"). */
const nameKey = (text: string) =>
  keyOf(text)
    .split(" ")
    .filter((w) => !/^\d+$/.test(w))
    .join(" ");

/** The document and the side its party words name ("Lieferschein an Kunde": out), if any. */
function withParty(key: string): { key: string; side: "in" | "out" | null } {
  for (const [words, side] of PARTY_SIDES) if (words.test(key)) return { key: key.replace(words, ""), side };
  return { key, side: null };
}

/** The kind of one name of a document, numbers and its party aside, or null if none. */
function kindOf(text: string): "movement" | "credit" | null {
  const { key } = withParty(nameKey(text));
  if (CREDIT.has(key)) return "credit";
  if (MOVEMENT.has(key) || direction(text) !== null) return "movement";
  return null;
}

/**
 * The side a movement's document names: "in" (a receipt: "Wareneingang", "goods receipt",
 * "Rechnung vom Lieferanten"), "out" (a sale: "Verkauf", "sales invoice", "Lieferschein an
 * Kunde"), or null where it names neither ("Rechnung", "Lieferschein") or is no movement. A row
 * whose document names the other side of its sheet is refused at that cell (row-state.ts).
 */
export function documentSide(text: string): "in" | "out" | null {
  const { key, side } = withParty(nameKey(text));
  if (!MOVEMENT.has(key) && direction(text) === null) return null;
  if (side) return side;
  // "Eingang", "Sortie": a ledger's type words name their side; "Lieferung", "delivery" do not
  return RECEIPT.has(key) ? "in" : SALE.has(key) ? "out" : NEUTRAL.has(key) ? null : direction(text);
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
