// A legend whose meaning says a row's proof is missing (legend-meanings.ts saysMissing): a red cell
// "SD fehlt noch" under the table (a meaning shown by its own fill) was no legend, because the
// status words do not know "fehlt", and the red rows were booked without a word. Whatever fill
// or words show it, such a colour's rows are refused.
import fc from "fast-check";
import { saysProofMissing as saysMissing } from "../../../src/workbook/proof-missing";
import { type Form, type Lang, read, table } from "./legend-painter";

const MISSING: [Lang, string][] = [
  ["de", "SD fehlt noch"],
  ["de", "SD fehlt"],
  ["de", "Nachweis fehlt"],
  ["de", "Nachhaltigkeitsnachweis steht aus"],
  ["de", "ohne SD"],
  ["de", "Zertifikat ausstehend"],
  ["de", "keine SD"],
  ["en", "PoS missing"],
  ["en", "missing PoS"],
  ["en", "certificate pending"],
  ["en", "no PoS"],
  ["en", "without SD"],
  ["en", "SD to follow"],
  ["fr", "DD manquant"],
  ["fr", "sans DD"],
  ["fr", "certificat en attente"],
  ["es", "falta SD"],
  ["es", "certificado pendiente"],
  ["es", "sin SD"],
  ["it", "manca il certificato"],
  ["it", "dichiarazione mancante"],
  ["it", "senza SD"],
  ["nl", "SD ontbreekt"],
  ["nl", "geen SD"],
  ["nl", "certificaat volgt"],
];

const NOT_MISSING = [
  "storniert",
  "gebucht",
  "SD vorhanden",
  "SD erhalten",
  "PoS received",
  "Lieferant X",
  "Tank 3",
  "Wareneingang",
  "certificate ok",
  "Fehlmenge",
  "Posten",
  "Sdt",
];

describe("a legend's meaning that says the proof is missing", () => {
  it.each(MISSING)("%s %j says missing", (_, m) => expect(saysMissing(m)).toBe(true));
  it.each(NOT_MISSING)("%j does not", (m) => expect(saysMissing(m)).toBe(false));

  it.each(
    MISSING.flatMap(([lang, m]) =>
      (["own-fill", "swatch-left", "swatch-right", "words"] as Form[]).map((f) => [lang, m, f] as const),
    ),
  )("%s %j (%s) under the table: the red row refused, never booked", (lang, m, form) => {
    const p = table({ sides: false, nIn: 3, nOut: 0, redIn: [1], redOut: [] });
    p.legend(7, 0, form, lang, m);
    const got = read(p);
    expect(got.receipts).toEqual([4, 6]);
    expect(got.errors).toContain("row-unconfirmed A5");
  });

  it("a missing phrase with any words around it still says missing (property)", () => {
    const proof = fc.constantFrom("SD", "PoS", "DD", "Nachweis", "certificate", "certificado");
    const missing = fc.constantFrom("fehlt", "missing", "manquant", "falta", "manca", "ontbreekt", "pending");
    const word = fc.constantFrom("noch", "leider", "Lieferung", "bis", "KW", "yet", "still", "");
    fc.assert(
      fc.property(word, proof, word, missing, word, (a, p, b, m, c) =>
        saysMissing([a, p, b, m, c].filter(Boolean).join(" ")),
      ),
    );
  });
});
