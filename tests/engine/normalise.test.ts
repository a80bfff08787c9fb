import fc from "fast-check";
import {
  clean,
  documentKey,
  normaliseGhgMethod,
  normaliseScheme,
  normaliseWasteResidue,
  partyKey,
  textKey,
} from "../../src/engine/normalise";
import { normaliseClaim } from "../../src/engine/claims";
import { normaliseAnnexIx } from "../../src/engine/annex-ix";
import { Numbering } from "../../src/engine/numbering";

describe("normalisation", () => {
  it("reads schemes however they are written", () => {
    expect(["ISCC-EU", "iscc eu", "EU", "ISCC PLUS", "iscc+", "", "RSB"].map(normaliseScheme)).toEqual([
      "ISCC EU",
      "ISCC EU",
      "ISCC EU",
      "ISCC PLUS",
      "ISCC PLUS",
      undefined,
      null,
    ]);
  });

  it("reads yes/no in English and German", () => {
    expect(["ja", "Nein", "x", "waste", "Residue", "no", "", "maybe"].map(normaliseWasteResidue)).toEqual([
      "yes",
      "no",
      "yes",
      "yes",
      "yes",
      "no",
      "",
      "maybe",
    ]);
  });

  it("reads GHG methods, claims and Annex IX parts", () => {
    expect(["TDV", "default", "DDV", "AV", "actual", "", "guess"].map(normaliseGhgMethod)).toEqual([
      "TDV",
      "TDV",
      "DDV",
      "AV",
      "AV",
      undefined,
      null,
    ]);
    expect(normaliseClaim("ISCC Compliant", "ISCC EU")).toBe("ISCC compliant");
    expect(normaliseClaim("", "ISCC EU")).toBe("EU RED compliant");
    expect(normaliseClaim("Bio-Circular", "ISCC PLUS")).toBe("bio-circular");
    expect(["Part A", "IX-B", "none", ""].map(normaliseAnnexIx)).toEqual(["A", "B", "none", ""]);
  });

  it("treats suppliers with and without their legal suffix as one", () => {
    expect(partyKey("Saipol")).toBe(partyKey("SAIPOL S.A."));
    expect(partyKey("Müller GmbH")).toBe(partyKey("muller"));
    expect(partyKey("Saipol")).not.toBe(partyKey("Cargill"));
    expect(textKey("  Used   Cooking Oil ")).toBe("used cooking oil");
  });

  // the same party with and without its legal form at the end, in the forms of de/en/fr/it/es/nl/pl/nordic
  it.each([
    ["Müller GmbH & Co. KG", "Müller"],
    ["Müller GmbH & Co. KG", "MÜLLER GMBH"],
    ["Saipol S.A.", "Saipol"],
    ["Saipol SAS", "SAIPOL S.A.S."],
    ["Oleificio Rossi S.p.A.", "Oleificio Rossi"],
    ["Aceites del Sur S.A.", "Aceites del Sur"],
    ["Aceites del Sur S.L.", "Aceites del Sur"],
    ["Huilerie S.A.R.L.", "Huilerie"],
    ["Agro Trade S.R.L.", "Agro Trade"],
    ["Biodiesel Noord B.V.", "Biodiesel Noord"],
    ["Rafineria Sp. z o.o.", "Rafineria"],
    ["Nordic Renewables Oy", "Nordic Renewables"],
    ["Green Fuels Ltd.", "Green Fuels Limited"],
    ["BioFuel Raffinerie AG", "BioFuel Raffinerie Aktiengesellschaft"],
  ])("%p and %p are one party", (a, b) => expect(partyKey(a)).toBe(partyKey(b)));

  // (review) a legal form inside or before a name is a word of the name: before, it was dropped
  // wherever it stood, and two customers were read as one (an SD's delivery matched to the other's)
  it.each([
    ["AG Energie GmbH", "Energie GmbH"],
    ["AG Processing Inc", "Processing Inc"],
    ["AB Agri Ltd", "Agri Ltd"],
    ["SA Recycling LLC", "Recycling LLC"],
    ["SE Tankstellen GmbH", "Tankstellen GmbH"],
    ["As Pontes Biocombustibles S.L.", "Pontes Biocombustibles S.L."],
    ["Agri Co Trading Ltd", "Agri Trading Ltd"],
    ["Öl Plc Handel AG", "Öl Handel AG"],
  ])("%p and %p are two parties", (a, b) => expect(partyKey(a)).not.toBe(partyKey(b)));

  it.each(["AG", "GmbH", "S.A."])("a name of its legal form alone (%p) keeps it", (n) =>
    expect(partyKey(n)).toBe(n.toLowerCase()),
  );
});

describe("declaration numbers", () => {
  it("continue after the highest number in the workbook and skip used ones", () => {
    const n = new Numbering("SD", new Set(["SD-2025-0007", "SD-2025-0008-1"]));
    expect(n.take("2025", 1)).toEqual(["SD-2025-0009"]);
    expect(n.take("2025", 2)).toEqual(["SD-2025-0010-1", "SD-2025-0010-2"]);
    expect(n.take("2026", 1)).toEqual(["SD-2026-0001"]);
  });
});

describe("documentKey", () => {
  // the key as the Unicode form reads it: what every path of documentKey must give
  const reference = (t: string) =>
    t
      .replace(/\s+/g, " ")
      .trim()
      .normalize("NFKC")
      .toUpperCase()
      .replace(/[\s\p{Pd}\u2212/\\_.]+/gu, "");
  it("reads every number exactly as the Unicode form, ASCII or not", () => {
    const text = fc.string({
      unit: fc.constantFrom(..."aZ1-/\\_. \t\n\v\f\r\u001f\u007f\u00a0\u2013\u2212ﬁ①ß"),
      maxLength: 10,
    });
    fc.assert(
      fc.property(text, (t) => expect(documentKey(t)).toBe(reference(t))),
      { numRuns: 3000 },
    );
    expect(["IN-1", "in 1", "In/1", "in_1", "IN.1", "in–1"].map(documentKey)).toEqual(Array(6).fill("IN1"));
    expect(documentKey(undefined)).toBe("");
  });

  it("reads any ASCII text as the Unicode form does (the character-code path)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 24 }), (t) =>
        expect(documentKey(t)).toBe(reference(t)),
      ),
      { numRuns: 5000 },
    );
  });
});

describe("clean", () => {
  it("reads text exactly as the regex form it replaced, ASCII or not", () => {
    const reference = (t: string) =>
      !/\s\s|[\t\n\r\u00a0]/.test(t) && t.trim() === t ? t : t.replace(/\s+/g, " ").trim();
    const text = fc.string({ unit: fc.constantFrom(..."ab Z1-\t\n\u00a0\u2003ü."), maxLength: 8 });
    fc.assert(
      fc.property(text, (t) => expect(clean(t)).toBe(reference(t))),
      { numRuns: 3000 },
    );
    expect(clean(undefined)).toBe("");
  });

  it("reads the scheme the same on every call, however often a spelling repeats", () => {
    for (let i = 0; i < 3; i++) {
      expect(normaliseScheme(" iscc-eu ")).toBe("ISCC EU");
      expect(normaliseScheme("ISCC+")).toBe("ISCC PLUS");
      // REDcert is another scheme, never read as ISCC EU
      expect(normaliseScheme("REDcert")).toBeNull();
      expect(normaliseScheme("Bonsucro")).toBeNull();
      expect(normaliseScheme(undefined)).toBeUndefined();
    }
  });
});
