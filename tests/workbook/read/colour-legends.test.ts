// A colour legend belongs to its sheet (brk9, workbook/colour-legend.ts): wherever staff put it
// (above the header, below the table with or without a blank line, right of it, under either block
// of a sheet of receipts and deliveries side by side) and however they show it (colour words, a
// cell filled in the colour it explains, a filled swatch beside the meaning), a row filled in a
// colour it says is cancelled, blocked or open is never booked, in either block; a legend line is
// never read as a booking; where the host gives no single cell's fill (Office.js), the legend's
// colour is unknown and every coloured row stays refused, never booked.
import fc from "fast-check";
import {
  type Form,
  GREEN,
  type Lang,
  type Layout,
  MEANINGS,
  OUT_AT,
  read,
  receipt,
  RED,
  rowsBut,
  table,
} from "./legend-painter";

describe("a legend shown by a fill, in six languages", () => {
  const layout: Layout = { sides: false, nIn: 3, nOut: 0, redIn: [1], redOut: [] };
  it.each(
    MEANINGS.flatMap(([lang, m]) =>
      (["own-fill", "swatch-left", "swatch-right"] as Form[]).map((f) => [lang, m, f]),
    ),
  )(
    "%s %j (%s) under the table: the red row refused, the others booked, the legend no booking",
    (lang, meaning, form) => {
      const p = table(layout);
      p.legend(7, 0, form as Form, lang as Lang, meaning as string);
      expect(read(p)).toMatchObject({ receipts: [4, 6], deliveries: [], errors: ["row-unconfirmed A5"] });
    },
  );

  it.each(MEANINGS)(
    "%s %j in words, on the line right under the table: the legend line no booking",
    (lang, m) => {
      const p = table(layout);
      p.legend(6, 0, "words", lang, m);
      expect(read(p)).toMatchObject({ receipts: [4, 6], deliveries: [], errors: ["row-unconfirmed A5"] });
    },
  );

  it("a legend headed 'Legende:' with one line per colour right under the table: green = geprüft is read", () => {
    const p = table({ ...layout, redIn: [] });
    receipt(0).forEach((v, c) => p.set(3, c, v, RED));
    receipt(2).forEach((v, c) => p.set(5, c, v, GREEN));
    p.set(6, 0, "Legende:");
    p.legend(7, 0, "own-fill", "de", "storniert");
    p.set(8, 0, "geprüft", GREEN);
    expect(read(p)).toMatchObject({ receipts: [5, 6], deliveries: [], errors: ["row-unconfirmed A4"] });
  });

  it("a red note beside a booking colours its row; the legend's own red 'storniert' beside it is no booking", () => {
    const p = table({ ...layout, redIn: [] });
    p.set(4, 6, "storniert", RED);
    p.legend(7, 0, "words", "de", "storniert");
    expect(read(p)).toMatchObject({ receipts: [4, 6], deliveries: [], errors: ["row-unconfirmed A5"] });
  });

  it("a word that is no status in a filled cell is no legend: fills change nothing", () => {
    const p = table(layout);
    p.set(7, 0, "Fett AG", RED);
    expect(read(p)).toMatchObject({ receipts: [4, 5, 6], deliveries: [], errors: [] });
  });
});

describe("a legend covers every block of a sheet of both sides", () => {
  const both: Layout = { sides: true, nIn: 3, nOut: 3, redIn: [1], redOut: [2] };
  it.each<[string, number, number, Form]>([
    ["below the receipts", 7, 0, "swatch-left"],
    ["below the deliveries", 7, OUT_AT, "swatch-left"],
    ["right of both blocks, on a line of its own", 7, 13, "own-fill"],
    ["right of both blocks, in words on a booking's line", 3, 13, "words"],
    ["right of both blocks, in words on the header row", 2, 13, "words"],
    ["above the header, in the title row", 0, 3, "swatch-right"],
  ])("%s: the red rows of both blocks refused; a receipt beside a red delivery booked", (_, r, c, form) => {
    const p = table(both);
    p.legend(r, c, form, "de", "storniert");
    expect(read(p)).toMatchObject({
      receipts: [4, 6],
      deliveries: [4, 5],
      errors: ["row-unconfirmed A5", "row-unconfirmed G6"],
    });
  });

  it.each<[string, Layout, number]>([
    ["under the shorter receipts", { ...both, nIn: 2, nOut: 4, redIn: [], redOut: [1] }, 0],
    ["under the shorter deliveries", { ...both, nIn: 4, nOut: 2, redIn: [1], redOut: [] }, OUT_AT],
  ])("%s, the other block going on beside it: the legend no booking, the red row refused", (_, layout, c) => {
    const p = table(layout);
    p.legend(5, c, "own-fill", "en", "Cancelled");
    const said = read(p);
    expect(said.errors).toEqual([layout.redIn.length ? "row-unconfirmed A5" : "row-unconfirmed G5"]);
    expect(said.receipts).toEqual(rowsBut(layout.nIn, layout.redIn));
    expect(said.deliveries).toEqual(rowsBut(layout.nOut, layout.redOut));
  });
});

// (p-colours2's note) a legend in words among the headings was kept only where it said cancelled
// or done: "rot = SD fehlt noch" there was dropped and the red rows booked
describe("a legend in words on the header row, of any meaning", () => {
  const both: Layout = { sides: true, nIn: 3, nOut: 3, redIn: [1], redOut: [2] };
  // (p-legend3) a proof missing holds the receipt for its proof; a delivery's SD is the one the
  // add-in issues, so its red row is read, as a Status cell "SD fehlt noch" on it
  const held = { deliveries: [4, 5], errors: ["row-unconfirmed A5", "row-unconfirmed G6"] };
  const proof = { deliveries: [4, 5, 6], errors: ["row-unconfirmed A5"], reasons: ["colour-proof-missing"] };
  it.each<[string, object]>([
    ["nicht nachhaltig", held],
    ["Prüfung offen", held],
    ["SD fehlt noch", proof],
    ["gebucht, SD fehlt noch", proof],
  ])(
    "rot = %s right of the headings: the red receipt refused, never booked; the delivery as said",
    (meaning, said) => {
      const p = table(both);
      p.legend(2, 13, "words", "de", meaning);
      expect(read(p)).toMatchObject({ receipts: [4, 6], ...said });
    },
  );
});

describe("a host that gives one fill per row (Office.js)", () => {
  it("a swatch legend's colour is unknown: every row with a coloured cell refused in both blocks, never booked", () => {
    const p = table({ sides: true, nIn: 3, nOut: 3, redIn: [1], redOut: [2] });
    p.legend(7, 0, "swatch-left", "de", "storniert");
    const said = read(p, false);
    expect(said.reasons).toEqual([
      "colour-unmatched",
      "colour-unmatched",
      "colour-unmatched",
      "colour-unmatched",
    ]);
    expect(said.receipts).toEqual([4]);
    expect(said.deliveries).toEqual([4]);
    expect(said.errors).toEqual([
      "row-unconfirmed A5",
      "row-unconfirmed A6",
      "row-unconfirmed G5",
      "row-unconfirmed G6",
    ]);
  });
});

// The rule: on a sheet whose legend says red = cancelled (or blocked, or open), a red row is never
// booked, whichever block it is in, wherever the legend stands and however it shows red; where
// the host tells cells apart, every other row is booked.
describe("property: a red row is never booked", () => {
  const placements = ["below", "below-direct", "right", "above", "under-shorter"] as const;
  it("for any layout, placement, form, language and red rows", () => {
    fc.assert(
      fc.property(
        fc.record({
          sides: fc.boolean(),
          nIn: fc.integer({ min: 1, max: 5 }),
          nOut: fc.integer({ min: 1, max: 5 }),
          red: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 4 }),
          place: fc.constantFrom(...placements),
          block: fc.constantFrom(0, 1),
          form: fc.constantFrom<Form>("words", "own-fill", "swatch-left", "swatch-right"),
          meaning: fc.constantFrom(...MEANINGS),
          apart: fc.boolean(),
        }),
        ({ sides, nIn, nOut, red, place, block, form, meaning, apart }) => {
          const redIn = red.filter((i) => i < 5 && i < nIn);
          const redOut = sides ? red.filter((i) => i >= 5 && i - 5 < nOut).map((i) => i - 5) : [];
          const layout = { sides, nIn, nOut: sides ? nOut : 0, redIn, redOut };
          const p = table(layout);
          const last = 3 + Math.max(nIn, layout.nOut);
          const col = sides && block === 1 ? OUT_AT : 0;
          const shorter = sides && nIn !== nOut ? (nIn < nOut ? [3 + nIn, 0] : [3 + nOut, OUT_AT]) : null;
          const [r, c] =
            place === "below"
              ? [last + 1, col]
              : place === "below-direct"
                ? [last, col]
                : place === "right"
                  ? [3, sides ? 13 : 7]
                  : place === "above"
                    ? [0, 3]
                    : (shorter ?? [last, col]);
          p.legend(r as number, c as number, form, meaning[0], meaning[1]);
          const said = read(p, apart);
          // a filled meaning right of a booking is a note on that row too: the row may be refused
          const noted = place === "right" && form !== "words" ? [4] : [];
          const inRows = [...redIn.map((i) => 4 + i), ...noted];
          const outRows = [...redOut.map((i) => 4 + i), ...noted];
          expect(said.receipts.filter((x) => inRows.includes(x))).toEqual([]);
          expect(said.deliveries.filter((x) => outRows.includes(x))).toEqual([]);
          if (apart) {
            expect(said.receipts).toEqual(rowsBut(nIn, redIn).filter((x) => !noted.includes(x)));
            expect(said.deliveries).toEqual(rowsBut(layout.nOut, redOut).filter((x) => !noted.includes(x)));
            expect(said.errors.every((e) => e.startsWith("row-unconfirmed"))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
