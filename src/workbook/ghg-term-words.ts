// Which term of the GHG formula a heading names, in de/en/fr/it/es/nl/pl (brk22): RED II Annex V
// C.1, E = eec + el + ep + etd + eu − esca − eccs − eccr, RED I's eee (ghg-excess-words.ts), or a
// saving ("GHG saving (%)", "THG-Einsparung", "Économie d'émissions", "Risparmio", "Ahorro",
// "Besparing", "Oszczędność emisji", "Redukcja emisji"). Before, a term named in words the field
// words did not hold was read as the total E by its "emissions" ("Émissions de culture",
// "Emissions from processing", "Économie d'émissions électricité excédentaire"), or dropped without
// a word ("Emissioni da coltivazione"): a saving printed as the total, a component left out of
// it. A heading that names a term is read as that term or as none (heading-bar-table.ts, matcher.ts);
// one that names a saving is never a GHG value. Pure: words only.
import { namesExcessElectricity } from "./ghg-excess-words";
import { splitWords } from "./header-words";

/** A component of RED II's formula, by its field's name ("ghg.eec"). */
export type GhgComponent = "eec" | "el" | "ep" | "etd" | "eu" | "esca" | "eccs" | "eccr";
/** What a GHG heading names: a component, RED I's eee, a saving (a share or an amount), or the total E. */
export type GhgTerm = GhgComponent | "eee" | "saving" | "total";

export const COMPONENTS: readonly GhgComponent[] = ["eec", "el", "ep", "etd", "eu", "esca", "eccs", "eccr"];
/** The fields of GHG values: the total E and each component ("ghg.eec"). */
export const GHG_VALUE_FIELDS = ["ghg.total", ...COMPONENTS.map((c) => `ghg.${c}`)];

// a greenhouse gas or an emission, as a word of its own or the head of a compound ("THG-Emissionen", "Emissionen")
export const EMISSION =
  /^(?:ghg|thg|ges|gei|bkg|gc|co2\w*|gco2\w*|emission\w*|emisi\w*|emisj\w*|emissi\w*|treibhausgas\w*|broeikasgas\w*|greenhouse)$/;
// the total, in seven languages: "GHG total", "THG gesamt", "Émissions totales", "Emissioni totali",
// "Emisiones totales", "Totale emissies", "Emisje łącznie", "Całkowite emisje"
const TOTAL =
  /^(?:total|totals|totale|totales|totali|gesamt|insgesamt|gesamtemission\w*|totaal|lacznie|laczne|calkowite|calkowita|sumaryczne)$/;
// a saving or a reduction, whole words or the tail of a compound ("Emissionseinsparung", "BKG-besparing")
const SAVING =
  /(?:saving|einsparung|minderung|economie|reduction|reduccion|ahorro|risparmi|riduzion|besparing|reductie|oszczednos|redukcj)/;

// the saving terms by what they save: soil carbon (esca), carbon captured and stored (eccs) or
// captured and used in place of fossil carbon (eccr)
const SOIL =
  /(?:soil carbon|kohlenstoff\w* im boden|bodenkohlenstoff|carbone? (?:dans|des) (?:les )?sols?|carbonio nel suolo|carbono en el suelo|koolstof\w* in de bodem|bodemkoolstof|wegla w glebie|akumulacj\w* wegla)/;
const CAPTURE = /(?:captur\w*|abscheidung|captage|cattura|afvang\w*|koolstofafvang|wychwytywani\w*)/;
const STORAGE = /(?:storage|speicherung|stockage|stoccaggio|almacenamiento|opslag|skladowani\w*)/;
const REPLACEMENT =
  /(?:replacement|ersetzung|ersatz|remplacement|substitution|sostituzione|sustitucion|vervanging|zastepowani\w*|utili[sz]ation|nutzung)/;

// the emission terms named in words, with an emission word beside them (a plain "Transport" is a carrier)
const PHRASES: [GhgComponent, RegExp][] = [
  [
    "el",
    /(?:land use change|landnutzungsanderung|affectation des sols|uso del suolo|uso del suelo|landgebruiksverandering|uzytkowania gruntow)/,
  ],
  [
    "eu",
    /(?:fuel in use|kraftstoffnutzung|nutzung des kraftstoffs|carburant a l usage|combustibile in uso|combustible en uso|brandstof bij gebruik|uzytkowania paliwa)/,
  ],
  [
    "eec",
    /(?:^| )(?:cultivation|anbau|culture|coltivazione|coltur[ae]|cultivo|teelt|upraw\w*|extraction|extraccion|estrazione|gewinnung|farming|agricol\w*|agricultur\w*|landwirtschaft\w*|landbouw|rolnict\w*|rolnicz\w*)(?: |$)/,
  ],
  [
    "ep",
    /(?:^| )(?:processing|verarbeitung|transformation|trasformazione|lavorazione|procesamiento|transformacion|verwerking|przetwarzani\w*|przetworstw\w*)(?: |$)/,
  ],
  // (brk23) transport as freight and logistics too: "Emissies vervoer", "Emissionen Fracht", "Emissionen Logistik"
  [
    "etd",
    /(?:^| )(?:transport\w*|trasport\w*|vertrieb|distribu\w*|dystrybucj\w*|vervoer|logisti\w*|fracht\w*|freight|fret|flete|vracht\w*)(?: |$)/,
  ],
];

/**
 * Whether tokens[i] is component `c`'s code: "eec", "e_ec" (its "e" apart), first in the heading
 * or after a GHG word ("GHG ep", "THG eec"); never the Spanish "el" of "Emisiones en el cultivo",
 * nor "EU" beside RED or ISCC ("GHG value EU RED II").
 */
function codeAt(tokens: readonly string[], i: number, c: GhgComponent): boolean {
  const [t, before] = [tokens[i], tokens[i - 1]];
  const own = t === c || (t === c.slice(1) && before === "e");
  const at = own && t === c ? i : i - 1;
  const lead = at === 0 || EMISSION.test(tokens[at - 1] ?? "");
  return own && lead && !(c === "eu" && tokens.some((w) => /^(?:red|iscc)/.test(w)));
}

/**
 * The term of the GHG formula heading `heading` names (module comment), or null where it names
 * none or more than one ("Total GHG emissions incl. transport": no term is read from it here).
 * A component's code stands for it alone or beside a GHG word ("eec", "GHG ep", "e_sca").
 */
export function ghgTermOf(heading: string): GhgTerm | null {
  if (namesExcessElectricity(heading)) return "eee";
  const tokens = splitWords(heading);
  const text = tokens.join(" ");
  const ghg = tokens.some((t) => EMISSION.test(t));
  const total = tokens.some((t) => TOTAL.test(t));
  if (SOIL.test(text)) return "esca";
  if (CAPTURE.test(text)) return STORAGE.test(text) ? "eccs" : REPLACEMENT.test(text) ? "eccr" : "saving";
  if (SAVING.test(text)) return "saving";
  const codes = COMPONENTS.filter((c) => tokens.some((t, i) => codeAt(tokens, i, c)));
  const phrases = ghg ? PHRASES.filter(([, re]) => re.test(text)).map(([c]) => c) : [];
  const named = [...new Set([...codes, ...phrases])];
  if (named.length === 1 && !total) return named[0] as GhgComponent;
  return named.length === 0 && total && ghg ? "total" : null;
}

/** Whether `heading` holds a greenhouse-gas or emission word ("Emissies vervoer", "THG", "CO2-Preis"). */
export function hasEmissionWord(heading: string): boolean {
  return splitWords(heading).some((t) => EMISSION.test(t));
}
