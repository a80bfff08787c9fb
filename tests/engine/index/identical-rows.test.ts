// (p-outside) Deliveries that become identical in all five values (date, customer, product, site,
// quantity) after an edit cannot be told apart by what they are: the register's declarations keep
// the rows they were issued for in the order issued (issue/identity.ts inIssuedOrder), never moved
// crosswise. Property: a declaration-stale finding names only what changed on the row it stays
// with — the date where that row's date was edited, nothing else — and every edited row is named
// once. Before, the declaration of the unchanged row took the edited one (an exact match) and the
// other found the unchanged row (one value apart): both were reported with changes that never
// happened, "incoming SDs, GHG values" where the receipts differ (brk8 c36).
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import type { EngineResult } from "../../../src/engine";
import { ledger, registerOf, sale, uco } from "../build";

const day = (n: number) => `2025-02-${String(n).padStart(2, "0")}`;

/** One receipt per delivery, each of its own origin and GHG value, received before any delivery. */
const receipts = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    uco(`2025-01-0${i + 1}`, "60", `IN-${i + 1}`, {
      countryOfOrigin: ["DE", "NL", "FR", "BE"][i] ?? "DE",
      ghg: { total: String(10 + 10 * i), method: "AV" },
    }),
  );

function run(dates: number[], issued: ReturnType<typeof registerOf> = []): EngineResult {
  return runEngine(
    ledger({ receipts: receipts(dates.length), deliveries: dates.map((d) => sale(day(d), "60")), issued }),
    { today: "2025-04-15" },
  );
}

const stale = (r: EngineResult) =>
  r.findings
    .filter((f) => f.code === "declaration-stale")
    .map((f) => [f.cell, (f.details as { fields?: string }).fields ?? ""]);

describe("rows made identical by an edit keep their declarations", () => {
  it("the brk8 case: 10.02 corrected to 11.02 beside 11.02 names the date of that row only", () => {
    const first = run([10, 11]);
    expect(first.declarations.map((d) => [d.number, d.inputs.map((i) => i.sd)])).toEqual([
      ["SD-2025-0001", ["IN-1"]],
      ["SD-2025-0002", ["IN-2"]],
    ]);
    const next = run([11, 11], registerOf(first.declarations));
    expect(next.declarations.map((d) => [d.number, d.delivery.row])).toEqual([
      ["SD-2025-0001", 2],
      ["SD-2025-0002", 3],
    ]);
    expect(stale(next)).toEqual([["C2", "date"]]);
    expect(next.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("property: a stale finding names only the date, and only of a row whose date was edited; each such row is named", () => {
    fc.assert(
      fc.property(
        // distinct dates in increasing order (so the receipts are drawn in row order before and after)
        fc
          .uniqueArray(fc.integer({ min: 3, max: 20 }), { minLength: 2, maxLength: 4 })
          .map((a) => a.sort((x, y) => x - y)),
        fc.integer({ min: 3, max: 20 }),
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        (dates, common, edit) => {
          // the edited rows all take the common date; the order of the rows' dates is kept
          const edited = dates.map((d, i) => (edit[i] ? common : d));
          if (edited.some((d, i) => i > 0 && d < (edited[i - 1] as number))) return;
          const first = run(dates);
          const next = run(edited, registerOf(first.declarations));
          const changed = new Set(dates.flatMap((d, i) => (edited[i] !== d ? [`C${i + 2}`] : [])));
          // what is named changed on that row: its date, nothing else
          for (const [cell, fields] of stale(next))
            expect([cell, fields, changed.has(cell!)]).toEqual([cell, "date", true]);
          // an edited row is named, or, where two edited rows could each be either, asked for
          // (ambiguous); a date moved more than 3 days is another delivery (needs-correction, elsewhere.ts)
          const asked = ["declaration-ambiguous", "declaration-needs-correction"];
          const ambiguous = next.findings.filter((f) => asked.includes(f.code)).map((f) => f.cell);
          const named = new Set([...stale(next).map(([c]) => c), ...ambiguous]);
          for (const cell of changed) expect([cell, named.has(cell)]).toEqual([cell, true]);
          if (ambiguous.length > 0) return;
          expect(next.declarations.map((d) => d.delivery.row)).toEqual(dates.map((_, i) => i + 2));
        },
      ),
      { numRuns: 60 },
    );
  });
});
