// GHG arithmetic (domain.md §6, iscc-rules.md §4): E from its components, the saving against the
// fossil comparator, and the values a declaration line carries. Values are never averaged.
import type { FuelUse, RuleProfile } from "./profile";
import { type Dec, dec, parseDecimal, toText, ZERO } from "./quantity";
import { roundText } from "./quantity-text";
import { GHG_COMPONENTS, type Ghg } from "./records";
import type { GhgValues } from "./result";

const REDUCTIONS = new Set(["esca", "eccs", "eccr"]);

/** E = eec + el + ep + etd + eu − esca − eccs − eccr, or null when no component is given. */
export function componentTotal(ghg: Ghg): Dec | null {
  let total: Dec | null = null;
  for (const c of GHG_COMPONENTS) {
    const v = ghg.components[c];
    if (!v) continue;
    total = (total ?? ZERO)[REDUCTIONS.has(c) ? "minus" : "plus"](v);
  }
  return total;
}

/** Saving = (FFC − E) / FFC, exact. */
export function saving(total: Dec, comparator: string): Dec {
  const ffc = dec(comparator);
  return ffc.minus(total).dividedBy(ffc);
}

/** The saving applies to values per MJ of fuel; feedstock values per dry tonne have none. */
export function isPerMj(ghg: Ghg): boolean {
  return ghg.unit === null || /mj/i.test(ghg.unit);
}

export function comparatorOf(profile: RuleProfile, use: FuelUse = profile.fuelUse): string {
  return profile.comparators[use];
}

/** Identity of a GHG value set, for grouping batches that carry exactly the same values. */
export function signature(ghg: Ghg | null): string {
  if (!ghg || !ghg.total) return "";
  const parts = [ghg.method ?? "", ghg.unit ?? "", toText(ghg.total)];
  for (const c of GHG_COMPONENTS) parts.push(ghg.components[c] ? toText(ghg.components[c] as Dec) : "");
  return parts.join("|");
}

export function ghgValues(ghg: Ghg, profile: RuleProfile, quantity?: Dec): GhgValues {
  const total = ghg.total ?? ZERO;
  const comparator = isPerMj(ghg) ? comparatorOf(profile) : null;
  const c = (k: (typeof GHG_COMPONENTS)[number]) =>
    ghg.components[k] ? toText(ghg.components[k] as Dec) : null;
  const values: GhgValues = {
    method: ghg.method ?? (ghg.methodText || null),
    unit: ghg.unit,
    eec: c("eec"),
    el: c("el"),
    ep: c("ep"),
    etd: c("etd"),
    eu: c("eu"),
    esca: c("esca"),
    eccs: c("eccs"),
    eccr: c("eccr"),
    total: toText(total),
    saving: comparator ? roundText(saving(total, comparator), 4) : null,
    comparator,
  };
  if (quantity) values.quantity = toText(quantity);
  return values;
}

/** Highest total among the given values (the worst value a pooled declaration may carry). */
export function worst(list: readonly (Ghg | null)[]): Ghg | null {
  let best: Ghg | null = null;
  for (const g of list) if (g?.total && (!best || !best.total || g.total.greaterThan(best.total))) best = g;
  return best;
}

export function parseTotal(text: string): Dec | null {
  return parseDecimal(text);
}
