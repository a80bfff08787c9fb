// Two legend colours close in hue (brk10 c6, workbook/colour-words.ts coloursNear,
// colour-legend.ts matchOf): a row filled "#FF6600" under "rot = storniert" and "orange = geprüft",
// or "#FFC000" under yellow and orange, lies about as near to both; where their meanings differ the
// row is refused (reason colour-between), never matched to the nearer colour on a guess.
import fc from "fast-check";
import { coloursNear } from "../../../src/workbook/colour-words";
import { Painter, read, receipt, table } from "./legend-painter";

/** Receipts 4–6 (sheet rows), the middle one filled `fill`, under a legend of `lines`. */
function said(fill: string, lines: string[]) {
  const p = table({ sides: false, nIn: 3, nOut: 0, redIn: [], redOut: [] });
  receipt(1).forEach((v, c) => p.set(4, c, v, fill));
  lines.forEach((line, i) => p.set(8 + i, 0, line));
  return read(p);
}

describe("a fill between two colours of a legend", () => {
  it.each<[string, string, string[], string]>([
    ["de", "#FF6600", ["rot = storniert", "orange = geprüft"], "colour-between"],
    ["de", "#FFC000", ["gelb = storniert", "orange = gebucht"], "colour-between"],
    ["de", "#FFC000", ["gelb = gebucht", "orange = storniert"], "colour-between"],
    ["en", "#FF6600", ["red = cancelled", "orange = booked"], "colour-between"],
    ["fr", "#FF6600", ["rouge = annulé", "orange = comptabilisé"], "colour-between"],
    ["es", "#FFC000", ["amarillo = contabilizado", "naranja = anulado"], "colour-between"],
    ["it", "#FF6600", ["rosso = annullato", "arancione = verificato"], "colour-between"],
    ["nl", "#FFC000", ["geel = geboekt", "oranje = geannuleerd"], "colour-between"],
    ["en", "#CCFF00", ["yellow = awaiting SD", "green = booked"], "colour-between"],
  ])("%s %s under %j: refused (%s), not booked", (_, fill, lines, reason) => {
    expect(said(fill, lines)).toMatchObject({
      receipts: [4, 6],
      errors: ["row-unconfirmed A5"],
      reasons: [reason],
    });
  });

  it.each<[string, string[], number[], string[]]>([
    // far from the border: matched as before
    ["#FF0000", ["rot = storniert", "orange = geprüft"], [4, 6], ["colour-legend"]],
    ["#FF9900", ["rot = storniert", "orange = geprüft"], [4, 5, 6], []],
    ["#C00000", ["rot = storniert", "orange = gebucht"], [4, 6], ["colour-legend"]],
    // near a colour the legend does not name, or two colours of one meaning: no doubt
    ["#FF6600", ["orange = gebucht"], [4, 5, 6], []],
    ["#FF6600", ["rot = storniert", "orange = storniert"], [4, 6], ["colour-legend"]],
    ["#FFC000", ["gelb = gebucht", "orange = geprüft"], [4, 5, 6], []],
  ])("%s under %j: booked %j, said %j", (fill, lines, receipts, reasons) => {
    expect(said(fill, lines)).toMatchObject({ receipts, reasons });
  });

  it("a swatch of the row's very colour settles it: #FF6600 beside geprüft is booked", () => {
    const p = new Painter();
    table({ sides: false, nIn: 3, nOut: 0, redIn: [], redOut: [] }).values.forEach((row, r) =>
      row.forEach((v, c) => p.set(r, c, v)),
    );
    receipt(1).forEach((v, c) => p.set(4, c, v, "#FF6600"));
    p.set(8, 0, "rot = storniert");
    p.set(9, 0, null, "#FF6600");
    p.set(9, 1, "geprüft");
    expect(read(p)).toMatchObject({ receipts: [4, 5, 6], errors: [] });
  });
});

// The rule: under a legend of two colours, one done and one not, a row is booked only where its
// fill's colour is the done one and no colour near its hue (coloursNear) of its hue is the other.
describe("property: no row whose fill lies near a colour given a meaning not done is booked", () => {
  const WORD = { red: "rot", orange: "orange", yellow: "gelb", green: "grün", blue: "blau", pink: "rosa" };
  type Named = keyof typeof WORD;
  const named = Object.keys(WORD) as Named[];
  it("for any fill and any two colours", () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.integer({ min: 0, max: 255 }),
          fc.integer({ min: 0, max: 255 }),
          fc.integer({ min: 0, max: 255 }),
        ),
        fc.constantFrom(...named),
        fc.constantFrom(...named),
        (rgb, done, out) => {
          fc.pre(done !== out);
          const fill = `#${rgb.map((x) => x.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
          const { receipts } = said(fill, [`${WORD[done]} = gebucht`, `${WORD[out]} = storniert`]);
          const near = coloursNear(fill);
          const booked = receipts.includes(5);
          if (near.includes(out)) expect(booked).toBe(false);
          if (near.length > 0) expect(booked).toBe(near[0] === done && !near.includes(out));
          expect(coloursNear(fill, 0)).toEqual(near.slice(0, 1));
        },
      ),
      { numRuns: 300 },
    );
  });
});
