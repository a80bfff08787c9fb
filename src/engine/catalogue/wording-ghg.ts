// Wording of GHG findings that need more than a line in the message table (p-ghg3).
import type { GhgUnitsMixedDetails } from "./details-ghg";
import { cellPlace } from "./location";

const s = (v: string | null | undefined): string => (v === null || v === undefined ? "" : v);

/**
 * ghg-saving-below-threshold for a final fuel whose GHG value is per mass: what was typed, why no
 * declaration is issued (RED Art. 29(10): a final fuel's saving is shown and checked per MJ), and
 * what to enter instead.
 */
export function perMassText(
  total: string,
  quantity: string | null | undefined,
  unit: string | null | undefined,
  comparator: string,
  at: { unit: string; product: string; delivery: string },
): string {
  return `this GHG value of ${total} ${s(at.unit)} is per mass of ${s(at.product)}, a final fuel whose GHG saving must be shown on its declaration and meet the minimum, which is judged per MJ against ${comparator}; the declaration of ${s(quantity)} ${s(unit)} for the delivery at ${s(at.delivery)} is not issued. Enter the GHG total in g CO2eq/MJ (with its unit in the GHG unit column), as the supplier's declaration or your own calculation states it.`;
}

// --- ghg-units-mixed ---
/** ghg-units-mixed: each unit with its value and cell, never compared; give all values per MJ. */
export function unitsMixedText(d: GhgUnitsMixedDetails): string {
  const units = d.units
    .map((u) => `${u.total} ${u.unit}${u.at ? ` at ${cellPlace(u.at.sheet, u.at.cell)}` : ""}`)
    .join("; ");
  return `the declaration for this delivery of ${d.product} is held back: it carries the worst GHG value of its pool, and the batches behind it carry GHG values in different units (${units}), which are never compared. Give all GHG values per MJ (g CO2eq/MJ) and generate declarations again.`;
}
// --- end ghg-units-mixed ---
