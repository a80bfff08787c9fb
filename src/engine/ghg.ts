// GHG arithmetic (domain.md §6, iscc-rules.md §4): E from its components, the saving against the
// fossil comparator, and the values a declaration line carries. Values are never averaged.
import { ghgUnitKey } from "./ghg-units";
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

/**
 * A given total and the total of its components (componentTotal), where they differ by more than
 * `tolerance` (g CO2eq/MJ, profile.ghgTotalTolerance: 0.05, domain.md §6); else null. A total
 * default value (TDV) has no components to compare (ghg-method-invalid says so where it has).
 */
export function totalMismatch(ghg: Ghg, tolerance: Dec): { total: Dec; computed: Dec } | null {
  const total = ghg.total;
  if (!ghg.totalGiven || !total || ghg.method === "TDV") return null;
  const computed = componentTotal(ghg);
  return computed && computed.minus(total).abs().greaterThan(tolerance) ? { total, computed } : null;
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

/**
 * The unit a GHG value is named in: intake gives every value per MJ in g CO2eq/MJ (a blank unit
 * reads per MJ, as for the saving); a value per mass keeps its unit as typed ("kg CO2e/t").
 */
export function unitOf(ghg: Ghg): string {
  return isPerMj(ghg) ? "g CO2eq/MJ" : (ghg.unit as string);
}

/**
 * What values compare in (ghg-units.ts ghgUnitKey): one key for every value per MJ, one per
 * magnitude of a mass unit as delivered (kg CO2eq/t, kg CO2e/t, g CO2eq/kg, kg CO2eq/t FM), another
 * per magnitude of a mass unit of dry matter (kg CO2eq/t TM, /t DM, /odt). Values whose keys
 * differ are never compared (worst): a value per dry tonne is not one per tonne as delivered.
 */
function compareKey(ghg: Ghg): string {
  return isPerMj(ghg) ? "MJ" : ghgUnitKey(ghg.unit);
}

/** Values of more than one unit where one worst value was wanted: the first of each unit, in order. */
export interface MixedUnits {
  mixed: readonly Ghg[];
}

/** The worst value of a pool: one value, none (no totals), or the values of different units. */
export type Worst = Ghg | MixedUnits | null;

/** True when two values may be compared: both per MJ, or per mass of one magnitude. */
export function sameUnit(a: Ghg, b: Ghg): boolean {
  return compareKey(a) === compareKey(b);
}

/** True when a worst value could not be picked because the values carry different units. */
export function isMixed(w: Worst | undefined): w is MixedUnits {
  return w != null && "mixed" in w;
}

/**
 * Highest total among the given values (the worst value a pooled declaration may carry, TV-8),
 * compared only within one unit: values of different units give MixedUnits, never a pick.
 * An entry may itself be an earlier worst value (a pool's, then the batches just taken).
 */
export function worst(list: readonly Worst[]): Worst {
  let best: Ghg | null = null;
  let mixed: Ghg[] | null = null;
  for (const w of list) {
    if (w === null) continue;
    for (const g of isMixed(w) ? w.mixed : [w]) {
      if (!g.total) continue;
      if (best === null) best = g;
      else if (mixed === null && compareKey(g) !== compareKey(best)) mixed = [best, g];
      else if (mixed !== null) {
        if (!mixed.some((m) => compareKey(m) === compareKey(g))) mixed.push(g);
      } else if (g.total.greaterThan(best.total as Dec)) best = g;
    }
  }
  return mixed ? { mixed } : best;
}

export function parseTotal(text: string): Dec | null {
  return parseDecimal(text);
}
