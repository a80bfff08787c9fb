// (p-outside) A number typed on a delivery row before any register holds it was issued outside
// massbal (or is a slip): massbal knows one declaration under it, exactly as typed, and nothing of
// its contents. Property: whatever the spelling and however the delivery would split over
// characteristic sets, no declaration is listed or recorded under that number or one made from it
// ("-1", "-2"), the delivery gets no other declaration (its quantity is drawn from the account,
// as declared), one declaration-issued-outside warning at its SD cell says so, and the numbers the
// add-in issues to the other rows never meet it. The same holds in the next run, the register of
// the first read back (engine/issue/outside.ts).
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import type { EngineResult } from "../../../src/engine";
import { numberKey } from "../../../src/engine/normalise";
import { ledger, registerOf, sale, uco } from "../build";

/** Numbers users type by hand, in their own styles (the last ones in the add-in's own form). */
const TYPED = ["ORH/2025/3", "orh 2025 0002", "4711", "LS-77/A", "SD 2025 0001", "SD-2025-0002", "Nr. 12"];

/** Receipts of up to three raw materials: a delivery drawing on several is declared in split lines. */
const RECEIPTS = [
  uco("2025-01-05", "10", "IN-1"),
  uco("2025-01-06", "10", "IN-2", { rawMaterial: "Animal fat", ghg: { total: "20", method: "AV" } }),
  uco("2025-01-07", "30", "IN-3", { rawMaterial: "Tallow", ghg: { total: "15", method: "AV" } }),
];

const typedRow = fc.record({
  typed: fc.constantFrom(...TYPED),
  quantity: fc.integer({ min: 1, max: 25 }),
  blanks: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }),
  place: fc.nat(3),
});

function run(rows: ReturnType<typeof sale>[], issued: ReturnType<typeof registerOf> = []): EngineResult {
  return runEngine(ledger({ receipts: RECEIPTS, deliveries: rows, issued }), { today: "2025-04-15" });
}

function check(result: EngineResult, typed: string, row: number, quantity: number, total: number): void {
  const key = numberKey(typed);
  // nothing listed under the typed number, nor one made from it, nor for its row
  for (const d of result.declarations) {
    expect([d.number, d.rowSd]).not.toContainEqual(typed);
    expect(numberKey(d.number).startsWith(key) && d.number !== "").toBe(false);
    expect(d.delivery.row).not.toBe(row);
  }
  const said = result.findings.filter((f) => f.code === "declaration-issued-outside");
  expect(said.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Deliveries", `H${row}`, "warning"]]);
  expect(said[0]?.details).toMatchObject({ number: typed, quantity: String(quantity), unit: "t" });
  // its quantity is drawn from the account like every other delivery's: declared by the outside SD
  const delivered = result.balances.reduce((a, b) => a + Number(b.delivered), 0);
  expect(delivered).toBe(total);
}

describe("a number typed before any register holds it (issued outside massbal)", () => {
  it("is never recorded, split or recomputed, and its delivery gets no second declaration", () => {
    fc.assert(
      fc.property(typedRow, ({ typed, quantity, blanks, place }) => {
        const rows = blanks.map((q, i) => sale(`2025-03-${String(10 + i).padStart(2, "0")}`, String(q)));
        const at = Math.min(place, rows.length);
        rows.splice(at, 0, sale("2025-03-05", String(quantity), { sdNumber: typed }));
        const total = quantity + blanks.reduce((a, b) => a + b, 0);
        const first = run(rows);
        check(first, typed, at + 2, quantity, total);
        // every other row gets its own declaration from the add-in
        const declared = new Set(first.declarations.map((d) => d.delivery.row));
        expect(declared.size).toBe(blanks.length);
        const second = run(rows, registerOf(first.declarations));
        check(second, typed, at + 2, quantity, total);
        expect(second.declarations.every((d) => d.status === "issued")).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
