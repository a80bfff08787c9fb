// isCertificatePlaceholder reads an ASCII number with a digit 1-9 without NFKC or a regex: the
// answer must stay the one of its rule (a text without a digit, or of zeros, spaces, punctuation
// and symbols alone, after NFKC), for every text.
import fc from "fast-check";
import { isCertificatePlaceholder } from "../../src/engine/certificates";

/** The rule as written before the ASCII path: NFKC, then the two regexes. */
function byRule(text: string): boolean {
  const t = text.normalize("NFKC");
  return !/\d/.test(t) || /^[\s0\p{P}\p{S}]*$/u.test(t);
}

describe("isCertificatePlaceholder", () => {
  it.each([
    ["EU-ISCC-Cert-DE100-12345678", false],
    ["REDcert-EU-123", false],
    ["2BS010001", false],
    ["１２３", false],
    ["DE-0-0", false],
    ["0", true],
    ["000", true],
    ["0-0/0", true],
    ["-", true],
    ["n/a", true],
    ["k.A.", true],
    ["?", true],
    ["", true],
    ["０", true],
  ])("%j is a placeholder: %s", (text, expected) => {
    expect(isCertificatePlaceholder(text)).toBe(expected);
    expect(byRule(text)).toBe(expected);
  });

  it("answers as its rule for any text (ASCII, digits, full-width and other letters mixed)", () => {
    const char = fc.oneof(
      fc.constantFrom(..."0123456789-./ _?xAbZ%+"),
      fc.constantFrom("０", "１", "９", "\u00a0", "–", "é", "²", "\u2460"),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(isCertificatePlaceholder(text)).toBe(byRule(text));
      }),
      { numRuns: 2000 },
    );
  });
});
