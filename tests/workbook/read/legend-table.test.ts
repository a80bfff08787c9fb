// (brk12) A colour legend laid out as a table: a colour alone in one cell, its meaning in the next
// ("Farbe | Bedeutung" / "rot | storniert", "Colour | Meaning" / "Red | Cancelled", with or without
// the heading row), on a sheet of its own, right of the receipts or below them
// (workbook/legend-entries.ts bareColour). Before, none of these was read: the red row was booked
// and the legend's sheet listed as unknown, nothing said.
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { sheet } from "../fixtures";
import { IN_HEAD, type Lang, MEANINGS, read, table, WORDS } from "./legend-painter";

/** The headings of a legend's table by language: colour, then meaning. */
const HEADS: Record<Lang, [string, string][]> = {
  de: [["Farbe", "Bedeutung"]],
  en: [
    ["Colour", "Meaning"],
    ["Color", "Meaning"],
  ],
  fr: [["Couleur", "Signification"]],
  es: [["Color", "Significado"]],
  it: [["Colore", "Significato"]],
  nl: [["Kleur", "Betekenis"]],
};

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const one = { sides: false, nIn: 3, nOut: 0, redIn: [1], redOut: [] };

/** The rows of a legend's table: headings (or none), then red = `meaning` and a done green line. */
function rows(lang: Lang, meaning: string, head: [string, string] | null, capital: boolean): CellValue[][] {
  const red = capital ? cap(WORDS[lang].red) : WORDS[lang].red;
  return [...(head ? [head] : []), [red, meaning]];
}

const cases = MEANINGS.flatMap(([lang, meaning]) =>
  [...HEADS[lang], null].flatMap((head) =>
    [true, false].map((capital) => ({ lang, meaning, head, capital })),
  ),
);

describe.each(cases)("$lang legend table $head: red | $meaning (capital $capital)", (c) => {
  const legend = () => rows(c.lang, c.meaning, c.head, c.capital);
  const refused = { receipts: [4, 6], errors: ["row-unconfirmed A5"], reasons: ["colour-legend"] };

  it.each(["Legende", "Tabelle2"])("on a sheet of its own named %j: the red row refused", (name) => {
    const own: SheetSnapshot = sheet(name, legend());
    expect(read(table(one), true, [own])).toMatchObject(refused);
  });

  it("right of the receipts, past a blank column: the red row refused, the legend no column", () => {
    const p = table(one);
    const at = IN_HEAD.length + 1;
    const lines = legend();
    // the legend's first line beside the header when it is headed, else beside the first receipt
    const top = c.head ? 2 : 3;
    lines.forEach((line, i) => line.forEach((v, j) => p.set(top + i, at + j, v)));
    expect(read(p)).toMatchObject(refused);
  });

  it("below the receipts after a blank line: the red row refused", () => {
    const p = table(one);
    legend().forEach((line, i) => line.forEach((v, j) => p.set(7 + i, j, v)));
    expect(read(p)).toMatchObject({ ...refused, errors: ["row-unconfirmed A5"] });
  });
});

describe("what a legend table's meaning says", () => {
  it("red | gebucht: the red row is booked (done)", () => {
    const legend = sheet("Legende", [
      ["Farbe", "Bedeutung"],
      ["rot", "gebucht"],
    ]);
    expect(read(table(one), true, [legend])).toMatchObject({ receipts: [4, 5, 6], errors: [] });
  });
  it("gelb | SD fehlt noch beside a red row: red is not given, the row refused as unmatched", () => {
    const legend = sheet("Legende", [["gelb", "SD fehlt noch"]]);
    expect(read(table(one), true, [legend])).toMatchObject({
      receipts: [4, 6],
      reasons: ["colour-unmatched"],
    });
  });
  it("rote Schrift | storniert (a font colour): no row booked, said once at the legend", () => {
    const legend = sheet("Legende", [["rote Schrift", "storniert"]]);
    expect(read(table(one), true, [legend])).toMatchObject({ receipts: [], reasons: ["colour-fonts"] });
  });
  it("a colour alone with nothing beside it is no legend: the rows booked", () => {
    const p = table(one);
    p.set(7, 0, "rot");
    expect(read(p)).toMatchObject({ receipts: [4, 5, 6], errors: [] });
  });
});
