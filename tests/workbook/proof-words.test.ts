// proof-words.ts isProofName: the one check of a proof's name (p-health, issue 15). legend-proof.ts
// asked it as proof-missing.ts saysProofMissing(`ohne ${word}`); the two must read every folded
// word alike, so a colour legend's "SD liegt vor" and a remark's "ohne SD" name the same proofs.
import fc from "fast-check";
import { saysProofMissing } from "../../src/workbook/proof-missing";
import {
  CAME,
  DROPPED,
  isProofName,
  MISSING,
  NONE,
  NOT,
  PROOF,
  UNKNOWN,
  WITHOUT,
} from "../../src/workbook/proof-words";

/** Every folded word the tables hold, proofs and compounds ending in one among them. */
const TABLE_WORDS = [
  ...PROOF,
  ...DROPPED,
  ...[...CAME, ...MISSING].flatMap((line) => line.split(/[| ]/)),
  ...NONE,
  ...NOT,
  ...WITHOUT,
  ...UNKNOWN,
].filter((w) => /^[a-z0-9]+$/.test(w));
const COMPOUNDS = [
  "nachhaltigkeitsnachweis",
  "isccnachweis",
  "lieferantenerklarung",
  "duurzaamheidsverklaring",
];

describe("a proof's name (isProofName)", () => {
  it.each(["sd", "pos", "pdd", "nachweis", "certificate", "certificato", "bewijs", ...COMPOUNDS])(
    "%j names a proof",
    (word) => expect(isProofName(word)).toBe(true),
  );
  it.each(["rechnung", "invoice", "menge", "ohne", "fehlt", "erhalten", "de", "nachweisbar", undefined])(
    "%j names none",
    (word) => expect(isProofName(word)).toBe(false),
  );
  it.each([...new Set([...TABLE_WORDS, ...COMPOUNDS])])(
    "%j: as a word of absence reads it (saysProofMissing of 'ohne' and it)",
    (word) => expect(isProofName(word)).toBe(saysProofMissing(`ohne ${word}`)),
  );
  it("property: any folded word is read alike by both", () => {
    const word = fc.oneof(
      fc.stringMatching(/^[a-z0-9]{1,14}$/),
      fc.tuple(fc.stringMatching(/^[a-z]{0,8}$/), fc.constantFrom(...PROOF)).map(([a, b]) => a + b),
    );
    fc.assert(fc.property(word, (w) => isProofName(w) === saysProofMissing(`ohne ${w}`)));
  });
});
