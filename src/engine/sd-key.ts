// The key of an incoming SD number: the number without the words that name it. People write the
// same SD as "Nr. 4711", "N° 4711", "SD 4711", "PoS 4711" and "4711", or as "ISCC-SD-2025-0001",
// "SD-Nr. 2025-0001" and "2025-0001": a label in front names the document, it is no part of its
// number (iscc-rules.md §5, numbering: the SD carries a unique number, whatever the words before
// it). Two rows of one supplier whose numbers differ only by such a label book one SD twice
// (duplicate-sd), and a delivery that links "SD 4711" draws on the receipt booked as "4711".
import { documentKey } from "./normalise";

/**
 * Folded words that name a number, a scheme or a certificate and change nothing in front of the
 * number: "SD", "PoS", "PoC", "Nr.", "No.", "N°", "Nummer", "ISCC", "EU", "PLUS" (ISCC PLUS),
 * "REDcert", "Cert" ("EU-ISCC-Cert-DE100-…", the form of an ISCC certificate number, which SD
 * numbers of system users repeat: iscc-rules.md §5, numbering). The SD cell's reader keeps to the
 * same list (workbook/sd-token.ts).
 */
export const SD_LABELS: ReadonlySet<string> = new Set([
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
  "plus",
  "redcert",
  "cert",
  // the document named in words: "Nachhaltigkeitsnachweis Nr. 1041", "Teilnachweis TNW-1021",
  // "Proof of Sustainability 1043"
  "nachhaltigkeitsnachweis",
  "teilnachweis",
  "tnw",
  "proof",
  "of",
  "sustainability",
  // --- p-sd7: "Nachweis Nr. 2025-0001", "Nachweisnummer 2025-0001" (a Nachhaltigkeitsnachweis named short)
  "nachweis",
  "nachweisnummer",
  // --- end p-sd7
]);

/**
 * An ISCC certificate number typed before the SD number and a space ("EU-ISCC-Cert-DE100-10001 SD
 * 2025-0001"): the supplier's certificate, no part of the SD's number. "REDcert²" is the scheme's
 * name, its raised 2 no footnote; "n.º" is "n°" (NFKC would make it "n.o").
 */
const CERTIFICATE_BEFORE = /^(?:EU[-_ ]?)?ISCC[-_ ]?(?:PLUS[-_ ]?)?Cert[-_ ]?[A-Z]{2}\d+[-_ ]\d+\s+(?=\S)/i;

/** The text with a certificate number before it dropped and "REDcert²", "n.º" read as names. */
export function withoutCertificate(text: string): string {
  // each replacement only where its text can be: most numbers hold no "²", no "º", and a
  // certificate number before them starts with "EU" or "ISCC"
  let rest = CERTIFICATE_BEFORE.test(text) ? text.replace(CERTIFICATE_BEFORE, "") : text;
  if (rest.includes("²")) rest = rest.replace(/redcert²/gi, "REDcert");
  if (rest.includes("º")) rest = rest.replace(/(^|\s)n\.?º/gi, "$1n°");
  return rest;
}

/**
 * A run of letters at the start of the text, after any separators (spaces, dashes, slashes,
 * underscores, dots, colons, "#", "°", "º", "²"), and the separators after it.
 */
const LEADING_WORD = /^[\s\p{Pd}\u2212/\\_.:#°º²]*(\p{L}+)[\s\p{Pd}\u2212/\\_.:#°º²]*/u;

/**
 * The SD number as typed without the labels before it (SD_LABELS, case and accents aside):
 * "Nr. 4711" → "4711", "SD-Nr. 2025-0001" → "2025-0001", "ISCC-SD-2025-0001" → "2025-0001",
 * "SD20250001" → "20250001". A word that is no label ends the stripping and stays: "NwN 2025/17",
 * "EU-ISCC-Cert-DE100-1 SD 5" → "DE100-1 SD 5". A text of labels alone is returned as it is.
 */
export function sdNumberText(text: string): string {
  const rest = withoutCertificate(text);
  return isAscii(rest) ? asciiNumberText(rest) : labelsStripped(rest);
}

/**
 * The labels before the number stripped word by word (LEADING_WORD), in any script: what
 * sdNumberText does after dropping a certificate, and what its ASCII scan gives the same of.
 */
export function labelsStripped(text: string): string {
  let rest = text;
  for (;;) {
    const m = LEADING_WORD.exec(rest);
    if (!m) return rest;
    const word = (m[1] as string)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    const after = rest.slice(m[0].length);
    if (!SD_LABELS.has(word) || after === "") return rest;
    rest = after;
  }
}

/** A text of ASCII characters alone (U+0000 to U+007F). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * sdNumberText of a text of ASCII alone (nearly every number), by a scan rather than a match per
 * word: LEADING_WORD's separators in ASCII are whitespace, "-", "/", "\\", "_", ".", ":" and "#",
 * its letters A-Z and a-z, and such a word needs no NFKD.
 */
function asciiNumberText(text: string): string {
  let from = 0;
  for (;;) {
    let i = from;
    while (i < text.length && isAsciiSeparator(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i === start) return from === 0 ? text : text.slice(from);
    const end = i;
    while (i < text.length && isAsciiSeparator(text.charCodeAt(i))) i++;
    // a label is a short word: a longer one is read no further
    if (end - start > LONGEST_LABEL || i === text.length) break;
    if (!isLabel(text, start, end)) break;
    from = i;
  }
  return from === 0 ? text : text.slice(from);
}

const LONGEST_LABEL = Math.max(...[...SD_LABELS].map((l) => l.length));

/** SD_LABELS by their length, for isLabel. */
const LABELS_BY_LENGTH: string[][] = [];
const NO_LABELS: string[] = [];
for (const l of SD_LABELS) (LABELS_BY_LENGTH[l.length] ??= []).push(l);

/**
 * Whether the word of ASCII letters from `start` to `end` of `text` is an SD label in any case,
 * compared in place: no text cut out of it and lower-cased per number (two per receipt). A letter
 * with bit 32 set is its lower case; the labels are lower case.
 */
function isLabel(text: string, start: number, end: number): boolean {
  for (const label of LABELS_BY_LENGTH[end - start] ?? NO_LABELS) {
    let i = 0;
    while (i < label.length && (text.charCodeAt(start + i) | 32) === label.charCodeAt(i)) i++;
    if (i === label.length) return true;
  }
  return false;
}

/** Whitespace (tab to carriage return, space), "#", "-", ".", "/", ":", "\\" and "_". */
function isAsciiSeparator(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 35 ||
    c === 45 ||
    c === 46 ||
    c === 47 ||
    c === 58 ||
    c === 92 ||
    c === 95
  );
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Key of an incoming SD number: the letters and digits of the number without its labels, upper
 * case (documentKey of sdNumberText, then every other character dropped and labels run together
 * in front dropped: joinedLabelsDropped). So "Nr. 4711", "N° 4711", "PoS 4711" and "4711" are one
 * key, and so are "EU-ISCC-PoS-2025-000123", "EUISCCPoS2025000123", "EUISCC-PoS 2025:000123"
 * (brk28 S2: an SD typed once with and once without its separators is one SD). A digit or a
 * letter that differs keeps the numbers apart; leading zeros count (sd-alike.ts zerosKey reads them).
 */
export function sdKey(text: string | undefined): string {
  if (text === undefined || text === "") return "";
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return lettersAndDigits(documentKey(text));
  return joinedLabelsDropped(lettersAndDigits(documentKey(sdNumberText(text))));
}

/** The letters, digits and marks of an upper-cased key; a key of A-Z and 0-9 alone as it is. */
function lettersAndDigits(key: string): string {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) return key.replace(/[^\p{L}\p{N}\p{M}]+/gu, "");
  }
  return key;
}

/**
 * Labels written together as one word before the number ("EUISCCPOS2025000123",
 * "ISCCSD4711"): the leading letters dropped where they are SD_LABELS one after another and a
 * digit follows. "N" alone is read only as a word of its own ("N° 4711"), never inside a run
 * ("SDN2025" keeps its letters), and a run that is not labels throughout stays ("NWN202517").
 */
function joinedLabelsDropped(key: string): string {
  let end = 0;
  while (end < key.length && isUpperLetter(key.charCodeAt(end))) end++;
  if (end < 2 || end === key.length) return key;
  const c = key.charCodeAt(end);
  if (!(c >= 48 && c <= 57)) return key;
  return labelsThroughout(key.slice(0, end).toLowerCase()) ? key.slice(end) : key;
}

const isUpperLetter = (c: number): boolean => c >= 65 && c <= 90;

/** SD_LABELS that may stand inside a run of labels: all but "n". */
const JOINED_LABELS = [...SD_LABELS].filter((l) => l.length > 1);

/** Whether `run` (lower case) is SD_LABELS written one after another, each at least once. */
function labelsThroughout(run: string): boolean {
  // can[i]: run.slice(i) is labels throughout
  const can: boolean[] = new Array<boolean>(run.length + 1).fill(false);
  can[run.length] = true;
  for (let i = run.length - 1; i >= 0; i--)
    can[i] = JOINED_LABELS.some((l) => can[i + l.length] === true && run.startsWith(l, i));
  return can[0] === true;
}
