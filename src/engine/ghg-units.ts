// The units of a GHG value as books write them (g CO2eq/MJ, kg CO2eq/t, …): each converted exactly
// to g CO2eq/MJ or per unit of product, or refused (domain.md §6).
/**
 * A GHG unit as typed: per MJ of energy, with the exact factor that turns its values into g CO2eq
 * per MJ (the unit of the savings rule and of the PoS: kg CO2eq/GJ is 1, g CO2eq/kWh 1/3.6), or
 * per mass of the material ("kg CO2eq/t", a feedstock's value, which has no saving); null when it
 * is not a GHG unit the product knows, so that no saving is ever computed on a value it cannot read.
 * `dry`: per mass of dry matter ("kg CO2eq/t TM", "t DM", "t MS", "t atro"), which no value per
 * tonne as delivered equals without the material's moisture content: intake refuses it (p-units2).
 */
export type GhgUnit =
  | { per: "energy"; unit: string; numerator: string; denominator: string }
  | { per: "mass"; unit: string; dry?: true };

// prettier-ignore
const GHG_MASS: Record<string, string> = { g: "1", gram: "1", grams: "1", kg: "1000", t: "1000000" };

// prettier-ignore
const GHG_ENERGY: Record<string, string> = { mj: "1", gj: "1000", tj: "1000000", kwh: "3.6", mwh: "3600", gwh: "3600000" };

const GHG_PER_MASS = new Set(["t", "kg"]);

// --- p-units2: per mass of dry matter ---
/**
 * A mass of dry matter, as the denominator of a GHG unit is written (after lower case, and spaces,
 * dots, hyphens and underscores removed): a tonne or kilogram followed or preceded by the words for
 * dry matter in the languages books are kept in — en DM, dry (matter, mass), ODT (oven-dry tonne);
 * de TM (Trockenmasse), TS (Trockensubstanz), atro, trocken; fr MS (matière sèche); es MS (materia
 * seca); it SS (sostanza secca); nl DS (droge stof); pl SM (sucha masa).
 */
const GHG_PER_DRY_MASS =
  /^(?:(?:t|kg|tonne|tonnes|tonnen)(?:of)?\(?(?:dm|tm|ts|ms|ss|ds|sm|atro|dry|drymatter|drymass|drysubstance|trocken|trockenmasse|trockensubstanz|matiereseche|matièresèche|materiaseca|sostanzasecca|drogestof|suchamasa)\)?|dry(?:t|tonne|tonnes|ton|tons|kg)|odt)$/;
// --- end p-units2

// words after the denominator that say whose energy it is: "g CO2eq/MJ Kraftstoff", "MJ fuel",
// "MJ (LHV)"; PCI (fr pouvoir calorifique inférieur, es poder calorífico inferior, it potere
// calorifico inferiore) is the lower heating value too: "g CO2eq/MJ PCI" is g CO2eq/MJ (p-units2)
const GHG_TAIL =
  /(?:kraftstoff|brennstoff|fuel|biofuel|biokraftstoff|energy|energie|lhv|hu|hi|pci|ncv|\(lhv\)|\(hu\)|\(hi\)|\(pci\)|\(ncv\)|offuel)$/;

export function parseGhgUnit(text: string | null | undefined): GhgUnit | null {
  if (!text) return null;
  const t = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/₂/g, "2")
    .replace(/[\s_.-]/g, "");
  const slash = t.indexOf("/");
  if (slash < 0) return null;
  const top = t.slice(0, slash);
  let bottom = t.slice(slash + 1).replace(GHG_TAIL, "");
  // "g CO2eq", "gCO2e", "g CO2-Äq", "g CO2 éq." (fr), "kg CO2 equivalent", and "g" alone ("g/MJ")
  const m =
    /^(g|gram|grams|kg|t)(?:co2(?:eq|e|äq|aeq|aq|éq|équivalent|equivalent|equiv|equivalents)?)?$/.exec(top);
  if (!m) return null;
  const numerator = GHG_MASS[m[1] as string] as string;
  if (GHG_PER_MASS.has(bottom)) return { per: "mass", unit: text.trim() };
  if (GHG_PER_DRY_MASS.test(bottom)) return { per: "mass", unit: text.trim(), dry: true };
  bottom = bottom.replace(/^(mj|gj|tj|kwh|mwh|gwh).*$/, (_x, u: string) => (bottom === u ? u : "?"));
  const denominator = GHG_ENERGY[bottom];
  if (!denominator) return null;
  return { per: "energy", unit: text.trim(), numerator, denominator };
}
