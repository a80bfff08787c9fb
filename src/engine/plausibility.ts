// Whether a density or heating value is plausible for a product's phase: impossible for any
// product (refused), unusual (a warning that says what it more likely is), or fine.
import type { Per } from "./amount";
import { type DensityUnit, factorNumber, type HeatingUnit, type Unit, UNITS } from "./units";

/**
 * What a product is, where the row tells: a liquid (litres, or a name such as UCO or HVO), a gas
 * (Nm³, or a density of a gas), a liquid or solid (a density per m³ of more than 100 kg: oils and
 * bulk biomass alike), or unknown (null).
 */
export type Phase = "liquid" | "gas" | "liquid-or-solid" | null;

type Known = Exclude<Phase, null>;

/** The ranges of a density or heating value, in the canonical unit (t or MJ per t, m³ or Nm³). */
interface Range {
  /** what any product can have: outside it the value is impossible, and refused */
  possible: [string, string];
  /** what products usually have: outside it the value is flagged, and used */
  usual: [string, string];
  /** the usual range for a phase, where the row tells it */
  phase?: Partial<Record<Known, [string, string]>>;
  /** the units a person may have meant, same "per", tried in this order */
  alternatives: string[];
  /**
   * what a product can have, for the row's phase (`any`: the union of every phase's bands, where
   * the row does not tell or its phase has none): outside every band the value is refused as it
   * stands, even inside `possible`
   */
  bands?: Partial<Record<Known | "any", [string, string][]>>;
}

// Densities: no product is denser than 25 t/m³ (osmium 22.6) or lighter than 0.5 kg/m³ in m³ of
// itself; gases at normal conditions weigh 0.08 (hydrogen) to 16 kg/Nm³ (the heaviest). Usually
// liquids and solids 50–2,500 kg/m³ (bulk biomass to heavy oils), gases 0.08–3 kg/Nm³.
// Per m³ of a product nothing at normal conditions lies between the heaviest gas (butane 2.5
// kg/m³) and the lightest bulk solid (loose straw ~50 kg/m³), nor above 2,500 kg/m³: such a
// density is refused, and so is one per m³ of a gas (a row in Nm³) outside the gases' 0.08–3
// kg/m³ (p-cat; named gases have bands of their own, product-catalogue.ts). A liquid's density
// is 400 kg/m³ (LNG ~450, LPG ~500) to 2,000 (glycerine 1,260, molasses ~1,450): 92 or 9,200
// kg/m³ for UCO is a slipped digit, refused.
// Heating values (lower, RED II Annex III): nothing gives more than 150 MJ/kg (hydrogen 120);
// usually 5–150 MJ/kg (wet biomass to hydrogen). A liquid gives 5–55 MJ/kg: molasses ~11, crude
// glycerine ~16, methanol 20, ethanol 27, FAME/UCO 37, HVO 44, LNG 49–50 (liquid hydrogen, 120,
// is named by no liquid's name, product-phase.ts). Per m³ of a liquid 5,000–50,000 MJ (methanol
// 16 MJ/L, ethanol 21, FAME 33, HVO 34, diesel 36, heavy oil ~41); of a liquid or solid (a density
// over 100 kg/m³) 250–50,000 MJ (loose straw ~50 kg/m³ × 5–15 MJ/kg, wood chips ~250 × 15,
// pellets ~650 × 17); of a gas 1–150 MJ/m³ (producer gas ~5, hydrogen 10.8, biogas ~20, methane
// 35.9, butane 124), usually 5–150. Per Nm³ of a gas usually 5–60 MJ/Nm³, at most 250.
const RANGES: Record<string, Range> = {
  "density:m3": {
    possible: ["0.0005", "25"],
    usual: ["0.05", "2.5"],
    phase: { liquid: ["0.4", "2"], gas: ["0.00008", "0.003"] },
    alternatives: ["kg/m3", "t/m3", "kg/L", "g/cm3"],
    bands: {
      any: [
        ["0.00008", "0.003"],
        ["0.05", "2.5"],
      ],
      liquid: [["0.4", "2"]],
      // p-cat: a gas (a row in Nm³) at normal conditions, 0.08–3 kg/m³: 780 kg/m³ is no gas
      gas: [["0.00008", "0.003"]],
    },
  },
  "density:Nm3": { possible: ["0.00005", "0.02"], usual: ["0.00008", "0.003"], alternatives: ["kg/Nm3"] },
  "heating:t": {
    possible: ["100", "150000"],
    usual: ["5000", "150000"],
    phase: { liquid: ["5000", "55000"] },
    alternatives: ["MJ/kg", "MJ/t", "GJ/t", "kWh/kg"],
    bands: { liquid: [["5000", "55000"]] },
  },
  "heating:m3": {
    possible: ["1", "100000"],
    usual: ["5", "50000"],
    phase: { liquid: ["5000", "50000"], gas: ["5", "150"], "liquid-or-solid": ["250", "50000"] },
    alternatives: ["MJ/m3", "MJ/L", "GJ/m3", "kWh/m3"],
    bands: { liquid: [["5000", "50000"]], gas: [["1", "150"]], "liquid-or-solid": [["250", "50000"]] },
  },
  "heating:Nm3": { possible: ["1", "250"], usual: ["5", "60"], alternatives: ["MJ/Nm3", "kWh/Nm3"] },
};

/** How a density or heating value fits its unit: usual, unusual (flag it) or impossible (refuse it). */
export type Plausibility =
  | { plausible: true }
  | {
      plausible: false;
      /** impossible for any product in this unit, or for the row's phase (a liquid): refused */
      impossible: boolean;
      /** the unit of the same kind under which it would be usual: the likely mistake */
      likely: string | null;
      /** the phase whose usual range it misses, when that decided ("liquid") */
      phase: Phase;
    };

/**
 * Whether `value` (a decimal string) is plausible for a density or heating value in `unit`, for a
 * product of `phase` where the row tells it. A value outside what any product can have is
 * impossible (780 t/m³, 37,000 MJ/kg), and so is one outside the bands of the row's phase: a
 * density per m³ a liquid cannot have (92 kg/m³ of UCO), a heating value a liquid, a gas or a
 * liquid or solid cannot have (35 MJ/m³ or 44 kWh/kg of UCO, 37 MJ/L of a gas), or, where the
 * phase is unknown, a density per m³ no gas, liquid or solid has (40 or 9,200 kg/m³). One outside
 * what such products usually have is unusual (0.9 kg/m³ where a gas may be meant, 120 MJ/kg).
 * Either way the unit under which it would be usual is named. A plausibility check only: the
 * value itself is converted exactly elsewhere.
 */
export function plausibility(
  unit: DensityUnit | HeatingUnit,
  value: string,
  phase: Phase = null,
): Plausibility {
  const range = RANGES[`${unit.kind}:${unit.per}`];
  if (!range) return { plausible: true };
  const v = Number(value);
  const within = (u: Unit, [min, max]: [string, string]) => {
    const x = v * factorNumber(u);
    return x >= Number(min) && x <= Number(max);
  };
  const usual = (phase && range.phase?.[phase]) || range.usual;
  if (within(unit, usual)) return { plausible: true };
  let likely: string | null = null;
  for (const alt of range.alternatives) {
    const u = UNITS[alt];
    if (u && u.unit !== unit.unit && within(u, usual)) {
      likely = alt;
      break;
    }
  }
  // outside the phase's bands, or outside every band where the phase is unknown: refused
  const bands = (phase && range.bands?.[phase]) || range.bands?.any;
  const outside = bands !== undefined && !bands.some((band) => within(unit, band));
  const impossible = outside || !within(unit, range.possible);
  return { plausible: false, impossible, likely, phase: usual === range.usual ? null : phase };
}

/** A quantity's phase from its unit where the unit tells: litres are a liquid, Nm³ a gas. */
export function phaseOfUnit(unit: string | null | undefined): Phase {
  if (unit === "L" || unit === "hL") return "liquid";
  if (unit === "Nm3") return "gas";
  return null;
}

/**
 * A product's phase from its density (amount.ts Per: t per m³, or per Nm³): more than 100 kg/m³
 * is a liquid or solid, less than 10 kg/m³ or any density per Nm³ a gas; between, or no density,
 * tells nothing (null).
 */
export function phaseOfDensity(density: Per | null | undefined): Phase {
  if (!density) return null;
  if (density.per === "Nm3") return "gas";
  // p-units3: a density of `value / over` (lb/ft³, lb/US gal) is compared as value against limit × over
  const limit = (x: string) => (density.over ? density.over.times(x) : x);
  if (density.value.greaterThan(limit("0.1"))) return "liquid-or-solid";
  return density.value.lessThan(limit("0.01")) ? "gas" : null;
}

/** p-cat: the usual lower heating value per t (MJ/t) of a product of `phase`: a liquid's, else any product's. */
export function usualHeatingPerT(phase: Phase): [number, number] {
  const range = RANGES["heating:t"] as Range;
  const [min, max] = (phase && range.phase?.[phase]) || range.usual;
  return [Number(min), Number(max)];
}
