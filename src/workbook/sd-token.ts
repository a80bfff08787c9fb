// The shape of one SD number in a cell. An SD number is typed as runs of letters, digits and
// separators ("SD-2025-0001", "EU-ISCC-Cert-DE100-1/SD/42", "iscc_eu_sd 2020.17"), split by spaces
// at most into its parts ("SD 2025 0001", "EU ISCC Cert DE100 SD 2020 1"). Before its last part it
// may carry words that name a scheme, a certificate or a number and change nothing ("ISCC", "EU",
// "PLUS", "Cert", "SD", "Nr.", "PoS", "SD-Nr:"), and it may start with an issuer's code before
// digits ("NwN 2025/17"). Any further word, in whatever language ("folgt", "missing", "ca.",
// "(vermutlich)", "u.", "bis"), or sign ("~") is no part of the number: the cell is not an exact SD
// number. This is an allow-list of what a number is, not a list of the words that may stand
// beside one, so a word no list foresaw refuses the cell rather than being booked as part of the
// SD (sd-marks.ts reads the rest: which words are doubt, which numbers several).
import { SD_LABELS, withoutCertificate } from "../engine/sd-key";

export { SD_LABELS };
import { fold } from "./normalise";

/** What a cell's tokens say: one number, several numbers (`numbers`), or words beside a number. */
export type SdTokens = { kind: "one" } | { kind: "several"; numbers: string[] } | { kind: "extra-words" };

/** A token that is a number or part of one: letters, digits and separators, with a digit. */
const NUMBER_TOKEN = /^[\p{L}\p{N}\-_/.#:–—‐‑]*\p{N}[\p{L}\p{N}\-_/.#:–—‐‑]*$/u;

/**
 * A number token whose last part is digits alone ("SD-2", "2025", "1/SD/42", "#4711"): the
 * number's own digits have begun. "DE100" and "Cert-DE100" are a certificate's code before them.
 */
const DIGITS_END = /(?:^|[-_/.#:–—‐‑])\p{N}+$/u;

/** Whether a token is a number token whose own digits have begun (DIGITS_END). */
const isBody = (w: string) => NUMBER_TOKEN.test(w) && DIGITS_END.test(w);

/** The separators within a label: "SD-Nr:", "ISCC_EU_SD", "N°", "ISCC–PLUS". */
const LABEL_PARTS = /[-–—‐‑_./:#°º]+/;

/** A label token: letters and separators whose parts are all labels ("SD-Nr:", "iscc_eu_sd", "N°"). */
function isLabel(token: string): boolean {
  if (!/^[\p{L}\-–—‐‑_./:#°º]+$/u.test(token)) return false;
  const parts = fold(token).split(LABEL_PARTS).filter(Boolean);
  return parts.length > 0 && parts.every((p) => SD_LABELS.has(p));
}

/**
 * Folded words of up to eight letters that are no issuer's code though they stand before digits:
 * words of approximation ("ca 4711", "etwa", "approx", "env", "ong"), pointers ("see", "siehe",
 * "vgl", "voir", "zie"), words joining or bounding numbers ("bis", "und", "and", "to", "ou", "u",
 * "y", "e"), and "x", a placeholder. (p-sd9) One letter that joins numbers ("a", "e", "o", "u",
 * "y") is no such word at a cell's start, where no number stands before it: "A 4711" is read as
 * "B 4711" is, its letter an issuer's code.
 */
const NOT_CODES = new Set(
  (
    "ca|cca|circa|etwa|ungefahr|approx|aprox|env|environ|ong|ongeveer|rund|knapp|about|around|" +
    "see|siehe|vgl|voir|vedi|zie|cf|bis|und|and|or|oder|ou|to|til|tot|et|en|from|von|" +
    "tbc|tbd|evtl|wohl|maybe|prob|prov|vorl|old|alt|neu|new|copy|kopie|x"
  ).split("|"),
);

/** An issuer's code before a number that starts with a digit: one to eight letters alone ("NwN", "nwn", "K 1"). */
function isCode(token: string, next: string | undefined): boolean {
  return /^\p{L}{1,8}$/u.test(token) && /^\p{N}/u.test(next ?? "") && !NOT_CODES.has(fold(token));
}

/** Placeholder letters after the digits: "SD-1080xx", "SD-1081-XX" (the number is not yet known). */
const PLACEHOLDER = /\p{N}[-_/.]?[xX]+(?:$|[-_/.])/u;

/** A revision after the number: "rev.1", "Rev 2" (as "rev." and "2"), "v2", "Version 3". */
const REVISION = /^(?:rev|v|ver|version|revision)\.?\p{N}*$/iu;

/** A range in one token: "SD-1017..1019", "SD-1017…19". */
const RANGE = /\.\.|…/;

/**
 * Whether `next`, after a space, continues the number that `prev` ends: digits alone after a
 * year ("SD 2025 0001", "EU ISCC Cert DE100 SD 2020 1"). A date ("SD-1140 2025-01-08",
 * "SD-1141 08.01.2025"), a part ("SD-1143 1/2") or a second run of digits after digits that are
 * no year ("SD-1119 11192": two numbers, or one typed twice) is no part of the number.
 */
function continues(prev: string, next: string): boolean {
  return /^\p{N}+$/u.test(next) && /(?:^|\D)(?:19|20)\d\d$/u.test(prev.normalize("NFKC"));
}

/** "SD-2/-4", "SD-2/+4": a slash followed by a sign and a digit continues with a second number. */
const SLASH_CONTINUATION = /\/[-–+]\s*\p{N}/u;

/**
 * Reads the tokens of an SD cell (text trimmed, NFKC): "one" where they make one number (labels
 * before its digits and an issuer's code aside); "several" with the number tokens where two
 * numbers stand with a word or sign between them ("SD-2 u. SD-4", "SD-2 bis SD-4", "SD-2 – SD-4",
 * "SD-2 to SD-4"), or side by side where the second is led by letters after the first's digits
 * ("SD-2 SD-4", "SD-4 DE-B-113-5"), or as "SD-2/-4";
 * "extra-words" where any other word or sign stands beside the number ("SD-2 folgt", "~SD-2",
 * "ca. SD-2", "SD-2 (vermutlich)", "4711 Nr."), or where there is no number at all.
 */
export function sdTokens(text: string): SdTokens {
  const t = withoutCertificate(text.trim()).normalize("NFKC").trim();
  if (SLASH_CONTINUATION.test(t)) return { kind: "several", numbers: t.split("/").map((s) => s.trim()) };
  const all = t.split(/\s+/).filter(Boolean);
  // labels name the number before its own digits: "SD 2025 0001", "EU ISCC Cert DE100 SD 2020 1"
  // (a certificate's code "DE100" may come first), never after them: "4711 Nr.", "SD-4 eu 5"
  const body = all.findIndex(isBody);
  const tokens = all.filter((w, i) => !((body < 0 || i < body) && isLabel(w)));
  const kept = tokens.filter((w, i) => !(i === 0 && isCode(w, tokens[1])));
  const numbers = kept.filter((w) => NUMBER_TOKEN.test(w));
  if (numbers.length === 0) return { kind: "extra-words" };
  const first = kept.findIndex((w) => NUMBER_TOKEN.test(w));
  const last = kept.length - 1 - [...kept].reverse().findIndex((w) => NUMBER_TOKEN.test(w));
  const between = kept.slice(first, last + 1).some((w) => !NUMBER_TOKEN.test(w));
  // once a number's digits have begun, only more digits continue it ("SD-2025 0001"); a token led
  // by letters is a second number ("SD-2 SD-4", "SD-4 DE-B-113-5"), while "EU-ISCC-Cert-DE100
  // SD-2020-1" is one: its first token ends in a certificate's code, not in digits
  const start = kept.findIndex(isBody);
  const fresh = start >= 0 && kept.slice(start + 1).some((w) => NUMBER_TOKEN.test(w) && /^\p{L}/u.test(w));
  // a revision ("PoS 1036 rev.1", "SD-1031 v2") names one SD, but which issue of it is booked
  // (the revised may replace one booked before) is for the user to say: in doubt, not several
  if (start >= 0 && kept.slice(start + 1).some((w) => REVISION.test(w))) return { kind: "extra-words" };
  if (numbers.length >= 2 && (between || fresh)) return { kind: "several", numbers };
  if (numbers.some((w) => PLACEHOLDER.test(w) || RANGE.test(w))) return { kind: "extra-words" };
  if (start >= 0 && !kept.slice(start + 1).every((w, i) => continues(kept[start + i] as string, w)))
    return { kind: "extra-words" };
  return numbers.length === kept.length ? { kind: "one" } : { kind: "extra-words" };
}
