// A credited receipt is its own batch (src/engine/book/accounts.ts receiptBatch): booking makes no
// second object per receipt. Held against what a batch is: on any small book of receipts (some
// without an SD, so without credit) and deliveries drawing on them, every portion a delivery took
// from a receipt's credit names the receipt record itself, whose origin is the receipt (its SD,
// its quantity, its row) and whose remaining credit is its quantity less the portions taken from it;
// a receipt booking did not credit keeps its booking slots empty.
import fc from "fast-check";
import { originsOf } from "../../../src/engine/book/accounts";
import type { Portion } from "../../../src/engine/book/allocation";
import type { DeliveryInput, Ledger, ReceiptInput } from "../../../src/engine/model";
import {
  bookStage,
  context,
  conversionStage,
  periodStage,
  readStage,
  recordRuleStage,
} from "../../../src/engine/pipeline";
import { resolveProfile } from "../../../src/engine/profile";
import { type Dec, ZERO } from "../../../src/engine/quantity";
import type { Receipt } from "../../../src/engine/records";

const SETS = [
  { rawMaterial: "Used cooking oil", countryOfOrigin: "DE" },
  { rawMaterial: "Rapeseed", countryOfOrigin: "FR" },
];

const row = fc.record({
  day: fc.integer({ min: 1, max: 9 }),
  quantity: fc.integer({ min: 1, max: 40 }),
  set: fc.nat(1),
  withSd: fc.boolean(),
});

/** One row of the property: its day of January, quantity in t, characteristics and whether it gives an SD. */
interface RowOf {
  day: number;
  quantity: number;
  set: number;
  withSd: boolean;
}

function ledgerOf(receipts: RowOf[], deliveries: RowOf[]): Ledger {
  const at = (sheet: string, i: number) => ({ sheet, row: i + 2, cells: { quantity: `C${i + 2}` } });
  return {
    receipts: receipts.map((r, i): ReceiptInput => ({
      source: at("Receipts", i),
      date: `2025-01-0${r.day}`,
      product: "UCO",
      site: "Hamburg",
      quantity: String(r.quantity),
      unit: "t",
      supplier: "Supplier",
      supplierCertificate: "EU-ISCC-Cert-DE100-2",
      ...(r.withSd ? { sdNumber: `IN-${i}` } : {}),
      scheme: "ISCC EU",
      ...SETS[r.set],
      ghg: { total: "10.5", method: "AV" },
    })),
    deliveries: deliveries.map((d, i): DeliveryInput => ({
      source: at("Deliveries", i),
      date: `2025-01-0${d.day}`,
      product: "UCO",
      site: "Hamburg",
      quantity: String(d.quantity),
      unit: "t",
      customer: "Customer",
      sustainable: "yes",
    })),
    production: [],
    factors: [],
    stockCounts: [],
    certificates: [],
    sites: [],
    transfers: [],
    settings: {},
    issued: [],
  };
}

/** The books and every delivery's portions after booking, by the engine's own stages. */
function booked(ledger: Ledger): { receipts: Receipt[]; portions: Portion[] } {
  const profile = resolveProfile(ledger.settings);
  const start = context(ledger, profile, { declare: false });
  const { books, periods } = periodStage(readStage(ledger, start).value, start).value;
  const ctx = { ...start, periods };
  const conversions = conversionStage(books, ctx).value;
  const verdicts = recordRuleStage(books, ctx).value;
  const { allocations } = bookStage({ books, conversions, verdicts }, ctx).value;
  const portions: Portion[] = [];
  for (let i = 0; i < allocations.length; i++) portions.push(...allocations.at(i).portions);
  return { receipts: books.receipts, portions };
}

describe("a credited receipt is its own batch", () => {
  it("names the receipt in every portion taken from it, with its origin and what is left of it", () => {
    let drawn = 0;
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 8 }),
        fc.array(row, { maxLength: 8 }),
        (receipts, deliveries) => {
          const { receipts: records, portions } = booked(ledgerOf(receipts, deliveries));
          expect(records).toHaveLength(receipts.length);
          const taken = new Map<Receipt, Dec>();
          drawn += portions.length;
          for (const p of portions) {
            // no batch of another kind exists here: no production, no transfer
            expect(records).toContain(p.batch);
            const r = p.batch as unknown as Receipt;
            taken.set(r, (taken.get(r) ?? ZERO).plus(p.quantity));
          }
          records.forEach((r, i) => {
            if (!receipts[i]?.withSd) {
              // no SD, no credit: booking never made it a batch
              expect([r.sustainable, r.initial, r.remaining, r.from]).toEqual([false, null, null, null]);
              return;
            }
            expect(r.sustainable).toBe(true);
            expect(r.from).toBe(r);
            expect(r.via).toEqual([]);
            expect(r.initial?.toFixed()).toBe(String(receipts[i]?.quantity));
            expect(r.remaining?.toFixed()).toBe((r.initial as Dec).minus(taken.get(r) ?? ZERO).toFixed());
            const batch = portions.find((p) => (p.batch as unknown) === r)?.batch;
            if (batch)
              expect(originsOf(batch)).toEqual([
                { sd: `IN-${i}`, quantity: r.initial, source: r.source, fields: r.fields },
              ]);
          });
        },
      ),
      { numRuns: 100 },
    );
    // the books drew on receipts' credit (a property that never met a portion would hold nothing)
    expect(drawn).toBeGreaterThan(100);
  });
});
