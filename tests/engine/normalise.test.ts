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
