// Reserved sheet names. A sheet bearing one of our names is ours only if MB Config lists it as
// generated; otherwise it is the user's and is never overwritten: ours goes under "<name> (2)"
// and a warning says so. Excel compares sheet names case-insensitively, so do we.
import { withMessage } from "../engine/catalogue/render";
import type { Finding } from "../engine/result";

export const SUMMARY = "MB Summary";
export const LEDGER = "MB Ledger";
export const TRACE = "MB Trace";
export const FINDINGS = "MB Findings";
export const DECLARATIONS = "MB Declarations";
export const CONFIG = "MB Config";
export const GENERATED_BASES = [SUMMARY, LEDGER, TRACE, FINDINGS, DECLARATIONS, CONFIG] as const;

const MAX_SHEET_NAME = 31;
const VARIANT = /^(.*) \((\d+)\)$/;

export function isReservedName(name: string): boolean {
  const base = VARIANT.exec(name)?.[1] ?? name;
  const lower = base.toLowerCase();
  return GENERATED_BASES.some((b) => b.toLowerCase() === lower) || /^sd .+/i.test(base);
}

/** "SD <number>", without the characters Excel forbids in sheet names, within 31 characters */
export function sdSheetName(number: string): string {
  return `SD ${number}`.replace(/[[\]:*?/\\]/g, "-").slice(0, MAX_SHEET_NAME);
}

/** Chooses free names for this run's sheets and remembers what it decided. */
export class SheetNamer {
  private readonly existing: Map<string, string>;
  private readonly generated: Set<string>;
  private readonly chosen = new Map<string, string>();
  private readonly retired = new Set<string>();
  readonly findings: Finding[] = [];

  constructor(existingNames: string[], generated: string[]) {
    this.existing = new Map(existingNames.map((n) => [n.toLowerCase(), n]));
    this.generated = new Set(generated.map((n) => n.toLowerCase()));
  }

  /** the name to write `wanted` under: itself if free or ours, else the first free variant */
  choose(wanted: string): string {
    const known = this.chosen.get(wanted);
    if (known) return known;
    let name = wanted;
    for (let n = 2; !this.isFree(name); n++) {
      const suffix = ` (${n})`;
      name = wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    if (name !== wanted) {
      this.findings.push(
        withMessage({
          code: "reserved-sheet-name",
          severity: "warning",
          sheet: wanted,
          details: { wanted, written: name },
        }),
      );
    }
    this.chosen.set(wanted, name);
    return name;
  }

  isOurs(name: string): boolean {
    return this.generated.has(name.toLowerCase());
  }

  /** a generated sheet to delete unless this run writes it again (an old DRAFT declaration) */
  retire(name: string): void {
    if (this.isOurs(name)) this.retired.add(name.toLowerCase());
  }

  /**
   * generated sheets this run did not write that are outdated: variants of this run's names
   * (e.g. an old "MB Summary (2)") and retired ones
   */
  stale(): string[] {
    const written = new Set([...this.chosen.values()].map((n) => n.toLowerCase()));
    const bases = new Set([...this.chosen.keys()].map((n) => n.toLowerCase()));
    return [...this.existing.values()].filter((name) => {
      const lower = name.toLowerCase();
      const base = VARIANT.exec(lower)?.[1] ?? lower;
      if (!this.generated.has(lower) || written.has(lower)) return false;
      return this.retired.has(lower) || (bases.has(base) && !base.startsWith("sd "));
    });
  }

  /** the generated list to store in MB Config after this run */
  nextGenerated(previous: string[]): string[] {
    const stale = new Set(this.stale().map((n) => n.toLowerCase()));
    const kept = previous.filter((n) => this.existing.has(n.toLowerCase()) && !stale.has(n.toLowerCase()));
    const all = [...kept, ...this.chosen.values(), CONFIG];
    const seen = new Set<string>();
    return all.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
  }

  private isFree(name: string): boolean {
    const lower = name.toLowerCase();
    const takenThisRun = [...this.chosen.values()].some((n) => n.toLowerCase() === lower);
    return !takenThisRun && (!this.existing.has(lower) || this.generated.has(lower));
  }
}
