// The starts of words that say a line or a document is cancelled or perhaps not real, in one
// table read by a row's status (status-read.ts: where no whole word of status-words.ts matched,
// "Teilstorno", "Storno-Rechnung", "draft contract") and by an SD number cell (sd-number.ts: "SD-1
// storniert", "SD-1 draft"). One table, so that a word that voids a line in its Status column
// voids an SD in its cell too, and no list drifts from its twin. Written as keepers spell them;
// folded here (case, accents) with umlauts also as typed without the key ("gelöscht" and
// "geloescht", spellings()). Pure.
import { fold } from "./normalise";

/**
 * What a stem says: "cancelled" (the line or document is void: cancelled, deleted, withdrawn,
 * replaced) or "not real" (it may not have taken place or may not be valid: rejected, a draft,
 * planned, blocked, in transit, scrapped).
 */
export type StemKind = "cancelled" | "not real";

/**
 * A stem, its kind, and whether it also marks an SD document not valid (sd-number.ts; wording:
 * "cancelled, withdrawn, rejected or a draft"). A line planned, blocked or in transit says nothing
 * of its SD's validity, so those stems do not refuse an SD cell.
 */
interface Stem {
  stem: string;
  kind: StemKind;
  sd: boolean;
}

const CANCELLED = [
  "storn|cancel|annul|anul|void|delet|gelösch|entfall|entfäll|makuler|slett|supprim|gestrichen",
  "withdraw|zurückgezogen|revoked|widerruf|ersetzt|replaced|supersed|remplace|vervallen",
];

/** "Not real" stems that void an SD document too: rejected, refused, not valid, a draft. */
const NOT_VALID = [
  "reject|abgelehnt|refus|rechaz|rifiut|afgekeur|ungültig|invalid",
  "entwurf|draft|borrador|brouillon",
];

/** "Not real" stems of the movement only: planned, blocked, in transit, returned, unconfirmed, aborted. */
const NOT_YET = [
  "geplant|planned|quarant|gesperrt|blocked|unterwegs|transit|retour|unbestätigt|unconfirm|unapprov",
  "verschrott|scrapped|aborted|abgebrochen",
];

const split = (lists: string[]) => lists.flatMap((l) => l.split("|"));

/** The table: every stem with its kind and whether it voids an SD. */
export const STATUS_STEMS: readonly Stem[] = [
  ...split(CANCELLED).map((stem) => ({ stem, kind: "cancelled" as const, sd: true })),
  ...split(NOT_VALID).map((stem) => ({ stem, kind: "not real" as const, sd: true })),
  ...split(NOT_YET).map((stem) => ({ stem, kind: "not real" as const, sd: false })),
];

/**
 * The folded spellings of a word as keepers type it: with its umlauts folded ("gelöscht" →
 * "geloscht") and typed out without the key ("geloescht", "Quarantaene", "laeuft").
 */
export function spellings(word: string): string[] {
  const typed = word.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue");
  return [...new Set([fold(word), fold(typed)])];
}

/** A regular expression for the start of a folded word, after "teil"/"ge" ("Teilstorno", "gecancelt"). */
function stemPattern(stems: readonly Stem[]): RegExp {
  const all = [...new Set(stems.flatMap((s) => spellings(s.stem)))].sort((a, b) => b.length - a.length);
  return new RegExp(`^(?:teil|ge)?(?:${all.join("|")})`);
}

const CANCEL_START = stemPattern(STATUS_STEMS.filter((s) => s.kind === "cancelled"));
const NOT_REAL_START = stemPattern(STATUS_STEMS.filter((s) => s.kind === "not real"));

/**
 * The kind of a folded word (letters a–z, fold()) that starts with a stem, cancelled first
 * ("teilstorniert" → "cancelled", "draft" → "not real"), or null.
 */
export function stemKind(word: string): StemKind | null {
  if (CANCEL_START.test(word)) return "cancelled";
  return NOT_REAL_START.test(word) ? "not real" : null;
}

/** The start of a folded word that marks an SD document not valid (sd-number.ts CANCEL_WORD). */
export const SD_VOID_START: RegExp = stemPattern(STATUS_STEMS.filter((s) => s.sd));
