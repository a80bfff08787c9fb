// Declaration numbers `<prefix>-<year>-<seq>` (seq of four digits at least; `-1`, `-2` for the
// lines of a split delivery). A number already in the workbook is never produced again.
import { numberKey } from "./normalise";

export class Numbering {
  private readonly next = new Map<string, number>();
  /** keys of generated numbers are built directly: numberKey of the prefix, then digits */
  private readonly prefixKey: string;

  constructor(
    private readonly prefix: string,
    private readonly used: Set<string>,
  ) {
    this.prefixKey = numberKey(prefix);
  }

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

  private free(baseKey: string, lines: number): boolean {
    if (this.used.has(baseKey)) return false;
    for (let i = 1; i <= lines && lines > 1; i++) if (this.used.has(`${baseKey}-${i}`)) return false;
    return true;
  }

  /** The numbers for one delivery's declaration lines, marked as used. */
  take(year: string, lines: number): string[] {
    let seq = this.next.get(year) ?? this.start(year);
    const key = (n: number) => `${this.prefixKey}-${year}-${String(n).padStart(4, "0")}`;
    while (!this.free(key(seq), lines)) seq++;
    this.next.set(year, seq + 1);
    const base = `${this.prefix}-${year}-${String(seq).padStart(4, "0")}`;
    const numbers = lines > 1 ? Array.from({ length: lines }, (_, i) => `${base}-${i + 1}`) : [base];
    this.used.add(key(seq));
    for (let i = 1; i <= lines && lines > 1; i++) this.used.add(`${key(seq)}-${i}`);
    return numbers;
  }
}

/** Numbers for the lines of a delivery that already carries one. */
export function splitNumbers(number: string, lines: number): string[] {
  return lines > 1 ? Array.from({ length: lines }, (_, i) => `${number}-${i + 1}`) : [number];
}
