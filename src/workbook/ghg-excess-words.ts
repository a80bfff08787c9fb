// The words of a GHG heading of RED I's eee, the saving from excess electricity from cogeneration
// ("ee", "e ee", "GHG eee", "Emission saving from excess electricity"): RED II has no such term,
// so such a heading is never a GHG field (field-groups.ts) and its column is said (ghg-excess.ts).
// Pure: words only.
import { words } from "../engine/normalise";

/** The term's own tokens, which no RED II GHG heading holds (field-groups.ts: never a GHG field). */
export const EXCESS_TERMS = ["ee", "eee"];

// words that may stand around the term: "GHG eee", "e ee", "THG-Einsparung eee", "(g CO2eq/MJ)"
const AROUND =
  "ghg|thg|ges|gei|bkg|e|emission|emissions|emissionen|saving|savings|einsparung|credit|g|gco2eq|co2eq|co2|eq|mj|kg|t";
// the saving named in words, in seven languages (a saving or credit word with it: "Excess electricity (MWh)" is a quantity)
const EXCESS_WORDS =
  "excess electricity|uberschussstrom|uberschussiger strom|stromuberschuss|electricite excedentaire|exces d electricite|electricidad excedentaria|excedente de electricidad|elettricita eccedentaria|energia elettrica in eccesso|overtollige elektriciteit|elektriciteitsoverschot|nadwyzka energii elektrycznej|nadwyzki energii elektrycznej";
// or the tail of a compound ("Emissiebesparing", "Emissionseinsparung")
const SAVING =
  /(?:saving|savings|credit|einsparung|gutschrift|reduction|economie|economies|ahorro|reduccion|risparmio|riduzione|besparing|reductie|oszczednosc|redukcja)\b/;
const TERM = new RegExp(`^(?:(?:${AROUND}) )*(?:${EXCESS_TERMS.join("|")})(?: (?:${AROUND}))*$`);
const NAMED = new RegExp(`(?:^| )(?:${EXCESS_WORDS})(?: |$)`);

/** Whether a heading names eee, the RED I saving from excess electricity ("ee", "e ee", "Emission saving from excess electricity"). */
export function namesExcessElectricity(heading: string): boolean {
  const w = words(heading).join(" ");
  return TERM.test(w) || (NAMED.test(w) && SAVING.test(w));
}
