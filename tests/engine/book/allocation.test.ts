// The portions of every delivery kept as columns (src/engine/book/allocation.ts) against their
// definition: whatever order the portions of several deliveries arrive in (a delivery's own draw,
// then credit filling its short while other deliveries draw), each delivery gives back exactly its
// own portions in the order they came, and what it misses counts down only after its own draw.
import fc from "fast-check";
import type { Account, Batch } from "../../../src/engine/book/accounts";
import { type Allocation, AllocationTable } from "../../../src/engine/book/allocation";
import { dec, toText } from "../../../src/engine/quantity";
import type { Delivery } from "../../../src/engine/records";

const accounts = ["a", "b", "c"].map((key) => ({ key }) as Account);
const batches = [1, 2, 3, 4].map((seq) => ({ seq }) as Batch);

const op = fc.oneof(
  fc.record({
    kind: fc.constant("portion" as const),
    to: fc.nat(3),
    account: fc.nat(2),
    batch: fc.nat(3),
    // every form of value the column keeps: integer form, more decimals, -0
    quantity: fc.constantFrom("1", "2.5", "0.0000001", "12345678901.5", "-0", "7"),
  }),
  fc.record({
    kind: fc.constant("drew" as const),
    to: fc.nat(3),
    unfilled: fc.constantFrom("0", "3", "0.5", "-0", "0.0000001"),
  }),
  fc.record({ kind: fc.constant("fail" as const), to: fc.nat(3) }),
);

describe("the allocations and portions of the deliveries, as columns", () => {
  it("gives each delivery its own portions in order, and counts down what it misses after its draw", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const table = new AllocationTable();
        const allocs = [0, 1, 2, 3].map((i) => table.add({ seq: i } as Delivery, dec("100"), "t"));
        const expected: [string, number, string][][] = allocs.map(() => []);
        const missing: (string | null)[] = allocs.map(() => null);
        const failed = new Set<number>();
        for (const o of ops) {
          const alloc = allocs[o.to] as Allocation;
          if (o.kind === "portion") {
            const q = dec(o.quantity);
            alloc.portion(accounts[o.account] as Account, batches[o.batch] as Batch, q);
            expected[o.to]?.push([
              (accounts[o.account] as Account).key,
              (batches[o.batch] as Batch).seq,
              toText(q),
            ]);
            const m = missing[o.to];
            if (m !== null && m !== undefined) missing[o.to] = toText(dec(m).minus(q));
          } else if (o.kind === "fail") {
            table.fail(o.to);
            failed.add(o.to);
          } else if (missing[o.to] === null) {
            alloc.drew(dec(o.unfilled));
            missing[o.to] = toText(dec(o.unfilled));
          }
        }
        allocs.forEach((alloc, i) => {
          expect(alloc.portions.map((p) => [p.account.key, p.batch.seq, toText(p.quantity)])).toEqual(
            expected[i],
          );
          expect(toText(alloc.unfilled)).toBe(missing[i] ?? "100");
          // a view of the same index, made later, reads the same columns
          const view = table.at(i);
          expect(view.index).toBe(i);
          expect(view.delivery.seq).toBe(i);
          expect(toText(view.quantity)).toBe("100");
          expect(view.unit).toBe("t");
          expect(view.portions).toEqual(alloc.portions);
          expect(table.filled(i)).toBe(alloc.unfilled.isZero());
          expect(view.failed).toBe(failed.has(i));
        });
        expect(table.length).toBe(4);
      }),
      { numRuns: 300 },
    );
  });
});
