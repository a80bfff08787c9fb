// A colour legend on one data sheet and coloured rows on another without one (brk13 c2, c11;
// workbook/legend-borrowed.ts): the legend is read there for the colours it names, said at the row
// with where it stands; two sheets that give one colour different meanings each keep their own,
// and a third sheet's row of that colour is refused as ambiguous. Never booked silently.
import fc from "fast-check";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial } from "../fixtures";
import { type Form, GREEN, IN_HEAD, type Lang, MEANINGS, OUT_HEAD, Painter, RED } from "./legend-painter";

/** Each language's words for red and green, and a meaning that says a row is booked. */
const DONE: Record<Lang, { red: string; green: string; done: string }> = {
  de: { red: "rot", green: "grün", done: "gebucht" },
  en: { red: "red", green: "green", done: "booked" },
  fr: { red: "rouge", green: "vert", done: "validé" },
  es: { red: "rojo", green: "verde", done: "contabilizado" },
  nl: { red: "rood", green: "groen", done: "geboekt" },
  it: { red: "rosso", green: "verde", done: "verificato" },
};
const LANGS = Object.keys(DONE) as Lang[];

/** The three data sheets: receipts, deliveries, receipts of a second source. */
const SHEETS = ["Wareneingang", "Verkauf", "Zukauf"] as const;
type Name = (typeof SHEETS)[number];

/** Row `i` of sheet `name`: a receipt or a delivery. */
function row(name: Name, i: number): CellValue[] {
  if (name === "Verkauf") return [serial("2025-02-05") + i, "Raff X", "UCO", 1 + i, "ja"];
  return [serial("2025-01-05") + i, "Fett AG", `SD-${name[0]}${i + 1}`, "UCO", 10 + i];
}

/** A legend line: `colour` = `meaning` in language `lang`, shown in `form`, at row 0 or under the table. */
interface LegendSpec {
  colour: "red" | "green";
  meaning: string;
  lang: Lang;
  form: Form;
  below: boolean;
}

/** Sheet `name` with three rows, each filled as in `fills` (undefined: none), and `legend` if any. */
function data(name: Name, fills: (string | undefined)[], legend?: LegendSpec): SheetSnapshot {
  const p = new Painter();
  p.set(0, 0, "UCO 2025 Q1");
  (name === "Verkauf" ? OUT_HEAD : IN_HEAD).forEach((h, c) => p.set(2, c, h));
  fills.forEach((fill, i) => row(name, i).forEach((v, c) => p.set(3 + i, c, v, fill)));
  if (legend) {
    const hex = legend.colour === "red" ? RED : GREEN;
    const word = DONE[legend.lang][legend.colour];
    const [r, c] = legend.below ? [3 + fills.length + 1, 0] : [0, 7];
    if (legend.form === "words") p.set(r, c, `${word} = ${legend.meaning}`);
    else if (legend.form === "own-fill") p.set(r, c, legend.meaning, hex);
    else {
      p.set(r, c, null, hex);
      p.set(r, c + 1, `= ${legend.meaning}`);
    }
  }
  return p.snapshot(name, true);
}

/** What a read of `sheets` did with each row: booked, or the reason it was refused, by "Sheet!row". */
function outcome(sheets: SheetSnapshot[]): Map<string, string> {
  const { ledger, findings } = readWorkbook({ name: "Legends.xlsx", sheets });
  const out = new Map<string, string>();
  for (const x of [...ledger.receipts, ...ledger.deliveries])
    out.set(`${x.source.sheet}!${x.source.row}`, "booked");
  for (const f of findings.filter((x) => x.code === "row-unconfirmed")) {
    const d = f.details as { reason?: string; read?: string; label?: string };
    out.set(`${f.sheet}!${d.read}`, `${d.reason} ${d.label}`);
  }
  return out;
}

describe("a legend on one data sheet, a coloured row on another without one, in six languages", () => {
  const cases = MEANINGS.flatMap(([lang, meaning]) =>
    (["words", "own-fill", "swatch-left"] as Form[]).flatMap((form) =>
      [false, true].map((below): [Lang, string, Form, boolean] => [lang, meaning, form, below]),
    ),
  );
  it.each(cases)(
    "%s red = %j (%s, below the table: %s): the red delivery refused, naming the legend's sheet",
    (lang, meaning, form, below) => {
      const said = outcome([
        data("Wareneingang", [undefined, undefined, undefined], {
          colour: "red",
          meaning,
          lang,
          form,
          below,
        }),
        data("Verkauf", [undefined, RED, undefined]),
      ]);
      expect(said.get("Verkauf!4")).toBe("booked");
      expect(said.get("Verkauf!5")).toMatch(/^colour-elsewhere Wareneingang!/);
      expect(said.get("Verkauf!6")).toBe("booked");
      expect([4, 5, 6].map((r) => said.get(`Wareneingang!${r}`))).toEqual(["booked", "booked", "booked"]);
    },
  );

  it.each(LANGS)("%s: the legend on the deliveries, a red receipt refused", (lang) => {
    const meaning = MEANINGS.find(([l]) => l === lang)?.[1] as string;
    const said = outcome([
      data("Wareneingang", [RED, undefined, undefined]),
      data("Verkauf", [undefined, undefined, undefined], {
        colour: "red",
        meaning,
        lang,
        form: "words",
        below: true,
      }),
    ]);
    expect(said.get("Wareneingang!4")).toMatch(/^colour-elsewhere Verkauf!A8 /);
    expect(said.get("Wareneingang!5")).toBe("booked");
  });

  it.each(LANGS)(
    "%s: green = booked on one sheet books a green row on another; a red row there stays booked (no legend names red)",
    (lang) => {
      const { done } = DONE[lang];
      const said = outcome([
        data("Wareneingang", [GREEN, undefined, undefined], {
          colour: "green",
          meaning: done,
          lang,
          form: "words",
          below: false,
        }),
        data("Verkauf", [GREEN, RED, undefined]),
      ]);
      expect(["Verkauf!4", "Verkauf!5", "Wareneingang!4"].map((k) => said.get(k))).toEqual([
        "booked",
        "booked",
        "booked",
      ]);
    },
  );

  it.each(LANGS)(
    "%s: red cancelled on one sheet, red booked on another: each keeps its own, a third sheet's red row refused as ambiguous",
    (lang) => {
      const meaning = MEANINGS.find(([l]) => l === lang)?.[1] as string;
      const said = outcome([
        data("Wareneingang", [RED, undefined, undefined], {
          colour: "red",
          meaning,
          lang,
          form: "words",
          below: false,
        }),
        data("Verkauf", [RED, undefined, undefined], {
          colour: "red",
          meaning: DONE[lang].done,
          lang,
          form: "words",
          below: false,
        }),
        data("Zukauf", [undefined, RED, undefined]),
      ]);
      expect(said.get("Wareneingang!4")).toMatch(/^colour-legend /);
      expect(said.get("Verkauf!4")).toBe("booked");
      expect(said.get("Zukauf!5")).toMatch(/^colour-ambiguous Wareneingang!H1 .* and Verkauf!H1 /);
      expect(said.get("Zukauf!4")).toBe("booked");
    },
  );

  it("a sheet with a legend of its own keeps it: another sheet's red = cancelled does not reach its green rows", () => {
    const said = outcome([
      data("Wareneingang", [undefined, undefined, undefined], {
        colour: "red",
        meaning: "storniert",
        lang: "de",
        form: "words",
        below: false,
      }),
      data("Verkauf", [GREEN, RED, undefined], {
        colour: "green",
        meaning: "gebucht",
        lang: "de",
        form: "words",
        below: false,
      }),
    ]);
    expect(said.get("Verkauf!4")).toBe("booked");
    // red is named by no legend of its own: refused as a colour its legend does not match, as before
    expect(said.get("Verkauf!5")).toMatch(/^colour-unmatched H1 /);
  });
});

/** One sheet's legend in the property: none, or one colour with a meaning. */
const legendArb = fc.option(
  fc.record({
    colour: fc.constantFrom<"red" | "green">("red", "green"),
    meaning: fc.constantFrom("storniert", "gesperrt", "gebucht", "SD fehlt noch"),
    form: fc.constantFrom<Form>("words", "own-fill", "swatch-left"),
    below: fc.boolean(),
  }),
  { nil: undefined },
);
const fillArb = fc.constantFrom<string | undefined>(undefined, RED, GREEN);

/**
 * What the rules say of a row of `sheet` filled `fill` where the sheets have `legends`: with a
 * legend of its own, booked only where it says the colour is booked; without one, by the legends of
 * the others that name the colour: none, or all booked, booked; one meaning, refused by it; more, ambiguous.
 * (p-legend3) A delivery (Verkauf) of a colour said to have its SD missing is read: its SD is the one
 * the add-in issues, as a Status "SD fehlt noch" on it.
 */
function expected(sheet: number, fill: string | undefined, legends: (LegendSpec | undefined)[]): string {
  const colour = fill === RED ? "red" : fill === GREEN ? "green" : undefined;
  const own = legends[sheet];
  const isDone = (l: LegendSpec) =>
    l.meaning === "gebucht" || (SHEETS[sheet] === "Verkauf" && l.meaning === "SD fehlt noch");
  if (!colour) return "booked";
  if (own) return own.colour === colour && isDone(own) ? "booked" : "refused";
  const naming = legends.filter((l, i): l is LegendSpec => i !== sheet && !!l && l.colour === colour);
  if (new Set(naming.map((l) => l.meaning)).size > 1) return "ambiguous";
  return naming.every(isDone) ? "booked" : "refused";
}

it("property: for any legends on any sheets, a filled row is booked by a meaning done, or refused — never booked silently", () => {
  fc.assert(
    fc.property(
      fc.tuple(legendArb, legendArb, legendArb),
      fc.array(fc.array(fillArb, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
      (specs, fills) => {
        const legends = specs.map((s) => (s ? { ...s, lang: "de" as Lang } : undefined));
        const said = outcome(
          SHEETS.map((name, i) => data(name, fills[i] as (string | undefined)[], legends[i])),
        );
        SHEETS.forEach((name, s) =>
          (fills[s] as (string | undefined)[]).forEach((fill, i) => {
            const got = said.get(`${name}!${4 + i}`) ?? "unread";
            const want = expected(s, fill, legends);
            if (want === "booked") expect(got).toBe("booked");
            else if (want === "ambiguous") expect(got).toMatch(/^colour-ambiguous /);
            else expect(got).toMatch(/^colour-(legend|meaning|unmatched|elsewhere|proof-missing) /);
          }),
        );
      },
    ),
    { numRuns: 120 },
  );
});

it("an Excel that reads no fills: a sheet without a legend, where another's says red is cancelled, is not booked, said once naming it", () => {
  const unread = (s: SheetSnapshot): SheetSnapshot => ({
    ...s,
    fills: undefined,
    cellFills: undefined,
    fillsUnread: true,
  });
  const legend: LegendSpec = { colour: "red", meaning: "storniert", lang: "de", form: "words", below: false };
  const { ledger, findings } = readWorkbook({
    name: "Old.xlsx",
    sheets: [
      unread(data("Wareneingang", [undefined, undefined, undefined], legend)),
      unread(data("Verkauf", [RED, undefined, undefined])),
    ],
  });
  expect(ledger.deliveries).toEqual([]);
  const said = findings.filter((f) => f.sheet === "Verkauf" && f.code === "row-unconfirmed");
  expect(said.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
    ["A4", "colours-unread"],
  ]);
  expect(said[0]?.message).toContain('Wareneingang!H1 ("rot = storniert")');
});
