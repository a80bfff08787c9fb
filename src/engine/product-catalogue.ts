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

/**
 * The densities a product can have, in t per m³ and t per Nm³ (kg/m³ ÷1,000), where the catalogue
 * bands them: a density outside is refused at its cell (product-density.ts).
 */
export interface DensityBand {
  /** per m³ of the product as booked, t/m³ */
  m3?: [number, number];
  /** per Nm³ of a gas (0 °C, 1.013 bar), t/Nm³ */
  Nm3?: [number, number];
  /** the band as messages show it ("0.65–0.85 kg/Nm³") */
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
  /** the densities it can have , where the catalogue bands them: outside, refused */
  density?: DensityBand;
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

/** A name as the catalogue's patterns read it: NFKC (composed accents, "ö" typed as o + ¨) and lower case. */
export const productKey = (name: string): string => name.normalize("NFKC").toLowerCase();

/** A catalogue entry that states `K` (a heating value, a density band). */
export type EntryWith<K extends "heating" | "density"> = CatalogueEntry & {
  [P in K]-?: NonNullable<CatalogueEntry[P]>;
};

/**
 * The lookup of the catalogue's first entry that states `key` and whose names name a product
 * (namePattern on productKey, in the catalogue's order: LNG before biomethane); undefined for a
 * blank name or where none does.
 */
export function namedWith<K extends "heating" | "density">(
  key: K,
): (name: string | null | undefined) => EntryWith<K> | undefined {
  const table = CATALOGUE.flatMap((e) =>
    e[key] ? [{ entry: e as EntryWith<K>, name: namePattern([e]) }] : [],
  );
  return (name) => {
    if (!name) return undefined;
    const k = productKey(name);
    return table.find((p) => p.name.test(k))?.entry;
  };
}

// Biomethane: 50 MJ/kg (RED II Annex III), ~36 MJ/Nm³ (methane 35.9 MJ/Nm³ at 0 °C), as gas or
// liquefied.
const BIOMETHANE_HEAT: HeatingRange = {
  t: [45000, 55000],
  Nm3: [33, 40],
  usual: "33–40 MJ/Nm³ (9.2–11.1 kWh/Nm³), 45–55 MJ/kg",
};

// Biomethane and natural gas per Nm³ (0 °C, 1.013 bar): methane 0.717 kg/Nm³, grid gases ~0.7–0.8
// (H-gas ~0.78, L-gas ~0.83; EN 16723, DVGW G 260), 0.65–0.85 with margin. Per m³ a gas may be
// compressed (CNG ~180 kg/m³ at 200 bar), so no band per m³ beyond the phase's (plausibility.ts).
const GAS_DENSITY: DensityBand = { Nm3: [0.00065, 0.00085], usual: "0.65–0.85 kg/Nm³" };

// LNG and Bio-LNG as liquid at about −162 °C: ~420–470 kg/m³ by composition (GIIGNL LNG
// Custody Transfer Handbook), 400–500 with margin; regasified, per Nm³, the gas's band.
const LNG_DENSITY: DensityBand = {
  m3: [0.4, 0.5],
  Nm3: [0.00065, 0.00085],
  usual: "400–500 kg/m³ as liquid, 0.65–0.85 kg/Nm³ regasified",
};

// Lower heating values, RED II (EU 2018/2001) Annex III where it lists them: biomethane 50 MJ/kg
// (~36 MJ/Nm³), HVO 44, FAME 37, ethanol 27, methanol 20 MJ/kg; vegetable oils 37; solid biomass
// as received 6–20 MJ/kg (wet chips ~6–10, pellets and dry straw 15–19). The ranges allow for
// grades and moisture, never for a slip of 3.6 or of a liquid's density. Typical densities at
// 15 °C (EN 15940 HVO 0.78, EN 14214 FAME 0.88, EN 15376 ethanol 0.79 kg/L; methanol 0.79,
// vegetable oils 0.92 kg/L). Density bands of gases and liquefied gases . The order
// matters: the first entry whose names match and that has a heating value (or a density band)
// decides it; whether a name tells a liquid or a final fuel, any entry that matches.
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    // LNG is traded as liquefied biomethane in these books (the final-fuel list has named it since
    // p-ghg3); regasified, it is biomethane per Nm³
    product: "liquefied biomethane (Bio-LNG, LNG)",
    words: "lng|bio-lng|biolng|lbm|bio-lbm|liquefied biomethane|liquefied natural gas|flüssigbiomethan",
    phase: "liquid",
    final: true,
    heating: BIOMETHANE_HEAT,
    density: LNG_DENSITY,
  },
  {
    product: "biomethane",
    words:
      "biomethane|bio-methane|biomethan|bio-methan|biométhane|biometano|biomethaan|rng|renewable natural gas|upgraded biogas|cng|bio-cng|biocng",
    phase: null,
    final: true,
    heating: BIOMETHANE_HEAT,
    density: GAS_DENSITY,
  },
  {
    // natural gas and fossil CNG are no final biofuel: only the density band of the gas
    product: "natural gas",
    words: "natural gas|erdgas|gaz naturel|gas natural|gas naturale|aardgas",
    phase: null,
    final: false,
    density: GAS_DENSITY,
  },
  {
    // renewable diesel and "Hydriertes Pflanzenöl" are HVO (EN 15940 paraffinic diesel)
    product: "HVO/HEFA",
    words:
      "hvo|hvo100|hefa|hefa-spk|hydrotreated vegetable oil|hydrotreated vegetable oils|hydriertes pflanzenöl|hydrierte pflanzenöle|renewable diesel|hydrotreated renewable diesel|paraffinic diesel",
    phase: "liquid",
    final: true,
    heating: { t: [42000, 45000], usual: "42–45 MJ/kg" },
    kgPerL: 0.78,
  },
  {
    // SAF of any pathway (HEFA-SPK, ATJ, FT): no heating value of its own here
    product: "SAF",
    words:
      "saf|sustainable aviation fuel|sustainable aviation fuels|biokerosene|biokerosin|bio-kerosene|bio-kerosin|biojet|bio-jet",
    phase: "liquid",
    final: true,
  },
  {
    // FAME and its kinds (UCOME, RME, SME, TME, PME), EMAG/EMHV in French; German compounds end
    // in "methylester" ("Rapsölmethylester", "Fettsäuremethylester"), not its raw material
    // ("Methylester-Rohware")
    product: "FAME/biodiesel",
    words:
      "fame|ucome|rme|sme|tme|pme|biodiesel|biodiésel|biodiesél|emag|emhv|fatty acid methyl ester|fatty acid methyl esters|methyl ester|methyl esters",
    tails: "methylester(?![-\\s]*roh)",
    phase: "liquid",
    final: true,
    heating: { t: [36000, 38500], usual: "36–38.5 MJ/kg" },
    kgPerL: 0.88,
  },
  {
    product: "ethanol",
    words:
      "ethanol|bioethanol|bio-ethanol|äthanol|bioäthanol|éthanol|bioéthanol|etanolo|bioetanolo|etanol|bioetanol",
    phase: "liquid",
    final: true,
    heating: { t: [26000, 28000], usual: "26–28 MJ/kg" },
    kgPerL: 0.79,
  },
  {
    product: "methanol",
    words: "biomethanol|bio-methanol",
    phase: "liquid",
    final: true,
    heating: { t: [19000, 21000], usual: "19–21 MJ/kg" },
    kgPerL: 0.79,
  },
  {
    // methanol as such may be a chemical or a feedstock: not named final
    product: "methanol",
    words: "methanol",
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
  // final fuels without a heating value here: diesel as a fuel, ETBE, biopropane (bio-LPG)
  { product: "diesel", words: "diesel", phase: "liquid", final: true },
  { product: "ETBE", words: "etbe", phase: null, final: true },
  { product: "biopropane", words: "biopropane|biopropan", phase: null, final: true },
  // oils, fats traded warm (tallow), glycerine, LPG (~500 kg/m³), mineral fuels, POME, PFAD,
  // molasses; "öl" and "fett" end German compounds ("Altspeiseöl", "Tierfett"). Not "oilseed",
  // "Ölsaat" or "olive" (solids).
  {
    product: "",
    words:
      "oil|oils|huile|olio|aceite|olie|fat|fats|tallow|talg|suif|sego|sebo|glycerin|glycerine|glycerol|glyzerin|glicerina|lpg|naphtha|kerosene|kerosin|jet|gasoline|petrol|benzin|pome|pfad|molasses|melasse",
    tails: "öl|fett",
    phase: "liquid",
    final: false,
  },
];
