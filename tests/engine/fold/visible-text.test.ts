// brk28 N3: names that print the same are one name. Decomposed letters (NFD, from a Mac or a PDF),
// zero-width characters and no-break spaces made two accounts that printed identically; letters
// that differ (Rapsöl, Rapsol) stay two names.
import { clean, documentKey, partyKey, textKey, visibleText } from "../../../src/engine/normalise";
import { siteKey } from "../../../src/engine/records";

/** [as typed, as the same name typed plainly]: the invisible differences people paste. */
const SAME: [string, string][] = [
  ["Rapso\u0308l", "Rapsöl"],
  ["Altspeiseo\u0308l", "Altspeiseöl"],
  ["Huile de colza usage\u0301e", "Huile de colza usagée"],
  ["Olio di colza e\u0301", "Olio di colza é"],
  ["Aceite de girasol usado n\u0303", "Aceite de girasol usado ñ"],
  ["Koolzaado\u0308lie", "Koolzaadölie"],
  ["Olej rzepakowy zuz\u0307yty", "Olej rzepakowy zużyty"],
  ["U\u200bCO", "UCO"],
  ["UCO\u200b", "UCO"],
  ["\ufeffUCO", "UCO"],
  ["Raps\u200döl", "Rapsöl"],
  ["Raps\u200cöl", "Rapsöl"],
  ["Raps\u2060öl", "Rapsöl"],
  ["Used\u00a0cooking oil", "Used cooking oil"],
  ["Used \u00a0cooking\u00a0oil", "Used cooking oil"],
  ["Rapso\u0308l\u200b", "Rapsöl"],
  ["Müller\u200b GmbH", "Müller GmbH"],
];

/** Names that differ in a letter a reader sees: never one. */
const OTHER: [string, string][] = [
  ["Rapsöl", "Rapsol"],
  ["Rapso\u0308l", "Rapsol"],
  ["Altspeiseoel", "Altspeiseöl"],
  ["Used cooking oil", "UCO"],
  ["U CO", "UCO"],
  ["Colza", "Colzá"],
  ["zużyty", "zuzyty"],
];

describe("texts used as keys read what they show (brk28 N3)", () => {
  test.each(SAME)("%j keys as %j", (typed, plain) => {
    expect(textKey(typed)).toBe(textKey(plain));
    expect(visibleText(typed)).toBe(visibleText(plain));
    expect(siteKey(clean(typed))).toBe(siteKey(plain));
    expect(documentKey(typed)).toBe(documentKey(plain));
  });
  test.each(SAME)("%j is the same party as %j", (typed, plain) => {
    expect(partyKey(typed)).toBe(partyKey(plain));
  });
  test.each(OTHER)("%j stays apart from %j", (a, b) => {
    expect(textKey(a)).not.toBe(textKey(b));
    expect(siteKey(a)).not.toBe(siteKey(b));
    if (a.replace(/ /g, "") !== b.replace(/ /g, "")) expect(documentKey(a)).not.toBe(documentKey(b));
  });
  test("plain ASCII is as clean gives it", () => {
    expect(visibleText("  UCO  Raps ")).toBe("UCO Raps");
    expect(textKey("UCO")).toBe("uco");
    // a certificate number pasted with a zero-width space is the number
    expect(documentKey("EU-ISCC-Cert-DE100-\u200b10001")).toBe(documentKey("EU-ISCC-Cert-DE100-10001"));
  });
});
