// --- p-ghg2 (brk14 #4): a GHG total that does not equal its components, with no method stated ---
// E = eec + el + ep + etd + eu − esca − eccs − eccr (RED II Annex V Part C point 1; ISCC EU 205).
// A row that gives a total (E) and components that do not add up to it, and states no method
// (actual, total default, disaggregated default values), cannot be read exactly: the total may be
// a default value the components were never meant to sum to, or a typing slip in either. Neither
// is taken as the row's GHG value; the values are refused at the total's cell (domain.md §6,
// docs/rules.md "GHG values"). Where a method is stated, rules/ghg-total-mismatch.ts says it.
import { totalMismatch } from "../ghg";
import { type Dec } from "../quantity";
import { type Ghg, GHG_COMPONENTS } from "../records";

/** A row's GHG values refused: the total (g CO2eq/MJ, or the row's unit per mass) and the sum of its components. */
export interface GhgTotalUnread {
  refused: "total-unread";
  total: Dec;
  computed: Dec;
  /** the values as read, for a row whose reader refused a component (its total stands: ghg-total-used) */
  ghg: Ghg;
}

/**
 * The refusal of `ghg`'s values where a total is given beside components that differ from it by
 * more than `tolerance` (profile.ghgTotalTolerance, 0.05) and the row states no method (a blank
 * method cell or no method column); else null. A method typed but not known is ghg-method-invalid.
 */
export function totalUnread(ghg: Ghg, tolerance: Dec): GhgTotalUnread | null {
  if (ghg.methodText !== "") return null;
  const m = totalMismatch(ghg, tolerance);
  return m ? { refused: "total-unread", total: m.total, computed: m.computed, ghg } : null;
}

/**
 * True for a refusal, false for values read (or none). A row whose reader refused a component
 * cell (`componentRefused`: a value it could not read, said at that cell) compares nothing: the
 * components read are not all the row states, and its total stands (docs/rules.md, GHG values).
 */
export function isTotalUnread(v: unknown): v is GhgTotalUnread {
  return typeof v === "object" && v !== null && (v as { refused?: unknown }).refused === "total-unread";
}

const COMPONENT_FIELDS: ReadonlySet<string> = new Set(GHG_COMPONENTS.map((c) => `ghg.${c}`));

/** True for a GHG component's field ("ghg.eec" … "ghg.eccr"), as validation names a refused cell. */
export function isGhgComponent(field: string): boolean {
  return COMPONENT_FIELDS.has(field);
}

// --- end p-ghg2
