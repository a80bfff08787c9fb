// (brk23 2) An emission heading over numbers that is read as no field, on a sheet whose E is summed
// from its terms (eec, ep… mapped, no total): before, "Emissies vervoer", "Emissionen Fracht" or
// "Emissioni da coltura" beside eec and ep was left unmapped without a word, and the SD printed E
// as the sum of the other terms (25 for 32: the saving overstated). The words now known are read
// as their term (ghg-term-words.ts); any other heading with an emission word ("Emission", "THG",
// "CO2", "émissions", "emisiones", "emissioni", "emissies", "emisje") over a number is refused at
// its heading and the balances of those rows' products are incomplete: what cannot be read is
// never taken as zero. A price, a cost, a tax, an allowance or a certificate of emissions ("CO2-Preis
// (EUR)", "Emissionszertifikat", "CO2 allowance"), a date, a number of a document, a saving or
// RED I's eee (ghg-excess.ts) is no term of E and not refused here. Pure: reads the grid.
import { type GhgColumnRefusal, refuseGhgColumns } from "./ghg-excess";
import { namesNoGhgValue } from "./ghg-non-value-words";
import { COMPONENTS, ghgTermOf, hasEmissionWord } from "./ghg-term-words";
import type { Grid } from "./grid";
import type { CellValue } from "./port";
import type { Recognition } from "./recognition";

const NUMBER = /^\s*[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)\s*$/;
/** A value that is a number (or a number typed as text); a blank, a 0 or a word is not. */
export const isGhgValue = (v: CellValue | undefined): boolean =>
  (typeof v === "number" && v !== 0) ||
  (typeof v === "string" && NUMBER.test(v) && Number(v.replace(",", ".")) !== 0);

/** Whether `heading` has an emission word and names no term of E nor anything that is no GHG value (module comment). */
export function namesAnUnreadEmission(heading: string): boolean {
  return hasEmissionWord(heading) && ghgTermOf(heading) === null && !namesNoGhgValue(heading);
}

/** Whether sheet `rec` sums E from its terms: a component mapped, no total (module comment). */
function sumsTerms(rec: Recognition): boolean {
  return !rec.columns.has("ghg.total") && COMPONENTS.some((c) => rec.columns.has(`ghg.${c}`));
}

/** mapping-uncertain, reason ghg-term-unread, at each unmapped emission heading over a number on a sheet that sums E from its terms. */
export function unreadGhgTerms(grid: Grid, rec: Recognition): GhgColumnRefusal[] {
  if (!sumsTerms(rec)) return [];
  return refuseGhgColumns(grid, rec, namesAnUnreadEmission, isGhgValue, "ghg-term-unread");
}
