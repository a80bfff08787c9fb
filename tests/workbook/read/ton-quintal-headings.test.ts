// (p-units3) "(ton)" and "(q)" in a quantity heading, in six languages. "ton" is the metric tonne
// only in Dutch and Italian headings (heading-units.ts); in English it may be a short (US) or long
// (UK) ton, and German, French and Spanish write the tonne "t", "Tonne", "tonne", "tonelada" (SI
// symbol t; "ton" is no abbreviation of theirs), so there it stays refused, and the refusal says
// to write t. A bare "q" or "quintal" was read as no unit at all ("the quantity has no unit"):
// it is a quintal, 100 kg in most of Europe but 46 kg as the Castilian one, refused by name, with
// what to write ("dt"); the Italian "q.li" and "quintali" stay read as 1 dt. (p-noise) So is "(q)"
// under an Italian quantity heading ("Quantità (q)", "Quantitativo [q.]"): there q is the
// quintale's symbol, 100 kg, and refusing it was noise. "Peso (q)" stays refused: "peso" is Spanish
// too, where a quintal may be the Castilian 46 kg.
import { unitRefusal } from "../../../src/engine/unit-refusals";
import { UNIT_REFUSALS } from "../../../src/engine/catalogue/wording-units";
import { headerWords } from "../../../src/workbook/header-words";

describe("(ton) under a quantity word", () => {
  it.each([
    ["Hoeveelheid (ton)", "nl"],
    ["Quantità (ton)", "it"],
  ])("%p (%s): the metric tonne", (heading) => {
    expect([headerWords(heading).unit, headerWords(heading).unitClass]).toEqual(["t", "quantity"]);
  });

  it.each([
    ["Menge (ton)", "de"],
    ["Quantité (ton)", "fr"],
    ["Cantidad (ton)", "es"],
    ["Quantity (ton)", "en"],
  ])("%p (%s): refused as short, long or metric, the refusal saying to write t", (heading) => {
    const words = headerWords(heading);
    expect([words.unit, words.unitClass]).toEqual(["ton", "quantity"]);
    expect(unitRefusal("ton")).toBe("tons");
    expect(UNIT_REFUSALS.tons).toContain('write t (or "tonnes", "Tonnen", "toneladas") in the heading');
  });
});

describe("(q) and (quintal): a quintal, refused by name, never 'no unit'", () => {
  it.each([
    ["Menge (q)", "q"],
    ["Quantity (q)", "q"],
    ["Quantité (quintaux)", "quintaux"],
    ["Cantidad (quintal)", "quintal"],
    ["Cantidad (quintales)", "quintales"],
    ["Hoeveelheid (q)", "q"],
    ["Cantidad (q)", "q"],
    ["Peso (q)", "q"],
    ["Peso neto (q)", "q"],
    ["Quantité (q)", "q"],
  ])("%p: the unit %p, refused as a quintal", (heading, unit) => {
    const words = headerWords(heading);
    expect([words.unit, words.unitClass]).toEqual([unit, "quantity"]);
    expect(unitRefusal(unit)).toBe("quintal");
    expect(UNIT_REFUSALS.quintal).toContain("write dt");
  });

  it.each([
    ...["Quantità (q.li)", "Quantità (quintali)", "Peso (ql)"],
    // p-noise: the symbol q under an Italian quantity heading
    ...["Quantità (q)", "Quantità [q]", "Quantità (q.)", "quantita (Q)", "Quantitativo (q)"],
    ...["Qtà (q)", "Quantità ricevuta (q)", "Quantità consegnata (q)", "Carico (q)", "Scarico (q)"],
  ])("%p: the Italian quintale, 1 dt", (heading) => {
    expect(headerWords(heading).unit).toBe("dt");
  });
});
