// brk27 W1: a row booked after the day of the run (EngineOptions.runDay) — a receipt, delivery,
// production row, stock count or transfer (its dispatch or arrival day), a typo year such as 2052
// or a delivery typed a day before it leaves — is refused at its date cell, once
// (date-after-run-day): it is not booked, the balances it would feed are incomplete, and the
// periods end at the last row booked, so no negative balance, overdraft or expired certificate
// follows it period after period. Must not change: rows on or before the run day (the run day
// itself too) are booked exactly as without a run day; without a run day nothing is compared.
import fc from "fast-check";
import { type EngineResult, type Ledger, runEngine } from "../../../src/engine";
import { cellFor, ledger, type LedgerParts, dayOf2025, sale } from "../build";
import { hamburgUco, PLUS_SITES, plusTransfer } from "../transfer-books";

const plus = { scheme: "ISCC PLUS", claim: "bio-circular", site: "Hamburg" } as const;

/** Hamburg receives 100 t of UCO, makes Biodiesel of 20 t, moves 10 t to Venlo, sells 60 t and counts its stock. */
function parts(): LedgerParts {
  return {
    settings: { scheme: "ISCC PLUS", periodMonths: 3, periodStart: "2025-01-01" },
    sites: PLUS_SITES,
    receipts: [hamburgUco(), { ...hamburgUco(), date: "2025-01-20", quantity: "50", sdNumber: "IN-2" }],
    production: [
      {
        date: "2025-02-10",
        inputProduct: "UCO",
        inputQuantity: "20",
        outputProduct: "Biodiesel",
        factor: "1",
        unit: "t",
        site: "Hamburg",
        ghg: { total: "20", method: "AV" },
      },
    ],
    transfers: [plusTransfer("10", { countryOfOrigin: "DE" })],
    deliveries: [sale("2025-02-20", "60", plus), sale("2025-03-10", "40", plus)],
    stockCounts: [{ date: "2025-03-31", product: "UCO", quantity: "80", site: "Hamburg" }],
  };
}

type ListName = "receipts" | "deliveries" | "production" | "stockCounts" | "transfers";
const SHEET: Record<ListName, string> = {
  receipts: "Receipts",
  deliveries: "Deliveries",
  production: "Production",
  stockCounts: "Stock",
  transfers: "Transfers",
};
const KIND: Record<ListName, string> = {
  receipts: "receipt",
  deliveries: "delivery",
  production: "production",
  stockCounts: "stock",
  transfers: "transfer",
};
const LISTS = Object.keys(SHEET) as ListName[];

/** The book with the first row of `list` dated `date` (`field` of it). */
function withRow(list: ListName, date: string, field = "date", p = parts()): Ledger {
  const rows = (p[list] ?? []) as Record<string, unknown>[];
  return ledger({ ...p, [list]: [{ ...rows[0], [field]: date }, ...rows.slice(1)] });
}

/** The same book without that row, the others on their own rows (cells) still. */
const without = (l: Ledger, list: ListName): Ledger => ({ ...l, [list]: (l[list] ?? []).slice(1) });

const RUN_DAY = "2026-12-05";
const run = (l: Ledger, runDay?: string): EngineResult => runEngine(l, { today: "2025-04-15", runDay });
const ofCode = (r: EngineResult, code: string) => r.findings.filter((f) => f.code === code);
/** Each finding as code@sheet!cell: what the books say, by where. */
const said = (r: EngineResult) =>
  new Set(r.findings.map((f) => `${f.code}@${f.sheet ?? ""}!${f.cell ?? ""}`));
/** The balances' numbers, without whether they are complete. */
const numbers = (r: EngineResult) => r.balances.map(({ complete: _, ...b }) => b);

describe("a row booked after the run day is refused at its date cell, once (brk27 W1)", () => {
  it.each(
    LISTS.flatMap(
      (l) =>
        [
          [l, "2052-02-10"],
          [l, "2026-12-06"],
          [l, "2199-12-31"],
        ] as const,
    ),
  )("%s dated %s: one date-after-run-day, not booked, no period after the book's last", (list, date) => {
    const l = withRow(list, date);
    const r = run(l, RUN_DAY);
    const base = run(without(l, list), RUN_DAY);
    const refused = ofCode(r, "date-after-run-day");
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({
      severity: "error",
      sheet: SHEET[list],
      cell: cellFor(SHEET[list], "date", 2),
      details: { kind: KIND[list], field: "date", date, runDay: RUN_DAY },
    });
    expect(refused[0]?.message).toContain(`after the day of this run (${RUN_DAY})`);
    // not booked: every balance as without the row, its own accounts incomplete
    expect(numbers(r)).toEqual(numbers(base));
    expect(r.periods).toEqual(base.periods);
    expect(r.periods.at(-1)?.end).toBe("2025-03-31");
    expect(r.balances.some((b) => !b.complete)).toBe(true);
    // nothing else is said that the books without the row do not say
    const more = [...said(r)].filter((k) => !said(base).has(k));
    expect(more).toEqual([`date-after-run-day@${SHEET[list]}!${cellFor(SHEET[list], "date", 2)}`]);
  });

  it("a transfer that arrives after the run day is refused at its arrival date cell", () => {
    const r = run(withRow("transfers", "2026-12-09", "arrivalDate"), RUN_DAY);
    expect(ofCode(r, "date-after-run-day")).toEqual([
      expect.objectContaining({
        cell: cellFor("Transfers", "arrivalDate", 2),
        details: expect.objectContaining({ field: "arrivalDate", date: "2026-12-09", days: 4 }),
      }),
    ]);
    expect(r.balances.every((b) => b.transferredIn === "0" && b.transferredOut === "0")).toBe(true);
  });

  it("a delivery a day ahead is refused too, and says so plainly", () => {
    const r = run(withRow("deliveries", "2025-03-11"), "2025-03-10");
    const [f] = ofCode(r, "date-after-run-day");
    expect(f?.message).toContain("1 day after the day of this run (2025-03-10)");
    expect(f?.message).toContain("not even a few days ahead");
    expect(r.declarations.some((d) => d.delivery.row === 2)).toBe(false);
  });

  it("the typo year of brk27 c23 (2052 for 2025) is named with how far it lies ahead", () => {
    const [f] = ofCode(run(withRow("receipts", "2052-02-10"), RUN_DAY), "date-after-run-day");
    expect(f?.message).toContain(
      "this receipt is dated 2052-02-10, more than 25 years after the day of this run",
    );
    expect(f?.message).toContain("If the year or the month is a typo, correct it");
  });
});

describe("must not change: rows on or before the run day, and runs without one", () => {
  it.each(
    LISTS.flatMap(
      (l) =>
        [
          [l, "2025-03-31"],
          [l, "2025-01-02"],
        ] as const,
    ),
  )("%s dated %s, the run day the book's last day: booked exactly as without a run day", (list, date) => {
    const l = withRow(list, date);
    const r = run(l, "2025-03-31");
    expect(ofCode(r, "date-after-run-day")).toEqual([]);
    const before = run(l);
    expect(r.findings).toEqual(before.findings);
    expect(r.balances).toEqual(before.balances);
    expect(r.declarations).toEqual(before.declarations);
  });

  it.each([undefined, "", "2025-13-01", "05.12.2026", 20261205])(
    "run day %p: no row is compared with a day",
    (runDay) => {
      const l = withRow("receipts", "2052-02-10");
      const r = runEngine(l, { today: "2025-04-15", runDay: runDay as string | undefined });
      expect(ofCode(r, "date-after-run-day")).toEqual([]);
      expect(r.periods.at(-1)?.end).toBe("2052-03-31");
    },
  );
});

describe("property: one row after the run day is said once, and nothing follows from it", () => {
  it("any book of 2025, any kind of row, any day after the run day", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LISTS),
        fc.array(fc.tuple(dayOf2025(365), fc.integer({ min: 1, max: 90 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 60_000 }),
        (list, sales, ahead) => {
          const runDay = "2026-01-15";
          const date = new Date(Date.UTC(2026, 0, 15) + ahead * 86_400_000).toISOString().slice(0, 10);
          if (date > "2199-12-31") return;
          const p = parts();
          p.deliveries = [...(p.deliveries ?? []), ...sales.map(([d, q]) => sale(d, String(q), plus))];
          const l = withRow(list, date, "date", p);
          const r = run(l, runDay);
          const base = run(without(l, list), runDay);
          expect(ofCode(r, "date-after-run-day")).toHaveLength(1);
          expect(r.periods).toEqual(base.periods);
          const more = [...said(r)].filter((k) => !said(base).has(k) && !k.startsWith("date-after-run-day@"));
          expect(more).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
