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
//   long or metric);
// - (brk22) a volume's reference temperature written beside its bracketed unit ("Menge bei 15 °C
//   (L)", "Volume @15°C (m³)", "Quantità a 15 °C (L)", "Menge 15C (L)") belongs to the unit:
//   "(L @ 15 °C)", read as litres at 15 °C; another temperature ("Menge bei 20 °C (L)", once
//   read as litres silently) is refused as "L @ 20 °C" is (engine/unit-cases.ts);
// - (brk22) "Tonnage" alone (en, fr, de; "Tonnage net"), a weight in tonnes by the word: "(t)".
import { fold } from "./normalise";
import { parseQuantityUnit } from "../engine/units";

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
  if (TONNAGE.test(fold(out))) out = `${out} (t)`;
  return temperedVolume(out);
}

const TONNAGE = /^\s*(?:net|netto|nette)?\s*tonnage\s*(?:net|netto|nette)?\s*$/;

/** A bracketed unit, and a temperature: with a degree sign, "deg" or "Grad", or "15C" run together. */
const BRACKETED = /[([]\s*([^()[\]]+?)\s*[)\]]/;
const TEMPERATURE =
  /(?:\s*@|\s+(?:at|bei|à|a|al|bij|w|przy|zu))?\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:(?:°|º|deg\.?|grad)\s*([CF])|(C))\b/i;

/** `heading` with a temperature outside its bracketed volume unit moved into it ("Menge (L @ 15 °C)"). */
function temperedVolume(heading: string): string {
  const unit = BRACKETED.exec(heading);
  const dim = unit ? parseQuantityUnit((unit[1] as string).trim())?.dim : undefined;
  if (!unit || (dim !== "m3" && dim !== "Nm3")) return heading;
  const outside =
    heading.slice(0, unit.index) + " ".repeat(unit[0].length) + heading.slice(unit.index + unit[0].length);
  const t = TEMPERATURE.exec(outside);
  if (!t || (t[3] && !/^\d{2}$/.test(t[1] as string))) return heading;
  const scale = ((t[2] ?? t[3]) as string).toUpperCase();
  const rest = (outside.slice(0, t.index) + outside.slice(t.index + t[0].length)).replace(/\s+/g, " ").trim();
  return `${rest} (${(unit[1] as string).trim()} @ ${t[1]} °${scale})`;
}
