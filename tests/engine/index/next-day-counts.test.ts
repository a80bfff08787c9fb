// Stock counts around a period end (brk22 §3, §14; domain.md §4). A count dated the day after a
// period end, with no row of its product at its site that day and no count of the period end
// itself, is that period's closing stock (an info says so); with rows that day it stays the stock
// at the end of its own day and a warning says what to write. A count less what went out after it
// below zero is an error at the count, never a counted stock. A count of a product no row moves,
// beside a product whose name is alike, is a warning at its product cell.
import { type EngineResult, type Finding, runEngine } from "../../../src/engine";
import type { Balance } from "../../../src/engine/result";
import { cellFor, ledger, type LedgerParts, sale, uco } from "../build";

const today = { today: "2026-06-30" };

const balance = (r: EngineResult, start: string, product = "UCO"): Balance | undefined =>
  r.balances.find((b) => b.product === product && b.periodStart === start);
const found = (r: EngineResult, code: string): Finding[] => r.findings.filter((f) => f.code === code);

/** Period lengths: the first period's end, the next period's start (the day after). */
const PERIODS: { months: number; end: string; next: string; settings: LedgerParts["settings"] }[] = [
  { months: 1, end: "2025-01-31", next: "2025-02-01", settings: { periodMonths: 1 } },
  { months: 3, end: "2025-03-31", next: "2025-04-01", settings: { periodMonths: 3 } },
  { months: 12, end: "2025-12-31", next: "2026-01-01", settings: { periodMonths: 12, operatorType: "farm" } },
];

/** 100 t in on 10 January, 60 t out on 20 January: 40 t credit and 40 t of book stock at the first period end. */
function book(p: (typeof PERIODS)[number], extra: LedgerParts): LedgerParts {
  return {
    settings: p.settings,
    receipts: [uco("2025-01-10", "100", "IN-1"), ...(extra.receipts ?? [])],
    deliveries: [sale("2025-01-20", "60"), ...(extra.deliveries ?? [])],
    stockCounts: extra.stockCounts,
  };
}

describe.each(PERIODS)("a count of 10 t around the end of a $months-month period", (p) => {
  const count = (date: string, product = "UCO") => ({ date, product, quantity: "10" });

  it("dated the day after, nothing moving that day: the period's closing stock, said with an info", () => {
    const r = runEngine(ledger(book(p, { stockCounts: [count(p.next)] })), today);
    expect(balance(r, "2025-01-01")).toMatchObject({
      periodEnd: p.end,
      closing: "40",
      lapsed: "30",
      carriedForward: "10",
      physicalStock: "10",
    });
    const [info] = found(r, "stock-count-next-day");
    expect(info).toMatchObject({ severity: "info", sheet: "Stock", cell: cellFor("Stock", "date", 2) });
    expect(info?.details).toMatchObject({ date: p.next, periodEnd: p.end, booked: true });
    expect(found(r, "carry-over-exceeds-stock")).toHaveLength(1);
  });

  it("dated the day after, another product moving that day: still the period's closing stock", () => {
    const tallow = sale(p.next, "1", { product: "Tallow" });
    const r = runEngine(ledger(book(p, { stockCounts: [count(p.next)], deliveries: [tallow] })), today);
    expect(balance(r, "2025-01-01")).toMatchObject({ lapsed: "30", carriedForward: "10" });
    expect(found(r, "stock-count-next-day")[0]?.severity).toBe("info");
  });

  // (brk24 §2) before that day's rows the tank held the count, after them the count plus what left
  // less what came in: the larger caps the period end, never the book stock (40 t) above both
  it.each([
    ["a receipt of 5 t", { receipts: [uco(p.next, "5", "IN-2")] }, "Receipts", "10", "30"],
    ["a sale of 5 t", { deliveries: [sale(p.next, "5")] }, "Deliveries", "15", "25"],
  ])(
    "dated the day after, %s that day: unclear, read at its own day, the larger reading caps, a warning naming the row",
    (_, rows, sheet, cap, lapsed) => {
      const r = runEngine(ledger(book(p, { stockCounts: [count(p.next)], ...rows })), today);
      expect(balance(r, "2025-01-01")).toMatchObject({ lapsed, carriedForward: cap, physicalStock: cap });
      const [warning] = found(r, "stock-count-next-day");
      expect(warning).toMatchObject({ severity: "warning", sheet: "Stock" });
      expect(warning?.details).toMatchObject({
        booked: false,
        moves: `${sheet}!${cellFor(sheet, "quantity", 3)}`,
        cap: `${cap} t`,
      });
      expect(warning?.message).toContain(`date it ${p.end}`);
      expect(warning?.message).toContain(`capped at ${cap} t`);
      expect(warning?.message).not.toContain("capped at the book stock instead");
      // the cap is no count: no deviation from Q1's book stock of 40 t is said of it
      expect(found(r, "stock-deviation").filter((f) => JSON.stringify(f.details).includes('"40"'))).toEqual(
        [],
      );
    },
  );

  it("dated the day after, in and out that day: the count plus the net outflow caps (13 t); a net inflow leaves the count", () => {
    const both = { receipts: [uco(p.next, "5", "IN-2")], deliveries: [sale(p.next, "8")] };
    const r = runEngine(ledger(book(p, { stockCounts: [count(p.next)], ...both })), today);
    expect(balance(r, "2025-01-01")).toMatchObject({ lapsed: "27", carriedForward: "13" });
    expect(found(r, "stock-count-next-day")[0]?.details).toMatchObject({ booked: false, cap: "13 t" });
    const inflow = { receipts: [uco(p.next, "20", "IN-2")], deliveries: [sale(p.next, "8")] };
    const r2 = runEngine(ledger(book(p, { stockCounts: [count(p.next)], ...inflow })), today);
    expect(balance(r2, "2025-01-01")).toMatchObject({ lapsed: "30", carriedForward: "10" });
  });

  it("dated the day after, a sale that day above the book stock's reach: the book stock stays the cap", () => {
    const r = runEngine(
      ledger(book(p, { stockCounts: [count(p.next)], deliveries: [sale(p.next, "35")] })),
      today,
    );
    // before: 10 t, after: 10 + 35 = 45 t; the book holds 40 t, the lower
    expect(balance(r, "2025-01-01")).toMatchObject({ lapsed: "0", carriedForward: "40" });
    expect(found(r, "stock-deviation").map((f) => f.details)).not.toContainEqual(
      expect.objectContaining({ book: "40" }),
    );
  });

  it("dated the period end itself: that period's count, as ever, with no next-day finding", () => {
    const r = runEngine(ledger(book(p, { stockCounts: [count(p.end)] })), today);
    expect(balance(r, "2025-01-01")).toMatchObject({
      lapsed: "30",
      carriedForward: "10",
      physicalStock: "10",
    });
    expect(found(r, "stock-count-next-day")).toEqual([]);
  });

  it("a count on the period end and one the day after: the period end's caps, the other stays in its day", () => {
    const counts = [count(p.end), { date: p.next, product: "UCO", quantity: "12" }];
    const r = runEngine(ledger(book(p, { stockCounts: counts })), today);
    expect(balance(r, "2025-01-01")).toMatchObject({ carriedForward: "10", physicalStock: "10" });
    expect(found(r, "stock-count-next-day")).toEqual([]);
  });

  it("dated two days after: not the period end's stock (capped at the book stock as before)", () => {
    const later = new Date(Date.parse(`${p.next}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const r = runEngine(ledger(book(p, { stockCounts: [count(later)] })), today);
    expect(balance(r, "2025-01-01")).toMatchObject({ lapsed: "0", carriedForward: "40" });
    expect(found(r, "stock-count-next-day")).toEqual([]);
  });
});

describe("a count less what went out after it below zero", () => {
  const parts = (counted: string, extra: LedgerParts = {}): LedgerParts => ({
    receipts: [uco("2025-01-10", "100", "IN-1"), ...(extra.receipts ?? [])],
    deliveries: [sale("2025-02-20", "60")],
    stockCounts: [{ date: "2025-02-15", product: "UCO", quantity: counted }],
  });

  it("is an error at the count naming the sale, no counted stock shown, the sale's declaration held", () => {
    const r = runEngine(ledger(parts("10")), today);
    const [error] = found(r, "stock-below-zero");
    expect(error).toMatchObject({ severity: "error", sheet: "Stock", cell: cellFor("Stock", "quantity", 2) });
    expect(error?.details).toMatchObject({
      counted: "10",
      out: "60",
      in: "0",
      physical: "-50",
      lapsed: "40",
      rows: `Deliveries!${cellFor("Deliveries", "quantity", 2)}`,
    });
    expect(balance(r, "2025-01-01")).toMatchObject({
      physicalStock: null,
      carriedForward: "0",
      lapsed: "40",
    });
    expect(found(r, "carry-over-exceeds-stock")).toEqual([]);
    expect(r.declarations.map((d) => [d.status, d.heldBy?.map((h) => h.code)])).toEqual([
      ["blocked", ["stock-below-zero"]],
    ]);
  });

  it.each([
    ["the count covers the sale exactly", "60", {}, "0"],
    [
      "a receipt after the sale brings it back above zero",
      "10",
      { receipts: [uco("2025-03-01", "55", "IN-2")] },
      "5",
    ],
  ])("not when %s: the stock is what the books say", (_, counted, extra, physical) => {
    const r = runEngine(ledger(parts(counted, extra)), today);
    expect(found(r, "stock-below-zero")).toEqual([]);
    expect(balance(r, "2025-01-01")?.physicalStock).toBe(physical);
    expect(r.declarations.map((d) => d.status)).toEqual(["new"]);
  });
});

describe("a count of a product no row moves, beside a product whose name is alike", () => {
  const books = (counted: string, product = "UCO"): LedgerParts => ({
    receipts: [uco("2025-01-10", "100", "IN-1", { product })],
    deliveries: [sale("2025-01-20", "60", { product })],
    stockCounts: [{ date: "2025-03-31", product: counted, quantity: "10" }],
  });

  it.each([
    ["UCO (used cooking oil)", "UCO"],
    ["Biodiesel (FAME)", "Biodiesel"],
    ["FAME", "Biodiesel"],
    ["UCO Tank 1", "UCO"],
    ["Used cooking oil", "UCO"],
  ])("%s beside %s: a warning at the count's product cell naming it", (counted, product) => {
    const r = runEngine(ledger(books(counted, product)), today);
    const [w] = found(r, "stock-count-product-alike");
    expect(w).toMatchObject({ severity: "warning", sheet: "Stock", cell: cellFor("Stock", "product", 2) });
    expect(w?.details).toMatchObject({ product: counted, alike: product });
  });

  it.each([
    ["the count names the product as its rows do", "uco ", "UCO"],
    ["the count is of a product unlike any", "Tallow", "UCO"],
  ])("nothing when %s", (_, counted, product) => {
    const r = runEngine(ledger(books(counted, product)), today);
    expect(found(r, "stock-count-product-alike")).toEqual([]);
  });
});
