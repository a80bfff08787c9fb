// The finding for a density's or heating value's unit that is not read (intake/context.ts per).
import { finding } from "../findings";
import type { CellRef } from "../model";
import { fieldNoun } from "../record-derived";
import type { Finding } from "../result";
import { DENSITY_UNITS_TEXT, HEATING_UNITS_TEXT, parseUnit, unitRefusal } from "../units";

/**
 * invalid-unit at `at` for the unit `unitText` of `field` (a density or heating value of `kind`):
 * no unit at all, a unit of another kind, or one not known. p-units3: a unit recognised and
 * refused ("lb/gal", "°API", "SG": engine/unit-refusals.ts) is named with why and what to enter,
 * worded as the reader words a refused unit (reason refused-unit), never as "no unit".
 */
export function perUnitFinding(
  at: CellRef | undefined,
  field: string,
  kind: "density" | "heating",
  unitText: string,
): Finding {
  const why = parseUnit(unitText) ? null : unitRefusal(unitText);
  if (why) {
    const noun = fieldNoun(field);
    const label = noun.charAt(0).toUpperCase() + noun.slice(1);
    return finding("invalid-unit", "error", at, {
      label,
      value: unitText,
      reason: "refused-unit",
      read: why,
      dropped: true,
    });
  }
  return finding("invalid-unit", "error", at, {
    value: unitText,
    field,
    missing: unitText === "",
    expected: kind === "density" ? DENSITY_UNITS_TEXT : HEATING_UNITS_TEXT,
  });
}
