// (p-hold) A delivery's issued number retyped in another spelling where no row keeps the register's
// spelling (engine/issue/retyped.ts): the register recognises its own declaration and keeps one
// line, or, where the row is not what was issued or another row may be meant, refuses the row at
// its SD cell naming the register's number cell — never a second register line for one delivery.
import { runEngine } from "../../../src/engine";
import type { EngineResult } from "../../../src/engine";
import { ledger, registerOf, sale, typedRegister, uco } from "../build";

const receipts = [uco("2025-01-05", "100", "IN-1")];
const other = sale("2025-03-06", "5");

/**
 * The register after a first run: the 15 t row numbered by the add-in (`typed` null), or typed
 * `typed`, as an earlier massbal recorded a typed number (typedRegister; issue/outside.ts).
 */
function firstRun(typed: string | null) {
  const row = sale("2025-03-05", "15");
  const result = runEngine(ledger({ receipts, deliveries: [row, other] }), { today: "2025-04-15" });
  return typed ? typedRegister(result.declarations, 2, typed) : registerOf(result.declarations);
}

function next(issued: ReturnType<typeof registerOf>, rows: ReturnType<typeof sale>[]): EngineResult {
  return runEngine(ledger({ receipts, deliveries: rows, issued }), { today: "2025-04-15" });
}

const lines = (r: EngineResult) => r.declarations.map((d) => [d.status, d.number, d.quantity]);

describe.each([
  ["SD-2025-0001", "SD 2025 0001"],
  ["SD-2025-0001", "sd/2025/0001"],
  ["SD-2025-0001", "SD-25-0001"],
  ["SD-2025-0001", "SD-2025-1"],
  ["SD-2025-0001", "SD-2025-OOO1"],
  ["4711", "SD 4711"],
  ["4711", "Nr. 4711"],
  [null, "SD 2025 0001"],
  [null, "SD-25-0001"],
])("issued as %p, retyped %p", (typed, retyped) => {
  const issued = firstRun(typed);
  const number = issued[0]!.number;

  it("is the register's one declaration, not a second line", () => {
    const result = next(issued, [sale("2025-03-05", "15", { sdNumber: retyped }), other]);
    expect(lines(result)).toEqual([
      ["issued", number, "15"],
      ["issued", issued[1]!.number, "5"],
    ]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a row that is not what was issued is refused at its SD cell, naming the register's cell", () => {
    const result = next(issued, [sale("2025-03-07", "16", { sdNumber: retyped }), other]);
    const [f] = result.findings.filter((x) => x.code === "duplicate-sd");
    expect(f).toMatchObject({
      severity: "error",
      cell: "H2",
      details: { sd: retyped, first: "'MB Declarations'!A2" },
    });
    expect(f!.related).toEqual([{ sheet: "MB Declarations", cell: "A2" }]);
    const held = result.declarations.filter((d) => d.delivery.row === 2);
    expect(held.map((d) => [d.status, d.number, d.heldBy?.map((h) => h.code)])).toEqual([
      ["blocked", "", ["duplicate-sd"]],
    ]);
    // the register's line stays one line under its number
    expect(result.declarations.filter((d) => d.number === number)).toHaveLength(1);
  });
});

it("two rows retyped alike to one declaration: neither is taken for it, both refused", () => {
  const issued = firstRun("SD-2025-0001");
  const result = next(issued, [
    sale("2025-03-05", "15", { sdNumber: "SD 2025 0001" }),
    sale("2025-03-06", "5", { sdNumber: "SD-25-0001" }),
  ]);
  expect(result.declarations.filter((d) => d.number === "SD-2025-0001")).toHaveLength(1);
  expect(result.declarations.filter((d) => d.status === "blocked").map((d) => d.delivery.row)).toEqual([
    2, 3,
  ]);
});
