// Declaration numbers `<prefix>-<year>-<seq>` (seq of four digits at least; `-1`, `-2` for the
// lines of a split delivery). A number already in the workbook is never produced again.
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

  private free(base: string, lines: number): boolean {
    if (this.used.has(numberKey(base))) return false;
    for (let i = 1; i <= lines && lines > 1; i++) if (this.used.has(numberKey(`${base}-${i}`))) return false;
    return true;
  }

  /** The numbers for one delivery's declaration lines, marked as used. */
  take(year: string, lines: number): string[] {
    let seq = this.next.get(year) ?? this.start(year);
    let base = `${this.prefix}-${year}-${String(seq).padStart(4, "0")}`;
    while (!this.free(base, lines)) base = `${this.prefix}-${year}-${String(++seq).padStart(4, "0")}`;
    this.next.set(year, seq + 1);
    const numbers = lines > 1 ? Array.from({ length: lines }, (_, i) => `${base}-${i + 1}`) : [base];
    this.used.add(numberKey(base));
    for (const n of numbers) this.used.add(numberKey(n));
    return numbers;
  }
}

/** Numbers for the lines of a delivery that already carries one. */
export function splitNumbers(number: string, lines: number): string[] {
  return lines > 1 ? Array.from({ length: lines }, (_, i) => `${number}-${i + 1}`) : [number];
}
