// The products kept in a volume (src/engine/book/kept-in.ts volumeBooks) against their definition:
// every row of a book (site, spelled in any case, and product) noted in row order under its pool
// key, one dimension while every row has the same, the book a volume book when that dimension is a
// volume and some row does not convert to tonnes. The same map, in the same order, whatever the
// spellings of a site and the order of the rows.
import fc from "fast-check";
import { dimensionOf, type Amount } from "../../../src/engine/amount";
import { poolKey } from "../../../src/engine/book/held";
import { volumeBooks } from "../../../src/engine/book/kept-in";
import type { Books } from "../../../src/engine/records";
import type { Dimension } from "../../../src/engine/units";

interface Row {
  site: string;
  productKey: string;
  unit: string | null;
  amount: Amount | null;
}

/** The definition: one pass over the rows in the order volumeBooks reads them, by pool key. */
function reference(rows: Row[]): Map<string, Dimension> {
  const seen = new Map<string, { dim: Dimension | null; unconverted: boolean }>();
  for (const { site, productKey, unit, amount } of rows) {
    const key = poolKey(site, productKey);
    const dim = unit === null ? null : dimensionOf(unit);
    const unconverted = amount !== null && amount.t === undefined;
    const was = seen.get(key);
    if (was === undefined) seen.set(key, { dim, unconverted });
    else seen.set(key, { dim: was.dim === dim ? dim : null, unconverted: was.unconverted || unconverted });
  }
  const out = new Map<string, Dimension>();
  for (const [key, { dim, unconverted }] of seen)
    if (dim !== null && unconverted && (dim === "m3" || dim === "Nm3")) out.set(key, dim);
  return out;
}

// an amount that converts to tonnes and one that does not (volumeBooks reads only `t`)
const CONVERTED = { t: {} } as unknown as Amount;
const UNCONVERTED = { t: undefined } as unknown as Amount;

const row = fc.record({
  site: fc.constantFrom("Hamburg", "HAMBURG", "hamburg", "Rotterdam", "rotterdam"),
  productKey: fc.constantFrom("uco", "fame"),
  unit: fc.constantFrom("t", "L", "m3", "hL", "Nm3", "kg", "MJ", "bogus", null),
  amount: fc.constantFrom(CONVERTED, UNCONVERTED, null),
});

const books = (receipts: Row[], deliveries: Row[]): Books =>
  ({ receipts, deliveries, stockCounts: [], transfers: [], production: [] }) as unknown as Books;

test("volume books: the definition's map and order, whatever the spellings of a site", () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 30 }), fc.array(row, { maxLength: 30 }), (r, d) => {
      const got = volumeBooks(books(r, d));
      const want = reference([...r, ...d]);
      expect([...got]).toEqual([...want]);
    }),
    { numRuns: 500 },
  );
});

test("a site spelled two ways is one book: litres in one spelling and tonnes in the other keep no volume", () => {
  const l = { productKey: "uco", unit: "L", amount: UNCONVERTED };
  const kept = volumeBooks(books([{ site: "Hamburg", ...l }], [{ site: "HAMBURG", ...l }]));
  expect([...kept]).toEqual([[poolKey("Hamburg", "uco"), "m3"]]);
  const t = { site: "hamburg", productKey: "uco", unit: "t", amount: CONVERTED };
  expect(volumeBooks(books([{ site: "Hamburg", ...l }], [t])).size).toBe(0);
});
