// p-small: units whose reading a lower-cased key loses. "Mg" (megagram) is exactly 1 t and was
// refused; "mg" (milligram) must never be read as it, and "MG" cannot be told. A volume written
// with its reference temperature ("m³ (15 °C)", "m3 @15°C", "m³ bei 15 °C") was refused though
// 15 °C is the standard volume the density tables use; one at another temperature stays refused
// (now saying so), and Nm³ never becomes m³.
import { parseUnit, unitRefusal } from "../../../src/engine/units";
import { UNIT_REFUSALS } from "../../../src/engine/catalogue/wording-units";

// written → unit read (null: not read) and why it is refused (null: no refusal)
const TABLE: readonly [string, string | null, string | null][] = [
  ["Mg", "t", null],
  ["Mg.", "t", null],
  ["megagram", "t", null],
  ["Megagramm", "t", null],
  ["megagramy", "t", null],
  ["Mg/m³", "t/m3", null],
  ["mg", null, "milligram"],
  ["mg.", null, "milligram"],
  ["milligram", null, "milligram"],
  ["Milligramm", null, "milligram"],
  ["MG", null, "mass-case"],
  ["m³ (15°C)", "m3", null],
  ["m³ (15 °C)", "m3", null],
  ["m3 @15°C", "m3", null],
  ["m3 @ 15 °C", "m3", null],
  ["m³ bei 15 °C", "m3", null],
  ["m³ à 15 °C", "m3", null],
  ["m³ a 15 °C", "m3", null],
  ["m³ bij 15 °C", "m3", null],
  ["m³ w 15 °C", "m3", null],
  ["m³ przy 15°C", "m3", null],
  ["m³ at 15 °C", "m3", null],
  ["m³, 15 °C", "m3", null],
  ["cbm (15 ºC)", "m3", null],
  ["L (15 °C)", "L", null],
  ["Liter bei 15 °C", "L", null],
  ["hL @15°C", "hL", null],
  ["m³ (20°C)", null, "temperature"],
  ["m³ bei 20 °C", null, "temperature"],
  ["L @ 60 °F", null, "temperature"],
  ["m3 (0 °C)", null, "temperature"],
  ["Nm³", "Nm3", null],
  ["Nm³ (0 °C)", "Nm3", null],
  ["Nm³ (15 °C)", null, "temperature"],
  ["Nm3 bei 20 °C", null, "temperature"],
];

// must not change: units read before, and temperatures on what is no volume
const UNCHANGED: readonly [string, string | null, string | null][] = [
  ["t", "t", null],
  ["MT", "t", null],
  ["mt", "t", null],
  ["Mt", null, "megatonne"],
  ["m³", "m3", null],
  ["m3", "m3", null],
  ["Nm3", "Nm3", null],
  ["kg/m³", "kg/m3", null],
  ["kg", "kg", null],
  ["g", "g", null],
  ["kg (15 °C)", null, null],
  ["°C", null, null],
];

describe("units whose case or reference temperature decides them", () => {
  it.each([...TABLE, ...UNCHANGED])("%s reads as %s, refused as %s", (text, unit, why) => {
    expect([parseUnit(text)?.unit ?? null, unitRefusal(text)]).toEqual([unit, why]);
  });

  it("a volume read at 15 °C keeps its unit's exact factor (the m³ of the account, never the Nm³)", () => {
    expect(parseUnit("m³ (15 °C)")).toEqual(parseUnit("m³"));
    expect(parseUnit("Nm³ (0 °C)")).toEqual(parseUnit("Nm³"));
    expect(parseUnit("Mg")).toEqual(parseUnit("t"));
  });

  it("each refusal says what to write", () => {
    expect(UNIT_REFUSALS.milligram).toMatch(/write Mg .*t \(1 Mg = 1 t\)/);
    expect(UNIT_REFUSALS["mass-case"]).toMatch(/write t/);
    expect(UNIT_REFUSALS.temperature).toMatch(/15 °C.*write m³ \(15 °C\)/);
  });
});
