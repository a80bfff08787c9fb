// Declaration numbers `<prefix>-<year>-<seq>` (seq of four digits at least; `-1`, `-2` for the
// lines of a split delivery). A number already in the workbook is never produced again: numbering
// for a year starts after the highest sequence any used number of that prefix and year carries
// (split suffixes and trailing letters included), so every later number is free by construction.
import { numberKey } from "./normalise";

export class Numbering {
  private readonly next = new Map<string, number>();

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
    const seq = this.next.get(year) ?? this.start(year);
    this.next.set(year, seq + 1);
    const base = `${this.prefix}-${year}-${String(seq).padStart(4, "0")}`;
    return lines > 1 ? Array.from({ length: lines }, (_, i) => `${base}-${i + 1}`) : [base];
  }
}

/** Numbers for the lines of a delivery that already carries one. */
export function splitNumbers(number: string, lines: number): string[] {
  return lines > 1 ? Array.from({ length: lines }, (_, i) => `${number}-${i + 1}`) : [number];
}
