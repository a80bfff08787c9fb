// (p-issue, fault #18) Every sustainable delivery a Declare run books needs a declaration, and is
// listed in the declarations: one whose credit falls short (a negative balance at the period end,
// links that cannot back it) is listed blocked, its whole quantity with the credit found as its
// inputs and the rest as `unbacked`, held back by the errors that reach it; never numbered.
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import { dec } from "../../../src/engine/quantity";
import { dayOf2025, ledger, sale, uco } from "../build";

const rowsListed = (r: ReturnType<typeof runEngine>) =>
  [...new Set(r.declarations.map((d) => d.delivery.row))].sort((a, b) => a - b);

describe("deliveries without (enough) credit are listed held back", () => {
  // 100 t received; C1 80 t backed, C2 70 t of which 20 t backed, C3 50 t of HVO with nothing
  const input = ledger({
    receipts: [uco("2025-01-05", "100", "SD-1")],
    deliveries: [
      sale("2025-02-10", "80", { customer: "C1" }),
      sale("2025-02-11", "70", { customer: "C2" }),
      sale("2025-02-12", "50", { customer: "C3", product: "HVO" }),
    ],
  });

  it("lists all three, each held back by the shortfall that reaches it", () => {
    const r = runEngine(input, { today: "2025-04-15" });
    expect(
      r.declarations.map((d) => [
        d.recipient.name,
        d.status,
        d.number,
        d.quantity,
        d.unbacked,
        d.inputs.map((i) => `${i.sd} ${i.quantity}`),
        d.heldBy?.map((h) => `${h.code} ${h.cell}`),
      ]),
    ).toEqual([
      ["C1", "blocked", "", "80", undefined, ["SD-1 80"], ["negative-balance C3"]],
      ["C2", "blocked", "", "70", "50", ["SD-1 20"], ["negative-balance C3"]],
      ["C3", "blocked", "", "50", "50", [], ["negative-balance C4"]],
    ]);
    // the errors say which declarations they hold back, the unbacked ones included
    const holds = r.findings.filter((f) => f.code === "negative-balance").map((f) => f.holdsBack);
    expect(holds).toEqual([
      [
        { sheet: "Deliveries", cell: "C3" },
        { sheet: "Deliveries", cell: "C2" },
      ],
      [{ sheet: "Deliveries", cell: "C4" }],
    ]);
  });

  it("stays blocked when drafts are asked for: which credit will back it is not known", () => {
    const r = runEngine(input, { today: "2025-04-15", draft: true });
    expect(r.declarations.map((d) => d.status)).toEqual(["draft", "blocked", "blocked"]);
  });

  it("Check lists no declarations the books call for, as before", () => {
    expect(runEngine(input, { today: "2025-04-15", declare: false }).declarations).toEqual([]);
  });
});

describe("property: every sustainable delivery of a Declare run is listed, and only credit is declared", () => {
  const day = dayOf2025(80);
  it("holds for any receipts and sales", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 60 })), { maxLength: 3 }),
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 4 }),
        (receipts, sales) => {
          const r = runEngine(
            ledger({
              receipts: receipts.map(([date, q], i) => uco(date, String(q), `IN-${i + 1}`)),
              deliveries: sales.map(([date, q]) => sale(date, String(q))),
            }),
            { today: "2025-12-31" },
          );
          expect(rowsListed(r)).toEqual(sales.map((_, i) => i + 2));
          for (const d of r.declarations) {
            const inputs = d.inputs.reduce((s, i) => s.plus(i.quantity), dec(0));
            expect(inputs.plus(d.unbacked ?? 0).equals(d.quantity)).toBe(true);
            if (d.unbacked) expect(d).toMatchObject({ status: "blocked", number: "" });
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
