// (p-sdstatus2) What a sale's proof status and "SD required" cells say of the SD the add-in would
// issue (docs/rules.md "A column of the proof's status"). On a delivery the SD is the one the
// add-in issues, so a cell that says an SD for the delivery already exists — issued, sent, done
// ("ausgestellt", "bereits ausgestellt", "versendet", "erstellt", "erledigt", "issued", "sent",
// "done", "émise", "emitida", "emessa", "verstuurd", "wystawione", "wysłane", or under "SD
// erhalten" a "ja") — on a row read as sustainable with no SD number is refused at the cell
// (sold-sd-issued): before, the add-in issued a second SD for the same delivery, a double
// declaration. With the SD's number in the row's SD number column it is the SD issued outside, as
// before. A cell that says the SD is still to issue ("zu erstellen", "auszustellen", "to issue",
// "à émettre", "por emitir", "da emettere", "uit te geven", "te verstrekken", "do wystawienia") is
// declared as "offen" is; a dash, a bare "ok"/"ja" under "SD Status", or words of no status are
// unclear and refused (sold-sd-status-unread). A yes/no column asking whether the sale needs or
// wants an SD ("SD erforderlich", "SD nötig", "mit SD", "SD ausstellen", "SD an Kunde", "PoS required", "PoS
// requested", "DD requise", "SD requerida", "SD richiesta", "SD vereist", "SD wymagane") answered
// no refuses a row read as sustainable as the remark "SD nicht erforderlich" does
// (sold-without-sd); yes or blank is declared as before; anything else is refused
// (sold-sd-status-unread). On a receipt such a column says nothing of the supplier's SD: its
// credit follows its SD number and proof status as before, so the column is not read there. Pure.
import { fold } from "./normalise";
import { plainLetters } from "../engine/fold";
import { markOf } from "./status-marks";
import { CAME, DROPPED, isProofName, NOT, TIME } from "./proof-words";
import { remarkTokens, termHolds } from "./remark-scope";
import { CAME_MORE } from "./proof-states";
import { proofSaid } from "./proof-missing";
import { requiredHeading } from "./sd-required-words";

export { requiredHeading };
import type { Declared } from "./declared-row";
import type { Denial } from "./remark-denials";

/** A text's folded words (Polish "ł" as "l"), dropping digits and the words of `drop`. */
const wordsOf = (text: string, drop: Set<string> = new Set()) =>
  plainLetters(fold(text))
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !/^\d+$/.test(w) && !drop.has(w));

/** A status text's words without the proof's name ("SD ausgestellt": "ausgestellt"). */
const statusWords = (text: string, drop: Set<string>) => wordsOf(text, drop).filter((w) => !isProofName(w));

const set = (lines: readonly string[]) => new Set(lines.join("|").split("|"));

/** Words beside a word of issue that say when or to whom, not what ("bereits", "am", "an Kunde"). */
const BESIDE = set([
  "bereits|schon|already|deja|ya|gia|al|reeds|juz|am|on|le|el|il|op|vom|del|dal|per|an|kunde|kunden",
  "to|customer|the|au|client|cliente|aan|klant|do|klienta",
]);

/** Words and phrases that say a sale's SD exists beyond those of having come (proof-words.ts CAME, proof-states.ts CAME_MORE). */
const ISSUED = set([
  ...CAME,
  ...CAME_MORE,
  "generiert|erzeugt|verschickt|versandt|fertig|erledigt|created|generated|emailed|mailed|done|completed",
  "cree|creee|genere|generee|envoye|envoyee|fait|faite|termine|terminee|creado|creada|generado",
  "generada|hecho|hecha|realizado|realizada|completado|completada|creato|creata|generato|generata",
  "inviato|inviata|fatto|fatta|completato|completata|aangemaakt|gemaakt|gegenereerd|gedaan|klaar",
  "afgerond|verstrekt|uitgereikt|wystawione|wystawiony|wystawiona|wystawiono|wyslane|wyslany|wyslana",
  "wyslano|przeslane|przeslany|przeslana|utworzone|utworzony|utworzona|zrobione|gotowe",
]);

/** Phrases that say a sale's SD is still to issue (words joined by one space): the SD the add-in issues. */
const TO_ISSUE = set([
  "zu erstellen|zu ausstellen|auszustellen|zu senden|zu versenden|zu verschicken|ausstellen|erstellen",
  "to issue|to be issued|to send|to be sent|to be created|to do|todo|to create",
  "a emettre|a etablir|a envoyer|a faire|a creer|por emitir|a emitir|pendiente de emitir|por enviar",
  "por hacer|da emettere|da inviare|da fare|da rilasciare|da creare|uit te geven|op te maken",
  "te versturen|te doen|aan te maken|te verstrekken|uit te reiken|do wystawienia|do wyslania",
  "do zrobienia",
]);
const TIMES = set([TIME]);

/** Words a status beside a word of issue denied may hold besides it ("noch nicht", "not yet", "pas encore"). */
const DENIED_BESIDE = new Set([...BESIDE, ...TIMES, ...NOT, ...DROPPED]);

/**
 * (brk20 A5) Whether a sale's proof status text denies that its SD is issued, and says nothing else:
 * "nicht ausgestellt", "noch nicht ausgestellt", "not issued", "not yet issued", "non émise", "no
 * emitida", "non emessa", "niet uitgegeven", "nie wystawione". The SD is still to issue, as "zu
 * erstellen" says: before, these were read as "SD nicht …", a sale going without an SD, and held
 * every declaration of the sheet. The denial is read as remark-scope.ts reads any ("kein SD",
 * "ohne SD" keep their meaning: they deny the SD itself, not its issue).
 */
export function deniesIssue(text: string): boolean {
  const toks = remarkTokens(text);
  const at = toks.findIndex((t) => ISSUED.has(t));
  if (at < 0 || termHolds(toks, at, at + 1)) return false;
  const rest = statusWords(text, DENIED_BESIDE);
  return rest.length === 1 && ISSUED.has(rest[0] as string);
}

/** Whether a sale's proof status text says the SD is still to issue ("zu erstellen", "to issue"). */
export function toIssue(text: string): boolean {
  return TO_ISSUE.has(statusWords(text, TIMES).join(" "));
}

/** Whether a sale's proof status text says its SD exists: issued, sent, done ("bereits ausgestellt", "an Kunde versendet am 3.3."). */
export function issuedSaid(text: string): boolean {
  const words = statusWords(text, BESIDE);
  return words.length > 0 && ISSUED.has(words.join(" "));
}

const dash = (v: unknown) => typeof v === "string" && /^\s*[-–—]+\s*$/.test(v);

/** What a proof status cell (proof-status.ts ProofState) says: there, missing, void, blank or unread. */
type State = "there" | "missing" | "void" | "blank" | "unread";

/**
 * What cell `v` of a sale's proof status column (`heading` "status" or "came"), read as `state`,
 * denies its row (see the file comment): `declared()` whether the row is read as sustainable,
 * `numbered()` whether it has an SD number.
 */
export function saleDenial(
  v: unknown,
  heading: "status" | "came",
  state: State,
  declared: () => Declared,
  numbered: () => boolean,
): Denial | null {
  const sold = () => declared() !== "no";
  const text = typeof v === "string" ? v : null;
  if (text !== null && (toIssue(text) || deniesIssue(text))) return null;
  const issued = (state === "there" && heading === "came") || (text !== null && issuedSaid(text));
  if (issued) return sold() && !numbered() ? "sold-sd-issued" : null;
  if (state === "void") return sold() ? "sold-sd-void" : null;
  // an "ok", "ja" under "SD Status" (issued? wanted?), words of no status, a dash: unclear
  if (state === "unread") return "sold-sd-status-unread";
  if (state === "there" || (state === "blank" && dash(v))) return sold() ? "sold-sd-status-unread" : null;
  // (p-saleremark) "nicht erforderlich", "kein SD", "entfällt": the sale goes without one; "nein"
  // alone, "offen", "folgt": not issued yet, the SD the add-in issues
  const without =
    state === "missing" && text !== null && markOf(text) === null && proofSaid(`SD ${text}`) === "without";
  return without && sold() ? "sold-without-sd" : null;
}

/** Answers of yes and no beyond status-marks.ts markOf (Polish, Dutch). */
const YES = set(["tak|jawel|wel|sim|si"]);
const NO = set(["nie|niet|geen|nao|kein|keins|none|nessuno"]);

/**
 * What cell `v` of a sale's "SD required" column denies its row: yes or blank nothing (the SD is
 * issued), no on a row read as sustainable sold-without-sd, anything else (a dash, a word) on such
 * a row sold-sd-status-unread.
 */
export function requiredDenial(v: unknown, declared: () => Declared): Denial | null {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return null;
  const words = typeof v === "string" ? wordsOf(v) : [];
  const mark = dash(v) ? null : words.length === 1 && YES.has(words[0] as string) ? true : markOf(v);
  const no = mark === false || (words.length === 1 && NO.has(words[0] as string));
  if (mark === true || declared() === "no") return null;
  return no ? "sold-without-sd" : "sold-sd-status-unread";
}
