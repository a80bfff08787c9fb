// The one table of side words (side-word-table.ts) tested as a table: each language's words as
// staff write them with their side, each word once, no word of two sides but a two-way one, and
// the three readers (side block and quantity headings, a ledger's type cells, a transfer's ends)
// reading each word as the table says where it is used there, and nowhere else.
import fc from "fast-check";
import { direction, twoWay } from "../../src/workbook/direction-words";
import { fold } from "../../src/workbook/normalise";
import {
  type Lang,
  SIDE_WORDS,
  type Side,
  sideAs,
  sideWord,
  type Use,
} from "../../src/workbook/side-word-table";
import { flowOfHeading, sideOfHeading } from "../../src/workbook/side-words";
import { siteEndOf } from "../../src/workbook/transfer-words";

const key = (text: string) => fold(text).replace(/[^a-z+-]+/g, "");

/** Each language's words as typed, with their side and a use they are read in. */
const BY_LANGUAGE: [Lang, string, Side, Use][] = [
  ["de", "Eingang", "in", "type"],
  ["de", "Einkauf", "in", "type"],
  ["de", "Zugang", "in", "heading"],
  ["de", "Wareneingänge", "in", "heading"],
  ["de", "Eingangsmenge", "in", "quantity"],
  ["de", "Ausgang", "out", "type"],
  ["de", "Verkauf", "out", "type"],
  ["de", "Abgang", "out", "heading"],
  ["de", "Lieferung", "two-way", "type"],
  ["de", "Von", "out", "end"],
  ["de", "Empfangendes", "in", "end"],
  ["en", "Receipt", "in", "type"],
  ["en", "Purchase", "in", "heading"],
  ["en", "In", "in", "whole"],
  ["en", "Sale", "out", "type"],
  ["en", "Outbound", "out", "heading"],
  ["en", "Delivery", "two-way", "type"],
  ["en", "Sending", "out", "end"],
  ["en", "Receiving", "in", "end"],
  ["fr", "Entrée", "in", "type"],
  ["fr", "Achat", "in", "heading"],
  ["fr", "Arrivée", "in", "end"],
  ["fr", "Sortie", "out", "type"],
  ["fr", "Vente", "out", "heading"],
  ["fr", "Livraison", "two-way", "type"],
  ["fr", "Départ", "out", "end"],
  ["es", "Entrada", "in", "type"],
  ["es", "Compra", "in", "heading"],
  ["es", "Salida", "out", "type"],
  ["es", "Venta", "out", "heading"],
  ["es", "Entrega", "two-way", "type"],
  ["es", "Origen", "out", "origin"],
  ["es", "Destino", "in", "origin"],
  ["nl", "Inkoop", "in", "type"],
  ["nl", "Ontvangst", "in", "heading"],
  ["nl", "Verkoop", "out", "type"],
  ["nl", "Uit", "out", "whole"],
  ["nl", "Uit", "out", "type"],
  ["nl", "Levering", "two-way", "type"],
  ["nl", "Van", "out", "block-end"],
  ["nl", "Naar", "in", "block-end"],
  ["it", "Carico", "in", "type"],
  ["it", "Carico", "in", "heading"],
  ["it", "Acquisto", "in", "type"],
  ["it", "Scarico", "out", "type"],
  ["it", "Scarico", "out", "heading"],
  ["it", "Vendita", "out", "heading"],
  ["it", "Consegna", "two-way", "type"],
  ["it", "Da", "out", "block-end"],
  ["it", "Destinazione", "in", "end"],
];

describe("the side word table by language", () => {
  it.each(BY_LANGUAGE)("%s %p is %s as %s", (lang, typed, side, use) => {
    const entry = sideWord(key(typed));
    expect(entry?.langs).toContain(lang);
    expect(entry?.side).toBe(side);
    expect(sideAs(key(typed), use)).toBe(side);
  });

  it("covers all six languages on both sides", () => {
    for (const lang of ["de", "en", "fr", "es", "nl", "it"] as Lang[])
      for (const side of ["in", "out", "two-way"] as Side[])
        expect(SIDE_WORDS.some((w) => w.langs.includes(lang) && w.side === side)).toBe(true);
  });
});

describe("the side word table's properties", () => {
  it("holds each word once", () => {
    const words = SIDE_WORDS.map((w) => w.word);
    expect(new Set(words).size).toBe(words.length);
  });

  it("reads no word as two sides, but a two-way word's heading side", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIDE_WORDS), (w) => {
        const sides = new Set(w.uses.map((u) => sideAs(w.word, u)));
        if (w.side === "two-way") {
          expect(w.uses).toContain("type");
          expect(sideAs(w.word, "type")).toBe("two-way");
          sides.delete("two-way");
          expect([...sides].every((s) => s === w.headingSide)).toBe(true);
        } else {
          expect(w.headingSide).toBeUndefined();
          expect([...sides]).toEqual([w.side]);
        }
      }),
    );
  });

  it("lets no word be read in a use it does not list", () => {
    const uses: Use[] = [
      "heading",
      "quantity",
      "whole",
      "prefix",
      "cut",
      "type",
      "end",
      "block-end",
      "origin",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...SIDE_WORDS), fc.constantFrom(...uses), (w, use) => {
        expect(sideAs(w.word, use) === null).toBe(!w.uses.includes(use));
      }),
    );
  });

  it("is what a ledger's type cell reads", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIDE_WORDS), (w) => {
        const side = sideAs(w.word, "type");
        expect(direction(w.word)).toBe(side === "in" || side === "out" ? side : null);
        expect(twoWay(w.word)).toBe(side === "two-way");
      }),
    );
  });

  it("is what a group heading and a quantity heading read", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIDE_WORDS.filter((w) => /^[a-z]+$/.test(w.word))), (w) => {
        const heading = sideAs(w.word, "heading") ?? sideAs(w.word, "whole");
        expect(sideOfHeading(w.word)).toBe(heading);
        const flow = heading ?? sideAs(w.word, "quantity") ?? sideAs(w.word, "cut");
        if (flow && !["del", "ent", "sal"].includes(w.word))
          expect(flowOfHeading(`${w.word} (t)`)).toBe(flow);
      }),
    );
  });

  it("is what a transfer's end beside a site's noun reads (leaving: out, reaching: in)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SIDE_WORDS), (w) => {
        const end = sideAs(w.word, "end");
        const read = siteEndOf(`${w.word} Werk`);
        expect(read).toBe(end === "out" ? "from" : end === "in" ? "to" : read);
        if (end) expect(read).not.toBeNull();
      }),
    );
  });
});
