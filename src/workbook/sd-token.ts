// The shape of one SD number in a cell: a number is one token of letters, digits and separators
// ("SD-2025-0001", "EU-ISCC-Cert-DE100-1/SD/42"), at most split by spaces into its parts ("SD 2025
// 0001") and led by a harmless label ("SD", "Nr.", "PoS", "SD-Nr:") or an issuer's code in capitals
// ("NwN 2025/17"). Any further word, in whatever language ("folgt", "missing", "ca.", "(vermutlich)",
// "u.", "bis"), or sign ("~") is no part of the number: the cell is not an exact SD number. This is
// an allow-list of what a number is, not a list of the words that may stand beside one, so a word
// no list foresaw refuses the cell rather than being booked as part of the SD (sd-marks.ts reads
// the rest: which words are doubt, which numbers several).
import { fold } from "./normalise";

/** What a cell's tokens say: one number, several numbers (`numbers`), or words beside a number. */
export type SdTokens = { kind: "one" } | { kind: "several"; numbers: string[] } | { kind: "extra-words" };

/** A token that is a number or part of one: letters, digits and separators, with a digit. */
const NUMBER_TOKEN = /^[\p{L}\p{N}\-_/.#:–—‐‑]*\p{N}[\p{L}\p{N}\-_/.#:–—‐‑]*$/u;

/** Folded labels that name an SD number and change nothing: "SD", "Nr.", "No.", "PoS", "ISCC". */
const LABELS = new Set([
  "sd",
  "pos",
  "poc",
  "nr",
  "no",
  "n",
  "nummer",
  "number",
  "numero",
  "num",
  "iscc",
  "eu",
]);

/** A label token: its parts between "-", ".", ":", "#", "°" are all labels ("SD-Nr:", "ISCC-PoS", "N°"). */
function isLabel(token: string): boolean {
  if (/\p{N}/u.test(token)) return false;
  const parts = fold(token)
    .split(/[-–./:#°º]+/)
    .filter(Boolean);
  return /^[\p{L}\-–./:#°º]+$/u.test(token) && parts.every((p) => LABELS.has(p));
}

/** An issuer's code before a number that starts with a digit: two to eight letters alone ("NwN", "nwn"). */
function isCode(token: string, next: string | undefined): boolean {
  return /^\p{L}{2,8}$/u.test(token) && /^\p{N}/u.test(next ?? "");
}

/** "SD-2/-4", "SD-2/+4": a slash followed by a sign and a digit continues with a second number. */
const SLASH_CONTINUATION = /\/[-–+]\s*\p{N}/u;

/**
 * Reads the tokens of an SD cell (text trimmed, NFKC): "one" where they make one number (labels and
 * an issuer's code aside); "several" with the number tokens where two numbers stand with a word or
 * sign between them ("SD-2 u. SD-4", "SD-2 bis SD-4", "SD-2 – SD-4", "SD-2 to SD-4"), or side by side
 * with the same leading letters ("SD-2 SD-4"), or as "SD-2/-4"; "extra-words" where any other word or sign
 * stands beside the number ("SD-2 folgt", "~SD-2", "ca. SD-2", "SD-2 (vermutlich)").
 */
export function sdTokens(text: string): SdTokens {
  const t = text.normalize("NFKC").trim();
  if (SLASH_CONTINUATION.test(t)) return { kind: "several", numbers: t.split("/").map((s) => s.trim()) };
  const tokens = t.split(/\s+/).filter((w) => w && !isLabel(w));
  const kept = tokens.filter((w, i) => !(i === 0 && isCode(w, tokens[1])));
  const numbers = kept.filter((w) => NUMBER_TOKEN.test(w));
  const first = kept.findIndex((w) => NUMBER_TOKEN.test(w));
  const last = kept.length - 1 - [...kept].reverse().findIndex((w) => NUMBER_TOKEN.test(w));
  const between = kept.slice(first, last + 1).some((w) => !NUMBER_TOKEN.test(w));
  // "SD-2 SD-4": two numbers with the same leading letters; "EU-ISCC-Cert-DE100 SD-2020-1" is one
  const leads = numbers.map((w) => /^\p{L}+/u.exec(w)?.[0].toLowerCase()).filter(Boolean);
  const repeated = new Set(leads).size < leads.length;
  if (numbers.length >= 2 && (between || repeated)) return { kind: "several", numbers };
  return numbers.length === kept.length ? { kind: "one" } : { kind: "extra-words" };
}
