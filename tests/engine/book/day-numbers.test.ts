// The days booking merges its queues by (src/engine/book/day-numbers.ts) against the texts they
// stand for: whatever dates the lists and the periods' bounds hold (days of the calendar, and any
// other text among them), two days compare as their texts do, and each list ends in PAST.
import fc from "fast-check";
import { dayNumbers, PAST } from "../../../src/engine/book/day-numbers";

const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);
const textOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// days of the calendar as validation passes them, near one another so that equal days are common
const isoDate = fc
  .record({
    y: fc.integer({ min: 2023, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
// any other text: a date in another form, a blank, letters beyond ASCII, the old end sentinel
const otherText = fc.oneof(
  fc.constantFrom("", "9999-12-31", "2025-1-5", "31.12.2025", "2025-12-31 ", "\uffff", "2025-02-3x"),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 4 }),
);

/** What the days of `lists` and `extra` get wrong against their texts (none: []). */
function misordered(lists: string[][], extra: string[]): string[] {
  const days = dayNumbers(lists, extra);
  const wrong: string[] = [];
  const all: [string, number][] = [];
  lists.forEach((l, k) => {
    const got = days.lists[k] as Int32Array;
    if (got.length !== l.length + 1 || got[l.length] !== PAST) wrong.push(`list ${k} does not end in PAST`);
    l.forEach((s, i) => all.push([s, got[i] as number]));
  });
  for (const s of extra) all.push([s, days.of(s)]);
  for (const [a, x] of all) {
    if (!(x >= 0 && x < PAST)) wrong.push(`${JSON.stringify(a)}: ${x}`);
    for (const [b, y] of all)
      if (sign(x - y) !== textOrder(a, b))
        wrong.push(`${JSON.stringify(a)} ${x} against ${JSON.stringify(b)} ${y}`);
  }
  return wrong;
}

describe("dayNumbers", () => {
  it("orders days of the calendar as their texts, equal texts equal days", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(isoDate, { maxLength: 8 }), { maxLength: 5 }),
        fc.array(isoDate, { maxLength: 4 }),
        (lists, extra) => expect(misordered(lists, extra)).toEqual([]),
      ),
    );
  });

  it("orders any texts as their texts where one is not a day of the calendar", () => {
    const text = fc.oneof(isoDate, otherText);
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { maxLength: 8 }), { maxLength: 5 }),
        fc.array(text, { maxLength: 4 }),
        (lists, extra) => expect(misordered(lists, extra)).toEqual([]),
      ),
    );
  });

  it("reads a day of the calendar as its digits, a text in a list as its rank", () => {
    expect(dayNumbers([["2025-03-14"]], ["9999-12-31"]).lists[0]?.[0]).toBe(20250314);
    const mixed = dayNumbers([["2025-03-14", "2025-03-14"], ["b"]], ["a"]);
    expect([...(mixed.lists[0] ?? [])]).toEqual([0, 0, PAST]);
    expect([...(mixed.lists[1] ?? [])]).toEqual([2, PAST]);
    expect(mixed.of("a")).toBe(1);
  });
});
