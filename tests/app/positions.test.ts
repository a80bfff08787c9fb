import { firstOverdrafts, overdraftOf, productPositions } from "../../src/app/positions";
import { LedgerTable } from "../../src/engine/book/ledger-table";
import type { LedgerEntry } from "../../src/engine/result";
import { balance } from "./fixtures";

const periods = [
  { start: "2025-01-01", end: "2025-03-31" },
  { start: "2025-04-01", end: "2025-06-30" },
];
const line = (
  date: string,
  account: string,
  running: string,
  over: Partial<LedgerEntry> = {},
): LedgerEntry => ({
  date,
  account,
  kind: "delivery",
  reference: "R",
  quantity: "-1",
  running,
  unit: "t",
  ...over,
});

describe("the first overdraft of an account", () => {
  it("is its first ledger line below zero in each period, with that line's balance and row", () => {
    const found = firstOverdrafts(
      LedgerTable.of([
        line("2025-01-05", "A", "3"),
        line("2025-02-01", "A", "-0", { source: { sheet: "Deliveries", cell: "C4" } }),
        line("2025-02-02", "A", "-2.5", { source: { sheet: "Deliveries", cell: "C5" } }),
        line("2025-02-03", "A", "-7"),
        line("2025-03-31", "B", "-1"),
        line("2025-04-01", "A", "-7", { kind: "carry-forward" }),
      ]),
      periods,
    );
    const a = (periodStart: string, firstOverdraft: string | null) =>
      balance({ account: "A", periodStart, firstOverdraft });
    expect(overdraftOf(found, a("2025-01-01", "2025-02-02"))).toEqual({
      date: "2025-02-02",
      amount: "-2.5",
      unit: "t",
      source: { sheet: "Deliveries", cell: "C5" },
    });
    // a period that opens below zero is below zero from its first day
    expect(overdraftOf(found, a("2025-04-01", "2025-04-01"))?.date).toBe("2025-04-01");
    // the day is the engine's where it is earlier than the line (a sale booked at the close)
    expect(overdraftOf(found, a("2025-01-01", "2025-01-20"))).toMatchObject({
      date: "2025-01-20",
      amount: "-2.5",
    });
    expect(overdraftOf(found, balance({ account: "B", periodStart: "2025-01-01" }))?.amount).toBe("-1");
    expect(overdraftOf(found, balance({ account: "C", periodStart: "2025-01-01" }))).toBeNull();
  });
});

describe("product positions", () => {
  it("are one per site, product and period, with the first credit sold ahead of any account", () => {
    const a = balance({ account: "A", physicalStock: "10", bookPhysicalStock: "11" });
    const b = balance({ account: "B", physicalStock: "10", bookPhysicalStock: "11" });
    const seed = balance({ account: "S", product: "Rapeseed", physicalStock: null, bookPhysicalStock: "5" });
    const ledger = LedgerTable.of(
      [
        line("2025-01-20", "w1", "-4", { awaiting: a }),
        line("2025-01-10", "w2", "-9", { awaiting: { ...a, scheme: "ISCC PLUS" } }),
      ].sort((x, y) => (x.date < y.date ? -1 : 1)),
    );
    const positions = productPositions([a, b, seed], ledger, firstOverdrafts(ledger, periods));
    expect(
      positions.map((p) => [
        p.product,
        p.physicalStock,
        p.bookPhysicalStock,
        p.soldAhead?.date ?? null,
        p.soldAhead?.amount ?? null,
      ]),
    ).toEqual([
      ["Rapeseed oil", "10", "11", "2025-01-10", "-9"],
      ["Rapeseed", null, "5", null, null],
    ]);
  });
});

describe("credit sold ahead with no account of its kind (issue 13 break-test #16)", () => {
  it.each(["2025-02-03", "2025-03-20", "2025-03-31"])(
    "sold on %s: MB Summary's first overdraft, the finding and the product's sold-ahead give one date",
    async (date) => {
      const { runEngine } = await import("../../src/engine");
      const { ledger, sale, uco } = await import("../engine/build");
      const result = runEngine(
        ledger({
          receipts: [uco("2025-01-05", "5", "IN-1", { product: "Tallow" })],
          deliveries: [sale(date, "10")],
        }),
        { today: "2025-04-15" },
      );
      const overdrafts = firstOverdrafts(result.ledger, result.periods);
      const b = result.balances.find((x) => x.product === "UCO");
      expect(b).toBeDefined();
      const finding = result.findings.find((f) => f.code === "overdraft");
      expect(finding?.details?.date).toBe(date);
      expect(overdraftOf(overdrafts, b!)?.date).toBe(date);
      const [position] = productPositions([b!], result.ledger, overdrafts);
      expect(position?.soldAhead?.date).toBe(date);
    },
  );
});
