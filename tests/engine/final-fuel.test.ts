// Which products' names say "final fuel" (their GHG saving is shown and checked per MJ), and which
// are feedstocks or intermediates whose GHG may be per tonne (src/engine/final-fuel.ts, p-ghg3).
import { isFinalFuel } from "../../src/engine/final-fuel";
import { productHeating } from "../../src/engine/product-heating";
import { UNITS } from "../../src/engine/units";

describe("isFinalFuel", () => {
  it.each([
    "HVO",
    "hvo",
    "HVO 100",
    "HVO100",
    "HEFA",
    "SAF",
    "FAME",
    "UCOME",
    "RME",
    "Biodiesel",
    "Biodiesel (FAME)",
    "Bioethanol",
    "Ethanol",
    "Biomethan",
    "Biomethane",
    "Bio-LNG",
    "Bio-CNG",
    "Renewable diesel",
    // p-cat: German and other names, from the one product catalogue
    "Rapsölmethylester",
    "Methylester",
    "Fettsäuremethylester",
    "Altspeiseölmethylester",
    "Sojaölmethylester",
    "Palmölmethylester",
    "Hydriertes Pflanzenöl",
    "Hydrotreated vegetable oil",
    "Ethanol 99,7 %",
    "Bio-LNG",
    "LBM",
    "Liquefied biomethane",
    "HVO100",
    "Renewable Diesel",
    "Sustainable Aviation Fuel",
    "Bio-Methane",
    "Rapso\u0308lmethylester",
  ])("%p is a final fuel", (name) => expect(isFinalFuel(name)).toBe(true));

  it.each([
    "UCO",
    "Used cooking oil",
    "Altspeiseöl",
    "Rapsöl",
    "Tallow",
    "Talg",
    "POME",
    "Wood chips",
    "Rapeseed",
    "Ölsaat",
    "Methylester-Rohware",
    "Erdgas",
    "Natural gas",
    "Methanol",
    "",
    null,
    undefined,
  ])("%p is not", (name) => expect(isFinalFuel(name)).toBe(false));
});

// p-cat: the heating value the catalogue gives those names (RED II Annex III), through productHeating

describe("the catalogue's heating value of German and other names", () => {
  const perKg = UNITS["MJ/kg"] as Parameters<typeof productHeating>[1];
  it.each([
    ["Rapsölmethylester", "37", "FAME/biodiesel"],
    ["Fettsäuremethylester", "37.2", "FAME/biodiesel"],
    ["Biodiesel (FAME)", "37", "FAME/biodiesel"],
    ["Hydriertes Pflanzenöl", "44", "HVO/HEFA"],
    ["Renewable Diesel", "44", "HVO/HEFA"],
    ["Ethanol 99,7 %", "26.8", "ethanol"],
    ["Bio-LNG", "50", "liquefied biomethane (Bio-LNG, LNG)"],
  ])("%p at %p MJ/kg fits %p; ten times it does not", (name, value, product) => {
    expect(productHeating(name, perKg, value)).toBeNull();
    expect(productHeating(name, perKg, String(Number(value) * 10))?.product).toBe(product);
  });
});
