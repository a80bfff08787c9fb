// The wording of a heating value its named product cannot have (engine/product-heating.ts) and of
// a density per m³ given on a row kept in Nm³, which converts nothing (p-heat2).
import { fieldNoun } from "../record-derived";
import { CONSEQUENCES } from "./wording-cells";
import type { ImplausibleValueDetails } from "./details-receipts";
import type { EnergyContentDisagreesDetails, HeatingValueUnusedDetails } from "./details-ghg";

/** heating-value-unused (brk24 §3): a heating value per volume on a row in a mass, or per mass on a row in a volume, with no density. */
export function heatingUnusedText(d: HeatingValueUnusedDetails): string {
  if (d.per === "mass")
    return `the heating value ${d.value} ${d.unit} is per mass, but this row's quantity is in ${d.quantityUnit}, a volume, and it gives no density, so no energy content follows from it: a declaration drawing on this row does not state its energy content from it (where no receipt behind it gives a heating value per volume, it is not stated). Add the row's density (kg/m³, or kg/Nm³ for a gas) in a density column, or give the heating value per unit of its volume (MJ/L, MJ/m³ or MJ/Nm³).`;
  return `the heating value ${d.value} ${d.unit} is per volume, but this row's quantity is in ${d.quantityUnit} and it gives no density, so no energy content follows from it: a declaration drawing on this row states its energy content as not stated. Add the row's density (kg/m³), or give the heating value per kg (MJ/kg).`;
}

const ENERGY_SIDES: Record<EnergyContentDisagreesDetails["side"], string> = {
  delivery: "Any declaration of this delivery is held until they agree",
  receipt:
    "Its mass is credited, but its energy is not passed on: a declaration drawing on it states no energy content from it (a delivery's own heating value still applies)",
  "receipt-energy":
    "Its credit is counted from its energy (its quantity is energy, or the books keep their accounts in energy), so what it credits is unclear: the declarations of its account are held until they agree",
};

/** energy-content-disagrees: a row's energy content is not its quantity × heating value (intake/energy-content.ts). */
export function energyDisagreesText(d: EnergyContentDisagreesDetails): string {
  const by =
    d.heatingValue === null
      ? `its quantity, ${d.quantity} ${d.quantityUnit}, is ${d.computed} ${d.energyUnit}`
      : `its quantity × heating value, ${d.quantity} ${d.quantityUnit} × ${d.heatingValue}, is ${d.computed} ${d.energyUnit}`;
  return `this row states an energy content of ${d.energy} ${d.energyUnit}, but ${by}: more than the rounding of the typed value, and which is right cannot be told. ${ENERGY_SIDES[d.side]}. Correct the quantity, the heating value or the energy content so that they agree.`;
}

/** What slip a likely unit means against the unit typed: ×3.6 between kWh and MJ, per litre and per kg. */
function slip(unit: string, likely: string): string {
  if (/Wh/.test(unit) !== /Wh/.test(likely)) return " (a kWh and MJ slip: a factor of 3.6)";
  if (/\/L$|per litre/.test(likely)) return " (a figure per litre typed per kg)";
  // p-cat: a figure per kg typed per m³
  if (/\/m³$/.test(unit) && /\/kg$/.test(likely)) return " (a figure per kg typed per m³)";
  return "";
}

const PHASES: Record<string, string> = {
  liquid: "a liquid",
  gas: "a gas",
  "liquid-or-solid": "a liquid or solid",
};

/**
 * The message of an implausible-value finding about a named product's heating value or density
 * band, a heating value per m³ judged at the row's density, or a density not used; null for the
 * others (wording-engine.ts words them). Never throws.
 */
export function productHeatingText(d: ImplausibleValueDetails): string | null {
  const field = fieldNoun(String(d.field));
  const at = d.unitCell ? `, and the unit at ${d.unitCell} says ${d.unit}` : "";
  if (d.product) {
    const likely = d.likely ? `; ${d.value} looks like ${d.likely}${slip(d.unit, d.likely)}` : "";
    // p-cat: a density outside its product's band (product-density.ts)
    const usual = /density/i.test(String(d.field)) ? "density is" : "lower heating value is usually";
    return `the ${field} ${d.value} ${d.unit} is impossible for ${d.product}, whose ${usual} ${d.usual ?? ""}${likely}${at}. Correct the value or its unit; ${CONSEQUENCES["row-left-out"]}.`;
  }
  // --- p-cat: a heating value per m³ judged at the row's density ---
  if (d.atDensity) {
    const of = d.phase ? PHASES[d.phase] : "any product";
    const likely = d.likely
      ? `; ${d.value} looks like ${d.likely}${slip(d.unit, d.likely)}`
      : "; no unit slip gives a usual value per mass at that density";
    const what = d.impossible ? `impossible for ${of ?? "any product"}` : "not plausible";
    const next = d.impossible
      ? `Correct the value or its unit; ${CONSEQUENCES["row-left-out"]}.`
      : `Check the unit: the value was converted as ${d.unit}.`;
    return `the ${field} ${d.value} ${d.unit} is ${what}: at the row's density of ${d.atDensity.density} it is ${d.atDensity.perMass}${likely}${at}. ${next}`;
  }
  // --- end p-cat
  if (d.unused) {
    const also = d.likely ? ` (${d.value} also looks like ${d.likely})` : "";
    return `the ${field} ${d.value} ${d.unit} is per m³, but the quantity is in Nm³, which only a density per Nm³ (kg/Nm³) converts, so this density was not used${also}; give it in kg/Nm³ where the quantity must be converted to a mass.`;
  }
  return null;
}
