// Every balance row the period close writes (src/engine/book/close.ts closePeriod) has the same
// fields in the same order, whichever way its account was opened (a receipt's credit, a delivery
// sold ahead of any credit, another product, a second period): `massbal --json` writes them in this
// order, and rows of one shape are what the close builds them as (bench/RESULTS.md round 22).
import { runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const FIELDS = [
  "site",
  "scheme",
  "product",
  "characteristics",
  "account",
  "periodStart",
  "periodEnd",
  "unit",
  "opening",
  "received",
  "produced",
  "consumed",
  "delivered",
  "transferredIn",
  "transferredOut",
  "transferred",
  "closing",
  "physicalStock",
  "bookPhysicalStock",
  "carriedForward",
  "lapsed",
  "firstOverdraft",
  "complete",
];

test("balance rows: the same fields in the same order for every account and period", () => {
  const result = runEngine(
    ledger({
      receipts: [
        uco("2025-01-10", "100", "SD-1"),
        uco("2025-02-10", "40", "SD-2", { product: "Tallow" }),
        uco("2025-04-02", "30", "SD-3", { rawMaterial: "Animal fat", wasteResidue: "yes" }),
      ],
      deliveries: [
        sale("2025-01-20", "60"),
        // sold ahead of any credit of its kind: an account opened by the withdrawal
        sale("2025-01-25", "20", { product: "Rapeseed oil" }),
        sale("2025-04-20", "10", { product: "Tallow" }),
      ],
      settings: { periodMonths: 3 },
    }),
    { declare: false, today: "2026-01-15" },
  );
  expect(result.balances.length).toBeGreaterThan(4);
  for (const b of result.balances) expect(Object.keys(b)).toEqual(FIELDS);
  // an account of each way, in both periods
  expect(new Set(result.balances.map((b) => b.account)).size).toBeGreaterThan(3);
  expect(new Set(result.balances.map((b) => b.periodStart)).size).toBe(2);
});
