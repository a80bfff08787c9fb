// The wording of a heating value its named product cannot have (engine/product-heating.ts) and of
// a density per m³ given on a row kept in Nm³, which converts nothing (p-heat2).
import { fieldNoun } from "../record-derived";
import { CONSEQUENCES } from "./wording-cells";
import type { ImplausibleValueDetails } from "./details-receipts";

/** What slip a likely unit means against the unit typed: ×3.6 between kWh and MJ, per litre and per kg. */
function slip(unit: string, likely: string): string {
  if (/Wh/.test(unit) !== /Wh/.test(likely)) return " (a kWh and MJ slip: a factor of 3.6)";
  if (/\/L$|per litre/.test(likely)) return " (a figure per litre typed per kg)";
  return "";
}

/**
 * The message of an implausible-value finding about a named product's heating value, or about a
 * density not used; null for the others (wording-engine.ts words them). Never throws.
 */
export function productHeatingText(d: ImplausibleValueDetails): string | null {
  const field = fieldNoun(String(d.field));
  const at = d.unitCell ? `, and the unit at ${d.unitCell} says ${d.unit}` : "";
  if (d.product) {
    const likely = d.likely ? `; ${d.value} looks like ${d.likely}${slip(d.unit, d.likely)}` : "";
    return `the ${field} ${d.value} ${d.unit} is impossible for ${d.product}, whose lower heating value is usually ${d.usual ?? ""}${likely}${at}. Correct the value or its unit; ${CONSEQUENCES["row-left-out"]}.`;
  }
  if (d.unused) {
    const also = d.likely ? ` (${d.value} also looks like ${d.likely})` : "";
    return `the ${field} ${d.value} ${d.unit} is per m³, but the quantity is in Nm³, which only a density per Nm³ (kg/Nm³) converts, so this density was not used${also}; give it in kg/Nm³ where the quantity must be converted to a mass.`;
  }
  return null;
}
