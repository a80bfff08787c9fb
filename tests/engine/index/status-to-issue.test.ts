// (brk20 A7) A delivery whose SD status cell says its SD is still to issue (the reader's source cell
// "sdToIssue": "offen", "zu erstellen", "to issue"…) beside an SD number (engine/issue/outside.ts).
// Where no register holds the number, the two cells disagree: declaration-issued-outside is an
// error at the status cell (reason "status-to-issue") that holds the delivery's declaration back
// (blocked, or a draft; no number). Before, it was a warning at the SD cell and the delivery was read
// as declared outside massbal. Where a register holds the number (massbal wrote it beside the
// "offen" it left on an earlier run) nothing is said and the declaration stays issued. Without the
// marker (a status saying issued, or none) the number is read as issued outside, as before.
import type { Ledger } from "../../../src/engine/model";
import { runEngine } from "../../../src/engine";
import type { EngineResult } from "../../../src/engine";
import { ledger, registerOf, sale, uco } from "../build";

const RECEIPTS = [uco("2025-01-05", "50", "IN-1")];

/** The books of `rows` (sales), the row of index `toIssue` marked with its status cell at J. */
function books(
  rows: ReturnType<typeof sale>[],
  toIssue: number[],
  issued: ReturnType<typeof registerOf> = [],
): Ledger {
  const l = ledger({ receipts: RECEIPTS, deliveries: rows, issued });
  for (const i of toIssue) {
    const d = l.deliveries[i]!;
    d.source.cells = { ...d.source.cells, sdToIssue: `J${d.source.row}` };
  }
  return l;
}

const run = (l: Ledger, draft = false): EngineResult => runEngine(l, { today: "2025-04-15", draft });

const outside = (r: EngineResult) =>
  r.findings.filter((f) => f.code === "declaration-issued-outside").map((f) => [f.cell, f.severity]);

describe("a delivery's status saying its SD is still to issue, beside its SD number", () => {
  it("a number no register holds: an error at the status cell holds its declaration back", () => {
    const r = run(books([sale("2025-03-01", "10", { sdNumber: "NF-2025-0007" })], [0]));
    expect(outside(r)).toEqual([["J2", "error"]]);
    const [f] = r.findings.filter((x) => x.code === "declaration-issued-outside");
    expect(f!.details).toMatchObject({ reason: "status-to-issue", sdCell: "H2", number: "NF-2025-0007" });
    expect(f!.holdsBack).toEqual([{ sheet: "Deliveries", cell: "C2" }]);
    expect(r.declarations.map((d) => [d.status, d.number, d.rowSd, d.quantity])).toEqual([
      ["blocked", "", "NF-2025-0007", "10"],
    ]);
    expect(r.declarations[0]!.heldBy).toEqual([
      expect.objectContaining({ code: "declaration-issued-outside", cell: "J2" }),
    ]);
    // drafts asked for: listed as a draft, still without a number
    const draft = run(books([sale("2025-03-01", "10", { sdNumber: "NF-2025-0007" })], [0]), true);
    expect(draft.declarations.map((d) => [d.status, d.number])).toEqual([["draft", ""]]);
  });

  it("a number a register holds (massbal wrote it beside the status it left): quiet, issued as before", () => {
    const first = run(books([sale("2025-03-01", "10"), sale("2025-03-02", "5")], [0, 1]));
    expect(outside(first)).toEqual([]);
    const numbers = first.declarations.map((d) => d.number);
    expect(numbers.every((n) => n !== "")).toBe(true);
    const rows = [
      sale("2025-03-01", "10", { sdNumber: numbers[0] }),
      sale("2025-03-02", "5", { sdNumber: numbers[1] }),
    ];
    const second = run(books(rows, [0, 1], registerOf(first.declarations)));
    expect(outside(second)).toEqual([]);
    expect(second.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(second.declarations.map((d) => [d.status, d.number])).toEqual(numbers.map((n) => ["issued", n]));
  });

  it("beside it a row typed with a number no register holds: that row alone is held", () => {
    const first = run(books([sale("2025-03-01", "10")], [0]));
    const [number] = first.declarations.map((d) => d.number);
    const rows = [
      sale("2025-03-01", "10", { sdNumber: number }),
      sale("2025-03-05", "4", { sdNumber: "4711" }),
    ];
    const second = run(books(rows, [0, 1], registerOf(first.declarations)));
    expect(outside(second)).toEqual([["J3", "error"]]);
    expect(second.declarations.map((d) => [d.status, d.number, d.delivery.row])).toEqual([
      ["issued", number, 2],
      ["blocked", "", 3],
    ]);
  });

  it("no marker (a status saying issued, or none): issued outside, a warning at the SD cell as before", () => {
    const r = run(books([sale("2025-03-01", "10", { sdNumber: "NF-2025-0007" })], []));
    expect(outside(r)).toEqual([["H2", "warning"]]);
    expect(r.declarations).toEqual([]);
  });

  it("a blank SD number with the marker: declared by massbal, nothing said", () => {
    const r = run(books([sale("2025-03-01", "10")], [0]));
    expect(outside(r)).toEqual([]);
    expect(r.declarations.map((d) => d.status)).toEqual(["new"]);
  });

  it("a number on two rows stays held by declaration-number-duplicate, not said twice", () => {
    const rows = [
      sale("2025-03-01", "10", { sdNumber: "4711" }),
      sale("2025-03-02", "5", { sdNumber: "4711" }),
    ];
    const r = run(books(rows, [0, 1]));
    expect(outside(r)).toEqual([]);
    expect(r.declarations.every((d) => d.status === "blocked" && d.number === "")).toBe(true);
  });
});
