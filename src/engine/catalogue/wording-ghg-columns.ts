// The same GHG value in two columns of one row (p-ghg2, workbook/value-rivals.ts): which column is
// read, and a row where the two differ and the book does not say which is the SD's.
import type { ReadDetails } from "./details";

/** What a finding of a GHG value in two columns states: `sds`, how many of the two headings name the SD (0–2). */
type Two = ReadDetails & { sds: number };
import { consequenceOf } from "./wording-cells";

/**
 * The body of second-ghg-column, at the heading of a second column of a GHG value: `label` the
 * field's label ("GHG total"), `value` this column's heading, `read` the heading of the column read
 * where they differ. Where one of the two names the supplier's SD (`sds` 1), its value is read (the
 * value a declaration passes on, ISCC EU 205); else the column mapped is read where they agree and
 * the value is refused where they differ.
 */
export function secondGhgText(d: Two): string {
  if (d.sds === 1)
    return `the column "${d.value}" also holds the ${d.label}; of the two, the add-in reads the value the supplier's SD states, from "${d.read}" as its heading says, wherever it is filled, and not the other: the SD's value is the one a declaration passes on. If "${d.read}" is not the SD's value, correct its heading, or map the SD's column as ${d.label} in the add-in's Sheets tab.`;
  return `the column "${d.value}" also holds the ${d.label}, beside "${d.read}", and ${d.sds === 2 ? "both headings say they are" : "neither heading says which is"} the value the supplier's SD states${d.sds === 2 ? "" : " (a default value and an actual one, or two values)"}: the add-in reads the ${d.label} from "${d.read}" where the two agree, and refuses it on a row where they differ. ${d.sds === 2 ? `Correct the heading of the column that is not the SD's, or map the SD's column as ${d.label} in the add-in's Sheets tab.` : `Map the SD's column as ${d.label} in the add-in's Sheets tab, or add "lt. SD" ("as per SD") to its heading.`}`;
}

/**
 * The body of ghg-columns-disagree, at the cell of a row where two columns of one GHG value differ
 * and neither or both name the SD (`sds` 0 or 2), or where the SD's column is blank and this one
 * holds a value (`sds` 1): `value` this cell's value with its unit, `read` the other's value (or
 * "blank") and heading ('30 g CO2eq/MJ in "THG tatsächlich"'), `consequence` what follows.
 */
export function ghgColumnsText(d: Two): string {
  // (p-ghgfold) the SD's column blank, a value only in the other: not read in the SD's place
  if (d.sds === 1)
    return `${d.label} is ${d.read}, the column of the value the supplier's SD states, but this column says ${d.value}; the add-in reads the SD's column and does not take this value in its place, as a declaration must pass on the SD's value: type the SD's value in its column, or clear this one if the SD states none (${consequenceOf(d, "the value is ignored")}).`;
  const which = d.sds === 2 ? "both headings name the SD" : "a default value, an actual one, or neither said";
  return `${d.label} is ${d.read}, but this column says ${d.value}; the add-in does not choose which of them the supplier's SD states (${which}), as a declaration must pass on the SD's value: map the SD's column as ${d.label} in the add-in's Sheets tab${d.sds === 2 ? "" : ` or add "lt. SD" to its heading`}, or clear the value that is wrong (${consequenceOf(d, "the value is ignored")}).`;
}

/**
 * mapping-uncertain, reason ghg-eee (workbook/ghg-excess.ts): a column of RED I's eee, the saving
 * from excess electricity from cogeneration; `value` its heading, `read` its first saving and cell,
 * `missing` the products whose balances are left incomplete.
 */
export function ghgEeeText(d: ReadDetails): string {
  const what = d.missing
    ? `the balances of ${d.missing} are incomplete`
    : "the balances of what the sheet feeds are incomplete";
  return `the column "${d.value}" holds eee, the saving from excess electricity from cogeneration of the RED I formula (${d.read}); RED II has no such term: E = eec + el + ep + etd + eu − esca − eccs − eccr (Annex V part C), the only savings subtracted are esca, eccs and eccr, and the emissions of a cogeneration unit that makes excess electricity are shared between its heat and its electricity within the processing emissions ep (point 16). The add-in neither drops this saving nor adds it to another term, so the GHG values of these rows are not read as RED II's, and ${what}: nothing is declared from them. Ask the supplier for the SD's values under RED II and enter them in the GHG columns (eec, el, ep, etd, eu, esca, eccs, eccr, or the total), then clear this column (blank or 0).`;
}

/**
 * mapping-uncertain, reason ghg-term-unread (workbook/ghg-term-unread.ts): an emission heading over
 * numbers that the add-in reads as no term, on a sheet whose E is the sum of its terms; `value` its
 * heading, `read` its first value and cell, `missing` the products whose balances are left incomplete.
 */
export function ghgTermUnreadText(d: ReadDetails): string {
  const what = d.missing
    ? `the balances of ${d.missing} are incomplete`
    : "the balances of what the sheet feeds are incomplete";
  return `the column "${d.value}" holds an emission value (${d.read}) that the add-in does not read as any term of E = eec + el + ep + etd + eu − esca − eccs − eccr, and this sheet has no GHG total column, so E is the sum of its terms: the add-in does not take this value as zero nor leave it out of the sum, so the GHG values of these rows are not read and ${what}: nothing is declared from them. Head the column with its term (such as "etd" or "Emissions from transport"), or map it as that term in the add-in's Sheets tab; if it is no GHG value, map it as no field.`;
}

/**
 * (h-ghg3) mapping-uncertain (warning), reason ghg-run-unread (workbook/ghg-run-gap.ts): a column
 * read as no field that stands among the GHG value columns; `value` its heading, `read` its first
 * value and cell, `missing` the two GHG headings it stands between, quoted.
 */
export function ghgRunUnreadText(d: ReadDetails): string {
  return `the column "${d.value}" stands among the GHG values, between ${d.missing ?? "two GHG columns"}, and holds values (${d.read}), but the add-in does not read it as any term of E = eec + el + ep + etd + eu − esca − eccs − eccr: if it is a component the supplier's SD declares, E is read without it. Rename it to the component's name (eec, el, ep, etd, eu, esca, eccs or eccr) or map it as that component in the add-in's Sheets tab; if it is no GHG value, move it out of the GHG columns or head it as a remark (such as "Bemerkung" or "Remarks").`;
}
