// SD numbers that may be one SD typed two ways (duplicate-sd's "may be the same SD", p-sdno2,
// p-sd6): numbers that differ only in leading zeros ("012345" typed as text and 12345 typed as a
// number, whose zero Excel dropped; "SD-2025-1" typed short for "SD-2025-0001"), in the year
// written with two digits or four ("SD-25-0001" beside "SD-2025-0001"), or in a letter O typed
// for a zero ("SD-2025-OOO1" beside "SD-2025-0001"), or in a letter l or I typed for a one
// ("SD-2025-000l", "SD-2025-000I" beside "SD-2025-0001", p-sd7). Each may also be a real, different number
// (a supplier's zeros may be significant; an O may be a letter), so such numbers are never merged
// silently, nor kept apart silently: the later of one supplier is refused with a finding that
// says how they differ, its credit unknown. Neither is refused alone: a number typed once is read
// exactly as typed.
import { documentKey } from "./normalise";

/** How two SD numbers of one supplier differ where they may be one SD (DuplicateSdDetails.alikeBy). */
export type AlikeBy = "zeros" | "year" | "letter-o" | "letter-l" | "label";

/**
 * A run of digits and letters O, l and I standing apart from other letters and digits, with a
 * digit and such a letter in it: "OOO1" in "2025-OOO1", "2O25" in "SD-2O25-1", "000l" in
 * "2025-000l"; or (p-sd9) letters alone that mix an O with an I or l, "OOOI" in
 * "SD-2025-OOOI" (lettersAsDigits reads it only after a digit: "IOI-4711" is a name).
 * "NO-4711", "DE100", "PO12", "I-4711", "l1x", "OOO-4711", "Oil" are not.
 */
const DIGIT_RUN =
  /(?<![\p{L}\p{N}])(?:(?=[OoIl0-9]*[0-9])(?=[0-9]*[OoIl])[OoIl0-9]+|(?=[OoIl]*[Oo])(?=[OoIl]*[Il])[OoIl]{2,})(?![\p{L}\p{N}])/gu;

/**
 * The text with the letters of each DIGIT_RUN read as digits as `ways` says: O as 0 where it
 * holds "letter-o", l and I as 1 where it holds "letter-l" ("2025-OOO1" → "2025-0001").
 */
function lettersAsDigits(text: string, ways: ReadonlySet<AlikeBy>): string {
  const o = ways.has("letter-o");
  const l = ways.has("letter-l");
  if (!/[OoIl]/.test(text) || (!o && !l)) return text;
  return text.replace(DIGIT_RUN, (run: string, at: number) => {
    // letters alone (p-sd9: "OOOI") stand for digits only after digits ("SD-2025-OOOI", not "IOI-4711")
    if (!/[0-9]/.test(run) && !/[0-9]/.test(text.slice(0, at))) return run;
    const zeros = o ? run.replace(/[Oo]/g, "0") : run;
    return l ? zeros.replace(/[Il]/g, "1") : zeros;
  });
}

/**
 * The text with every letter O of a run of digits read as a zero and every letter l or I as a one
 * ("SD-2025-OOO1" → "SD-2025-0001", "SD-2025-000l" → "SD-2025-0001"), as alikeKey reads them:
 * numbering.ts sees a number so typed as taken.
 */
export function lettersReadAsDigits(text: string): string {
  return lettersAsDigits(text.normalize("NFKC"), LETTERS);
}

/**
 * A year of four digits ("2025", "1999") after no digit, followed by more digits after a
 * separator: "SD-2025-0001", "SD2025-0001" (a label glued or apart names the same number).
 */
const FULL_YEAR = /(?<!\p{N})(?:19|20)(\d\d)(?=[\s\-_/.]+\p{N})/gu;

/** The zeros that lead a run of digits ("0001" in "SD-2025-0001"), a digit after them. */
const LEADING_ZEROS = /(^|[^0-9])0+(?=[0-9])/g;

/** The text with each FULL_YEAR written with its last two digits ("2025-0001" → "25-0001"). */
function shortYears(text: string): string {
  return text.replace(FULL_YEAR, "$1");
}

/**
 * The year as typed in two spellings of one number that differ in a year's width: the four
 * digits of the first FULL_YEAR of `a`, else of `b`, and their last two, typed in the other
 * ("SD-24-0001", "SD-2024-0001" → ["2024", "24"]). Null where neither holds one.
 */
export function yearsTyped(a: string, b: string): [string, string] | null {
  const year = (t: string) => new RegExp(FULL_YEAR.source, "u").exec(t.normalize("NFKC"));
  const found = year(a) ?? year(b);
  return found ? [found[0], found[1] as string] : null;
}

const ALL: ReadonlySet<AlikeBy> = new Set<AlikeBy>(["zeros", "year", "letter-o", "letter-l"]);
const ZEROS: ReadonlySet<AlikeBy> = new Set<AlikeBy>(["zeros"]);
const LETTERS: ReadonlySet<AlikeBy> = new Set<AlikeBy>(["letter-o", "letter-l"]);

/**
 * The key under which numbers that differ only in leading zeros meet (p-sdno2): alikeKey without
 * reading years or letters O. Kept as a pass of its own: shortening a year needs a separator
 * after it, so "SD-2025-01" and "SD-20251" meet here but not under alikeKey.
 */
export function zerosKey(typed: string): string {
  return asciiZerosKey(typed) ?? keyWith(typed, ZEROS);
}

/**
 * zerosKey of a plain ASCII number (nearly every number; 100,000 receipts each pass here): the
 * zeros that lead a run of digits dropped while a digit follows (LEADING_ZEROS), the separators
 * (control characters and spaces, "-", "/", "\\", "_", ".") dropped, and upper case. One scan
 * that joins the runs of kept characters and upper-cases only where a-z is present (p-perf11;
 * earlier two regex replaces, p-perf9), as asciiAlikeKey does. Null where the text is not plain
 * ASCII.
 */
function asciiZerosKey(text: string): string | null {
  let out = "";
  // the start of the run of kept characters not yet in `out`
  let kept = 0;
  let prevDigit = false;
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126) return null;
    // a zero that leads a run is dropped while a digit follows it (the run has not begun yet)
    const zero = c === 48 && !prevDigit && isDigit(text.charCodeAt(i + 1));
    if (!zero) {
      prevDigit = isDigit(c);
      if (!isSeparator(c)) {
        if (c >= 97 && c <= 122) lower = true;
        continue;
      }
    }
    if (i > kept) out += text.slice(kept, i);
    kept = i + 1;
  }
  if (kept === 0) return lower ? text.toUpperCase() : text;
  if (kept < text.length) out += text.slice(kept);
  return lower ? out.toUpperCase() : out;
}

/** The alike key with some of its readings left out: zeros, years, letters O, letters l and I. */
function keyWith(typed: string, ways: ReadonlySet<AlikeBy>): string {
  let t = typed.normalize("NFKC");
  t = lettersAsDigits(t, ways);
  if (ways.has("year")) t = shortYears(t);
  if (ways.has("zeros")) t = t.replace(LEADING_ZEROS, "$1");
  return documentKey(t);
}

/**
 * The key under which SD numbers that may be one SD meet: documentKey of the number as typed
 * (`typed`: its labels already dropped, sdNumberText) with letters O of a run of digits read as
 * zeros and letters l and I as ones, years written with two digits and the zeros that lead a run of digits dropped.
 */
export function alikeKey(typed: string): string {
  // plain ASCII whose letters O, l, I (if any) are letters (nearly every number; 100,000 receipts each pass here)
  const ascii = asciiAlikeKey(typed);
  return ascii ?? keyWith(typed, ALL);
}

/**
 * How `a` and `b` (as typed, labels dropped), which share a zerosKey or an alikeKey, differ:
 * "zeros" alone where their zerosKeys meet, else each reading without which their alikeKeys
 * would not meet ("zeros", "year", "letter-o", "letter-l"), in that order.
 */
export function alikeBy(a: string, b: string): AlikeBy[] {
  if (zerosKey(a) === zerosKey(b)) return ["zeros"];
  const ways = [...ALL].filter((way) => {
    const others = new Set([...ALL].filter((w) => w !== way));
    return keyWith(a, others) !== keyWith(b, others);
  });
  return ways.length > 0 ? ways : ["zeros"];
}

/** Whether char code `c` is an ASCII digit ("0" to "9"). */
export const isDigit = (c: number) => c >= 48 && c <= 57;
const isSeparator = (c: number) => c <= 32 || c === 45 || c === 47 || c === 92 || c === 95 || c === 46;

/** FULL_YEAR's separators after the year: whitespace, "-", "_", "/", "." (not "\\"). */
const isYearSeparator = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 45 || c === 95 || c === 47 || c === 46;

/**
 * Whether a FULL_YEAR starts at `i` of ASCII `text`: "19"/"20" and two digits, apart before,
 * separators and a digit after. Read by character codes alone, none past the end (where there is
 * no digit and no separator; quantity.ts parseFast says why no read goes there): called at every
 * run of digits that starts with 1 or 2 of every receipt's number, it cuts no text out and makes
 * no function.
 */
export function fullYearAt(text: string, i: number): boolean {
  const n = text.length;
  // four digits, a separator and a digit at the least
  if (i + 5 >= n) return false;
  if (i > 0 && isDigit(text.charCodeAt(i - 1))) return false;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (!((a === 49 && b === 57) || (a === 50 && b === 48))) return false;
  if (!isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) return false;
  let j = i + 4;
  if (!isYearSeparator(text.charCodeAt(j))) return false;
  while (j < n && isYearSeparator(text.charCodeAt(j))) j++;
  return j < n && isDigit(text.charCodeAt(j));
}

const isLetterOrDigit = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isOIl = (c: number) => c === 79 || c === 111 || c === 73 || c === 108;

/** Whether a word of letters O, l, I alone mixes an O with an I or l ("OOOI", "IO"; not "OO" or "lI"). */
const mixesOAndI = (word: string) => /[Oo]/.test(word) && /[Il]/.test(word);

/**
 * Whether keyWith may read `text` otherwise than asciiAlikeKey: a DIGIT_RUN in it (a word of
 * letters and digits, ASCII ones in ASCII text, made of digits and letters O, l, I only, with at
 * least one of each: "2025-OOO1", not "IN-4711" or "PO12"), or, beside a letter O, l or I, a
 * control character other than whitespace (documentKey keeps it; asciiAlikeKey drops it, as it
 * always did in numbers without those letters). Texts without O, o, I, l are never read otherwise.
 */
export function lettersMayBeDigits(text: string): boolean {
  if (!text.includes("O") && !text.includes("o") && !text.includes("I") && !text.includes("l")) return false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 32 && (c < 9 || c > 13)) return true;
    if (!isLetterOrDigit(c)) {
      i++;
      continue;
    }
    // a word: only digits and O, l, I in it, and at least one digit and one such letter
    let digit = false;
    let letter = false;
    let other = false;
    const start = i;
    // past the end `w` is -1, no letter or digit (never a read out of bounds: quantity.ts parseFast)
    const n = text.length;
    for (let w = text.charCodeAt(i); i < n && isLetterOrDigit(w); w = ++i < n ? text.charCodeAt(i) : -1) {
      if (isDigit(w)) digit = true;
      else if (isOIl(w)) letter = true;
      else other = true;
    }
    if (digit && letter && !other) return true;
    // (p-sd9) letters alone that mix an O with an I or l ("OOOI"): DIGIT_RUN may read them
    if (!digit && letter && !other && mixesOAndI(text.slice(start, i))) return true;
  }
  return false;
}

/**
 * alikeKey of a plain ASCII number in one pass: upper case, without documentKey's separators
 * (whitespace, "-", "/", "\\", "_", "."), full years written with two digits (FULL_YEAR) and
 * without the zeros that lead a run of digits. Null where the text is not plain ASCII or holds a
 * letter O, l or I that keyWith may read otherwise (lettersMayBeDigits: "SD-2025-OOO1"; "IN-4711"
 * is read here). The key is the runs of characters kept, joined, then
 * upper-cased once (for ASCII, toUpperCase changes a-z alone): not a string per character.
 */
function asciiAlikeKey(text: string): string | null {
  if (lettersMayBeDigits(text)) return null;
  let out = "";
  // the start of the run of kept characters not yet in `out`
  let kept = 0;
  let prevDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126) return null;
    if (!prevDigit && (c === 49 || c === 50) && fullYearAt(text, i)) {
      // "2025-0001": the year's two leading digits are dropped, the run goes on at "25"
      if (i > kept) out += text.slice(kept, i);
      kept = i + 2;
      i++;
      continue;
    }
    // a zero that leads a run is dropped while a digit follows it (the run has not begun yet)
    const zero = c === 48 && !prevDigit && isDigit(text.charCodeAt(i + 1));
    if (!zero) prevDigit = isDigit(c);
    if (!zero && !isSeparator(c)) continue;
    if (i > kept) out += text.slice(kept, i);
    kept = i + 1;
  }
  if (kept === 0) return text.toUpperCase();
  if (kept < text.length) out += text.slice(kept);
  return out.toUpperCase();
}

/**
 * One letter glued to the digits that start a number ("N4711"), or (p-sd9) standing alone before
 * them ("N 4711"): sdKey sets it aside as a label or an issuer's code.
 */
const GLUED_LETTER = /^\s*(\p{L})\s*(?=\p{N})/u;

/**
 * (p-sd8) The letter glued to the digits of one of two SD numbers of one key and not the other
 * ("N" of "N4711" beside "4711"; p-sd9: also "N 4711"): read as a label it is set aside, yet a
 * supplier may number with it, so they may be two SDs. "" where they do not differ so ("Nr. 4711"
 * and "4711": a label names the number; "SD20250001": a word of two letters or more is a label).
 */
export function gluedLetter(a: string, b: string): string {
  const la = GLUED_LETTER.exec(a)?.[1] ?? "";
  const lb = GLUED_LETTER.exec(b)?.[1] ?? "";
  if (la.toUpperCase() === lb.toUpperCase()) return "";
  return la || lb;
}
