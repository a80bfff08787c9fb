// The words of invalid-unit at a GHG unit (a record's ghg.unit): a unit not known, or (brk24 §5)
// one in CO2 alone ("g CO2/MJ"), which is not the CO2-equivalent value ISCC asks for.
import type { InvalidUnitDetails } from "./details-units";
import { CONSEQUENCES } from "./wording-cells";

const s = (v: string | null | undefined): string => v ?? "";

/** invalid-unit at ghg.unit, in words: why the unit is refused, what to write, what follows. */
export function ghgUnitText(d: InvalidUnitDetails): string {
  const follows = d.consequence
    ? CONSEQUENCES[d.consequence].replace(/^the row /, "it ")
    : "it gives no sustainable credit until the unit is corrected";
  const why =
    d.reason === "co2-only"
      ? `"${s(d.value)}" counts CO2 alone, not CO2 equivalent (CO2eq, which counts methane and nitrous oxide too), and ISCC's GHG values are in CO2eq; the add-in does not read it as CO2eq. Write the value and unit the supplier's SD states, such as g CO2eq/MJ (if the SD says CO2eq, correct the unit to say so)`
      : `"${s(d.value)}" is not a GHG unit the add-in knows; use ${s(d.expected)}`;
  return `${why}. The GHG values of this row are not used, and ${follows}.`;
}
