// proof-words.ts isProofName: the one check of a proof's name (p-health, issue 15). legend-proof.ts
// asked it as proof-missing.ts saysProofMissing(`ohne ${word}`); the two must read every folded
// word alike, so a colour legend's "SD liegt vor" and a remark's "ohne SD" name the same proofs.
// (p-health2) proof-missing.ts had its own check besides, which also read proof-states.ts's short
// forms ("NHN", "DV", "DS"); now it asks isProofName, and no word either check read is lost.
import fc from "fast-check";
import { saysProofCame } from "../../src/workbook/legend-proof";
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

/** The short forms proof-states.ts PROOF_MORE held for proof-missing.ts's own check (424818b). */
const SHORT_FORMS = ["nhn", "nhnw", "dv", "dvs", "ds"];
/** The names proof-words.ts PROOF held at 424818b: every one is still a proof's name. */
const NAMES_BEFORE = [
  "sd|sds|sdn|pos|poc|pocs|dd|dds|pdd|pds|pdc|nachweis|nachweise|nachweisen|zertifikat|zertifikate",
  "erklarung|erklaerung|erklarungen|beleg|belege|certificate|certificates|cert|certs|proof|proofs",
  "declaration|declarations|document|documents|certificat|certificats|attestation|preuve|justificatif",
  "certificado|certificados|declaracion|declaraciones|documento|documentos|prueba|justificante",
  "certificato|certificati|dichiarazione|dichiarazioni|attestato|prova|certificaat|certificaten",
  "verklaring|verklaringen|bewijs",
].flatMap((line) => line.split("|"));

describe("no word lost: one check reads every name either check read", () => {
  it.each([...NAMES_BEFORE, ...SHORT_FORMS])("%j names a proof", (word) => {
    expect(PROOF).toContain(word);
    expect(isProofName(word)).toBe(true);
    expect(saysProofMissing(`ohne ${word}`)).toBe(true);
  });
  // the fault fixed: a colour legend's "DV ontvangen", "NHN liegt vor" did not confirm its rows
  // while a remark's "ohne DV", "NHN fehlt" was read, the short forms known only to proof-missing.ts
  it.each([
    ["NHN liegt vor", "NHN fehlt"],
    ["NHNW erhalten", "NHNW ausstehend"],
    ["DV ontvangen", "DV ontbreekt"],
    ["DVs aanwezig", "nog geen DVs"],
    ["DS ricevuta", "DS mancante"],
    ["DS recibida", "DS pendiente"],
    ["mit NHN", "ohne NHN"],
  ])("legend %j: the proof has come; remark %j: it is missing", (came, missing) => {
    expect(saysProofCame(came)).toBe(true);
    expect(saysProofMissing(came)).toBe(false);
    expect(saysProofMissing(missing)).toBe(true);
    expect(saysProofCame(missing)).toBe(false);
  });
});

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
