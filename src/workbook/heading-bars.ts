// What a heading's own words bar it from, whatever else they match: the questions the matcher
// (matcher.ts), the user's mappings (corrections.ts), the headings offered to map
// (candidate-headings.ts) and the negated columns said at their heading (negated-headings.ts) ask
// of the one registry of heading bars (heading-bar-table.ts). A negated heading is never the
// positive field nor a quantity; a heading about compliance never a GHG value nor, by recognition,
// Sustainable; a gross, tare, dry, ordered or invoiced quantity never the quantity that moved; a
// unit heading that names GHG never the quantity's unit; one end of a validity never the other
// (design.md, first law: a magnitude or a meaning is never changed by a near match).
import { BARS, type Bar, type HeadingBar } from "./heading-bar-table";
import { hasStem, type Negation, negationOf } from "./negated-words";

export type { Bar } from "./heading-bar-table";
// the words that tell a quantity heading's kind, asked by rival-columns.ts too
export { DRY_MASS_WORDS, namesDeclaredQuantity, namesOtherQuantity } from "./quantity-heading-words";

/** Whether a registry row bars field `fieldId` ("ghg.*" every GHG value). */
const bars = (row: HeadingBar, fieldId: string) =>
  row.fields.some((f) => f === fieldId || (f.endsWith(".*") && fieldId.startsWith(f.slice(0, -1))));

/**
 * The registry's rows that bar heading `heading` from field `fieldId` (a FieldSpec id), in the
 * table's order; empty when nothing of the heading's words keeps it from the field. A row of flip
 * "negated" bars where the heading negates its meaning (negationOf), one of "written" where the
 * heading has its words as they stand.
 */
export function barsOf(fieldId: string, heading: string): HeadingBar[] {
  let negation: Negation | null | undefined; // looked up once, for the first negated row of the field
  const negated = () => (negation === undefined ? (negation = negationOf(heading)) : negation);
  return BARS.filter((row) => {
    if (!bars(row, fieldId)) return false;
    if (row.flip === "negated") return negated()?.meaning === row.meaning;
    return row.names ? row.names(heading) : hasStem(heading, row.stems ?? []);
  });
}

/**
 * Whether nobody may map `heading` as field `fieldId`, neither recognition nor a remembered
 * heading nor the user (a bar that refuses): a negated heading as a positive field or a quantity
 * ("Nicht nachhaltig", "davon konventionell (t)"), a heading about compliance as a GHG value.
 */
export function refusedAs(fieldId: string, heading: string): boolean {
  return barsOf(fieldId, heading).some((row) => row.does === "refuse");
}

/**
 * Whether recognition must never read `heading` as field `fieldId`: refusedAs, and every bar that
 * leaves a heading unrecognised (a heading of compliance as Sustainable or the sustainable part,
 * another quantity as the quantity, "Unité GES" as the unit, "Valide au" as Valid from). A user's
 * own mapping of an unrecognised one applies.
 */
export function unrecognisedAs(fieldId: string, heading: string): boolean {
  return barsOf(fieldId, heading).length > 0;
}

/**
 * The bar that leaves heading `header` unrecognised as field `fieldId` and keeps it from being
 * offered to be mapped as it (candidate-headings.ts), or null: "other-quantity" for a quantity
 * field and a heading that names another quantity, "ghg-unit" for the quantity's unit and a
 * heading that names GHG, "other-end" for one end of a validity and a heading that says the
 * other, "compliance" for Sustainable and a heading about compliance. A refused heading is not
 * among them (refusedAs; p-bars kept it offered as it was).
 */
export function barredFrom(fieldId: string, header: string): Bar | null {
  return barsOf(fieldId, header).find((row) => row.does === "unrecognised")?.bar ?? null;
}

/**
 * The registry's row of the meaning `heading` negates, with the reason and label of the error
 * said at its heading ("negated-heading", "sustainable"), or null when it negates none.
 */
export function negatedBar(heading: string): (HeadingBar & { words: string }) | null {
  const n = negationOf(heading);
  const row = n && BARS.find((r) => r.flip === "negated" && r.meaning === n.meaning);
  return n && row ? { ...row, words: n.words } : null;
}
