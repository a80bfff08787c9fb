// Which products' names say "final fuel" (their GHG saving is shown and checked per MJ), and which
// are feedstocks or intermediates whose GHG may be per tonne (src/engine/final-fuel.ts, p-ghg3).
import { isFinalFuel } from "../../src/engine/final-fuel";

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
    "",
    null,
    undefined,
  ])("%p is not", (name) => expect(isFinalFuel(name)).toBe(false));
});
