// Declaration numbers `<prefix>-<year>-<seq>` (seq of four digits at least; `-1`, `-2` for the
// lines of a split delivery). A number already in the workbook is never produced again: numbering
// for a year starts after the highest sequence any used number of that prefix and year carries
// (split suffixes and trailing letters included), so every later number is free by construction.
import { documentKey, numberKey } from "./normalise";
import { lettersReadAsDigits } from "./sd-alike";
import { sdNumberText } from "./sd-key";

export class Numbering {
  private readonly next = new Map<string, { seq: number }>();
  private lastYear: string | undefined;
  private last: { seq: number } | undefined;

  constructor(
    private readonly prefix: string,
    private readonly used: Set<string>,
  ) {}

  /**
   * The first sequence free for `year`: one after the highest any used number of the prefix and
   * year carries. A used number typed with other separators ("SD 2025 0001", "SD/2025/0001",
   * "SD_2025.0001", p-sd6) is read with its separators aside (documentKey); reading its digit
   * runs together can only raise the highest sequence ("SD 2025 0008 1" counts as 81), which
   * skips numbers and never issues a taken one.
   */
  private start(year: string): number {
    const head = numberKey(`${this.prefix}-${year}-`);
    const loose = documentKey(head);
    let max = 0;
    for (const key of this.used) {
      const rest = key.startsWith(head)
        ? key.slice(head.length)
        : documentKey(key).startsWith(loose)
          ? documentKey(key).slice(loose.length)
          : null;
      // a run of digits that goes on in a letter O, l or I is read as sd-alike reads it (bareSequence)
      const m = rest === null ? null : /^(\d+)(?![\dOIL])/.exec(rest);
      const seq = m ? Number(m[1]) : this.bareSequence(key, year);
      if (seq !== null) max = Math.max(max, seq);
    }
    return max + 1;
  }

  /**
   * The sequence a used number carries for `year` where it is typed as duplicate-sd takes it for
   * the same number (sdKey, sd-alike.ts; p-sd8): without the prefix or with a label for it
   * ("2025-0001", "Nr. 2025-0001" beside the prefix "SD"), its year with two digits
   * ("SD-25-0001", a separator after it), a letter O, l or I in a run of digits ("SD-2025-OOO1").
   * Null where it names no sequence of the year. Text after the year that is no sequence of ours
   * ("2025-4711" typed for another document) can only raise the start: numbers are skipped, none
   * already taken is issued.
   */
  private bareSequence(used: string, year: string): number | null {
    // a used key is upper case (numberKey): an "L" in a run of digits was typed "l" or "L"
    let t = /[OoIlL]/.test(used) ? lettersReadAsDigits(used.replace(/L/g, "l")) : used;
    if (!t.includes(year.slice(2))) return null;
    const prefix = this.prefix.trim();
    if (prefix !== "" && t.toUpperCase().startsWith(prefix.toUpperCase())) t = t.slice(prefix.length);
    t = sdNumberText(t.replace(/^[\s\-_/.]+/, ""));
    const m = this.yearPattern(year).exec(t);
    return m ? Number(m[1]) : null;
  }

  private readonly years = new Map<string, RegExp>();

  /** The year at the start of a number, four digits or (a separator after them) two, then its sequence. */
  private yearPattern(year: string): RegExp {
    let re = this.years.get(year);
    if (!re) {
      const sep = "[\\s\\-_/.]";
      re = new RegExp(`^${sep}*(?:${year}${sep}*|${year.slice(2)}${sep}+)(\\d+)`);
      this.years.set(year, re);
    }
    return re;
  }

  /** The numbers for one delivery's declaration lines. */
  take(year: string, lines: number): string[] {
    // Deliveries come in date order: the year of the last one saves a map lookup and update.
    let counter = year === this.lastYear ? this.last : this.next.get(year);
    if (!counter) this.next.set(year, (counter = { seq: this.start(year) }));
    this.lastYear = year;
    this.last = counter;
    const seq = counter.seq++;
    const digits = String(seq);
    const base = `${this.prefix}-${year}-${digits.length < 4 ? digits.padStart(4, "0") : digits}`;
    return splitNumbers(base, lines);
  }
}

/** Numbers for the lines of a delivery that already carries one. */
export function splitNumbers(number: string, lines: number): string[] {
  if (lines <= 1) return [number];
  const out = new Array<string>(lines);
  for (let i = 0; i < lines; i++) out[i] = `${number}-${i + 1}`;
  return out;
}

/** A number read as one part of a delivery's declarations: the stem and the part after it. */
export interface NumberPart {
  stem: string;
  part: string;
}

/**
 * (p-hold) A register number that reads as a part of a split delivery: the stem, then a separator
 * ("-", "/" or a space) and a part of one to three digits or one letter — "4711-2", "4711/1",
 * "4711 a", "SD-2025-0003-1" (splitNumbers writes `-1`, `-2`). Null for any other number, and for
 * one whose stem has no digit ("SD-1" is a whole number, not a part of "SD"). Only a reading: a
 * typed "4711-1" may be a number of its own (duplicate-sd-own.ts uses it where it is unambiguous).
 */
export function partOf(number: string): NumberPart | null {
  const m = /^(.*\d[^\s\-/]*)\s*(?:[-/]\s*(\d{1,3})|[-/\s]\s*([A-Za-z]))$/.exec(number.trim());
  if (!m) return null;
  return { stem: (m[1] as string).trim(), part: (m[2] ?? m[3]) as string };
}
