// Which declarations a negative balance holds back (domain.md §4, §8; brk22 §8): the period that
// closes below zero and the later periods drawing on its debt, never a closed earlier period whose
// withdrawals the credit of that period backed. A Q1 sale drawn on Q1 credit is no cause of Q2's
// shortfall (Q2 opens with what Q1 carried, whatever Q1 sold), so it is issued; every declaration
// of the negative period, and of a later one, stays held.
import { type EngineResult, runEngine } from "../../../src/engine";
import type { ReceiptInput, StockCountInput } from "../../../src/engine";
import { ledger, type NoSource, sale, uco } from "../build";

const today = { today: "2025-12-15" };

function run(
  receipts: NoSource<ReceiptInput>[],
  deliveries: [string, string][],
  stockCounts: NoSource<StockCountInput>[] = [],
): EngineResult {
  return runEngine(
    ledger({
      receipts,
      deliveries: deliveries.map(([date, q]) => sale(date, q)),
      stockCounts,
    }),
    today,
  );
}

/** Each delivery's declaration status, and the codes holding it back, in the order of the rows. */
function statuses(result: EngineResult): [string, string, string[]][] {
  return result.declarations.map((d) => [d.dispatchDate, d.status, (d.heldBy ?? []).map((h) => h.code)]);
}

const count = (date: string, quantity: string): NoSource<StockCountInput> => ({
  date,
  product: "UCO",
  quantity,
});

describe("a negative balance holds back its own period's and later declarations, not a closed earlier period's", () => {
  it.each([
    ["with a count of 40 t at the end of Q1", [count("2025-03-31", "40")]],
    ["with no count", []],
  ] as [string, NoSource<StockCountInput>[]][])(
    "Q1 backed (100 in, 60 out), Q2 sells 60 of 40 carried (%s): Q1 issued, Q2 held",
    (_, counts) => {
      const r = run(
        [uco("2025-01-10", "100", "IN-1")],
        [
          ["2025-03-01", "60"],
          ["2025-05-05", "60"],
        ],
        counts,
      );
      const negative = r.findings.filter((f) => f.code === "negative-balance");
      expect(negative.map((f) => [f.cell, f.details])).toEqual([
        [
          "C3",
          expect.objectContaining({ periodStart: "2025-04-01", periodEnd: "2025-06-30", closing: "-20" }),
        ],
      ]);
      expect(statuses(r)).toEqual([
        ["2025-03-01", "new", []],
        ["2025-05-05", "blocked", ["negative-balance"]],
      ]);
      expect(negative[0]?.holdsBack).toEqual([{ sheet: "Deliveries", cell: "C3" }]);
    },
  );

  it("every declaration of the period that closes negative stays held, the one before the short too", () => {
    const r = run(
      [uco("2025-01-10", "100", "IN-1")],
      [
        ["2025-03-01", "60"],
        ["2025-04-10", "30"],
        ["2025-05-05", "30"],
      ],
    );
    expect(statuses(r)).toEqual([
      ["2025-03-01", "new", []],
      ["2025-04-10", "blocked", ["negative-balance"]],
      ["2025-05-05", "blocked", ["negative-balance"]],
    ]);
  });

  it("a later period's declaration drawing on credit that first repays the debt stays held", () => {
    const r = run(
      [uco("2025-01-10", "100", "IN-1"), uco("2025-07-10", "50", "IN-2")],
      [
        ["2025-03-01", "60"],
        ["2025-05-05", "60"],
        ["2025-08-01", "10"],
      ],
    );
    // Q3 closes at 20 t (-20 + 50 - 10): only Q2 is negative, and Q3's sale stays held by it
    expect(r.findings.filter((f) => f.code === "negative-balance").map((f) => f.details.periodEnd)).toEqual([
      "2025-06-30",
    ]);
    expect(statuses(r)).toEqual([
      ["2025-03-01", "new", []],
      ["2025-05-05", "blocked", ["negative-balance"]],
      ["2025-08-01", "blocked", ["negative-balance"]],
    ]);
  });

  it("a first period that closes negative holds back all its declarations, and later ones", () => {
    const r = run(
      [uco("2025-01-10", "100", "IN-1"), uco("2025-04-10", "80", "IN-2")],
      [
        ["2025-01-20", "50"],
        ["2025-03-01", "70"],
        ["2025-05-05", "10"],
      ],
    );
    expect(r.findings.filter((f) => f.code === "negative-balance").map((f) => f.details.periodEnd)).toEqual([
      "2025-03-31",
    ]);
    expect(statuses(r)).toEqual([
      ["2025-01-20", "blocked", ["negative-balance"]],
      ["2025-03-01", "blocked", ["negative-balance"]],
      ["2025-05-05", "blocked", ["negative-balance"]],
    ]);
  });

  it("another product's declarations are not held, whatever their date", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-10", "100", "IN-1"), uco("2025-01-10", "50", "T-1", { product: "Tallow" })],
        deliveries: [sale("2025-05-05", "120"), sale("2025-06-01", "20", { product: "Tallow" })],
      }),
      today,
    );
    expect(statuses(r)).toEqual([
      ["2025-05-05", "blocked", ["negative-balance"]],
      ["2025-06-01", "new", []],
    ]);
  });
});
