// Metric units that headings write in ways the unit vocabulary cannot take alone (break test 14),
// rewritten in a heading before its words are read, each only where it is exact:
// - "(kg netto)", "(netto kg)": a net-weight word beside the unit in its brackets is a qualifier of
//   the heading (net is the quantity that moved), not part of the unit;
// - "(Mg)": the megagram, 1 t (case as written: "mg" is the milligram, never read);
// - "(Tm)", "(TM)": the Spanish tonelada métrica, 1 t;
// - "(1000 kg)" written with no separator: 1 t; "(Tsd. t)", "(Tsd t)": a thousand tonnes, 1 kt;
// - "(q.li)", "(ql)", "(quintali)": the Italian quintale, 100 kg (1 dt); (p-noise) so is "(q)"
//   under an Italian heading ("Quantità (q)", "Peso (q)"), where q is the quintale's symbol; under
//   any other heading a bare "q" or "quintal" (46 kg in Castile, 100 kg elsewhere) is left as
//   written and refused;
// - "(ton)" under a Dutch or Italian heading ("Hoeveelheid (ton)", "Quantità (ton)"): there the
//   ton is the metric tonne; under any other heading ("Quantity (ton)") it stays refused (short,
//   long or metric).
import { fold } from "./normalise";

const NET = "netto|net|nett|neto|netti|netta|nette|nets";
const UNIT_AND_NET = new RegExp(
  `\\(\\s*([^()\\s]+)\\s+(?:${NET})\\.?\\s*\\)|\\(\\s*(?:${NET})\\.?\\s+([^()\\s]+)\\s*\\)`,
  "i",
);

// whole bracketed units, matched as written (case matters for "Mg")
const EXACT: readonly [RegExp, string][] = [
  [/[([]\s*Mg\s*[)\]]/, "(t)"],
  [/[([]\s*(?:Tm|TM|tm)\s*[)\]]/, "(t)"],
  [/[([]\s*1000\s*kg\s*[)\]]/i, "(t)"],
  [/[([]\s*Tsd\.?\s*t\s*[)\]]/i, "(kt)"],
  [/[([]\s*(?:q\.\s*li|ql|quintali|quintale)\s*[)\]]/i, "(dt)"],
];

// words of a quantity heading in Italian and Dutch, folded (quantità, peso; hoeveelheid, gewicht)
const IT_WORDS = ["quantita", "quantitativo", "qta", "peso", "consegnata", "ricevuta", "carico", "scarico"];
const NL_IT_WORDS = new Set([
  ...["hoeveelheid", "hoeveelheden", "gewicht", "nettogewicht", "massa", "geleverd", "ontvangen", "levering"],
  ...IT_WORDS,
]);
/** The quintale's symbol in its brackets, "(q)", "[q.]": 100 kg under an Italian heading alone. */
const Q = /[([]\s*q\.?\s*[)\]]/i;
/** Italian words of a quantity heading no Spanish one shares ("peso" is both: "Peso (q)" is refused). */
const QUINTALE_WORDS = new Set(IT_WORDS.filter((w) => w !== "peso"));

/**
 * Heading `raw` with the metric units above rewritten to the spelling the unit vocabulary reads
 * ("Gewicht (kg netto)" → "Gewicht (kg) netto", "Menge (Mg)" → "Menge (t)", "Hoeveelheid (ton)" →
 * "Hoeveelheid (t)"); any other heading unchanged. Pure: text only.
 */
export function readableUnits(raw: string): string {
  let out = raw.replace(UNIT_AND_NET, (m, a: string | undefined, b: string | undefined) => {
    const unit = a ?? b ?? "";
    const net = m.replace(/[()]/g, "").replace(unit, "").trim();
    return `(${unit}) ${net}`;
  });
  for (const [re, unit] of EXACT) out = out.replace(re, unit);
  const saysAny = (set: ReadonlySet<string>) =>
    fold(out)
      .split(/[^a-z0-9]+/)
      .some((w) => set.has(w));
  if (/[([]\s*ton\s*[)\]]/i.test(out) && saysAny(NL_IT_WORDS))
    out = out.replace(/[([]\s*ton\s*[)\]]/i, "(t)");
  if (Q.test(out) && saysAny(QUINTALE_WORDS)) out = out.replace(Q, "(dt)");
  return out;
}
