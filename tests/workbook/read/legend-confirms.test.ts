// (brk13 #12, p-legend3) What a colour legend's meaning does to the rows of its colour, in de, en,
// fr, es, nl and it (workbook/legend-meanings.ts, legend-proof.ts, colour-legend.ts): a meaning
// that confirms the row — done, done on a date, its proof come ("grün = SD liegt vor", "green =
// PoS received", "vert = PdD reçue", "blau = gebucht am 12.03.2025", "OK / geprüft") — reads the
// row as its cells say, with no finding; one that says cancelled, not confirmed or a draft holds
// it; one that says its proof is missing holds a receipt for its proof (reason
// colour-proof-missing) and reads a delivery, whose SD is the one the add-in issues (as a Status
// cell "SD fehlt" on it); and a meaning the add-in does not know stays refused (the first law).
import fc from "fast-check";
import { meaningOf } from "../../../src/workbook/colour-words";
import { meansDone } from "../../../src/workbook/legend-meanings";
import { type Form, type Lang, read, receipt, table } from "./legend-painter";

/** Meanings that confirm a row, by language: done, done on a date, a proof that has come. */
const CONFIRMS: Record<Lang, string[]> = {
  de: [
    "SD liegt vor",
    "SD erhalten",
    "Nachweis vorhanden",
    "SD ist da",
    "mit SD",
    "ISCC-SD liegt vor",
    "gebucht am 12.03.2025",
    "erledigt (03/2025)",
    "geprüft, SD ok",
    "OK / geprüft",
    "erledigt",
  ],
  en: [
    "PoS received",
    "PoS has been received",
    "proof on file",
    "with PoS",
    "booked on 12/03/2025",
    "checked, SD ok",
    "done (03/2025)",
  ],
  fr: ["PdD reçue", "la PdD est reçue", "DD reçu", "avec DD", "comptabilisé le 12/03/2025", "validé"],
  es: ["PoS recibida", "SD recibido", "con SD", "contabilizado el 12/03/2025", "verificado"],
  nl: ["SD ontvangen", "PoS aanwezig", "met SD", "geboekt op 12-03-2025", "afgerond"],
  it: [
    "SD ricevuta",
    "PoS ricevuto",
    "certificato disponibile",
    "contabilizzato il 12/03/2025",
    "verificato",
  ],
};

/** Meanings that hold a row: cancelled, not confirmed, a draft. */
const HOLDS: Record<Lang, string[]> = {
  de: ["storniert", "nicht bestätigt", "Entwurf", "storniert, SD fehlt"],
  en: ["cancelled", "not confirmed", "draft"],
  fr: ["annulé", "non confirmé", "brouillon"],
  es: ["anulado", "no confirmado", "borrador"],
  nl: ["geannuleerd", "niet bevestigd", "concept"],
  it: ["annullato", "non confermato", "bozza"],
};

/** Meanings that say the row's proof is missing or to come. */
const PROOF_MISSING: Record<Lang, string[]> = {
  de: ["SD fehlt", "SD nicht erhalten", "gebucht, SD fehlt noch"],
  en: ["PoS missing", "PoS not received", "awaiting PoS"],
  fr: ["PdD manquante", "DD pas encore reçue"],
  es: ["falta SD", "PoS no recibida"],
  nl: ["SD ontbreekt", "geen SD"],
  it: ["manca SD", "SD non ricevuta"],
};

/** Meanings the add-in does not read as confirming, nor as any status it knows: refused as unknown. */
const UNKNOWN: Record<Lang, string[]> = {
  de: ["Lieferant X", "gebucht bis 31.03.", "SD erhalten?", "SD erhalten, Menge offen", "2x gebucht"],
  en: ["booked until 31/03", "PoS received twice", "checked except PoS"],
  fr: ["reçu en partie", "comptabilisé sauf DD"],
  es: ["contabilizado excepto PoS", "por contabilizar"],
  nl: ["geboekt behalve PoS", "nog te boeken"],
  it: ["contabilizzato tranne PoS", "da contabilizzare"],
};

const rows = (words: Record<Lang, string[]>) =>
  (Object.keys(words) as Lang[]).flatMap((l) => words[l].map((m): [Lang, string] => [l, m]));
const FORMS: Form[] = ["words", "own-fill", "swatch-left"];
const withForms = (words: Record<Lang, string[]>) =>
  rows(words).flatMap(([l, m]) => FORMS.map((f): [Lang, string, Form] => [l, m, f]));

/**
 * A sheet of receipts and deliveries side by side, the second of each painted red, the legend
 * red = `meaning` (`lang`, `form`) under the tables: what a read books and says.
 */
function readWith(lang: Lang, meaning: string, form: Form) {
  const p = table({ sides: true, nIn: 3, nOut: 3, redIn: [1], redOut: [1] });
  p.legend(8, 0, form, lang, meaning);
  return read(p);
}

describe("a meaning that confirms the row reads it, with no finding", () => {
  it.each(withForms(CONFIRMS))("%s red = %j (%s): both red rows read", (lang, meaning, form) => {
    expect(meansDone(meaning)).toBe(true);
    expect(meaningOf(meaning)).toMatchObject({ refuse: false, done: true });
    const got = readWith(lang, meaning, form);
    expect([got.receipts, got.deliveries, got.errors]).toEqual([[4, 5, 6], [4, 5, 6], []]);
  });

  it.each(withForms(CONFIRMS))(
    "%s red = %j (%s) is a legend: a blue receipt, a colour it does not name, refused",
    (lang, meaning, form) => {
      const p = table({ sides: true, nIn: 3, nOut: 3, redIn: [1], redOut: [1] });
      receipt(0).forEach((v, c) => p.set(3, c, v, "#0070C0"));
      p.legend(8, 0, form, lang, meaning);
      const got = read(p);
      expect([got.receipts, got.deliveries, got.errors]).toEqual([[5, 6], [4, 5, 6], ["row-unconfirmed A4"]]);
      expect(got.reasons).toEqual(["colour-unmatched"]);
    },
  );
});

describe("a meaning that says cancelled, not confirmed or a draft holds the row", () => {
  it.each(withForms(HOLDS))("%s red = %j (%s): both red rows refused", (lang, meaning, form) => {
    const got = readWith(lang, meaning, form);
    expect([got.receipts, got.deliveries]).toEqual([
      [4, 6],
      [4, 6],
    ]);
    expect(got.errors).toEqual(["row-unconfirmed A5", "row-unconfirmed G5"]);
    expect(got.reasons).not.toContain("colour-proof-missing");
  });
});

describe("a meaning that says the proof is missing holds a receipt for its proof, reads a delivery", () => {
  it.each(withForms(PROOF_MISSING))("%s red = %j (%s)", (lang, meaning, form) => {
    expect(meaningOf(meaning)).toMatchObject({ refuse: true, done: false, proof: true });
    const got = readWith(lang, meaning, form);
    expect([got.receipts, got.deliveries]).toEqual([
      [4, 6],
      [4, 5, 6],
    ]);
    expect(got.errors).toEqual(["row-unconfirmed A5"]);
    expect(got.reasons).toEqual(["colour-proof-missing"]);
  });

  it("a colour said both 'SD fehlt' and 'storniert' (its sheet's legend and a legend sheet's) holds the delivery too", () => {
    const p = table({ sides: true, nIn: 3, nOut: 3, redIn: [], redOut: [1] });
    p.legend(8, 0, "words", "de", "SD fehlt");
    const legend = { name: "Legende", visibility: "visible" as const, values: [["rot = storniert"]] };
    const got = read(p, true, [legend]);
    expect([got.deliveries, got.errors]).toEqual([[4, 6], ["row-unconfirmed G5"]]);
  });
});

describe("a meaning the add-in does not know stays refused", () => {
  // (a red cell of free text alone, "Lieferant X" filled red, is a note, no legend: colour-legend.ts)
  const shown = withForms(UNKNOWN).filter(([, , form]) => form !== "own-fill");
  it.each(shown)("%s red = %j (%s): both red rows refused", (lang, meaning, form) => {
    expect(meansDone(meaning)).toBe(false);
    const got = readWith(lang, meaning, form);
    expect([got.receipts, got.deliveries]).toEqual([
      [4, 6],
      [4, 6],
    ]);
    expect(got.errors).toEqual(["row-unconfirmed A5", "row-unconfirmed G5"]);
  });

  it("a confirming meaning with any clause after it is no confirmation (property)", () => {
    const confirm = fc.constantFrom(...Object.values(CONFIRMS).flat());
    const word = fc.constantFrom(
      "aber",
      "außer",
      "Menge",
      "bis",
      "twice",
      "except",
      "sauf",
      "tranne",
      "offen",
    );
    const join = fc.constantFrom(" ", ", ", " – ", " (");
    fc.assert(
      fc.property(confirm, join, word, (c, j, w) => {
        const meaning = `${c}${j}${w}`;
        expect(meansDone(meaning)).toBe(false);
      }),
    );
  });

  it("a confirming meaning keeps confirming with the date it was done, never with one it waits for (property)", () => {
    const done = fc.constantFrom("gebucht", "SD liegt vor", "PoS received", "erledigt", "validé");
    const date = fc.constantFrom("12.03.2025", "12.03.", "03/2025", "2025-03-12", "12/03");
    const on = fc.constantFrom("am ", "on ", "le ", "");
    const until = fc.constantFrom("bis ", "until ", "ab ", "seit ", "jusqu'au ");
    fc.assert(
      fc.property(done, date, on, until, (d, x, o, u) => {
        expect(meansDone(`${d} ${o}${x}`)).toBe(true);
        expect(meansDone(`${d} (${x})`)).toBe(true);
        expect(meansDone(`${d} ${u}${x}`)).toBe(false);
      }),
    );
  });
});
