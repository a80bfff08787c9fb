// (brk11) What a colour legend's words say of the rows of a colour (workbook/legend-meanings.ts,
// legend-entries.ts): a meaning books its rows only when it says done and nothing else — a done
// word with any qualifier, condition, exception or duty still open ("gebucht, SD fehlt noch", "OK
// sobald SD da", "done except PoS", "to be booked", "booked twice", "Prüfung offen") is not done —
// and a legend of text colours, however it is worded, is read as one (it books no row).
import fc from "fast-check";
import { legendOf } from "../../src/workbook/colour-legend";
import { Grid } from "../../src/workbook/grid";
import { meansDone } from "../../src/workbook/legend-meanings";

type Lang = "de" | "en" | "fr" | "es" | "it" | "nl";

/** A sheet of receipts with `legend` above its header (row 3). */
const entriesOf = (legend: string) =>
  legendOf(
    new Grid({
      name: "Eingang",
      visibility: "visible",
      values: [[legend], [], ["Datum", "Produkt", "Menge (t)"]],
    }),
    2,
  )?.entries ?? [];

/** Meanings that say done and nothing else, by language. */
const DONE: Record<Lang, string[]> = {
  de: ["gebucht", "geprüft", "erledigt", "OK", "i.O.", "geprüft und gebucht", "verbucht", "in Ordnung"],
  en: ["booked", "checked", "done", "verified", "checked / booked", "booked & checked", "approved"],
  fr: ["comptabilisé", "vérifié", "vérifiées", "validé", "fait", "vérifié et comptabilisé"],
  es: ["contabilizado", "verificada", "aprobado", "revisado y contabilizado", "hecho"],
  it: ["contabilizzato", "verificati", "approvato", "fatto", "controllato e registrato"],
  nl: ["geboekt", "gecontroleerd", "goedgekeurd", "afgerond", "gecontroleerd en geboekt"],
};

/** Meanings that are no plain "done": a qualifier, condition, exception, future or open duty. */
const NOT_DONE: Record<Lang, string[]> = {
  de: [
    "gebucht, SD fehlt noch",
    "OK sobald SD da",
    "Prüfung offen",
    "gebucht außer PoS",
    "doppelt gebucht",
    "noch zu buchen",
    "gebucht?",
    "vorläufig gebucht",
  ],
  en: [
    "booked twice",
    "to be booked",
    "done except PoS",
    "booked, SD missing",
    "OK once SD received",
    "booked pending PoS",
    "checked?",
  ],
  fr: [
    "à faire",
    "comptabilisé sauf DD",
    "vérifié, DD manquant",
    "comptabilisé en double",
    "à comptabiliser",
  ],
  es: ["pendiente", "contabilizado excepto PoS", "por contabilizar", "verificado, falta la PoS"],
  it: ["da fare", "contabilizzato tranne PoS", "da contabilizzare", "verificato, manca la PoS"],
  nl: ["in afwachting", "geboekt behalve PoS", "nog te boeken", "geboekt, PoS ontbreekt", "dubbel geboekt"],
};

const COLOUR: Record<Lang, string> = {
  de: "gelb",
  en: "yellow",
  fr: "jaune",
  es: "amarillo",
  it: "giallo",
  nl: "geel",
};
const table = (words: Record<Lang, string[]>) =>
  (Object.keys(words) as Lang[]).flatMap((l) => words[l].map((m): [Lang, string] => [l, m]));

describe("a legend's meaning books its colour's rows only when it says done and nothing else", () => {
  it.each(table(DONE))("%s %j: done", (lang, meaning) => {
    expect(meansDone(meaning)).toBe(true);
    expect(entriesOf(`${COLOUR[lang]} = ${meaning}`).map((e) => [e.says, e.done])).toEqual([
      [meaning.replace(/\.$/, ""), true],
    ]);
  });

  it.each(table(NOT_DONE))("%s %j: not done, rows of its colour refused", (lang, meaning) => {
    expect(meansDone(meaning)).toBe(false);
    const entries = entriesOf(`Legende: ${COLOUR[lang]} = ${meaning}`);
    expect(entries.map((e) => [e.says, e.done])).toEqual([[meaning, false]]);
  });

  it("a meaning cut by a comma stays whole; the next colour starts its own", () =>
    expect(
      entriesOf("rot = storniert, gelb = gebucht, SD fehlt noch, grün = gebucht").map((e) => [
        e.colour,
        e.says,
        e.done,
      ]),
    ).toEqual([
      ["red", "storniert", false],
      ["yellow", "gebucht, SD fehlt noch", false],
      ["green", "gebucht", true],
    ]));

  it("a done phrase with any further clause is never read as done", () => {
    const done = fc.constantFrom(...Object.values(DONE).flat());
    // a clause of one to three words, none of them a done word alone
    const word = fc.stringMatching(/^[a-zäöüéè]{2,9}$/).filter((w) => !meansDone(w));
    const clause = fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(" "));
    const join = fc.constantFrom(", ", " ", " – ", " (", ", aber ", ", but ");
    fc.assert(
      fc.property(done, join, clause, (d, j, c) => {
        const meaning = `${d}${j}${c}`;
        expect(meansDone(meaning)).toBe(false);
        expect(entriesOf(`grün = ${meaning}`).map((e) => e.done)).toEqual([false]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("a legend of text colours, however worded, books no row", () => {
  it.each<[Lang, string]>([
    ["de", "in Rot geschrieben = storniert"],
    ["de", "rot geschrieben = storniert"],
    ["de", "rote Schrift = storniert"],
    ["de", "in roter Schrift = storniert"],
    ["de", "Schriftfarbe rot = storniert"],
    ["de", "Schrift rot = storniert"],
    ["en", "red font = cancelled"],
    ["en", "font colour red = cancelled"],
    ["en", "written in red = cancelled"],
    ["en", "red text = cancelled"],
    ["fr", "texte en rouge = annulé"],
    ["fr", "écrit en rouge = annulé"],
    ["fr", "police rouge = annulé"],
    ["es", "letra roja = anulado"],
    ["es", "texto en rojo = anulado"],
    ["nl", "rode letters = geannuleerd"],
    ["nl", "tekst in rood = geannuleerd"],
    ["nl", "rode tekst = geannuleerd"],
    ["it", "testo rosso = annullato"],
    ["it", "scritto in rosso = annullato"],
    ["de", "storniert (rote Schrift)"],
  ])("%s %j: a font colour, red", (_, text) =>
    expect(entriesOf(text).map((e) => [e.colour, e.font])).toEqual([["red", true]]),
  );

  it.each(["green font = booked", "grüne Schrift = gebucht", "texte en vert = comptabilisé"])(
    "%j: a font colour said to be done is not done (no host tells a text's colour)",
    (text) => expect(entriesOf(text).map((e) => [e.font, e.done])).toEqual([[true, false]]),
  );

  it.each(["rot = storniert", "rot hinterlegt = storniert", "Storno (rot markiert)", "annulé (en rouge)"])(
    "%j: a fill, not a font colour",
    (text) => expect(entriesOf(text).map((e) => e.font ?? false)).not.toContain(true),
  );
});

// a proof missing leaves the rows out (legend-meanings.ts saysMissing): refuse, never done
describe("a meaning over a line break, or holding a number, is read whole", () => {
  it.each<[string, [string, string, boolean, boolean][]]>([
    ["gelb = gebucht,\nSD fehlt noch", [["yellow", "gebucht, SD fehlt noch", true, false]]],
    ["gelb = gebucht\n(SD fehlt noch)", [["yellow", "gebucht (SD fehlt noch)", true, false]]],
    ["gelb = gebucht\nsobald SD da", [["yellow", "gebucht sobald SD da", false, false]]],
    [
      "rot = storniert\ngrün = gebucht",
      [
        ["red", "storniert", true, false],
        ["green", "gebucht", false, true],
      ],
    ],
    ["rot = storniert\nStand März", [["red", "storniert", true, false]]],
    ["gelb = SD fehlt seit 12.03.", [["yellow", "SD fehlt seit 12.03", true, false]]],
    ["gelb = 2x gebucht", [["yellow", "2x gebucht", false, false]]],
    ["yellow = booked until 31/03", [["yellow", "booked until 31/03", false, false]]],
  ])("%j", (text, entries) =>
    expect(entriesOf(text).map((e) => [e.colour, e.says, e.refuse, e.done])).toEqual(entries),
  );

  it.each(["Rot: 5 t", "Grün: 12,5 %", "gelb = 20.000 kg", "rot = 2025"])(
    "%j is a quantity: no legend",
    (text) => expect(entriesOf(text)).toEqual([]),
  );
});
