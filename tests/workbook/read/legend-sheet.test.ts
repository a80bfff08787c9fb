// A colour legend on a sheet of its own (brk10 c1, workbook/legend-sheet.ts, read-plan.ts
// planSheets): a sheet "Legende", "Legend", "Key", "Légende", "Leyenda", "Legenda", "Kleuren"… holding
// "rot = storniert", a red cell "storniert" or a red swatch beside it covers every table of the
// workbook, with each sheet's own legend; the legend's sheet is not read as data and says nothing.
import fc from "fast-check";
import type { SheetSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet } from "../fixtures";
import {
  type Form,
  GREEN,
  type Lang,
  MEANINGS,
  OUT_AT,
  Painter,
  read,
  receipt,
  RED,
  table,
} from "./legend-painter";

/** The names staff give a legend's sheet, by language. */
const NAMES: Record<Lang, string[]> = {
  de: ["Legende", "Farben", "Farblegende", "Farbcode"],
  en: ["Legend", "Key", "Colour key", "Color codes"],
  fr: ["Légende", "Code couleur"],
  es: ["Leyenda", "Código de colores"],
  it: ["Legenda", "Legenda colori"],
  nl: ["Kleuren", "Kleurcode"],
};
const FORMS: Form[] = ["words", "own-fill", "swatch-left", "swatch-right"];

/** A sheet `name` with heading `heading` on its first row and red = `meaning` in `form` under it. */
function legendSheet(
  name: string,
  form: Form,
  lang: Lang,
  meaning: string,
  heading = "Legende",
): SheetSnapshot {
  const p = new Painter();
  p.set(0, 0, heading);
  p.legend(1, 0, form, lang, meaning);
  return p.snapshot(name, true);
}

const one = { sides: false, nIn: 3, nOut: 0, redIn: [1], redOut: [] };

describe("a legend's sheet in six languages covers the receipts of another sheet", () => {
  const cases = (Object.keys(NAMES) as Lang[]).flatMap((lang) =>
    NAMES[lang].flatMap((name) => {
      const meaning = MEANINGS.find(([l]) => l === lang)?.[1] as string;
      return FORMS.map((form): [Lang, string, Form, string] => [lang, name, form, meaning]);
    }),
  );
  it.each(cases)(
    "%s sheet %j (%s, red = %s): the red row refused, the others booked, nothing said of it",
    (lang, name, form, meaning) => {
      const said = read(table(one), true, [legendSheet(name, form, lang, meaning)]);
      expect(said).toMatchObject({
        receipts: [4, 6],
        errors: ["row-unconfirmed A5"],
        reasons: ["colour-legend"],
      });
    },
  );
});

it("a sheet of another name that holds nothing but a legend covers the workbook too; its cell named with it", () => {
  const { findings, ledger } = readWorkbook({
    name: "Book.xlsx",
    sheets: [table(one).snapshot("UCO", true), legendSheet("Tabelle3", "swatch-left", "de", "storniert", "")],
  });
  expect(ledger.receipts.map((r) => r.source.row)).toEqual([4, 6]);
  expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["UCO!A5"]);
  expect(findings[0]?.message).toContain('which the legend at Tabelle3!B2 ("= storniert")');
});

describe("on a sheet of other notes", () => {
  it("a colour in words that leaves rows out counts: the red row refused", () => {
    const notes = sheet("Hinweise", [["Ansprechpartner: Frau Meier"], ["rot = storniert"]]);
    expect(read(table(one), true, [notes])).toMatchObject({
      receipts: [4, 6],
      errors: ["row-unconfirmed A5"],
    });
  });
  it("a green cell reading OK is no word that green rows are booked: fills change nothing", () => {
    const p = new Painter();
    p.set(0, 0, "Lieferant Fett AG");
    p.set(1, 0, "OK", GREEN);
    expect(read(table(one), true, [p.snapshot("Lieferanten", true)])).toMatchObject({
      receipts: [4, 5, 6],
      errors: [],
    });
  });
});

describe("with the sheet's own legend", () => {
  const green = () => {
    const p = table({ ...one, redIn: [] });
    receipt(1).forEach((v, c) => p.set(4, c, v, GREEN));
    return p;
  };
  it("own grün = gebucht, the legend's sheet grün = prüfen: the green row refused, never booked on one word", () => {
    const p = green();
    p.set(8, 0, "grün = gebucht");
    const words = sheet("Legende", [["grün = prüfen"]]);
    expect(read(p, true, [words])).toMatchObject({ receipts: [4, 6], errors: ["row-unconfirmed A5"] });
  });
  it("own rot = storniert, the legend's sheet grün = gebucht: the green row booked, a red one refused", () => {
    const p = green();
    receipt(2).forEach((v, c) => p.set(5, c, v, RED));
    p.set(8, 0, "rot = storniert");
    expect(read(p, true, [sheet("Legend", [["green = booked"]])])).toMatchObject({
      receipts: [4, 5],
      errors: ["row-unconfirmed A6"],
    });
  });
  it("both blocks of a sheet of both sides are covered", () => {
    const p = table({ sides: true, nIn: 3, nOut: 3, redIn: [1], redOut: [2] });
    expect(read(p, true, [legendSheet("Key", "own-fill", "en", "Cancelled")])).toMatchObject({
      receipts: [4, 6],
      deliveries: [4, 5],
      errors: ["row-unconfirmed A5", `row-unconfirmed ${String.fromCharCode(65 + OUT_AT)}6`],
    });
  });
});

it("an Excel that cannot read fills books no row under a legend's sheet: said once, at the first row", () => {
  const data = { ...table(one).snapshot("UCO", true), fillsUnread: true };
  delete data.fills;
  delete data.cellFills;
  const { findings, ledger } = readWorkbook({
    name: "Book.xlsx",
    sheets: [data, { ...sheet("Legende", [["rot = storniert"]]), fillsUnread: true }],
  });
  expect(ledger.receipts).toEqual([]);
  expect(findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toEqual([
    "UCO!A4",
  ]);
  expect(findings[0]?.message).toContain('the colour legend at Legende!A1 ("rot = storniert")');
});

// The rule: whether the legend stands on the sheet, on a sheet of its own or both, and whatever
// meanings it gives which colours, no row filled in a colour given a meaning that is not done is
// booked; a row of a colour only ever said to be done is.
describe("property: no row of a colour given a meaning not done is booked, wherever the legend sits", () => {
  const COLOURS = { rot: "#FF0000", gelb: "#FFFF00", grün: "#00B050", blau: "#0070C0" } as const;
  type Word = keyof typeof COLOURS;
  const words = Object.keys(COLOURS) as Word[];
  const meanings = ["storniert", "gebucht", "SD fehlt noch", "geprüft", "prüfen"];
  const done = new Set(["gebucht", "geprüft"]);
  it("for any legend split between the sheet and a legend's sheet, and any fills", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...meanings), fc.boolean()), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.option(fc.constantFrom(...words)), { minLength: 4, maxLength: 4 }),
        fc.constantFrom("Legende", "Legend", "Leyenda", "Tabelle2"),
        (legend, fills, name) => {
          const p = table({ sides: false, nIn: 4, nOut: 0, redIn: [], redOut: [] });
          fills.forEach((w, i) => w && receipt(i).forEach((v, c) => p.set(3 + i, c, v, COLOURS[w])));
          const own = legend.filter(([, , away]) => !away);
          own.forEach(([w, m], i) => p.set(9 + i, 0, `${w} = ${m}`));
          const away = legend.filter(([, , a]) => a).map(([w, m]) => [`${w} = ${m}`]);
          const said = read(p, true, away.length ? [sheet(name, away)] : []);
          fills.forEach((w, i) => {
            const given = legend.filter(([x]) => x === w).map(([, m]) => m);
            const booked = said.receipts.includes(4 + i);
            if (w && given.some((m) => !done.has(m))) expect(booked).toBe(false);
            if (w && given.length > 0 && given.every((m) => done.has(m))) expect(booked).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
