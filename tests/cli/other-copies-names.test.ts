// (p-outside) The folder scan's rule (src/cli/other-copies.ts clashesOf): a number issued beside
// names its split too — the base "ORH-2025-0004" of the lines "ORH-2025-0004-1" and "-2" names all
// of them, as --cancel treats it — so a new number counts as taken where it equals a number there,
// is its base, is a line of it, or a line of the same base. The same declaration written into a
// second file (its number and fingerprint alike) is no clash. Before, only an equal number was.
import fc from "fast-check";
import { clashesOf, type IssuedElsewhere, stemOf } from "../../src/cli/other-copies";
import type { Declaration } from "../../src/engine/result";

const BASES = ["ORH-2025-0004", "SD-2025-0017", "4711", "XG-2026-12345"];

/** The numbers of one issue: the base alone, or its lines -1 … -n as the add-in writes them. */
const linesOf = (base: string, n: number) =>
  n === 0 ? [base] : Array.from({ length: n }, (_, i) => `${base}-${i + 1}`);

const beside = (number: string, fingerprint: string, record = ""): IssuedElsewhere => ({
  file: "copy.xlsx",
  number,
  stem: stemOf(number, record),
  fingerprint,
  issuer: "same",
});

const issuing = (number: string, fingerprint: string): Declaration =>
  ({ number, status: "new", fingerprint }) as unknown as Declaration;

describe("a new number taken beside (clashesOf)", () => {
  it("the brk8 case: ORH-2025-0004 while ORH-2025-0004-1 and -2 stand issued beside", () => {
    const there = ["ORH-2025-0004-1", "ORH-2025-0004-2"].map((n) => beside(n, "nordic"));
    expect(clashesOf([issuing("ORH-2025-0004", "biofuel")], there)).toEqual([["ORH-2025-0004", there[0]]]);
  });

  it("property: taken exactly where the two issues share a base, unless it is the same declaration", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...BASES),
        fc.constantFrom(...BASES),
        fc.nat(3),
        fc.nat(3),
        fc.boolean(),
        (baseThere, baseHere, splitThere, splitHere, same) => {
          const there = linesOf(baseThere, splitThere).map((n) => beside(n, `there:${n}`));
          const here = linesOf(baseHere, splitHere).map((n) =>
            issuing(
              n,
              same && baseHere === baseThere && splitHere === splitThere ? `there:${n}` : `here:${n}`,
            ),
          );
          const clashes = clashesOf(here, there);
          const copied = here.every((d) =>
            there.some((e) => e.number === d.number && e.fingerprint === d.fingerprint),
          );
          const expected = baseThere === baseHere && !(copied && splitHere === splitThere) ? here.length : 0;
          expect([baseThere, splitThere, baseHere, splitHere, clashes.length]).toEqual([
            baseThere,
            splitThere,
            baseHere,
            splitHere,
            expected,
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads a line's base from the add-in's record where it names one, else from the number", () => {
    const record = JSON.stringify({ v: 1, number: "4711-2", stem: "4711" });
    expect(stemOf("4711-2", record)).toBe("4711");
    expect(stemOf("SD-2025-0003-1", "")).toBe("SD-2025-0003");
    expect(stemOf("SD-2025-0003", "")).toBe("SD-2025-0003");
    // a record of another declaration names nothing of this one: the number is read itself
    expect(stemOf("LS/77/1", JSON.stringify({ number: "other", stem: "x" }))).toBe("LS/77");
  });
});
