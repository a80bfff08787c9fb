// What a Status or remark cell says of its line (docs/rules.md "Rows and sheets marked as not
// really there"), read from its words (status-words.ts). A status word that leads the cell counts
// as that status whatever qualifies it: a date, a version, a week or quarter ("rejected 12.03.",
// "Entwurf 2", "draft v2", "planned Q2", "geplant: KW 12"), a reason in brackets or after a dash,
// colon or slash ("abgelehnt (QA)", "rejected - returned to supplier"), its agent or cause
// ("rejected by QA", "on hold until payment"), and what it is about ("pending approval", "QA
// rejected"). A word of a line done, denied, is a status that leaves it unconfirmed ("not
// approved", "nicht geliefert", "no ok"), and so is a word of a line done asked ("ok?"): unclear
// is never yes. A word of a status asked ("storniert?", "cancelled?", "annulé ?") is doubt, not
// that status: the line is unconfirmed. A longer remark that only mentions such a word ("draft
// contract signed", "invoice pending"), or tells a history that ends in a line done ("rejected by
// QA, re-delivered 14.03."), is no status: it is said, not booked silently nor refused; but one
// that says the row was cancelled and rebooked, reversed or replaced ("cancelled – reissued as
// SD-9", "storniert und neu gebucht") leaves the row perhaps void: refused (cancel-mention.ts). A short text of one to three words none of which is read ("Gutschrift",
// "St.", "credit note", "claim") is "unknown": under a status heading the line's status is then
// unclear (row-state.ts refuses it), under a remark heading it is free text. A status of a line not
// done said of part of it ("teilw. abgelehnt", "partly rejected", p-sd8) is "partial": the
// quantity accepted is unknown, so the row is refused as an unclear status is; so is a
// cancellation of part of it ("teilweise storniert", "Teilstorno", "partly cancelled", p-misc): the
// quantity that stands is unknown. Pure.
import { fold } from "./normalise";
import { ABOUT, AUXILIARIES, CLAUSE, DONE_ALONE, STATUS_WORDS, type StatusKind } from "./status-words";
import { spellings, stemKind } from "./status-stems";
import { partSays } from "./status-part";
import { otherDocumentsLeftOut, saysProofMissing } from "./proof-missing";
import { participleKept, replacesObject } from "./replace-words";
import { plainLetters } from "../engine/fold";
import { cancelMention } from "./cancel-mention";

/**
 * What a status text says of its line: "cancelled" (not booked), "unconfirmed" (rejected, planned,
 * blocked, asked…: refused), "partial" (such a status of part of the line, "teilw. abgelehnt":
 * refused, the quantity accepted unknown), "part-cancelled" (part of the line cancelled, "teilweise
 * storniert", "Teilstorno": refused, the quantity that stands unknown, p-misc), "void-unclear" (a
 * remark that says the row or its quantity was cancelled, reversed, replaced or rebooked, "Menge
 * storniert und neu gebucht (Zeile 5)": refused, the row perhaps void, brk25 §5b,
 * cancel-mention.ts), "mentions" (a remark that speaks of a cancellation not of the row's validity,
 * "nicht storniert", "cancellation fee", "war: storniert": booked, said), "credit" (led by a document of no movement,
 * "Gutschrift", "Retoure", "Storno-Rechnung", credit-words.ts: the row may be that document or a
 * line it refers to, so it is refused, p-credit),
 * "remark" (a remark that speaks of a line perhaps not real: booked, said), "unknown" (one to three
 * words none of which is a status word: refused under a status heading, free text under a remark
 * heading), "proof-missing" (the line's proof of sustainability missing or to come, "SD fehlt",
 * "PoS not yet received": proof-missing.ts, the one table a legend and a remark ask too; a receipt
 * is refused, a delivery read, row-state.ts), or null (nothing of it).
 */
export type StatusSays =
  | "cancelled"
  | "unconfirmed"
  | "credit"
  | "partial"
  | "part-cancelled"
  | "mentions"
  | "void-unclear"
  | "remark"
  | "unknown"
  | "proof-missing"
  | null;

/**
 * Texts read before in one run (a status column holds few distinct texts over many rows): made by
 * the reader of a workbook (read.ts) and dropped with it, so that no state outlives a run.
 */
export type StatusMemo = Map<string, StatusSays>;

/** Folded phrase → kind, and the longest phrase in words. */
const PHRASES = new Map<string, StatusKind>();
for (const [kind, lists] of STATUS_WORDS)
  for (const w of lists.flatMap((l) => l.split("|")))
    for (const v of spellings(w)) PHRASES.set(v.replace(/[^a-z0-9]+/g, " "), kind);
const LONGEST = Math.max(...[...PHRASES.keys()].map((k) => k.split(" ").length));

/** The most words a cell may hold to be read as a status of no known word ("credit note"). */
const SHORT = 3;

/** Cell text as tokens: words and numbers (folded), and each punctuation mark alone. */
function tokens(text: string): string[] {
  // Polish "ł" (which NFKD keeps) as "l": "został anulowany" is two words, not "zosta", "ł", …
  const t = plainLetters(fold(participleKept(text)))
    // a cross, a "no entry" sign: not ok
    .replace(/[✗✘❌🚫✕✖⛔❎]/gu, " nok ")
    // "n.i.O." (nicht in Ordnung) and "i.O." as one word each
    .replace(/(^|[^a-z0-9])n\.?\s?i\.?\s?o\.?(?![a-z0-9])/g, "$1 nio ")
    .replace(/(^|[^a-z0-9])i\.\s?o\.?(?![a-z0-9])/g, "$1 io ")
    // "o.k." as "ok"
    .replace(/(^|[^a-z0-9])o\.\s?k\.?(?![a-z0-9])/g, "$1 ok ")
    // a hyphen inside a word joins ("re-delivered", "Storno-Rechnung"); with spaces it separates
    .replace(/([a-z])-(?=[a-z])/g, "$1 ");
  return t.match(/[a-z0-9]+|[^\sa-z0-9]/g) ?? [];
}

const isWord = (t: string) => /^[a-z0-9]+$/.test(t);

/** A token that qualifies a status without changing it: a number, a date part, a version, a week. */
function qualifier(t: string): boolean {
  return (
    !isWord(t) ||
    /^\d+(?:st|nd|rd|th|er|e|o|a)?$/.test(t) ||
    /^(?:v|rev|r)\d+$/.test(t) ||
    /^(?:q|h)[1-4]$/.test(t) ||
    /^(?:kw|cw|wk|week|woche|semaine|semana|settimana)\d*$/.test(t) ||
    /^(?:v|ver|version|vers|rev|revision|fassung|jan|feb|mar|marz|apr|may|mai|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)$/.test(
      t,
    ) ||
    ABOUT.has(t) ||
    AUXILIARIES.has(t)
  );
}

interface Hit {
  kind: StatusKind | "negated";
  /** whether a negated word was a cancellation */
  cancel?: boolean;
  start: number;
  end: number;
}

/** The status words of a token list, in order, negations joined to the word they deny. */
function hits(toks: string[]): Hit[] {
  const out: Hit[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i] as string)) continue;
    for (let n = Math.min(LONGEST, toks.length - i); n >= 1; n--) {
      const words = toks.slice(i, i + n);
      if (!words.every(isWord)) continue;
      const found = PHRASES.get(words.join(" "));
      if (!found) continue;
      // (brk24 §1) "ersetzt ON-2024-0099": this line replaces another, it is the live one
      const kind = n === 1 && replacesObject(words[0] as string, toks, i) ? "done" : found;
      out.push({ kind, start: i, end: i + n });
      i += n - 1;
      break;
    }
  }
  const joined: Hit[] = [];
  for (let k = 0; k < out.length; k++) {
    const h = out[k] as Hit;
    const next = out[k + 1];
    if (h.kind !== "neg") joined.push(h);
    else if (next && next.start === h.end) {
      const denied = next.kind === "done" ? "unconfirmed" : next.kind === "neg" ? null : "negated";
      if (denied)
        joined.push({ kind: denied, cancel: next.kind === "cancel", start: h.start, end: next.end });
      k++;
    }
  }
  return joined;
}

/** The words of cancellation of `toks` not denied: status words, and stems no status word covers ("stornieren"). */
function cancelWords(toks: string[], found: Hit[]): Hit[] {
  const covered = (i: number) => found.some((h) => i >= h.start && i < h.end);
  const stems = toks.flatMap((t, i) =>
    // "withdrawal from tank 3" is a movement out, no withdrawal of the line
    isWord(t) && !covered(i) && stemKind(t) === "cancelled" && !t.startsWith("withdrawal")
      ? [{ kind: "cancel" as const, start: i, end: i + 1 }]
      : [],
  );
  return [...found.filter((h) => h.kind === "cancel"), ...stems];
}

/** The denied words of cancellation of `found` ("nicht storniert", "not yet cancelled"). */
const deniedCancels = (found: Hit[]) => found.filter((h) => h.kind === "negated" && h.cancel);

/** What a status or remark cell's text says of its line (see StatusSays). */
export function statusOf(text: string): StatusSays {
  return read(text);
}

/** statusOf, each text read once in the run whose memo `memo` is (none: read anew). */
export function statusIn(text: string, memo?: StatusMemo): StatusSays {
  let says = memo?.get(text);
  if (says === undefined) {
    says = read(text);
    memo?.set(text, says);
  }
  return says;
}

/**
 * Whether `text` holds a status word of any kind (done, cancelled, rejected, denied…) that is no
 * two-letter code: under a "State"/"Estado" heading "OK" or "DE" may be a state, "entregado" or
 * "storniert" never is (row-state.ts decides by it whether such a column keeps statuses).
 */
export function speaksStatus(text: string): boolean {
  if (fold(text).replace(/[^a-z]/g, "").length < 3) return false;
  return hits(tokens(text)).length > 0;
}

/**
 * What the status words may say for a proof missing to be read: none, unknown words, or a remark
 * ("SD fehlt", "PoS pending"). A status of the line itself stands ("rejected, SD missing" is
 * unconfirmed, "storniert, SD fehlt" cancelled): on a delivery it must not read as the SD the
 * add-in issues; on a receipt row-state.ts refuses for the proof all the same.
 */
const YIELDS = new Set<StatusSays>([null, "unknown", "remark"]);

/** What `text` says (statusOf): a status of the line, else a proof missing, else its words. */
function read(text: string): StatusSays {
  // (p-remarks2) "Rechnung ausstehend", "pending (invoice)": another document pending, not the line
  const says = readWords(otherDocumentsLeftOut(text));
  return YIELDS.has(says) && saysProofMissing(text) ? "proof-missing" : says;
}

/** What the status words of `text` say of its line. */
function readWords(text: string): StatusSays {
  const toks = tokens(text);
  const found = hits(toks);
  const unreal = found.filter((h) => h.kind === "cancel" || h.kind === "unconfirmed" || h.kind === "credit");
  const negated = found.filter((h) => h.kind === "negated");
  const done = found.filter((h) => h.kind === "done");
  // (p-credit) a remark that only mentions a credit note or return ("Gutschrift 4711 über
  // Preisdifferenz", "return trip empty") says nothing of its own line; one of a reversal
  // ("Storno-Rechnung folgt") speaks of a cancellation
  const creditOnly =
    found.some((h) => h.kind === "credit") && found.every((h) => h.kind === "credit" || h.kind === "done");
  // (brk25 §5b) a remark of a cancellation: about the row's validity, refused; else said
  const remark = (cancel: boolean): StatusSays =>
    cancel
      ? cancelMention(toks, cancelWords(toks, found), deniedCancels(found), AUXILIARIES)
      : creditOnly
        ? null
        : "remark";
  const asked = toks.includes("?");
  // (p-status6) a part of the line named anywhere, by its stem or a quantity: refused
  const stemmed = toks.some((t) => isWord(t) && stemKind(t.startsWith("teil") ? t.slice(4) : t) !== null);
  const cancelled = found.some((h) => h.kind === "cancel");
  const named = partSays(toks, cancelled, found.length > 0 || stemmed, SHORT);
  if (named !== null) return named;
  if (unreal.length === 0) {
    if (negated.length > 0) return remark(negated.some((h) => h.cancel));
    if (done.length > 0 && asked) return "unconfirmed";
    // the words no whole status word covers: a stem speaks of a status, else they say none
    const loose = toks.filter((t, i) => isWord(t) && !found.some((h) => i >= h.start && i < h.end));
    const stems = loose.map(stemKind);
    if (stems.includes("cancelled")) return remark(true);
    if (stems.includes("not real")) return "remark";
    if (done.length > 0) return null;
    const words = loose.filter((w) => /[a-z]/.test(w));
    // a question mark alone is doubt; a few words of no status, a status unclear
    if (words.length === 0) return asked ? "unconfirmed" : null;
    if (words.every((w) => DONE_ALONE.has(w))) return asked ? "unconfirmed" : null;
    return words.length <= SHORT ? "unknown" : null;
  }
  const cancel = unreal.some((h) => h.kind === "cancel");
  // (p-credit) a remark that mentions a reversal ("Storno-Rechnung folgt") speaks of a cancellation
  const cancelLike =
    cancel ||
    unreal.some(
      (h) => h.kind === "credit" && toks.slice(h.start, h.end).some((t) => stemKind(t) === "cancelled"),
    );
  const last = Math.max(...unreal.map((h) => h.end));
  // a history that ends in a line done or done again; or a denied status beside
  if (done.some((h) => h.start >= last) || negated.length > 0) return remark(cancelLike);
  const first = unreal[0] as Hit;
  const before = toks.slice(0, first.start);
  // a line done, then not real: which is the line's state the add-in cannot tell
  if (done.length > 0) return "unconfirmed";
  // an auxiliary as a label ("war: storniert", "was: cancelled") names a state before, not this one
  const label = (t: string, i: number) => AUXILIARIES.has(t) && before[i + 1] === ":";
  if (!before.every((t, i) => qualifier(t) && !label(t, i))) return remark(cancelLike);
  // what follows the status up to a mark or a clause qualifies it, or makes it a remark
  for (let i = first.end; i < toks.length; i++) {
    const t = toks[i] as string;
    if (!isWord(t) || CLAUSE.has(t)) break;
    const inHit = unreal.some((h) => i >= h.start && i < h.end);
    if (!inHit && !qualifier(t)) return remark(cancelLike);
  }
  // a cancellation beside a rejection ("storniert/abgelehnt"): the keeper's word voids the line;
  // asked ("storniert?"), it is doubt
  if (cancel && !asked) return "cancelled";
  // (p-credit) led by a credit note, a return: the row is that document, or a line it refers to
  return first.kind === "credit" && !asked ? "credit" : "unconfirmed";
}
