// duplicate-sd's alike passes compare only the receipts that can be reported (issue 15, p-perf12):
// keyedAsTyped tells, without building them, that a number's alike keys are its documentKey, and
// rowsAlike keeps every receipt whose key a receipt of another sdKey gives too. Both against
// their plain statements, on numbers built from the spellings the alike keys read otherwise
// (leading zeros, years of two digits or four, letters O, l, I for digits, "REDcert²", labels,
// a certificate before the number, control characters, non-ASCII).
import fc from "fast-check";
import { documentKey } from "../../../src/engine/normalise";
import type { Receipt } from "../../../src/engine/records";
import { alikeKeysOf, otherwiseKeyed, rowsAlike } from "../../../src/engine/rules/duplicate-sd-alike";
import { alikeKey, zerosKey } from "../../../src/engine/sd-alike";
import { keyedAsTyped } from "../../../src/engine/sd-alike-typed";
import { sdKey } from "../../../src/engine/sd-key";

/** Parts of SD numbers: words, labels, numbers with zeros, years and look-alike letters. */
const PARTS = [
  ...["SD", "sd", "Nr.", "PoS", "IN", "Lief", "ISCC", "NO", "PO12", "N", "REDcert²", "REDcert", "n.º"],
  ...["0", "00", "0001", "1", "12", "4711", "04711", "2025", "1999", "25", "20251", "2O25", "OOO1"],
  ...["000l", "000I", "OOOI", "IO", "Oil", "l1x", "a00", "１２", "EU-ISCC-Cert-DE100-10001 "],
];
const SEPARATORS = ["-", " ", "/", ".", "_", "\\", "", "", "#", "+", "\t", "\u0001", "\u00a0", "–"];

const number = fc
  .array(fc.tuple(fc.constantFrom(...PARTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 4 })
  .map((xs) => xs.map(([p, s]) => p + s).join(""));
const anyText = fc.oneof(number, number, number, fc.string({ unit: "grapheme-ascii" }), fc.string());

describe("keyedAsTyped", () => {
  it.each(["IN-4711", "SD-25-17", "Lieferschein 4711", "PO12", "IN-105", "2025", "SD 2025", "4711-0"])(
    "%p: its alike keys are its documentKey",
    (typed) => {
      expect(keyedAsTyped(typed)).toBe(true);
      expect([zerosKey(typed), alikeKey(typed)]).toEqual([documentKey(typed), documentKey(typed)]);
    },
  );

  it.each([
    "SD-2025-0001",
    "012345",
    "SD-2025-1",
    "SD-2025-OOO1",
    "SD-25-000l",
    "4711\u00a0",
    "IN\u00014711",
  ])("%p: may read otherwise", (typed) => expect(keyedAsTyped(typed)).toBe(false));

  it("property: a number it keeps has both alike keys equal to its documentKey", () => {
    fc.assert(
      fc.property(anyText, (typed) => {
        if (!keyedAsTyped(typed)) return;
        expect(zerosKey(typed)).toBe(documentKey(typed));
        expect(alikeKey(typed)).toBe(documentKey(typed));
      }),
      { numRuns: 5000 },
    );
    // the property is not empty: the generator gives numbers of both kinds
    const kept = fc.sample(number, 500).filter(keyedAsTyped).length;
    expect(kept).toBeGreaterThan(50);
    expect(kept).toBeLessThan(450);
  });
});

/** A receipt as intake keeps it, for the fields the passes read: its SD number and sdKey. */
const receipt = (sd: string, seq: number) => ({ sd, sdKey: sdKey(sd), seq }) as unknown as Receipt;

/** The statement: the receipts whose key (`keyOf`) a receipt of another sdKey gives too. */
function reportable(rows: Receipt[], keyOf: (r: Receipt) => string | null): Receipt[] {
  return rows.filter((r) => {
    const key = keyOf(r);
    return key !== null && rows.some((x) => keyOf(x) === key && x.sdKey !== r.sdKey);
  });
}

describe("rowsAlike", () => {
  /** Numbers of a few SDs typed the ways the alike keys bring together, and numbers kept apart. */
  const SPELLINGS = [
    ...["SD-2025-0001", "SD-2025-1", "SD-25-0001", "SD-25-1", "SD-2025-OOO1", "SD-2025-000l", "sd 2025/1"],
    ...["012345", "12345", "Nr. 012345", "IN-4711", "IN-04711", "4711 REDcert²", "4711 REDcert", "4711"],
    ...["EU-ISCC-Cert-DE100-10001 SD 2025-0001", "SD-2025-01", "SD-20251", "2O25-1", "", "IN-1", "IN-2"],
  ];
  const rowsOf = (list: string[]) => list.map(receipt);
  const receipts = fc
    .array(fc.oneof(fc.constantFrom(...SPELLINGS), fc.constantFrom(...SPELLINGS), number), { maxLength: 14 })
    .map(rowsOf);

  it("property: keeps every receipt a pass can report, in row order, and none without a key", () => {
    fc.assert(
      fc.property(receipts, (rows) => {
        const other = otherwiseKeyed(rows);
        for (const keyOf of alikeKeysOf) {
          const kept = rowsAlike(rows, other, keyOf);
          // in row order, each once, each with an SD number
          const at = kept.map((r) => rows.indexOf(r));
          expect(at).toEqual([...at].sort((a, b) => a - b));
          expect(new Set(at).size).toBe(at.length);
          for (const r of kept) expect(keyOf(r)).not.toBeNull();
          for (const r of reportable(rows, keyOf)) expect(kept).toContain(r);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [["SD-2025-0001", "SD-2025-1"], 0],
    [["SD-25-1", "IN-4711", "SD-2025-1"], 1],
    [["4711 REDcert", "4711 REDcert²"], 0],
    [["SD-2025-OOO1", "SD-2025-0001"], 1],
  ])("%p: the pass that brings them together compares both", (list, pass) => {
    const rows = rowsOf(list as string[]);
    const kept = rowsAlike(
      rows,
      otherwiseKeyed(rows),
      alikeKeysOf[pass as number] as (typeof alikeKeysOf)[0],
    );
    expect(kept.map((r) => r.sd)).toEqual((list as string[]).filter((s) => s !== "IN-4711"));
  });

  it("compares none, and builds no key, where every number reads as its sdKey (the budget ledger's)", () => {
    const rows = rowsOf(Array.from({ length: 1000 }, (_, i) => `IN-${i}`));
    expect(otherwiseKeyed(rows)).toEqual([]);
    for (const keyOf of alikeKeysOf) expect(rowsAlike(rows, [], keyOf)).toEqual([]);
  });
});
