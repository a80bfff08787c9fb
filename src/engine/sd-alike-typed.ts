// Where the keys of SD numbers that may be one SD (sd-alike.ts zerosKey, alikeKey) are the
// number's own documentKey, told by one scan without building them: duplicate-sd then compares
// only the receipts whose numbers read otherwise under them (issue 15: 100,000 receipts built two
// keys each and sorted them, nearly always to find no number typed two ways).
import { fullYearAt, isDigit, lettersMayBeDigits } from "./sd-alike";

/**
 * Whether zerosKey and alikeKey of `typed` (an SD number as typed, its labels dropped:
 * sd-key.ts sdNumberText) are both its documentKey: a text of printable ASCII (space to "~") in
 * which no zero leads a run of digits with a digit after it ("0001"), no year of four digits
 * stands before separators and more digits (sd-alike.ts FULL_YEAR: "2025-1"), and no letter O,
 * l or I may be read as a digit (lettersMayBeDigits: "2025-OOO1"). False says only that they may
 * differ. Nearly every number is such a text: "IN-4711", "SD-25-17", "Lieferschein 4711".
 */
export function keyedAsTyped(typed: string): boolean {
  let prevDigit = false;
  for (let i = 0; i < typed.length; i++) {
    const c = typed.charCodeAt(i);
    if (c < 32 || c > 126) return false;
    const digit = isDigit(c);
    // where a run of digits starts: a zero the keys drop, or a full year they shorten
    if (digit && !prevDigit) {
      // (never a read past the end: quantity.ts parseFast says why)
      if (c === 48 && i + 1 < typed.length && isDigit(typed.charCodeAt(i + 1))) return false;
      if ((c === 49 || c === 50) && fullYearAt(typed, i)) return false;
    }
    prevDigit = digit;
  }
  return !lettersMayBeDigits(typed);
}
