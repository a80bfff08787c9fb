// Whether two columns of one field state one value (value-rivals.ts): one magnitude, one company,
// or the same words. Moved out of value-rivals.ts whole (issue 15: files under 300 lines).
import { sameCompany } from "./legal-forms";
import type { Entry } from "./rival-ghg-words";
import { compareMagnitudes, type Stated } from "./rival-magnitudes";
import { parseUnit } from "../engine/units";

/**
 * Whether two filled cells state one value: (p-units3) one magnitude, each number in its column's
 * unit (rival-magnitudes.ts: 850 kg/m³ is 0.85 t/m³; a number whose unit is unknown agrees with
 * none in a unit); (p-noise) one company, legal form, case and punctuation aside (legal-forms.ts:
 * "Saipol" and "Saipol GmbH"); else the same words.
 */
export function agree(a: Entry, b: Entry): boolean {
  const numbers = numbersOf(a, b);
  if (numbers) return compareMagnitudes(numbers[0], numbers[1]) === "same";
  if (COMPANIES.has(a.column.field.id) && typeof a.value === "string" && typeof b.value === "string")
    return sameCompany(a.value, b.value);
  return plain(a.value) === plain(b.value);
}

/** Fields that name a company: their second columns agree by legal-forms.ts sameCompany. */
const COMPANIES = new Set(["supplier", "customer", "counterparty"]);

/** Two entries of a number field as compared, or null for any other field. */
export function numbersOf(a: Entry, b: Entry): [Stated, Stated] | null {
  if (a.column.field.type !== "number" || typeof a.value !== "string" || typeof b.value !== "string")
    return null;
  return [
    { value: a.value, unit: a.unit },
    { value: b.value, unit: b.unit },
  ];
}

/** The heading of the one of `a`, `b` that names no unit where the other does, or undefined. */
export function unitless(a: Entry, b: Entry): string | undefined {
  const numbers = numbersOf(a, b);
  if (!numbers || compareMagnitudes(numbers[0], numbers[1]) !== "unit-unknown") return undefined;
  return (a.unit && parseUnit(a.unit) ? b : a).column.match.header;
}

/** A value as compared: its words lower-cased and spaced once; a list's numbers sorted. */
function plain(v: string | string[]): string {
  const one = (s: string) => s.normalize("NFC").toLocaleLowerCase().replace(/\s+/g, " ").trim();
  return Array.isArray(v) ? v.map(one).sort().join("\n") : one(v);
}
