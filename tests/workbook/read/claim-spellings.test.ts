// Claims and Annex IX parts as staff write them in English, German, French, Spanish, Italian and
// Dutch, through a real .xlsx built by exceljs, read and booked under each scheme (domain.md §7):
// a claim is read exactly or refused at its cell with what to write; a denied claim gives no
// credit and says so in the user's words; a claim of the other scheme is refused under the
// row's scheme; a blank claim of a claim column is never a yes.
import { book, HEAD, type Scheme } from "./claim-book";

// ISCC EU's claims: credit under ISCC EU, refused under ISCC PLUS
const EU_CLAIMS: [string, string][] = [
  ["ISCC compliant", "ISCC compliant"],
  ["ISCC COMPLIANT", "ISCC compliant"],
  ["iscc compliant material", "ISCC compliant"],
  ["ISCC-konform", "ISCC compliant"],
  ["ISCC konform", "ISCC compliant"],
  ["conforme ISCC", "ISCC compliant"],
  ["conforme à ISCC", "ISCC compliant"],
  ["conforme a ISCC", "ISCC compliant"],
  ["ISCC-conform", "ISCC compliant"],
  ["ISCC compliant: yes", "ISCC compliant"],
  ["ISCC compliant; EU RED compliant", "ISCC compliant"],
  ["ISCC compliant / EU RED compliant", "ISCC compliant"],
  ["EU RED compliant", "EU RED compliant"],
  ["eu red compliant", "EU RED compliant"],
  ["EU RED", "EU RED compliant"],
  ["EU-RED-konform", "EU RED compliant"],
  ["RED II compliant", "EU RED compliant"],
  ["RED III konform", "EU RED compliant"],
  ["RED compliant", "EU RED compliant"],
  ["RED 3 compliant", "EU RED compliant"],
  ["RED-konform", "EU RED compliant"],
  ["conforme UE RED", "EU RED compliant"],
  ["conforme RED II", "EU RED compliant"],
  ["conforme alla RED II", "EU RED compliant"],
  ["EU RED-conform", "EU RED compliant"],
  ["EU RED compliant, not ISCC compliant", "EU RED compliant"],
  ["EU RED compliant: ja", "EU RED compliant"],
];

// ISCC PLUS's categories: credit under ISCC PLUS, refused under ISCC EU
const PLUS_CATEGORIES: [string, string][] = [
  ["bio-circular", "bio-circular"],
  ["Bio-Circular", "bio-circular"],
  ["ISCC PLUS bio-circular", "bio-circular"],
  ["ISCC+ bio-circular", "bio-circular"],
  ["biozirkulär", "bio-circular"],
  ["bio-circulaire", "bio-circular"],
  ["bio-circolare", "bio-circular"],
  ["bio-circulair", "bio-circular"],
  ["circulaire", "circular"],
  ["circolare", "circular"],
  ["circulair", "circular"],
  ["zirkulär", "circular"],
  ["bio-based", "bio"],
  ["biosourcé", "bio"],
  ["renewable-energy-derived", "renewable-energy-derived"],
  ["bio-circular, ISCC compliant", "bio-circular"],
];

// denials: no credit under either scheme, and the message quotes them and says what they deny
const DENIED: [string, string][] = [
  ["Not ISCC compliant", "not ISCC compliant"],
  ["NOT ISCC COMPLIANT", "not ISCC compliant"],
  ["nicht ISCC-konform", "not ISCC compliant"],
  ["ISCC nicht konform", "not ISCC compliant"],
  ["non conforme ISCC", "not ISCC compliant"],
  ["ISCC non conforme", "not ISCC compliant"],
  ["no conforme ISCC", "not ISCC compliant"],
  ["niet ISCC-conform", "not ISCC compliant"],
  ["kein ISCC", "not ISCC compliant"],
  ["geen ISCC", "not ISCC compliant"],
  ["Non-ISCC material", "not ISCC compliant"],
  ["ISCC compliant: no", "not ISCC compliant"],
  ["ne pas conforme ISCC", "not ISCC compliant"],
  ["not EU RED compliant", "not EU RED compliant"],
  ["nicht EU-RED-konform", "not EU RED compliant"],
  ["EU RED: no", "not EU RED compliant"],
  ["RED compliant: Nein", "not EU RED compliant"],
  ["non conforme RED II", "not EU RED compliant"],
  ["ISCC PLUS - non compliant", "not ISCC PLUS compliant"],
  ["not bio-circular", "not bio-circular"],
  ["no conforme", "not compliant"],
  ["non conforme", "not compliant"],
  ["non-compliant", "not compliant"],
  ["nicht konform", "not compliant"],
  ["niet conform", "not compliant"],
  ["not sustainable", "not compliant"],
];

// neither a claim nor a denial: refused with what to write, never a default
const UNCLEAR = [
  "-",
  "n/a",
  "N/A",
  "none",
  "keine",
  "no",
  "yes",
  "ja",
  "x",
  "ISCC",
  "ISCC PLUS",
  "ISCC EU compliant",
  "ISCC PLUS compliant",
  "ISCC?",
  "ISCC compliant (pending)",
  "tbd",
  "EU RED prüfen",
  "not not ISCC compliant",
  "Not ISCC compliant: no",
  "ISCC compliant, bio-circular, EU RED compliant",
  "REDcert",
  // (h-ghgunit, brk24 §5) "circular" after the scheme's name may be ISCC PLUS's circular economy as
  // a whole, bio-circular included: unclear under either scheme
  "ISCC+ circular",
  "ISCC PLUS Circular",
  // compliance said, no scheme's claim named (decided after new-user tests brk3 engine1)
  "compliant",
  "Compliant",
  "conforme",
  "konform",
  "conform",
  "RED",
  "RED II",
  "RED III",
  "RED 3",
];

describe.each<Scheme>(["ISCC EU", "ISCC PLUS"])("claims under %s", (scheme) => {
  it("ISCC EU's claims are read to their name, and refused under ISCC PLUS at the cell", async () => {
    const at = await book(
      scheme,
      EU_CLAIMS.map(([claim]) => ({ claim })),
    );
    EU_CLAIMS.forEach(([typed], i) => {
      const { received, at: found } = at(i + 1);
      if (scheme === "ISCC EU") {
        expect([typed, received, found]).toEqual([typed, 100, []]);
      } else {
        expect([typed, received, found.map((f) => [f.code, f.severity])]).toEqual([
          typed,
          0,
          [["invalid-value", "error"]],
        ]);
        expect(found[0]?.message).toContain("ISCC PLUS claim category");
        expect(found[0]?.message).toContain("bio, bio-circular, circular or renewable-energy-derived");
      }
    });
  });

  it("ISCC PLUS's categories are read to their name, and refused under ISCC EU at the cell", async () => {
    const at = await book(
      scheme,
      PLUS_CATEGORIES.map(([claim]) => ({ claim })),
    );
    PLUS_CATEGORIES.forEach(([typed, category], i) => {
      const { received, at: found } = at(i + 1);
      if (scheme === "ISCC PLUS") {
        expect([typed, received, found]).toEqual([typed, 100, []]);
      } else {
        expect([typed, received, found.map((f) => f.code)]).toEqual([typed, 0, ["invalid-value"]]);
        expect(found[0]?.message).toContain(`is the ISCC PLUS category "${category}", not an ISCC EU claim`);
      }
    });
  });

  it("a denied claim gives no credit, and its message says what it denies in the user's words", async () => {
    const at = await book(
      scheme,
      DENIED.map(([claim]) => ({ claim })),
    );
    DENIED.forEach(([typed, denies], i) => {
      const { received, at: found } = at(i + 1);
      expect([typed, received, found.map((f) => [f.code, f.severity])]).toEqual([
        typed,
        0,
        [["invalid-value", "error"]],
      ]);
      expect(found[0]?.message).toContain(
        `Claim "${typed}" says the material is ${denies}, so it is not taken as sustainable`,
      );
      expect(found[0]?.message).toContain("the row gives no sustainable credit");
    });
  });

  it("an unclear claim is refused with what to write, never read as a default", async () => {
    const at = await book(
      scheme,
      UNCLEAR.map((claim) => ({ claim })),
    );
    UNCLEAR.forEach((typed, i) => {
      const { received, at: found } = at(i + 1);
      expect([typed, received, found.map((f) => f.code)]).toEqual([typed, 0, ["invalid-value"]]);
      expect(found[0]?.message).toContain(
        `"${typed}" in Claim is not a claim the add-in can read; write the claim`,
      );
    });
  });

  it("a blank claim of a claim column on a receipt with an SD number is refused as missing, never a yes", async () => {
    const at = await book(scheme, [{ claim: null }, { claim: "   " }, { claim: null, sd: null }]);
    for (const row of [1, 2]) {
      const { received, at: found } = at(row);
      expect([received, found.map((f) => [f.code, f.severity])]).toEqual([0, [["missing-value", "error"]]]);
      expect(found[0]?.message).toContain("Claim is empty on a row with an incoming SD number");
    }
    // without an SD number the receipt gives no credit anyway: nothing to say of its claim
    expect(at(3)).toEqual({ received: 0, at: [] });
  });
});

describe("a sheet without a claim column", () => {
  it("takes the ISCC FAQ's default under ISCC EU: an SD that states no claim is EU RED compliant", async () => {
    const at = await book(
      "ISCC EU",
      [{}],
      HEAD.filter((h) => h !== "Claim"),
    );
    expect(at(1)).toEqual({ received: 100, at: [] });
  });
});

describe("Annex IX parts", () => {
  const READ: [string, string][] = [
    ["A", "A"],
    ["b", "B"],
    ["Part A", "A"],
    ["PART B", "B"],
    ["IX-A", "A"],
    ["IXB", "B"],
    ["Annex IX Part B", "B"],
    ["Annex IX, Part A", "A"],
    ["RED II Annex IX Part A", "A"],
    ["Anhang IX Teil A", "A"],
    ["Annexe IX partie B", "B"],
    ["Anexo IX parte A", "A"],
    ["Allegato IX parte B", "B"],
    ["Bijlage IX deel A", "A"],
    ["none", "none"],
    ["-", "none"],
    ["n/a", "none"],
    ["no", "none"],
    ["nicht gelistet", "none"],
    ["not listed", "none"],
  ];
  const REFUSED: [string, string][] = [
    ["Part C", "which has Part A and Part B only"],
    ["C", "which has Part A and Part B only"],
    ["Annex IX", "which has Part A and Part B only"],
    ["yes", "which has Part A and Part B only"],
    ["A/B", "which has Part A and Part B only"],
    [
      "Part A (d)",
      'names a point of Annex IX as well as its part; the books keep the part alone (the raw material names the rest), so write "A"',
    ],
    ["B(a)", 'so write "B"'],
    ["Anhang IX Teil A Buchst. d", "which has Part A and Part B only"],
  ];

  it("are read to A, B or none in the workbook's languages, one account per part", async () => {
    const at = await book(
      "ISCC EU",
      READ.map(([annex]) => ({ claim: "EU RED compliant", annex })),
    );
    READ.forEach(([typed], i) => expect([typed, at(i + 1, "H")]).toEqual([typed, { received: 100, at: [] }]));
  });

  it("a part RED II does not have, or a part with its point, is refused at the cell with what to write", async () => {
    const at = await book(
      "ISCC EU",
      REFUSED.map(([annex]) => ({ claim: "EU RED compliant", annex })),
    );
    REFUSED.forEach(([typed, says], i) => {
      const { received, at: found } = at(i + 1, "H");
      expect([typed, received, found.map((f) => f.code)]).toEqual([typed, 0, ["invalid-value"]]);
      expect(found[0]?.message).toContain(`"${typed}" in Annex IX part`);
      expect(found[0]?.message).toContain(says);
    });
  });
});
