// The units of a GHG value as books write them (g CO2eq/MJ, kg CO2eq/t, kg CO2eq/t TM, …): each
// converted exactly to g CO2eq/MJ, or kept per unit of product as typed, or refused (domain.md §6).
/**
 * A GHG unit as typed: per MJ of energy, with the exact factor that turns its values into g CO2eq
 * per MJ (the unit of the savings rule and of the PoS: kg CO2eq/GJ is 1, g CO2eq/kWh 1/3.6), or
 * per mass of the material ("kg CO2eq/t", a feedstock's value, which has no saving), with the grams
 * of CO2eq per gram of material its values count (`perGram`: kg CO2eq/t and g CO2eq/kg are both
 * "0.001"); null when it is not a GHG unit the product knows, so that no saving is ever computed on
 * a value it cannot read. `dry`: per mass of dry matter ("kg CO2eq/t TM", "t DM", "t MS", "t atro",
 * "odt"), the unit of a feedstock's cultivation emissions (iscc-rules.md §4.2: raw materials per
 * dry tonne, EC UDB "kgCO2eq/DMT"). A value per dry tonne is a unit of its own: no value per tonne
 * as delivered equals it without the material's moisture content, which no row states, so the two
 * are never converted, compared or pooled (ghgUnitKey). Per tonne "FM", "wet", "as received"
 * (fresh mass, as delivered) is per tonne as delivered: `dry` absent.
 */
export type GhgUnit =
  | { per: "energy"; unit: string; numerator: string; denominator: string }
  | { per: "mass"; unit: string; perGram: string; dry?: true };

// prettier-ignore
const GHG_MASS: Record<string, string> = { g: "1", gram: "1", grams: "1", kg: "1000", t: "1000000" };

// prettier-ignore
const GHG_ENERGY: Record<string, string> = { mj: "1", gj: "1000", tj: "1000000", kwh: "3.6", mwh: "3600", gwh: "3600000" };

/** Grams of material in the mass a GHG unit is per: a tonne (never "ton": a short ton is 907 kg) or a kg. */
// prettier-ignore
const PER_MASS: Record<string, number> = { t: 1e6, tonne: 1e6, tonnes: 1e6, tonnen: 1e6, kg: 1e3 };

// --- p-units2 / p-drymass: per mass of dry matter, and per mass as delivered ---
/**
 * A mass of dry matter, as the denominator of a GHG unit is written (after lower case, and spaces,
 * dots, hyphens and underscores removed): a tonne or kilogram followed or preceded by the words for
 * dry matter in the languages books are kept in — en DM, dry (matter, mass), ODT (oven-dry tonne);
 * de TM (Trockenmasse), TS (Trockensubstanz), atro, trocken; fr MS (matière sèche); es MS (materia
 * seca); it SS (sostanza secca); nl DS (droge stof); pl SM (sucha masa). Group 1 or 2 is the mass.
 */
const GHG_PER_DRY_MASS =
  /^(?:(t|kg|tonne|tonnes|tonnen)(?:of)?\(?(?:dm|tm|ts|ms|ss|ds|sm|atro|dry|drymatter|drymass|drysubstance|trocken|trockenmasse|trockensubstanz|matiereseche|matièresèche|materiaseca|sostanzasecca|drogestof|suchamasa)\)?|dry(t|tonne|tonnes|kg))$/;

/**
 * A mass as delivered, said so: fresh mass (en FM, fresh matter; de FM Frischmasse; not "FS",
 * which is Frischsubstanz to some and Feststoff, solids, to others), wet, as received, as
 * delivered. Only words that say nothing but "as delivered"; group 1 or 2 is the mass.
 * Read as per tonne (kg) as delivered, the unit of "kg CO2eq/t".
 */
const GHG_PER_FRESH_MASS =
  /^(?:(t|kg|tonne|tonnes|tonnen)(?:of)?\(?(?:fm|wet|fresh|freshmatter|freshmass|frischmasse|frischsubstanz|asreceived|asdelivered)\)?|(?:wet|fresh)(t|tonne|tonnes|kg))$/;
// --- end p-units2 / p-drymass

// words after the denominator that say whose energy it is: "g CO2eq/MJ Kraftstoff", "MJ fuel",
// "MJ (LHV)"; PCI (fr pouvoir calorifique inférieur, es poder calorífico inferior, it potere
// calorifico inferiore) is the lower heating value too: "g CO2eq/MJ PCI" is g CO2eq/MJ (p-units2)
const GHG_TAIL =
  /(?:kraftstoff|brennstoff|fuel|biofuel|biokraftstoff|energy|energie|lhv|hu|hi|pci|ncv|\(lhv\)|\(hu\)|\(hi\)|\(pci\)|\(ncv\)|offuel)$/;

/** The grams of CO2eq per gram of material, as text ("0.001" for kg CO2eq/t). */
const perGram = (numerator: string, mass: string): string =>
  String(Number(numerator) / (PER_MASS[mass] as number));

/**
 * Reads a GHG unit as typed ("g CO2eq/MJ", "gCO2e/MJ (LHV)", "kg CO2-Äq/t TM", "kg CO2eq/t FM"):
 * see GhgUnit. Null for no text, or a unit not read (per MJ of the gross calorific value, per
 * "ton", per litre, …), which intake refuses at its cell.
 */
export function parseGhgUnit(text: string | null | undefined): GhgUnit | null {
  return readGhgUnit(text, false);
}

/**
 * Whether a GHG unit is written in CO2 alone, not CO2 equivalent ("g CO2/MJ", "kg CO₂/t",
 * "gCO2/kWh"), and would read were it CO2eq. ISCC and RED count GHG in CO2eq (CH4 and N2O
 * weighted in); a value in CO2 alone is another quantity, so it is refused (never read as CO2eq),
 * with a word of its own at its cell or heading. "g/MJ" without CO2 reads as CO2eq, as before.
 */
export function isCo2Only(text: string | null | undefined): boolean {
  return parseGhgUnit(text) === null && readGhgUnit(text, true) !== null;
}

/**
 * The words after CO2 that say "equivalent", joined as parseGhgUnit joins them: en eq, e, equiv,
 * equivalent; de Äq, Äquivalent(e); fr éq, équivalent; it/es equivalente; nl eq, equivalent;
 * pl ekw, ekwiwalent (brk24 §5: "g CO2ekw/MJ" had been refused as unknown).
 */
const EQUIVALENT =
  "eq|e|äq|aeq|aq|éq|équivalent|équivalents|equivalent|equivalents|equivalente|equivalentes|equivalenti|equiv|äquivalent|äquivalente|aquivalent|aequivalent|ekw|ekwiwalent|ekwiwalentu";
const NUMERATOR = new RegExp(`^(g|gram|grams|kg|t)(co2(${EQUIVALENT})?)?$`);

function readGhgUnit(text: string | null | undefined, co2Only: boolean): GhgUnit | null {
  if (!text) return null;
  const t = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/₂/g, "2")
    .replace(/[\s_.-]/g, "");
  const slash = t.indexOf("/");
  if (slash < 0) return null;
  // "g CO2(eq)", "g CO2 (e)": the brackets add nothing
  const top = t.slice(0, slash).replace(/[()]/g, "");
  let bottom = t.slice(slash + 1).replace(GHG_TAIL, "");
  // "g CO2eq", "gCO2e", "g CO2-Äq", "g CO2 éq." (fr), "kg CO2 equivalent", and "g" alone ("g/MJ");
  // "g CO2" alone is CO2, not CO2eq: read only where isCo2Only asks
  const m = NUMERATOR.exec(top);
  if (!m || (m[2] && !m[3] && !co2Only)) return null;
  const numerator = GHG_MASS[m[1] as string] as string;
  const unit = text.trim();
  if (bottom === "t" || bottom === "kg") return { per: "mass", unit, perGram: perGram(numerator, bottom) };
  const fresh = GHG_PER_FRESH_MASS.exec(bottom);
  if (fresh) return { per: "mass", unit, perGram: perGram(numerator, (fresh[1] ?? fresh[2]) as string) };
  const dry = GHG_PER_DRY_MASS.exec(bottom);
  if (dry) return { per: "mass", unit, perGram: perGram(numerator, (dry[1] ?? dry[2]) as string), dry: true };
  if (bottom === "odt") return { per: "mass", unit, perGram: perGram(numerator, "t"), dry: true };
  bottom = bottom.replace(/^(mj|gj|tj|kwh|mwh|gwh).*$/, (_x, u: string) => (bottom === u ? u : "?"));
  const denominator = GHG_ENERGY[bottom];
  if (!denominator) return null;
  return { per: "energy", unit, numerator, denominator };
}

const KEYS = new Map<string, string>();

/**
 * What GHG values compare in, from the unit a value carries (Ghg.unit, GhgValues.unit): "MJ" for
 * one per MJ (intake gives those in g CO2eq/MJ; a blank unit reads per MJ, as for the saving); per
 * mass, "mass:" or "dry-mass:" and the grams of CO2eq per gram (kg CO2eq/t, kg CO2e/t, g CO2eq/kg
 * and kg CO2eq/t FM are one; kg CO2eq/t TM is another: a value per dry tonne is never compared
 * with one per tonne as delivered); a unit not read, its text. Values of different keys are never
 * compared, pooled or listed as one unit (ghg.ts worst, the register, issue/compare.ts).
 */
export function ghgUnitKey(unit: string | null | undefined): string {
  if (!unit) return "MJ";
  let key = KEYS.get(unit);
  if (key === undefined) {
    const u = parseGhgUnit(unit);
    key = !u
      ? `text:${unit.trim()}`
      : u.per === "energy"
        ? "MJ"
        : `${u.dry ? "dry-mass" : "mass"}:${u.perGram}`;
    KEYS.set(unit, key);
  }
  return key;
}
