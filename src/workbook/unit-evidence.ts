// What a heading's unit and qualifiers say for or against a field, beside its words (matcher.ts
// computeHits): "(t)" for a quantity, "(%)" for a share or factor, "(gCO2eq/MJ)" for an emission.
import { type FieldSpec, PART_FIELDS, QUANTITY_FIELDS as QUANTITY_IDS } from "./fields";
import type { HeaderWords } from "./header-words";
import { GROSS_WORDS } from "./header-word-lists";
import { parseQuantityUnit } from "../engine/units";

const QUANTITY_FIELDS = new Set(QUANTITY_IDS);
const PART_IDS = new Set(PART_FIELDS);

/** Whether a header names the gross (upper) calorific value rather than the heating value. */
export function saysGross(tokens: readonly string[], qualifiers: readonly string[]): boolean {
  return tokens.some((t) => GROSS_WORDS.has(t)) || qualifiers.some((q) => GROSS_WORDS.has(q));
}

const FACTOR_UNITS: ReadonlySet<string> = new Set(["percent", "ratio", "heating", "density"]);
const MEASURE_UNITS: ReadonlySet<string> = new Set([
  "quantity",
  "ghg",
  "density",
  "heating",
  "currency",
  "ratio",
]);

/** What the header's unit says for or against a field: a small bonus where it fits, a penalty (down to -0.7) where it cannot be. */
export function unitEvidence(field: FieldSpec, words: HeaderWords): number {
  const cls = words.unitClass;
  const id = field.id;
  // (brk22 §4) the lot's energy only under a unit of energy: "Energiegehalt (MJ/kg)" is a heating value
  if (id === "energyContent")
    return cls === "quantity" && parseQuantityUnit(words.unit ?? undefined)?.dim === "MJ" ? 0.15 : -0.7;
  if (!cls) return 0;
  // a sustainable part is a quantity ("davon nachhaltig (t)") or a share ("Nachhaltiger Anteil (%)")
  if (PART_IDS.has(id)) return cls === "quantity" || cls === "percent" ? 0.05 : -0.5;
  if (QUANTITY_FIELDS.has(id)) return cls === "quantity" ? 0.05 : -0.7;
  if (id.startsWith("ghg.") && id !== "ghg.unit" && id !== "ghg.method") return cls === "ghg" ? 0.1 : -0.7;
  if (id === "density" || id === "inputDensity")
    return cls === "density" ? 0.15 : cls === "quantity" ? 0 : -0.7;
  // a heating value is per mass or volume: "Energy content (MJ)" is the energy of the lot
  if (id === "heatingValue" || id === "inputHeatingValue") return cls === "heating" ? 0.15 : -0.7;
  // a factor is output per input: "(%)", "(t/t)", "(Nm³/t)", "(kWh/t)" (read by engine/factor-units.ts)
  if (id === "factor" || id === "factor2") return FACTOR_UNITS.has(cls) ? 0 : -0.5;
  if (field.type === "date" || field.type === "text" || field.type === "unit" || field.type === "list")
    return MEASURE_UNITS.has(cls) ? -0.5 : 0;
  return cls === "currency" ? -0.5 : 0;
}
