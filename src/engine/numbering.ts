// Declaration numbers `<prefix>-<year>-<seq>` (seq of four digits at least; `-1`, `-2` for the
// lines of a split delivery). A number already in the workbook is never produced again: numbering
// for a year starts after the highest sequence any used number of that prefix and year carries
// (split suffixes and trailing letters included), so every later number is free by construction.
import { numberKey } from "./normalise";

export class Numbering {
  private readonly next = new Map<string, { seq: number }>();
  private lastYear: string | undefined;
  private last: { seq: number } | undefined;

  constructor(
    private readonly prefix: string,
    private readonly used: Set<string>,
  ) {}

  private start(year: string): number {
    const head = numberKey(`${this.prefix}-${year}-`);
    let max = 0;
    for (const key of this.used) {
      if (!key.startsWith(head)) continue;
      const m = /^(\d+)/.exec(key.slice(head.length));
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
