// Declaration numbers `<prefix>-<year>-<seq>` (seq of four digits at least; `-1`, `-2` for the
// lines of a split delivery). A number already in the workbook is never produced again: numbering
// for a year starts after the highest sequence any used number of that prefix and year carries
// (split suffixes and trailing letters included), so every later number is free by construction.
import { documentKey, numberKey } from "./normalise";

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
      if (rest === null) continue;
      const m = /^(\d+)/.exec(rest);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max + 1;
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
