// The chunked list of booking (src/engine/book/ledger-columns.ts Chunks) against its definition,
// a plain array: whatever is appended, across the chunk boundaries (8,192 and its multiples),
// comes back by index as it went in, and each append returns the index it was put at.
import fc from "fast-check";
import { Chunks } from "../../../src/engine/book/ledger-columns";

describe("a list grown by chunks", () => {
  it("gives back every value by index, across chunk boundaries, as an array does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.string({ maxLength: 3 }), (n, salt) => {
        const list = new Chunks<string>();
        const array: string[] = [];
        for (let i = 0; i < n; i++) {
          const value = `${salt}${i}`;
          if (list.push(value) !== array.push(value) - 1) return false;
        }
        if (list.length !== array.length) return false;
        for (let i = 0; i < n; i++) if (list.at(i) !== array[i]) return false;
        return true;
      }),
      { numRuns: 30 },
    );
  });

  it("keeps objects by identity at the first and last place of a chunk", () => {
    const list = new Chunks<{ i: number }>();
    const objects = Array.from({ length: 8_193 * 2 }, (_, i) => ({ i }));
    for (const o of objects) list.push(o);
    for (const i of [0, 8_191, 8_192, 16_383, 16_384, 16_385]) expect(list.at(i)).toBe(objects[i]);
  });
});
