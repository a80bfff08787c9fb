// brk24 §5: ISCC PLUS claims as receipts write them. "ISCC PLUS Circular" had been read as the
// category circular, though it may name the scheme's circular economy as a whole (bio-circular
// material too): it is refused as unclear, while "circular" alone stays the category. A clear claim
// followed by a bracket that adds nothing to it (a feedstock, a waste status, the scheme's name)
// had been refused: it is read. A bracket holding a claim, a denial or a doubt is not dropped, and
// words outside the list ("recycled", "renewable") stay refused: unclear never becomes a claim.
import { claimUnder } from "../../../src/engine/claims";

const plus = (text: string) => {
  const c = claimUnder(text, "ISCC PLUS");
  return c.refusal ? c.refusal.reason : c.claim;
};

describe("ISCC PLUS claims: the scheme's name before circular, and brackets after a claim", () => {
  it.each([
    "ISCC PLUS Circular",
    "ISCC PLUS circular",
    "ISCC+ circular",
    "ISCC circular",
    "ISCC PLUS zirkulär",
    "ISCC PLUS circulaire",
    "ISCC PLUS circolare",
    "ISCC PLUS circulair",
    "ISCC PLUS Circular (post-consumer)",
  ])("%p is unclear (circular economy as a whole, or the category)", (text) => {
    expect([text, plus(text)]).toEqual([text, "claim-unclear"]);
  });

  it.each([
    ["Circular (post-consumer)", "circular"],
    ["circular (pre-consumer)", "circular"],
    ["Circular (Post-Consumer-Abfall)", "circular"],
    ["bio-circular (UCO)", "bio-circular"],
    ["Bio-circular (used cooking oil)", "bio-circular"],
    ["biozirkulär (Altspeisefett)", "bio-circular"],
    ["bio-circulaire (HUC)", "bio-circular"],
    ["Bio (ISCC PLUS)", "bio"],
    ["bio-circular (ISCC PLUS)", "bio-circular"],
    ["circular (mixed)", "circular"],
    ["bio (rapeseed)", "bio"],
  ])("%p reads as %p", (text, claim) => {
    expect([text, plus(text)]).toEqual([text, claim]);
  });

  // must not change
  it.each([
    ["circular", "circular"],
    ["bio-circular", "bio-circular"],
    ["ISCC PLUS bio-circular", "bio-circular"],
    ["ISCC PLUS bio", "bio"],
    ["ISCC bio-circular", "bio-circular"],
    ["circular attributed", "circular"],
    ["ISCC PLUS circular attributed", "circular"],
    ["bio-based", "bio"],
    ["recycled", "claim-unclear"],
    ["renewable", "claim-unclear"],
    ["Recyclat", "claim-unclear"],
    ["chemically recycled", "claim-unclear"],
    ["ISCC PLUS", "claim-unclear"],
    ["Mass balance", "claim-unclear"],
  ])("%p stays %p", (text, claim) => {
    expect([text, plus(text)]).toEqual([text, claim]);
  });

  // a bracket that says something about the claim is never dropped
  it.each([
    "bio-circular (circular?)",
    "circular (bio-circular)",
    "bio (not certified)",
    "bio (nicht)",
    "circular (TBD)",
    "bio-circular (pending)",
    "circular (bio)",
    "bio (ISCC)",
    "recycled (post-consumer)",
    "renewable (UCO)",
    "bio-circular (to be confirmed)",
    "circular (provisional)",
    "bio (awaiting SD)",
  ])("%p is not read as a claim", (text) => {
    const read = plus(text);
    expect([text, ["bio", "bio-circular", "circular", "renewable-energy-derived"].includes(read)]).toEqual([
      text,
      false,
    ]);
  });

  it("under ISCC EU, a bracket after a claim of ISCC EU adds nothing too; a PLUS category stays of the other scheme", () => {
    expect(claimUnder("EU RED compliant (UCO)", "ISCC EU")).toEqual({
      claim: "EU RED compliant",
      refusal: null,
    });
    expect(claimUnder("Bio (ISCC PLUS)", "ISCC EU").refusal?.reason).toBe("claim-scheme");
  });
});
