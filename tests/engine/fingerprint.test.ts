// The fingerprint's canonical text, the safety net for reshaping it (issue 15): it must stay exactly
// what sorting every object's keys gives, whatever the keys hold (separators, quotes, "source"
// nested or not) and whatever objects come between; registers written earlier depend on it.
import fc from "fast-check";
import { canonical, Fingerprinter, fingerprint } from "../../src/engine/fingerprint";

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
  // any UTF-16 units, lone surrogates and control characters included: JSON escapes those
  fc.string({ unit: "binary", maxLength: 6 }),
  fc.string({
    unit: fc.constantFrom("a", '"', "\\", "\u0000", "\u001f", "\u2028", "\ud800", "\udfff", "é"),
    maxLength: 5,
  }),
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

describe("a run's fingerprints (Fingerprinter)", () => {
  // rows as intake gives them: objects with a source, shared between many declarations
  const row = fc
    .tuple(fc.dictionary(key, leaf, { maxKeys: 5 }), fc.nat(99))
    .map(([fields, n]) => ({ ...fields, source: { sheet: "Receipts", row: n } }));
  const text = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.constantFrom("25.5", "-0", "Ölmühle €", "🌻 sun", "\u0000"),
  );
  // a declaration's parts: [delivery row, quantity, [quantity, [origin rows…], via rows]…]
  const declaration = (rows: Record<string, unknown>[]) =>
    fc
      .tuple(
        fc.constantFrom(...rows),
        text,
        fc.array(
          fc.tuple(
            text,
            fc.array(fc.constantFrom(...rows), { maxLength: 3 }),
            fc.array(fc.constantFrom(...rows), { maxLength: 2 }),
          ),
          { maxLength: 3 },
        ),
      )
      .map(([delivery, quantity, portions]) => [delivery, quantity, ...portions]);

  test("gives every declaration of a run the value fingerprint() defines, rows shared or not", () => {
    fc.assert(
      fc.property(
        fc
          .array(row, { minLength: 1, maxLength: 6 })
          .chain((rows) => fc.array(declaration(rows), { maxLength: 8 })),
        fc.array(value, { maxLength: 4 }),
        (declarations, loose) => {
          const run = new Fingerprinter();
          for (const parts of declarations) expect(run.of(parts)).toBe(fingerprint(parts));
          // anything else a part may hold (nested objects, null, arrays of arrays)
          expect(run.of(loose)).toBe(fingerprint(loose));
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the lines of one delivery, started once, each get the value fingerprint() defines", () => {
    fc.assert(
      fc.property(
        fc
          .array(row, { minLength: 1, maxLength: 6 })
          .chain((rows) =>
            fc.array(
              fc.tuple(
                fc.oneof(fc.constantFrom(...rows), value),
                fc.array(declaration(rows), { maxLength: 3 }),
              ),
            ),
          ),
        (deliveries) => {
          const run = new Fingerprinter();
          for (const [first, lines] of deliveries) {
            run.start(first);
            for (const parts of lines) {
              const rest = parts.slice(1);
              expect(run.next(rest)).toBe(fingerprint([first, ...rest]));
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a declaration larger than the buffer is hashed whole", () => {
    const big = { source: { sheet: "Deliveries", row: 2 }, note: "x".repeat(200_000), city: "Düsseldorf" };
    const parts = [big, "1", ["1", [big], []]];
    expect(new Fingerprinter().of(parts)).toBe(fingerprint(parts));
  });
});
