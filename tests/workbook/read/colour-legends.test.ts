// A colour legend belongs to its sheet (brk9, workbook/colour-legend.ts): wherever staff put it
// (above the header, below the table with or without a blank line, right of it, under either block
// of a sheet of receipts and deliveries side by side) and however they show it (colour words, a
// cell filled in the colour it explains, a filled swatch beside the meaning), a row filled in a
// colour it says is cancelled, blocked or open is never booked, in either block; a legend line is
// never read as a booking; where the host gives no single cell's fill (Office.js), the legend's
// colour is unknown and every coloured row stays refused, never booked.
import fc from "fast-check";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

type Lang = "de" | "en" | "fr" | "es" | "nl" | "it";

/** Each language's word for red, and meanings that leave a row out (cancelled, blocked, open). */
const WORDS: Record<Lang, { red: string; out: string[] }> = {
  de: { red: "rot", out: ["storniert", "gesperrt", "offen", "noch nicht bestätigt", "Entwurf"] },
  en: { red: "red", out: ["Cancelled", "blocked", "pending", "open", "draft"] },
  fr: { red: "rouge", out: ["annulé", "bloqué", "en attente", "ouvert"] },
  es: { red: "rojo", out: ["anulado", "bloqueado", "pendiente", "abierto"] },
  nl: { red: "rood", out: ["geannuleerd", "geblokkeerd", "in afwachting", "vervallen"] },
  it: { red: "rosso", out: ["annullato", "bloccato", "in sospeso", "aperto"] },
};
const MEANINGS: [Lang, string][] = (Object.keys(WORDS) as Lang[]).flatMap((l) =>
  WORDS[l].out.map((m): [Lang, string] => [l, m]),
);

const RED = "#FF0000";
const GREEN = "#00B050";
const IN_HEAD = ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"];
const OUT_HEAD = ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"];
/** Columns of the deliveries' block on a sheet of both sides (a blank column between). */
const OUT_AT = 6;

/** How a legend shows its colour: in words, by its own fill, or by a swatch beside it. */
type Form = "words" | "own-fill" | "swatch-left" | "swatch-right";

/** A sheet being built: values, and each cell's fill. */
class Painter {
  readonly values: CellValue[][] = [];
  readonly cells: Record<number, Record<number, string>> = {};
  set(r: number, c: number, v: CellValue, fill?: string): void {
    while (this.values.length <= r) this.values.push([]);
    const row = this.values[r] as CellValue[];
    while (row.length <= c) row.push(null);
    row[c] = v;
    if (fill) (this.cells[r] ??= {})[c] = fill;
  }
  /** The cells of a legend of `form` for red = `meaning` (language `lang`) at row `r`, column `c`. */
  legend(r: number, c: number, form: Form, lang: Lang, meaning: string): void {
    if (form === "words") this.set(r, c, `${WORDS[lang].red} = ${meaning}`);
    else if (form === "own-fill") this.set(r, c, meaning, RED);
    else if (form === "swatch-left") {
      this.set(r, c, null, RED);
      this.set(r, c + 1, `= ${meaning}`);
    } else {
      this.set(r, c, meaning);
      this.set(r, c + 1, null, RED);
    }
  }
  /**
   * The snapshot: with every cell's fill (a host that tells cells apart, as the xlsx adapter), or
   * (Office.js) one fill per row, "" for a row whose cells of the used width are filled differently.
   */
  snapshot(name: string, cellsApart: boolean): SheetSnapshot {
    const width = Math.max(...this.values.map((r) => r.length));
    const fills: Record<number, string> = {};
    for (const [r, cells] of Object.entries(this.cells)) {
      const used = Object.values(cells);
      const alike = Object.keys(cells).length === width && used.every((f) => f === used[0]);
      fills[Number(r)] = cellsApart || alike ? (used[0] as string) : "";
    }
    return { ...sheet(name, this.values), fills, ...(cellsApart ? { cellFills: this.cells } : {}) };
  }
}

const receipt = (i: number): CellValue[] => [
  serial("2025-01-05") + i,
  "Fett AG",
  `SD-${i + 1}`,
  "UCO",
  10 + i,
];
const delivery = (i: number): CellValue[] => [serial("2025-02-05") + i, "Raff X", "UCO", 1 + i, "ja"];

interface Layout {
  sides: boolean;
  nIn: number;
  nOut: number;
  redIn: number[];
  redOut: number[];
}

/** The header on row 2 (0-based; title, group row, header), data from row 3; the red rows painted in their block. */
function table(layout: Layout): Painter {
  const p = new Painter();
  p.set(0, 0, "UCO 2025 Q1");
  if (layout.sides) {
    p.set(1, 0, "Eingang");
    p.set(1, OUT_AT, "Ausgang");
  }
  IN_HEAD.forEach((h, c) => p.set(2, c, h));
  if (layout.sides) OUT_HEAD.forEach((h, c) => p.set(2, OUT_AT + c, h));
  for (let i = 0; i < layout.nIn; i++)
    receipt(i).forEach((v, c) => p.set(3 + i, c, v, layout.redIn.includes(i) ? RED : undefined));
  if (layout.sides)
    for (let i = 0; i < layout.nOut; i++)
      delivery(i).forEach((v, c) => p.set(3 + i, OUT_AT + c, v, layout.redOut.includes(i) ? RED : undefined));
  return p;
}

/** Receipts and deliveries booked (by sheet row, 1-based) and the errors said on the sheet. */
function read(p: Painter, cellsApart = true) {
  const { ledger, findings } = readWorkbook({ name: "Legend.xlsx", sheets: [p.snapshot("UCO", cellsApart)] });
  return {
    receipts: ledger.receipts.map((r) => r.source.row),
    deliveries: ledger.deliveries.map((d) => d.source.row),
    errors: findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`),
    reasons: findings.map((f) => (f.details as { reason?: string }).reason).filter((x) => x),
  };
}

/** Sheet rows (1-based) of data rows 0..n-1 not in `red`. */
const rowsBut = (n: number, red: number[]) =>
  Array.from({ length: n }, (_, i) => i).flatMap((i) => (red.includes(i) ? [] : [4 + i]));

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
