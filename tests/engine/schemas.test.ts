// The fast precheck may only let through rows the zod schema would return unchanged.
import fc from "fast-check";
import { SCHEMAS, SPECS, isClean, isIsoDate } from "../../src/engine/schemas";

const value = fc.oneof(
  fc.constantFrom(
    "2025-01-31",
    "2025-02-29",
    "2024-02-29",
    " 2025-01-31",
    "12.5",
    "-3",
    "0",
    "1e3",
    ".5",
    "abc",
    "",
    "  ",
    "t",
    "UCO ",
  ),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.constant(undefined),
  fc.constant(null),
  fc.array(fc.constantFrom("IN-1", " IN-2"), { maxLength: 2 }),
  fc.record({ total: fc.constantFrom("12", "x", undefined), method: fc.constantFrom("AV", undefined) }),
);

describe("precheck", () => {
  for (const [kind, spec] of Object.entries(SPECS)) {
    it(`agrees with the ${kind} schema`, () => {
      const row = fc.record(Object.fromEntries(Object.keys(spec).map((k) => [k, value])), {
        requiredKeys: [],
      });
      fc.assert(
        fc.property(row, (r) => {
          if (!isClean(spec, r)) return;
          const parsed = SCHEMAS[kind as keyof typeof SPECS].safeParse(r);
          expect(parsed.success).toBe(true);
          const data = parsed.data as Record<string, unknown>;
          for (const k of Object.keys(spec)) expect(data[k]).toEqual((r as Record<string, unknown>)[k]);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe("dates", () => {
  it.each([
    ["2025-02-28", true],
    ["2025-02-29", false],
    ["2024-02-29", true],
    ["2025-13-01", false],
    ["31.12.2025", false],
    ["1899-12-31", false],
    ["2025-1a-01", false],
    ["2025-00-10", false],
    ["2025-04-31", false],
    ["2025-04-30", true],
    ["2025/04/30", false],
    ["2025-04-300", false],
  ])("%s is a date: %s", (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});
