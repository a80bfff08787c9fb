// brk28 S2: an incoming SD typed once with and once without its separators is one SD. The key
// reads the letters and digits alone, labels dropped wherever they stand before the number, run
// together or apart; a digit, a year or a supplier's prefix that differs keeps numbers apart.
import fc from "fast-check";
import { sdKey } from "../../../src/engine/sd-key";

const ONE = "EU-ISCC-PoS-2025-000123";

/** Spellings of ONE people type: separators dropped, doubled, changed, labels joined. */
const SAME = [
  "EUISCCPoS2025000123",
  "EUISCC-PoS-2025-000123",
  "EU-ISCCPoS-2025-000123",
  "EU-ISCC-PoS2025-000123",
  "EU-ISCC-PoS-2025000123",
  "EU ISCC PoS 2025 000123",
  "eu-iscc-pos-2025-000123",
  "EU_ISCC_PoS_2025_000123",
  "EU/ISCC/PoS/2025/000123",
  "EU.ISCC.PoS.2025.000123",
  "EU–ISCC–PoS–2025–000123",
  "EU—ISCC—PoS—2025—000123",
  "EU ISCC-PoS 2025/000123",
  "EUISCC PoS 2025-000123",
  "EU-ISCC-PoS 2025:000123",
  "EU-ISCC-PoS #2025-000123",
  "EU-ISCC-PoS-2025-000123.",
  " EU-ISCC-PoS-2025-000123 ",
  "EU\u00a0ISCC\u00a0PoS\u00a02025-000123",
  "ISCC-PoS-2025-000123",
  "ISCCPoS2025000123",
  "PoS-2025-000123",
  "PoS2025000123",
  "POS 2025-000123",
  "Nr. 2025-000123",
  "PoS Nr. 2025-000123",
  "PoSNr2025000123",
  "SD-Nr. 2025-000123",
  "SDNr2025000123",
  "2025-000123",
  "2025000123",
  "2025 000123",
  "2025/000123",
  "Proof of Sustainability 2025-000123",
  "ProofOfSustainability2025000123",
  "Nachhaltigkeitsnachweis Nr. 2025-000123",
  "NachweisNr2025000123",
  "EU-ISCC-PLUS-PoS-2025-000123",
  "EUISCCPLUSPoS2025000123",
];

/** Numbers that are other SDs: a digit, the year, a supplier prefix, a letter that differs. */
const OTHER = [
  "EU-ISCC-PoS-2025-000124",
  "EU-ISCC-PoS-2024-000123",
  "EU-ISCC-PoS-2025-00123",
  "EU-ISCC-PoS-2025-0001230",
  "ABC-2025-000123",
  "ABC2025000123",
  "DE-2025-000123",
  "NwN-2025-000123",
  "SDN-2025-000123",
  "NON-2025-000123",
  "EU-ISCC-PoS-2025-000123-A",
  "EU-ISCC-PoS-2025-000123-B",
  "2025-000123-1",
];

describe("incoming SD keys read the letters and digits alone (brk28 S2)", () => {
  test.each(SAME)("%s is the same SD as " + ONE, (s) => {
    expect(sdKey(s)).toBe(sdKey(ONE));
  });
  test.each(OTHER)("%s is another SD than " + ONE, (s) => {
    expect(sdKey(s)).not.toBe(sdKey(ONE));
  });
  test("numbers of other suppliers' prefixes stay apart from each other", () => {
    expect(sdKey("ABC-2025-1")).not.toBe(sdKey("XYZ-2025-1"));
    expect(sdKey("NwN 2025/17")).toBe("NWN202517");
  });

  /** A number of labels and digit groups, and a way to write it with separators of any kind. */
  const label = fc.constantFrom("EU", "ISCC", "PoS", "SD", "Nr", "PLUS", "eu", "pos", "Nachweis");
  const group = fc.stringMatching(/^[0-9]{1,6}$/);
  const separator = fc.constantFrom("", "", " ", "-", "–", "/", "_", ".", "  ", ":", "\u00a0");
  const number = fc.record({
    labels: fc.array(label, { maxLength: 4 }),
    groups: fc.array(group, { minLength: 1, maxLength: 4 }),
  });
  const written = (parts: string[], seps: string[]) =>
    parts.map((p, i) => (i === 0 ? p : (seps[i % seps.length] ?? "") + p)).join("");

  test("separators inserted, dropped or changed never change the key", () => {
    fc.assert(
      fc.property(
        number,
        fc.array(separator, { minLength: 1, maxLength: 8 }),
        fc.array(separator, { minLength: 1, maxLength: 8 }),
        ({ labels, groups }, a, b) => {
          const parts = [...labels, ...groups];
          expect(sdKey(written(parts, a))).toBe(sdKey(written(parts, b)));
        },
      ),
    );
  });

  test("a digit changed always changes the key", () => {
    fc.assert(
      fc.property(
        number,
        fc.array(separator, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        ({ labels, groups }, seps, at, by) => {
          const parts = [...labels, ...groups];
          const text = written(parts, seps);
          const digits = [...text].map((ch, i) => (/[0-9]/.test(ch) ? i : -1)).filter((i) => i >= 0);
          const i = digits[at % digits.length] as number;
          const changed = text.slice(0, i) + String((Number(text[i]) + by) % 10) + text.slice(i + 1);
          expect(sdKey(changed)).not.toBe(sdKey(text));
        },
      ),
    );
  });
});
