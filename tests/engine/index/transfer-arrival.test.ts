// brk26 L4: a transfer between the company's own sites that states the day it left and the day it
// arrived debits the sending site on the first and credits the receiving site on the second; in
// between the credit is in neither site's account (in transit). Dispatched on 31 Mar and arrived on
// 2 Apr, it leaves Hamburg's Q1 balance and enters Venlo's Q2 balance: a sale at Venlo on 31 Mar is
// not backed by goods still on the road. An arrival before the dispatch is refused at its cell.
// Must not change: a transfer with one date (or the same day twice) moves the credit on that day.
import { type EngineResult, runEngine } from "../../../src/engine";
import type { TransferInput } from "../../../src/engine";
import { ledger, type NoSource, sale } from "../build";
import { hamburgUco, PLUS_SITES, plusTransfer } from "../transfer-books";

const plus = { scheme: "ISCC PLUS", claim: "bio-circular" } as const;

function run(transfer: Partial<NoSource<TransferInput>>, venloSale = "5"): EngineResult {
  return runEngine(
    ledger({
      settings: { scheme: "ISCC PLUS", periodMonths: 3, periodStart: "2025-01-01" },
      sites: PLUS_SITES,
      receipts: [hamburgUco()],
      transfers: [plusTransfer("10", { countryOfOrigin: "DE", date: "2025-03-31", ...transfer })],
      deliveries: [sale("2025-03-31", venloSale, { site: "Venlo", ...plus })],
    }),
    { today: "2025-07-15" },
  );
}

/** Per site and period end: [transferred out, transferred in, closing]. */
function balances(r: EngineResult): Record<string, [string, string, string]> {
  const out: Record<string, [string, string, string]> = {};
  for (const b of r.balances) {
    const key = `${b.site} ${b.periodEnd}`;
    const [o, i, c] = out[key] ?? ["0", "0", "0"];
    const add = (x: string, y: string) => String(Number(x) + Number(y));
    out[key] = [add(o, b.transferredOut), add(i, b.transferredIn), add(c, b.closing)];
  }
  return out;
}

describe("a transfer that arrives after the day it left (brk26 L4)", () => {
  it("dispatched 31 Mar, arrived 2 Apr: Hamburg debited in Q1, Venlo credited in Q2; Venlo's Q1 sale unbacked", () => {
    const r = run({ arrivalDate: "2025-04-02" });
    expect(balances(r)).toEqual({
      "Hamburg 2025-03-31": ["10", "0", "90"],
      "Venlo 2025-03-31": ["0", "0", "-5"],
      "Hamburg 2025-06-30": ["0", "0", "90"],
      "Venlo 2025-06-30": ["0", "10", "5"],
    });
    expect(r.findings.map((f) => f.code)).toContain("negative-balance");
    const d = r.declarations.find((x) => x.quantity === "5");
    expect(d?.status).not.toBe("issued");
  });

  it("the arrival after the books' last other date opens the period it arrives in", () => {
    const r = run({ arrivalDate: "2025-07-02" }, "0");
    expect(balances(r)["Venlo 2025-09-30"]).toEqual(["0", "10", "10"]);
    // in transit through Q2: in neither site's Q2 balance
    expect(balances(r)["Venlo 2025-06-30"]?.[1] ?? "0").toBe("0");
    expect(balances(r)["Hamburg 2025-06-30"]).toEqual(["0", "0", "90"]);
  });

  it("the Venlo ledger line of the transfer in is dated the day it arrived", () => {
    const r = run({ arrivalDate: "2025-04-02" });
    const ins = r.ledger.entries().filter((e) => e.kind === "transfer-in");
    expect(ins.map((e) => e.date)).toEqual(["2025-04-02"]);
  });

  it("an arrival before the dispatch is refused at its cell: nothing moved, both sites incomplete", () => {
    const r = run({ date: "2025-04-02", arrivalDate: "2025-03-31" });
    const f = r.findings.find((x) => x.code === "arrival-before-dispatch");
    expect(f).toMatchObject({ severity: "error", sheet: "Transfers" });
    expect(f?.details).toMatchObject({ dispatched: "2025-04-02", arrived: "2025-03-31" });
    expect(f?.message).toContain("says it arrived on 2025-03-31, before it left on 2025-04-02");
    expect(r.balances.every((b) => b.transferredIn === "0" && b.transferredOut === "0")).toBe(true);
    expect(r.balances.some((b) => b.site === "Venlo" && !b.complete)).toBe(true);
    expect(r.balances.some((b) => b.site === "Hamburg" && !b.complete)).toBe(true);
  });

  // must not change: one date, or the same day twice, moves the credit that day
  it.each([[{}], [{ arrivalDate: "2025-03-31" }]])(
    "%p: Venlo credited on 31 Mar, its sale backed",
    (extra) => {
      const r = run(extra);
      expect(balances(r)).toEqual({
        "Hamburg 2025-03-31": ["10", "0", "90"],
        "Venlo 2025-03-31": ["0", "10", "5"],
      });
      expect(r.findings.map((f) => f.code)).not.toContain("negative-balance");
    },
  );
});

// h-transfer3: at the end of the period it left in, a transfer still on the road is in neither
// site's balance: said (transfer-in-transit, info) with its row, quantity and both periods
describe("a transfer in transit at a period end", () => {
  const inTransit = (r: EngineResult) => r.findings.filter((f) => f.code === "transfer-in-transit");

  it("dispatched 31 Mar, arrived 2 Apr: said at the arrival cell, Q1 and Q2 named", () => {
    const r = run({ arrivalDate: "2025-04-02" });
    const [f, ...more] = inTransit(r);
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: "info", sheet: "Transfers" });
    expect(f?.details).toEqual({
      ...{ from: "Hamburg", to: "Venlo", product: "UCO", quantity: "10", unit: "t" },
      ...{
        dispatched: "2025-03-31",
        arrived: "2025-04-02",
        periodEnd: "2025-03-31",
        arrivalPeriodEnd: "2025-06-30",
      },
    });
    expect(f?.message).toContain("at the end of the period ending 2025-03-31 the 10 t are in transit");
  });

  it("on the road through two period ends: said at each", () => {
    const r = run({ date: "2025-03-30", arrivalDate: "2025-07-02" }, "0");
    expect(inTransit(r).map((f) => (f.details as { periodEnd: string }).periodEnd)).toEqual([
      "2025-03-31",
      "2025-06-30",
    ]);
  });

  // must not change: arrived within the period, one date, or not moved at all
  it.each([
    [{ date: "2025-02-01", arrivalDate: "2025-02-03" }],
    [{}],
    [{ arrivalDate: "2025-03-31" }],
    [{ date: "2025-03-31", arrivalDate: "2025-04-02", quantity: "500" }],
  ])("%p: nothing in transit said", (extra) => {
    expect(inTransit(run(extra, "0"))).toEqual([]);
  });
});
