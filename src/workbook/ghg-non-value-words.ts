// (brk23) What an emission heading names that is no GHG value, as a phrase table beside the other
// heading bars (heading-bar-table.ts): a price, cost, tax or levy, an allowance, right or trading,
// a quota, a permit or licence of emissions ("CO2-Preis (EUR)", "Emissionshandel", "THG-Quote",
// "Derechos de emisión"), a currency, a date or a document's number ("THG Datum", "CO2-Nachweis
// Nr."), or a certificate of emissions ("Emissionszertifikat"), not the GHG value a certificate
// states ("THG lt. Zertifikat", "CertificateGreenhouseGasIntensity"). Before, some were read as the
// total E. Such a heading is never a GHG value nor an unread GHG term (ghg-term-unread.ts). Words
// as splitWords gives them: lower case, accents folded. Pure: words only.
import { EMISSION, GHG_VALUE_FIELDS } from "./ghg-term-words";
import { splitWords } from "./header-words";

/** One row of the table: what the heading names, its words in de/en/fr/it/es/nl/pl. */
interface NoValuePhrase {
  what: string;
  /** stems found anywhere in a word, the tail of a compound too ("Emissionshandel", "CO2-Steuer") */
  within?: readonly string[];
  /** whole words only ("tax", "eur", "nr"): as a part of a word they name other things */
  words?: readonly string[];
}

export const NO_GHG_VALUE_PHRASES: readonly NoValuePhrase[] = [
  {
    what: "a price",
    within: ["preis", "price", "prix", "prezz", "precio", "prijs"],
    words: ["cena", "ceny"],
  },
  { what: "a cost", within: ["kosten", "cost", "cout", "koszt"] },
  {
    what: "a tax or levy",
    within: ["steuer", "abgabe", "impuest", "belasting", "heffing", "podat", "oplat"],
    words: ["tax", "taxe", "taxes", "tassa", "tasse"],
  },
  {
    what: "an allowance or right",
    within: [
      "allowance",
      "berechtig",
      "rechte",
      "droit",
      "diritt",
      "derecho",
      "recht",
      "uprawnien",
      "zuteil",
    ],
  },
  {
    what: "trading",
    within: ["handel", "trading", "commerce", "scambio", "comercio"],
    words: ["ets", "eua"],
  },
  { what: "a quota", within: ["quot", "cuota"] },
  { what: "a permit or licence", within: ["permit", "licen"] },
  { what: "a currency", words: ["eur", "euro", "usd", "chf", "pln"] },
  { what: "a date", words: ["date", "datum", "fecha"] },
  { what: "a document's number", words: ["nr", "no", "nummer", "number", "numero", "numer"] },
];

/** Whether a word names what a row of the table names. */
export const namesNoValueWord = (t: string): boolean =>
  NO_GHG_VALUE_PHRASES.some(
    (p) => (p.within ?? []).some((s) => t.includes(s)) || (p.words ?? []).includes(t),
  );

// a certificate of emissions (an allowance): fused with the emission word ("Emissionszertifikat"),
// right after it at the heading's end ("CO2-Zertifikate", "emission certificates"), or of it
// ("Certificats d'émission")
const CERTIFICATE = /(?:zertifikat|certific|certyfikat)/;
const OF = /^(?:of|d|de|des|di|do|dla|van)$/;
const ofEmissions = (tokens: string[]) =>
  tokens.some((t, i) => {
    if (!CERTIFICATE.test(t)) return false;
    const last = tokens.length - 1;
    const after = i === last && EMISSION.test(tokens[i - 1] ?? "");
    const of = i + 2 === last && OF.test(tokens[i + 1] ?? "") && EMISSION.test(tokens[last] ?? "");
    return EMISSION.test(t) || after || of;
  });

/**
 * (brk23) Whether `heading` has an emission word and names what is no GHG value: a row of
 * NO_GHG_VALUE_PHRASES or a certificate of emissions ("CO2-Preis (EUR)", "Emissionszertifikat",
 * "THG-Quote", "Derechos de emisión", "THG Datum").
 */
export function namesNoGhgValue(heading: string): boolean {
  const tokens = splitWords(heading);
  if (!tokens.some((t) => EMISSION.test(t))) return false;
  return tokens.some(namesNoValueWord) || ofEmissions(tokens);
}

/** The bar of such a heading: never a GHG value, read as none (a user's own mapping applies). */
export const NO_GHG_VALUE_BARS = [
  {
    bar: "no-ghg-value" as const,
    meaning: "no GHG value",
    flip: "written" as const,
    names: namesNoGhgValue,
    fields: GHG_VALUE_FIELDS,
    does: "unrecognised" as const,
  },
];
