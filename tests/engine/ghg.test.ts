// p-drymass: worst-value pooling (TV-8) compares GHG values only within one unit, told apart by what
// the unit means (ghg-units.ts ghgUnitKey), not by its text: a value per dry tonne is never the
// worst of, nor beaten by, one per tonne as delivered or per MJ; spellings of one unit compare.
import { isMixed, sameUnit, worst } from "../../src/engine/ghg";
import { dec } from "../../src/engine/quantity";
import type { Ghg } from "../../src/engine/records";

const ghg = (total: string, unit: string | null): Ghg => ({
  method: "AV",
  methodText: "AV",
  unit,
  components: {},
  total: dec(total),
  totalGiven: true,
  signature: `${unit}|${total}`,
});

// values (total, unit as intake keeps it), and the worst picked (its index) or "mixed"
const CASES: [[string, string | null][], number | "mixed"][] = [
  [
    [
      ["310", "kg CO2eq/t TM"],
      ["350", "kg CO2-Äq/t TM"],
    ],
    1,
  ],
  [
    [
      ["310", "kg CO2eq/t DM"],
      ["300", "kg CO2eq/odt"],
      ["0.2", "g CO2eq/kg TM"],
    ],
    0,
  ],
  [
    [
      ["300", "kg CO2eq/t DM"],
      ["500", "kg CO2eq/t"],
    ],
    "mixed",
  ],
  [
    [
      ["300", "kg CO2eq/t TM"],
      ["200", "kg CO2eq/t FM"],
    ],
    "mixed",
  ],
  [
    [
      ["300", "kg CO2eq/t atro"],
      ["20", "g CO2eq/MJ"],
    ],
    "mixed",
  ],
  [
    [
      ["300", "kg CO2eq/t atro"],
      ["20", null],
    ],
    "mixed",
  ],
  [
    [
      ["400", "kg CO2eq/t FM"],
      ["500", "kg CO2eq/t"],
      ["450", "kg CO2e/t"],
    ],
    1,
  ],
  [
    [
      ["400", "kg CO2eq/t wet"],
      ["0.5", "g CO2eq/kg"],
    ],
    0,
  ],
  [
    [
      ["20", "g CO2eq/MJ"],
      ["25", null],
    ],
    1,
  ],
];

describe("worst(): one unit by meaning", () => {
  it.each(CASES)("%j: %p", (values, expected) => {
    const list = values.map(([t, u]) => ghg(t, u));
    const w = worst(list);
    if (expected === "mixed") {
      expect(isMixed(w)).toBe(true);
      expect(sameUnit(list[0] as Ghg, list[1] as Ghg)).toBe(false);
    } else expect(w).toBe(list[expected]);
  });
});
