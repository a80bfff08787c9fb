// One catalogue of the products the books name: what a name tells of the product's phase (a
// liquid), whether it is a final fuel (its GHG per MJ, RED II Art. 29(10)), its lower heating
// value (RED II Annex III) and its typical density. product-phase.ts, final-fuel.ts and
// product-heating.ts derive their answers from it; nothing else lists product names.
import type { Phase } from "./plausibility";

/** A lower heating value's range: per t (MJ/t = kJ/kg; MJ/kg ×1,000) and per Nm³ (MJ/Nm³). */
export interface HeatingRange {
  /** the range in MJ per t */
  t?: [number, number];
  /** the range in MJ per Nm³ */
  Nm3?: [number, number];
  /** the usual range as messages show it ("42–45 MJ/kg") */
  usual: string;
}

/** One product, or kind of products, of the catalogue. */
export interface CatalogueEntry {
  /** the product as messages name it ("HVO/HEFA"); "" for names that only tell a phase or use */
  product: string;
  /** whole words of its names (regex alternatives, lower case): "hvo|hvo100", "used cooking oil" */
  words?: string;
  /** tails of German compounds (regex alternatives, lower case): "öl" matches "Rapsöl" */
  tails?: string;
  /** the phase its name tells ("liquid"), or null where the name does not tell */
  phase: Phase;
  /** a final biofuel, bioliquid or biogas (RED II Art. 29(10)): its GHG must be per MJ */
  final: boolean;
  /** its lower heating value (RED II Annex III), where known */
  heating?: HeatingRange;
  /** a liquid's typical density in kg/L, to tell a figure per litre typed per kg */
  kgPerL?: number;
}

/**
 * One pattern matching any of the entries' words as a whole word of a lower-cased name (between
 * non-letters or the ends: "HVO 100", "Bio-LNG"), or any of their tails ending a word ("Rapsöl");
 * a pattern that never matches where the entries have neither.
 */
export function namePattern(entries: readonly CatalogueEntry[]): RegExp {
  const words = entries.flatMap((e) => (e.words ? [e.words] : [])).join("|");
  const tails = entries.flatMap((e) => (e.tails ? [e.tails] : [])).join("|");
  const parts = [
    ...(words ? [`(?:^|[^\\p{L}])(?:${words})(?:$|[^\\p{L}])`] : []),
    ...(tails ? [`(?:${tails})(?:$|[^\\p{L}])`] : []),
  ];
  return new RegExp(parts.length ? parts.join("|") : "(?!)", "u");
}

// Lower heating values, RED II (EU 2018/2001) Annex III where it lists them: biomethane 50 MJ/kg
// (~36 MJ/Nm³), HVO 44, FAME 37, ethanol 27, methanol 20 MJ/kg; vegetable oils 37; solid biomass
// as received 6–20 MJ/kg (wet chips ~6–10, pellets and dry straw 15–19). The ranges allow for
// grades and moisture, never for a slip of 3.6 or of a liquid's density. Densities at 15 °C
// (EN 590 / EN 14214 / EN 15940 grades): HVO 0.78, FAME 0.88, ethanol and methanol 0.79,
// vegetable oils 0.92 kg/L. The order matters for the heating value: the first entry that names
// the product with a range decides.
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    product: "biomethane",
    words: "biomethane|bio-methane|biomethan|bio-methan|rng|bio-cng|biocng|bio-lng|biolng|upgraded biogas",
    phase: null,
    final: false,
    heating: { t: [45000, 55000], Nm3: [33, 40], usual: "33–40 MJ/Nm³ (9.2–11.1 kWh/Nm³), 45–55 MJ/kg" },
  },
  {
    product: "HVO/HEFA",
    words: "hvo|hvo100|hefa|hefa-spk|hydrotreated vegetable oil",
    phase: "liquid",
    final: false,
    heating: { t: [42000, 45000], usual: "42–45 MJ/kg" },
    kgPerL: 0.78,
  },
  {
    product: "FAME/biodiesel",
    words: "fame|ucome|rme|sme|tme|biodiesel",
    phase: "liquid",
    final: true,
    heating: { t: [36000, 38500], usual: "36–38.5 MJ/kg" },
    kgPerL: 0.88,
  },
  {
    product: "ethanol",
    words: "ethanol|bioethanol|äthanol",
    phase: null,
    final: false,
    heating: { t: [26000, 28000], usual: "26–28 MJ/kg" },
    kgPerL: 0.79,
  },
  {
    product: "methanol",
    words: "methanol|biomethanol",
    phase: "liquid",
    final: false,
    heating: { t: [19000, 21000], usual: "19–21 MJ/kg" },
    kgPerL: 0.79,
  },
  {
    product: "used cooking oil / vegetable oil",
    words: "uco|used cooking oil|vegetable oil|rapeseed oil|palm oil|soybean oil|sunflower oil",
    tails: "(?:altspeise|raps|palm|soja|sonnenblumen|pflanzen)öl",
    phase: "liquid",
    final: false,
    heating: { t: [36000, 40000], usual: "36–40 MJ/kg" },
    kgPerL: 0.92,
  },
  {
    product: "solid biomass (wood chips, pellets, straw)",
    words: "wood chips|woodchips|wood pellets|straw|stroh",
    tails: "hackschnitzel|holzpellets|stroh",
    phase: null,
    final: false,
    heating: { t: [6000, 20000], usual: "6–20 MJ/kg as received" },
  },
  // names that tell a phase or a final fuel without a heating value of their own
  {
    product: "",
    words: "hvo|hefa|saf|ethanol|bioethanol|biomethanol|diesel|lng",
    phase: "liquid",
    final: true,
  },
  {
    product: "",
    words:
      "hvo100|pme|biodiésel|biodiesél|éthanol|etanolo|etanol|etbe|biomethane|biométhane|biometano|biomethan|biomethaan|cng|bio-lng|bio-cng|biolng|biocng|biopropane|biopropan|biokerosene|biokerosin",
    phase: null,
    final: true,
  },
  // oils, fats traded warm (tallow), alcohols, glycerine, liquefied gases (LNG ~450 kg/m³, LPG
  // ~500 kg/m³), mineral fuels; "öl" and "fett" end German compounds ("Altspeiseöl", "Tierfett").
  // Not "oilseed", "Ölsaat" or "olive" (solids).
  {
    product: "",
    words:
      "uco|oil|oils|huile|olio|aceite|olie|fat|fats|tallow|talg|suif|sego|sebo|glycerin|glycerine|glycerol|glyzerin|glicerina|lpg|naphtha|kerosene|kerosin|jet|gasoline|petrol|benzin|pome|pfad|molasses|melasse",
    tails: "öl|fett",
    phase: "liquid",
    final: false,
  },
];
