// Why a unit is refused, in words: the sentence after the value in an invalid-unit finding
// (engine/unit-refusals.ts decides the refusal; wording-reading.ts renders the finding).
import type { UnitRefusal } from "../units";

/** Why a unit is refused, in words (UnitRefusal): the sentence after the value. */
export const UNIT_REFUSALS: Readonly<Record<UnitRefusal, string>> = {
  tons: 'may be short tons (0.907 t), long tons (1.016 t) or metric tonnes, whatever the language of the heading; for metric tonnes write t (or "tonnes", "Tonnen", "toneladas") in the heading, such as "Menge (t)", or after each number; convert short or long tons to t',
  quintal:
    'is a quintal, 100 kg in most of Europe but 46 kg as the old Castilian quintal; for 100 kg write dt (or "q.li", "quintali") in the heading, such as "Menge (dt)", or give the quantity in kg or t',
  short: "are short (US) tons, not metric; convert the quantity to t (1 short ton = 0.90718474 t)",
  long: "are long (UK) tons, not metric; convert the quantity to t (1 long ton = 1.0160469088 t)",
  gross:
    "is energy by the gross calorific value (Hs, upper heating value); balances and declarations use the net (lower) heating value: give the energy in kWh Hi or MJ",
  imperial: "is not a metric unit; convert the value to a metric unit (t, kg, m³, L, MJ, kWh)",
  // --- p-units3: densities not converted by (engine/unit-refusals.ts) ---
  gallon:
    'may be pounds per US gallon (1 lb/US gal = 119.826 kg/m³) or per imperial gallon (1 lb/imp gal = 99.776 kg/m³); write "lb/US gal" or "lb/imp gal", or enter the density in kg/m³',
  api: "is degrees API, not a density the add-in reads (°API = 141.5 / SG at 60 °F − 131.5); enter the density in kg/m³",
  sg: "is a specific gravity (relative to water at a stated temperature), not a density the add-in reads; enter the density in kg/m³",
  // --- end p-units3
  // --- p-mult: a multiplier or divisor with the unit (engine/multiplier.ts) ---
  multiplier:
    'has a multiplier or divisor with its unit (such as "x 1.000", "Tsd.", "thousands", "1000 kg", "/1000"), and the add-in does not scale quantities: "1.000" may be one thousand or one, and a heading\'s multiplier is easily missed; enter the quantity itself in a plain unit (t, kg, m³, L) and head the column with that unit only',
  // --- end p-mult
  // p-numbers2: "Mt" as written, the SI megatonne or a register's metric tonne (engine/unit-refusals.ts)
  megatonne:
    "may be megatonnes (Mt is the SI symbol of a million tonnes, as kt is a thousand) or metric tonnes as some registers write it; head the column with t, or MT for metric tonnes",
  // p-small: engine/unit-cases.ts
  milligram:
    "is milligrams (mg), implausible for a quantity in a mass balance; if megagrams are meant write Mg with a capital M, or better t (1 Mg = 1 t)",
  "mass-case":
    "may be megagrams (Mg, 1 t) or milligrams (mg): written in capitals the two cannot be told apart; write t (or Mg with a capital M only)",
  // brk25 §7: a unit row's unit under a heading with its own ("Menge (t)" over "(kg)"), or "Menge (kg) in t"
  "two-units":
    "names two units for one column, and the add-in does not choose between them: keep in the heading (or the unit row under it) the one unit the values are written in and delete the other",
  temperature:
    "is a volume at a reference temperature the add-in does not read: volumes are read at 15 °C (m³, L, hL; the standard volume the density tables use, EN ISO 91) and Nm³ at 0 °C; convert the volume to 15 °C as the delivery note or the volume correction tables (ASTM D1250 / ISO 91) give it and write m³ (15 °C), or give the mass in t",
};
