// Wording of GHG findings that need more than a line in the message table (p-ghg3).
import type { GhgMissingDetails, GhgTotalMismatchDetails, GhgUnitsMixedDetails } from "./details-ghg";
import { consequenceOf } from "./wording-cells";
import { cellPlace } from "./location";
import { parseGhgUnit } from "../ghg-units";

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

/** ghg-missing: receipts behind the line without GHG values; their values are to be entered. */
export function ghgMissingText(d: GhgMissingDetails): string {
  return `the declaration for this delivery of ${s(d.product)} has no GHG value for ${s(d.quantity)} ${s(d.unit)} drawn from ${s(d.inputs)}; enter the GHG values of those inputs, the declaration is incomplete without them.`;
}

/**
 * (p-misc) ghg-missing where the part without GHG values came from a production output whose own
 * GHG values were refused at their cell (output-ghg-unknown): an output's GHG values are its own
 * (domain.md §5), so entering the inputs' would not give them; the refused cell is to be corrected.
 * Receipts without GHG values behind the rest (`inputs`) are still named.
 */
export function ghgRefusedText(d: GhgMissingDetails): string {
  const rest = d.inputs ? `; enter the GHG values of the inputs ${d.inputs} behind the rest` : "";
  return `the declaration for this delivery of ${s(d.product)} has no GHG value for ${s(d.quantity)} ${s(d.unit)}: the GHG value of the production output it draws on was refused at ${s(d.refused)}, so the output carries none; correct it there (entering the inputs' GHG values does not give the output's)${rest}; the declaration is incomplete until then.`;
}

/**
 * (p-prod2) ghg-missing where the part without GHG values came from a production output given none
 * (its GHG cell blank, or no GHG column on its sheet): the output's values are its own (domain.md
 * §5), so they are entered at its production row, not the inputs'. Receipts without GHG values
 * behind the rest (`inputs`) are still named.
 */
export function ghgUnsetText(d: GhgMissingDetails): string {
  const rest = d.inputs ? `; enter the GHG values of the inputs ${d.inputs} behind the rest` : "";
  return `the declaration for this delivery of ${s(d.product)} has no GHG value for ${s(d.quantity)} ${s(d.unit)}: the production output it draws on has no GHG value of its own (${s(d.unset)}); enter the output's GHG value on its production row (add a GHG column to that sheet if it has none), since entering the inputs' GHG values does not give the output's${rest}; the declaration is incomplete until then.`;
}

// --- ghg-units-mixed ---
/** ghg-units-mixed: each unit with its value and cell, never compared; give all values per MJ. */
export function unitsMixedText(d: GhgUnitsMixedDetails): string {
  const units = d.units
    .map((u) => `${u.total} ${u.unit}${u.at ? ` at ${cellPlace(u.at.sheet, u.at.cell)}` : ""}`)
    .join("; ");
  // p-drymass: per dry tonne beside per tonne as delivered (no value per MJ): no MJ to give
  const read = d.units.map((u) => parseGhgUnit(u.unit));
  const todo =
    read.some((u) => u?.per === "mass" && u.dry) && read.every((u) => u?.per === "mass")
      ? "A value per dry tonne and one per tonne as delivered convert only by the material's moisture content, which the books do not state: give all GHG values in one unit, as the suppliers' declarations state them, or set GHG pooling to per-batch (each value declared with its own unit), and generate declarations again."
      : "Give all GHG values per MJ (g CO2eq/MJ) and generate declarations again.";
  return `the declaration for this delivery of ${d.product} is held back: it carries the worst GHG value of its pool, and the batches behind it carry GHG values in different units (${units}), which are never compared. ${todo}`;
}
// --- end ghg-units-mixed ---

// --- p-ghg2 (brk14 #4) ---
/**
 * ghg-total-mismatch: the total and the sum of its components differ. Where the row states no
 * method (`field` set), its GHG values were refused at the total's cell: which value is the SD's
 * cannot be told (a total default value is no sum of components), so neither is used.
 */
export function totalMismatchText(d: GhgTotalMismatchDetails): string {
  const sum = `eec + el + ep + etd + eu − esca − eccs − eccr = ${s(d.computed)}`;
  if (!d.field)
    return `the GHG total ${s(d.total)} does not equal the components (${sum}); correct the total or the components.`;
  return `the GHG total ${s(d.total)} does not equal the components (${sum}), and the row does not say how the total was computed (actual, default or disaggregated default values), so neither can be read as its GHG value: ${consequenceOf(d, "the GHG values of this row are not used")}. Copy the total and the components from the supplier's declaration, fill in a component left blank, or state the method in a GHG method column (a total default value is not the sum of components: then leave the components blank).`;
}
// --- end p-ghg2
