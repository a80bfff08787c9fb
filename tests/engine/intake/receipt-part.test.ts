// (p-parts, brk11) A receipt whose sheet states its sustainable part beside the quantity ("davon
// nachhaltig (t)", "Anteil nachhaltig (%)"): the whole quantity was credited, the part ignored, and a
// delivery of the whole was declared on it. The rule: no receipt with a stated part below its
// quantity is credited more than its part; the add-in credits a receipt whole or not at all, so
// such a receipt gives no credit, its account is incomplete, and a finding at the part's cell says
// to book the part on a row of its own.
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const run = (quantity: string, part: string, unit = "t", delivered = quantity) =>
  runEngine(
    ledger({
      receipts: [uco("2025-01-05", quantity, "IN-1", { sustainablePart: part, sustainablePartUnit: unit })],
      deliveries: [sale("2025-02-10", delivered)],
    }),
  );

describe("a receipt's stated sustainable part", () => {
  it("property: a part below the quantity is never credited more than the part, and says so at its cell", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        (quantity, below, percent) => {
          const part = below % quantity; // 0 … quantity − 1
          const shown = percent ? (part * 100) / quantity : part;
          const r = run(String(quantity), String(shown), percent ? "%" : "t");
          const received = r.balances.reduce((s, b) => s + Number(b.received), 0);
          expect(received).toBeLessThanOrEqual(part);
          expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
          const at = r.findings.find((f) => f.code === "invalid-quantity");
          expect([at?.sheet, at?.cell, at?.severity]).toEqual(["Receipts", expect.any(String), "error"]);
          expect(r.balances.every((b) => !b.complete)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    ["100", "t"],
    ["100", "%"],
    ["ja", ""],
    ["yes", ""],
  ])("the part %s %s is the whole: credited whole, the delivery declared", (part, unit) => {
    const r = run("100", part, unit, "50");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "50"]]);
  });

  it("a receipt without an SD number and a stated part gives no credit as before, with no finding", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "100", "", { sustainablePart: "30", sustainablePartUnit: "t" })],
      }),
    );
    expect(r.findings.filter((f) => f.code === "invalid-quantity")).toEqual([]);
  });
});
