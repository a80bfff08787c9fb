// Tick boxes and marks beside a claim, as staff copy them from a PoS form in English, German,
// French and Spanish, through a real .xlsx (engine/claim-marks.ts): ticked is the claim; unticked,
// crossed out or a dash is not the claim (a denial, no credit); anything unclear is refused at its
// cell. Before this, every box was dropped with the punctuation and read as the claim (brk7 item 5).
import fc from "fast-check";
import { claimRead } from "../../../src/engine/claims";
import { book } from "./claim-book";

const TICKED: [string, string][] = [
  ["☒ ISCC konform", "ISCC compliant"],
  ["☑ ISCC compliant", "ISCC compliant"],
  ["ISCC compliant [X]", "ISCC compliant"],
  ["ISCC compliant (x)", "ISCC compliant"],
  ["EU RED compliant: ✓", "EU RED compliant"],
  ["✔ EU RED compliant", "EU RED compliant"],
  ["X EU-RED-konform", "EU RED compliant"],
  ["EU RED konform: X", "EU RED compliant"],
  ["conforme RED UE ☒", "EU RED compliant"],
  ["conforme ISCC [x]", "ISCC compliant"],
  ["ISCC compliant: ☐ / EU RED compliant: ☒", "EU RED compliant"],
];

// not the claim: no credit, and the message says what is denied
const UNTICKED: [string, string][] = [
  ["EU RED compliant: ☐", "not EU RED compliant"],
  ["☐ EU RED compliant", "not EU RED compliant"],
  ["□ ISCC konform", "not ISCC compliant"],
  ["EU RED compliant [ ]", "not EU RED compliant"],
  ["EU RED compliant (   )", "not EU RED compliant"],
  ["EU RED compliant ✗", "not EU RED compliant"],
  ["ISCC compliant ✘", "not ISCC compliant"],
  ["EU RED compliant: -", "not EU RED compliant"],
  ["EU RED compliant: –", "not EU RED compliant"],
  ["EU RED compliant: —", "not EU RED compliant"],
  ["EU RED compliant: n/a", "not EU RED compliant"],
  ["conforme RED UE ☐", "not EU RED compliant"],
  ["conforme ISCC ( )", "not ISCC compliant"],
  ["ISCC-konform: -", "not ISCC compliant"],
];

// neither: refused at the cell with what to write
const UNCLEAR = [
  "ISCC compliant ☒ EU RED compliant ☐",
  "☒ ☐ EU RED compliant",
  "EU RED compliant material: ☐ Yes ☒ No",
  "EU RED compliant: ☒ no",
  "not ISCC compliant ☐",
  "EU RED compliant ■",
  "EU RED compliant ●",
  "EU RED compliant [-]",
  "EU RED compliant /",
  "- EU RED compliant",
  "☒",
  "[x]",
  "☐ ISCC EU konform",
  // two denials in one cell: refused as unclear, as "not ISCC compliant, not EU RED compliant" is
  "ISCC compliant: ☐ / EU RED compliant: ☐",
];

describe.each(["ISCC EU"] as const)("claim boxes under %s", (scheme) => {
  it("a ticked box beside a claim is the claim", async () => {
    const at = await book(
      scheme,
      TICKED.map(([claim]) => ({ claim })),
    );
    TICKED.forEach(([typed], i) => expect([typed, at(i + 1)]).toEqual([typed, { received: 100, at: [] }]));
  });

  it("an unticked, crossed-out or dashed box is not the claim: no credit, refused as a denial", async () => {
    const at = await book(
      scheme,
      UNTICKED.map(([claim]) => ({ claim })),
    );
    UNTICKED.forEach(([typed, denies], i) => {
      const { received, at: found } = at(i + 1);
      expect([typed, received, found.map((f) => f.code)]).toEqual([typed, 0, ["invalid-value"]]);
      expect(found[0]?.message).toContain(`Claim "${typed}" says the material is ${denies}`);
    });
  });

  it("a box that is not exact is refused at its cell, never read", async () => {
    const at = await book(
      scheme,
      UNCLEAR.map((claim) => ({ claim })),
    );
    UNCLEAR.forEach((typed, i) => {
      const { received, at: found } = at(i + 1);
      expect([typed, received, found.map((f) => f.code)]).toEqual([typed, 0, ["invalid-value"]]);
      expect(found[0]?.message).toContain(`"${typed}" in Claim is not a claim the add-in can read`);
    });
  });
});

describe("a claim with an unticked mark", () => {
  const claims = [
    "ISCC compliant",
    "EU RED compliant",
    "ISCC-konform",
    "conforme RED UE",
    "bio-circular",
    "RED II konform",
  ];
  const marks = ["☐", "□", "[ ]", "[]", "(  )", "✗", "✘", "❌", "n/a", "N/A", "-", "–", "—"];
  const glue = ["", " ", ": ", " = ", "  "];
  it("never reads as a claim, wherever the mark stands", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...claims),
        fc.constantFrom(...marks),
        fc.constantFrom(...glue),
        fc.boolean(),
        (claim, mark, sep, before) => {
          const text = before ? `${mark}${sep.trimStart() || " "}${claim}` : `${claim}${sep || " "}${mark}`;
          expect([text, claimRead(text)?.kind]).not.toEqual([text, "claim"]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
