// (h-noisy, brk26 N11) One reading of a heading's unit, whatever holds it: round, square or curly
// brackets, a comma, a slash, "in", or nothing ("THG g CO2e/MJ"), for GHG, quantity, density and
// heating-value headings alike; a GHG unit written with spaces outside brackets ("THG in g CO₂e/MJ")
// is one unit, never "g" left as a word and "CO2e/MJ" refused. Must not change: a unit in CO2 alone
// ("g CO2/MJ") stays refused as CO2 alone, in every spelling.
import { ghgUnitKey, isCo2Only, parseGhgUnit } from "../../../src/engine/ghg-units";
import { headerWords } from "../../../src/workbook/header-words";

const wrap = (word: string, unit: string): string[] => [
  `${word} (${unit})`,
  `${word} [${unit}]`,
  `${word} {${unit}}`,
  `${word}, ${unit}`,
  `${word} / ${unit}`,
  `${word} in ${unit}`,
  `${word} ${unit}`,
];

describe("a GHG unit in a heading", () => {
  // [heading word, unit as typed, the key it compares as]
  const read: [string, string, string][] = [
    ["THG", "gCO2e/MJ", "MJ"],
    ["Emissionen", "g CO2eq/MJ", "MJ"],
    ["GHG", "gCO2-eq/MJ", "MJ"],
    ["THG", "g CO2-Äq./MJ", "MJ"],
    ["GHG", "g CO₂e/MJ", "MJ"],
    ["GHG", "g CO2 eq/MJ", "MJ"],
    ["Émissions", "g CO2éq/MJ", "MJ"],
    ["GHG", "kg CO2e/t", "mass:0.001"],
    ["THG", "kg CO2-Äq./t", "mass:0.001"],
    ["GHG", "kg CO2eq/t TM", "dry-mass:0.001"],
    ["Emisje", "g CO2ekw/MJ", "MJ"],
  ];
  const cases = read.flatMap(([word, unit, key]) => wrap(word, unit).map((h) => [h, key] as const));
  it.each(cases)("%p reads its unit (key %p), its words without it", (heading, key) => {
    const hw = headerWords(heading);
    expect(hw.unitClass).toBe("ghg");
    expect(parseGhgUnit(hw.unit)).not.toBeNull();
    expect(ghgUnitKey(hw.unit)).toBe(key);
    expect(hw.tokens.join(" ")).not.toMatch(/\b(?:g|kg|in|co2\w*|mj)\b/);
  });

  // must not change: CO2 alone is no CO2eq, in any brackets or none
  const co2: [string, string][] = [
    ["GHG", "g CO2/MJ"],
    ["THG", "gCO2/MJ"],
    ["Emissionen", "g CO₂/MJ"],
    ["GHG", "kg CO2/t"],
  ];
  const alone = co2.flatMap(([word, unit]) => wrap(word, unit));
  it.each(alone)("%p is read as CO2 alone and stays refused", (heading) => {
    const hw = headerWords(heading);
    expect(hw.unitClass).toBe("ghg");
    expect(isCo2Only(hw.unit)).toBe(true);
  });
});

describe("a quantity's, a density's and a heating value's unit in a heading", () => {
  const read: [string, string, string, string][] = [
    ["Menge", "t", "t", "quantity"],
    ["Quantity", "kg", "kg", "quantity"],
    ["Volumen", "m³", "m3", "quantity"],
    ["Dichte", "kg/m³", "kg/m3", "density"],
    ["Heizwert", "MJ/kg", "MJ/kg", "heating"],
  ];
  const cases = read.flatMap(([word, unit, want, cls]) =>
    wrap(word, unit).map((h) => [h, want, cls] as const),
  );
  it.each(cases)("%p reads %p (%s)", (heading, want, cls) => {
    const hw = headerWords(heading);
    expect([hw.unit, hw.unitClass]).toEqual([want, cls]);
    expect(hw.tokens).toHaveLength(1);
  });
});
