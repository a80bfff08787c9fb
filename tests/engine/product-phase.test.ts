// A product's name tells a liquid (oils, fats, liquid fuels) or nothing: real spellings from books.
import { phaseOfProduct } from "../../src/engine/product-phase";

describe("phaseOfProduct", () => {
  it.each([
    "UCO",
    "Used cooking oil",
    "Used Cooking Oil (UCO)",
    "Altspeiseöl",
    "Rapsöl",
    "Palmöl",
    "Öl",
    "Tierfett",
    "Huile de friture usagée",
    "Olio vegetale esausto",
    "Aceite de cocina usado",
    "Crude palm oil",
    "Tallow Cat. 1",
    "FAME",
    "UCOME",
    "HVO 100",
    "Biodiesel B100",
    "Bioethanol",
    "Bio-LNG",
    "bio-LPG",
    "SAF",
    "Glycerine (crude)",
    "POME",
    "PFAD",
    "Pyrolysis oil",
    // p-cat
    "Rapsölmethylester",
    "Fettsäuremethylester",
    "Hydriertes Pflanzenöl",
    "Sustainable Aviation Fuel",
    "LBM",
    "BioLNG",
    "Bioäthanol",
    "PME",
  ])("%s is a liquid", (name) => expect(phaseOfProduct(name)).toBe("liquid"));

  it.each([
    "Oilseed rape",
    "Ölsaat",
    "Olives",
    "Rapeseed",
    "Wood chips",
    "Holzpellets",
    "Straw",
    "Biomethane",
    "Biogas",
    "Fettabscheiderinhalt",
    "Soiled straw",
    "",
  ])("%s does not tell", (name) => expect(phaseOfProduct(name)).toBeNull());
});
