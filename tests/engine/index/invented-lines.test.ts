// (p-folder) Register lines an earlier massbal made up for a number typed on a delivery row before
// any register held it (engine/issue/invented.ts): the split's "-1", "-2" lines, or one line with
// contents it computed. Recognised exactly by what that writer put into the record (typedRegister
// builds such a register), reported at each line's SD number cell, never deleted; withdrawn, the
// row's typed number is read as issued outside massbal, and no second declaration is issued for
// the delivery. massbal's own numbers, and a typed number that looks like one, are not reported.
import { runEngine } from "../../../src/engine";
import { ledger, registerOf, sale, typedRegister, uco } from "../build";

// two raw materials, 10 t each: 15 t delivered is declared in two lines (a split)
const receipts = [
  uco("2025-01-05", "10", "IN-1"),
  uco("2025-01-06", "10", "IN-2", { rawMaterial: "Tallow" }),
];
const today = "2025-04-15";

/** The register an earlier massbal left for the 15 t row (sheet row 2) typed `typed`, and 3 t more (row 3). */
function oldCopy(typed: string, quantity = "15") {
  const first = runEngine(
    ledger({ receipts, deliveries: [sale("2025-02-10", quantity), sale("2025-02-12", "3")] }),
    {
      today,
    },
  );
  return typedRegister(first.declarations, 2, typed);
}

const rows = (typed: string, quantity = "15") => [
  sale("2025-02-10", quantity, { sdNumber: typed }),
  sale("2025-02-12", "3"),
];

const said = (r: ReturnType<typeof runEngine>) =>
  r.findings
    .filter((f) => f.code === "declaration-invented")
    .map((f) => [f.severity, f.sheet, f.cell, f.details]);

describe("lines an earlier massbal made up for a typed number", () => {
  it.each(["ORH/2025/3", "4711", "LS 77", "2025-03"])(
    "%s split in two: each line is reported at its cell",
    (typed) => {
      const r = runEngine(ledger({ receipts, deliveries: rows(typed), issued: oldCopy(typed) }), { today });
      const lines = `${typed}-1, ${typed}-2`;
      expect(said(r)).toEqual([
        ["warning", "MB Declarations", "A2", { number: `${typed}-1`, typed, lines, split: true }],
        ["warning", "MB Declarations", "A3", { number: `${typed}-2`, typed, lines, split: true }],
      ]);
      // kept as the register holds them, nothing deleted, no second declaration for the delivery
      expect(r.declarations.filter((d) => d.number.startsWith(typed)).map((d) => d.status)).toEqual([
        "issued",
        "issued",
      ]);
      expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    },
  );

  it("one line under the typed number: its contents were computed, said so", () => {
    const r = runEngine(ledger({ receipts, deliveries: rows("4711", "5"), issued: oldCopy("4711", "5") }), {
      today,
    });
    expect(said(r)).toEqual([
      ["warning", "MB Declarations", "A2", { number: "4711", typed: "4711", lines: "4711", split: false }],
    ]);
  });

  it.each([
    ["massbal's own numbers", null],
    ["a typed number that looks like massbal's (cannot be told apart)", "SD-2025-0001"],
  ])("%s: nothing reported", (_, typed) => {
    const first = runEngine(
      ledger({ receipts, deliveries: [sale("2025-02-10", "15"), sale("2025-02-12", "3")] }),
      {
        today,
      },
    );
    const issued = typed ? typedRegister(first.declarations, 2, typed) : registerOf(first.declarations);
    const number = typed ?? first.declarations[0]!.rowSd;
    const r = runEngine(
      ledger({
        receipts,
        deliveries: [sale("2025-02-10", "15", { sdNumber: number }), sale("2025-02-12", "3")],
        issued,
      }),
      { today },
    );
    expect(said(r)).toEqual([]);
  });

  it("withdrawn as the finding says: kept as cancelled, the typed number read as issued outside, nothing new", () => {
    const cancel = [{ number: "ORH/2025/3", by: "Anna", reason: "issued outside massbal", on: today }];
    const r = runEngine(ledger({ receipts, deliveries: rows("ORH/2025/3"), issued: oldCopy("ORH/2025/3") }), {
      today,
      cancel,
    });
    expect(said(r)).toEqual([]);
    expect(r.declarations.map((d) => [d.number, d.status])).toEqual([
      ["ORH/2025/3-1", "cancelled"],
      ["ORH/2025/3-2", "cancelled"],
      [expect.stringMatching(/-2025-0002$/), "issued"],
    ]);
    const outside = r.findings.filter((f) => f.code === "declaration-issued-outside");
    expect(outside.map((f) => [f.sheet, f.cell, f.details])).toEqual([
      ["Deliveries", "H2", expect.objectContaining({ number: "ORH/2025/3", quantity: "15" })],
    ]);
  });
});
