// (brk15) Remarks that say a delivery row is no sale to a customer: a sample ("Probe", "Muster",
// "Warenprobe", "sample", "échantillon", "muestra", "campione", "monster") or the keeper's own use
// ("Eigenverbrauch", "Eigenbedarf", "own use", "internal consumption", "autoconsommation",
// "autoconsumo", "consumo proprio", "eigen gebruik"), in de, en, fr, es, it and nl. Such a row
// read as sustainable would be declared to its customer; the material did leave the books, but
// not by a sale that carries an SD (domain.md §2: an SD goes with a sale to a customer). So
// remark-denials.ts refuses it at its remark (reason not-a-sale), never declares it. A sample
// named only where the remark leads with it ("Muster für Kunde X"), and never a sample taken from
// the delivery ("Probe genommen", "sample taken"); own use anywhere. (p-saleremark) So do toll
// processing, the customer's own material and a transfer between the company's own sites
// (movement-words.ts), each refused with its own reason. Pure.
import { saysToll, saysTransfer } from "./movement-words";
import { fold } from "./normalise";

/** Words of a sample (folded), leading a remark. */
const SAMPLE =
  "probe|proben|muster|warenprobe|musterlieferung|laborprobe|sample|samples|echantillon|echantillons|" +
  "muestra|muestras|campione|campioni|campionatura|monster|monsters";

/** Words of a sample taken from the delivery, after a word of a sample: no sample sent. */
const TAKEN =
  "genommen|entnommen|gezogen|taken|drawn|retained|preleve|prelevee|tomada|tomado|prelevato|prelevata|genomen";

/** Words of the keeper's own use (folded), anywhere. */
const OWN_USE =
  "eigenverbrauch|eigenbedarf|eigennutzung|eigenverwendung|werksverbrauch|betriebsverbrauch|" +
  "interner verbrauch|own use|own consumption|internal use|internal consumption|self consumption|" +
  "consommation propre|consommation interne|usage interne|autoconsommation|autoconsumo|" +
  "consumo propio|consumo interno|uso interno|consumo proprio|eigen gebruik|eigen verbruik|" +
  "intern gebruik|zelfverbruik";

const LEADS = new RegExp(`^\\W*(?:${SAMPLE})(?![a-z])(?!\\W+(?:${TAKEN})(?![a-z]))`);
const ANYWHERE = new RegExp(`(?<![a-z])(?:${OWN_USE})(?![a-z])`);

/** What a delivery row is said to be instead of a sale: a sample or own use, toll processing, a transfer between own sites. */
export type NotSale = "sample-or-own-use" | "toll" | "transfer";

/** What a delivery's remark `text` says the row is instead of a sale (see the file comment), or null. */
export function notSaleSaid(text: string): NotSale | null {
  const folded = fold(text).replace(/[-\s]+/g, " ");
  if (saysTransfer(text)) return "transfer";
  if (saysToll(text)) return "toll";
  return LEADS.test(folded) || ANYWHERE.test(folded) ? "sample-or-own-use" : null;
}
