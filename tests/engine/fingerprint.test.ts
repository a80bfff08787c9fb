// The fingerprint's canonical text, the safety net for reshaping it (issue 15): it must stay exactly
// what sorting every object's keys gives, whatever the keys hold (separators, quotes, "source"
// nested or not) and whatever objects come between; registers written earlier depend on it.
import fc from "fast-check";
import { canonical, fingerprint } from "../../src/engine/fingerprint";

/** The rule written plainly: keys sorted, `source` and undefined values left out, per object. */
function reference(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(reference).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => k !== "source" && obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(obj[k])}`).join(",")}}`;
}

const key = fc.oneof(
  fc.constantFrom("date", "product", "quantity", "source", "a", "b", "a\u0000b", "a,b", 'q"', "ghg", ""),
  fc.string({ maxLength: 4 }),
);
const leaf = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, tie("object"), fc.array(tie("value"), { maxLength: 3 })),
  object: fc.dictionary(key, tie("value"), { maxKeys: 6 }),
}));

describe("canonical text of the rows behind a fingerprint", () => {
  test("equals sorting each object's keys, for any rows in any order", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 6 }), (rows) => {
        // fresh copies: rows carrying a source are remembered by identity
        for (const row of rows) expect(canonical(row)).toBe(reference(row));
      }),
      { numRuns: 500 },
    );
  });

  test("objects whose keys differ only by a separator never share an order", () => {
    const joined = { "a\u0000b": 1, c: 2 };
    const split = { a: 1, b: 2, c: 3 };
    expect(canonical(split)).toBe('{"a":1,"b":2,"c":3}');
    expect(canonical(joined)).toBe('{"a\\u0000b":1,"c":2}');
    expect(canonical({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });

  test("a row's source and undefined values are left out; the hash is of the joined texts", () => {
    const row = {
      source: { sheet: "Receipts", row: 2 },
      quantity: "25.5",
      date: "2025-01-10",
      sd: undefined,
    };
    expect(canonical(row)).toBe('{"date":"2025-01-10","quantity":"25.5"}');
    expect(fingerprint([row, "25.5"])).toBe(fingerprint([{ date: "2025-01-10", quantity: "25.5" }, "25.5"]));
    expect(fingerprint([row, "25.5"])).toMatch(/^[0-9a-f]{64}$/);
  });
});
