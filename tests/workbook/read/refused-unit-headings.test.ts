// A quantity heading whose bracketed unit is recognised and refused (p-heads, new user's test #5)
// keeps that unit as written, of a quantity, so that the refusal names it; a multiplier that is
// a unit of its own ("kMT", "kton") is a quantity's heading refused as a multiplier.
import { unitRefusal } from "../../../src/engine/unit-refusals";
import { headerWords } from "../../../src/workbook/header-words";

describe("a quantity heading with a refused unit", () => {
  it.each([
    ["Quantity (lbs)", "lbs", "imperial"],
    ["Menge (lbs.)", "lbs.", "imperial"],
    ["Menge (Pfund)", "Pfund", "imperial"],
    ["Quantité (livres)", "livres", "imperial"],
    ["Cantidad (libras)", "libras", "imperial"],
    ["Hoeveelheid (pond)", "pond", "imperial"],
    ["Quantity (short tons)", "short tons", "short"],
    ["Qty (bbl)", "bbl", "imperial"],
    ["Qty (kMT)", "Qty (kMT)", "multiplier"],
    ["Menge (kton)", "Menge (kton)", "multiplier"],
    ["Qty (MMT)", "Qty (MMT)", "multiplier"],
  ])("%p: the unit %p, refused as %p", (heading, unit, why) => {
    const words = headerWords(heading);
    expect([words.unit, words.unitClass]).toEqual([unit, "quantity"]);
    expect(unitRefusal(unit)).toBe(why);
  });

  it.each(["Remarks (optional)", "Supplier (name)", "Menge (t)"])("%p keeps its reading", (heading) => {
    expect(headerWords(heading).unit === null || headerWords(heading).unit === "t").toBe(true);
  });
});
