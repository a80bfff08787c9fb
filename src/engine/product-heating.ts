// The lower heating values of products named as such (biomethane, HVO, FAME, ethanol, wood chips…),
// with a tolerance: a heating value far from its product's, after unit conversion, is a unit slip
// (kWh for MJ, ×3.6; a figure per litre typed per kg) and is refused, not booked (p-heat2).
import { nameWords } from "./product-phase";
import { type HeatingUnit, UNITS } from "./units";

/** One named product's lower heating value: what its name matches, and its range per t and per Nm³. */
interface Named {
  /** the product, as messages name it */
  product: string;
  /** matches the product's name, lower-cased (whole words, or the tail of a German compound) */
  name: RegExp;
  /** the range in MJ per t (= kJ/kg); MJ/kg ×1,000 */
  t?: [number, number];
  /** the range in MJ per Nm³ */
  Nm3?: [number, number];
  /** the usual range as messages show it */
  usual: string;
  /** a liquid's density in kg/L, to tell a figure per litre typed per kg */
  kgPerL?: number;
}

// Lower heating values, RED II (EU 2018/2001) Annex III where it lists them: biomethane 50 MJ/kg
// (~36 MJ/Nm³), HVO 44, FAME 37, ethanol 27, methanol 20 MJ/kg; vegetable oils 37; solid biomass
// as received 6–20 MJ/kg (wet chips ~6–10, pellets and dry straw 15–19). The ranges allow for
// grades and moisture, never for a slip of 3.6 or of a liquid's density.
const TABLE: Named[] = [
  {
    product: "biomethane",
    name: nameWords(
      "biomethane|bio-methane|biomethan|bio-methan|rng|bio-cng|biocng|bio-lng|biolng|upgraded biogas",
    ),
    t: [45000, 55000],
    Nm3: [33, 40],
    usual: "33–40 MJ/Nm³ (9.2–11.1 kWh/Nm³), 45–55 MJ/kg",
  },
  {
    product: "HVO/HEFA",
    name: nameWords("hvo|hvo100|hefa|hefa-spk|hydrotreated vegetable oil"),
    t: [42000, 45000],
    usual: "42–45 MJ/kg",
    kgPerL: 0.78,
  },
  {
    product: "FAME/biodiesel",
    name: nameWords("fame|ucome|rme|sme|tme|biodiesel"),
    t: [36000, 38500],
    usual: "36–38.5 MJ/kg",
    kgPerL: 0.88,
  },
  {
    product: "ethanol",
    name: nameWords("ethanol|bioethanol|äthanol"),
    t: [26000, 28000],
    usual: "26–28 MJ/kg",
    kgPerL: 0.79,
  },
  {
    product: "methanol",
    name: nameWords("methanol|biomethanol"),
    t: [19000, 21000],
    usual: "19–21 MJ/kg",
    kgPerL: 0.79,
  },
  {
    product: "used cooking oil / vegetable oil",
    name: /(?:^|[^\p{L}])(?:uco|used cooking oil|vegetable oil|rapeseed oil|palm oil|soybean oil|sunflower oil)(?:$|[^\p{L}])|(?:altspeise|raps|palm|soja|sonnenblumen|pflanzen)öl(?:$|[^\p{L}])/u,
    t: [36000, 40000],
    usual: "36–40 MJ/kg",
    kgPerL: 0.92,
  },
  {
    product: "solid biomass (wood chips, pellets, straw)",
    name: /(?:^|[^\p{L}])(?:wood chips|woodchips|wood pellets|straw|stroh)(?:$|[^\p{L}])|(?:hackschnitzel|holzpellets|stroh)(?:$|[^\p{L}])/u,
    t: [6000, 20000],
    usual: "6–20 MJ/kg as received",
  },
];

/** A heating value outside its named product's range: what the message names. */
export interface ProductHeatingMiss {
  /** the product as the table names it ("biomethane") */
  product: string;
  /** its usual lower heating value, for the message ("42–45 MJ/kg") */
  usual: string;
  /** the unit the value would fit the product in (kWh/Nm³ for MJ/Nm³; MJ/L for MJ/kg), or null */
  likely: string | null;
}

/**
 * Whether heating value `value` (a decimal string) in `unit` fits the product named `name`:
 * undefined where the table has no such product or no range per the unit's mass or Nm³ (then the
 * phase check applies, plausibility.ts), null where it fits, else what the message names. Checked
 * after unit conversion (MJ per t or per Nm³); the likely slip is tried among the units of the
 * same "per" (×3.6 kWh/MJ, ×1,000 GJ/t or MJ/kg) and, for a liquid, as a figure per litre.
 */
export function productHeating(
  name: string | null | undefined,
  unit: HeatingUnit,
  value: string,
): ProductHeatingMiss | null | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  const named = TABLE.find((p) => p.name.test(lower));
  const range = named && (unit.per === "t" ? named.t : unit.per === "Nm3" ? named.Nm3 : undefined);
  if (!named || !range) return undefined;
  const v = Number(value);
  const fits = (x: number) => x >= range[0] && x <= range[1];
  if (fits(v * Number(unit.factor))) return null;
  let likely: string | null = null;
  for (const alt of unit.per === "t" ? ["MJ/kg", "kWh/kg", "GJ/t", "MWh/t"] : ["MJ/Nm3", "kWh/Nm3"]) {
    const u = UNITS[alt];
    if (u && u.unit !== unit.unit && fits(v * Number(u.factor))) {
      likely = alt;
      break;
    }
  }
  // a figure per litre typed per kg: HVO 34.4 MJ/L is 44 MJ/kg at 0.78 kg/L
  if (!likely && named.kgPerL && unit.per === "t" && fits((v * Number(unit.factor)) / named.kgPerL)) {
    likely = unit.unit === "MJ/kg" ? "MJ/L" : "a figure per litre";
  }
  return { product: named.product, usual: named.usual, likely };
}
