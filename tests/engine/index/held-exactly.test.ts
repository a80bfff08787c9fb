// (p-hold) An error that holds back a declaration holds back exactly the deliveries it is about
// (domain.md §8, engine/reach.ts): a book of several deliveries of one product at one site, one
// delivery (or a pair) with a fault said at its row, and every other delivery — a blank SD cell or
// a number of its own — still gets its declaration. Before, a delivery held back for a repeated SD
// number (outside.ts) was not among the deliveries decide.ts counted as booked, so its error reached
// the product at its site and held back every unrelated delivery of the same book.
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import type { DeliveryInput, EngineResult } from "../../../src/engine";
import { ledger, registerOf, sale, uco } from "../build";

type Sale = ReturnType<typeof sale>;

interface Fault {
  /** the deliveries the fault puts in the book, in date order */
  rows: (date: (i: number) => string) => Sale[];
  /** which of them the finding is about (held back) */
  held: boolean[];
  code: string;
}

/** Faults said at one delivery's row, each a real spelling of the mistake. */
const FAULTS: Record<string, Fault> = {
  "a number typed again in another spelling (duplicate-sd)": {
    rows: (d) => [sale(d(0), "3", { sdNumber: "4711" }), sale(d(1), "4", { sdNumber: "SD 4711" })],
    held: [false, true],
    code: "duplicate-sd",
  },
  "a number of another year spelling (duplicate-sd)": {
    rows: (d) => [sale(d(0), "3", { sdNumber: "SD-2024-0917" }), sale(d(1), "4", { sdNumber: "SD-24-0917" })],
    held: [false, true],
    code: "duplicate-sd",
  },
  "an incoming SD's number typed as the delivery's own (duplicate-sd)": {
    rows: (d) => [sale(d(0), "4", { sdNumber: "IN-2025-001" })],
    held: [true],
    code: "duplicate-sd",
  },
  "one number exactly on two rows (declaration-number-duplicate)": {
    rows: (d) => [sale(d(0), "3", { sdNumber: "X-77" }), sale(d(1), "4", { sdNumber: "x-77" })],
    held: [true, true],
    code: "declaration-number-duplicate",
  },
  "a GHG value lower than its inputs' (ghg-value-unsupported)": {
    rows: (d) => [sale(d(0), "4", { ghg: { total: "5" } } as Partial<DeliveryInput>)],
    held: [true],
    code: "ghg-value-unsupported",
  },
  "no customer (declaration-incomplete)": {
    rows: (d) => [sale(d(0), "4", { customer: "" })],
    held: [true],
    code: "declaration-incomplete",
  },
};

/** A delivery with nothing wrong: a blank SD cell, or a number of its own none repeats. */
const plain = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  quantity: fc.integer({ min: 1, max: 9 }),
  own: fc.boolean(),
});

const day = (n: number) => `2025-03-${String(n).padStart(2, "0")}`;

interface Case {
  rows: Sale[];
  /** per row: held back by the fault's finding */
  held: boolean[];
}

function build(fault: Fault, plains: { day: number; quantity: number; own: boolean }[], at: number[]): Case {
  const rows: Sale[] = plains.map((p, i) =>
    sale(day(p.day), String(p.quantity), p.own ? { sdNumber: `P-${i + 1}` } : {}),
  );
  const held = rows.map(() => false);
  // the faulty rows dated apart (the earlier keeps a repeated number), put in at any place
  fault
    .rows((i) => day(10 + 10 * i))
    .forEach((row, i) => {
      const place = Math.min(at[i] ?? 0, rows.length);
      rows.splice(place, 0, row);
      held.splice(place, 0, fault.held[i] as boolean);
    });
  return { rows, held };
}

function run(rows: Sale[], draft: boolean, issued: ReturnType<typeof registerOf> = []): EngineResult {
  return runEngine(
    ledger({ receipts: [uco("2025-01-05", "500", "IN-2025-001")], deliveries: rows, issued }),
    { today: "2025-04-15", draft },
  );
}

/** What the run did with each delivery row (the sheet's row 2 is the first delivery). */
function check(result: EngineResult, c: Case, fault: Fault, draft: boolean): void {
  const quantityCells = new Set(c.held.flatMap((h, i) => (h ? [`C${i + 2}`] : [])));
  const outside = new Set(
    result.findings.filter((f) => f.code === "declaration-issued-outside").map((f) => f.cell),
  );
  c.rows.forEach((r, i) => {
    const row = i + 2;
    const own = result.declarations.filter((x) => x.delivery.row === row);
    // a number of its own that no register holds and nothing holds back: issued outside, not listed
    expect([row, outside.has(`H${row}`)]).toEqual([row, !c.held[i] && !!r.sdNumber]);
    if (!c.held[i] && r.sdNumber) {
      expect(own).toEqual([]);
      return;
    }
    expect(own.length).toBeGreaterThan(0);
    for (const x of own) {
      if (c.held[i]) {
        expect(x).toMatchObject({ status: draft ? "draft" : "blocked", number: "" });
        expect(x.heldBy?.map((h) => h.code)).toContain(fault.code);
      } else {
        expect([row, x.status, x.heldBy ?? []]).toEqual([row, expect.stringMatching(/^(new|issued)$/), []]);
        expect(x.number).not.toBe("");
      }
    }
  });
  for (const f of result.findings) {
    const stray = (f.holdsBack ?? []).filter((cell) => !quantityCells.has(cell.cell));
    expect([f.code, stray]).toEqual([f.code, []]);
  }
}

describe.each(Object.entries(FAULTS))("%s", (_, fault) => {
  it("holds back the deliveries it names and no other, in this run and the next", () => {
    fc.assert(
      fc.property(
        fc.array(plain, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(5), { minLength: 2, maxLength: 2 }),
        fc.boolean(),
        (plains, at, draft) => {
          const c = build(fault, plains, at);
          const first = run(c.rows, draft);
          check(first, c, fault, draft);
          // the register the first run leaves, read back: the plain deliveries issued, the fault still held
          const second = run(c.rows, draft, registerOf(first.declarations));
          check(second, c, fault, draft);
        },
      ),
      { numRuns: 40 },
    );
  });
});
