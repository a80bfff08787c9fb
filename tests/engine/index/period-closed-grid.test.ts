// The one grid of the book's periods (periods.ts periodContaining), which declaration-period-closed
// judges on (period-closed.test.ts runs the rule on the books): the period a day lies in is the one
// buildPeriods cuts, for any first start, length and day, carried before and after the book's.
import fc from "fast-check";
import { buildPeriods, periodContaining } from "../../../src/engine/periods";
import { openSince } from "../../../src/engine/rules/declaration-period-closed";

describe("periodContaining: the period a day lies in, on the book's grid", () => {
  it("is the period buildPeriods cuts around the day, for any start day and length", () => {
    const day = (from: number, span: number) =>
      fc
        .integer({ min: 0, max: span })
        .map((n) => new Date(Date.UTC(from, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day(2023, 730), fc.constantFrom(1, 2, 3, 6, 12), day(2023, 1460), (first, months, date) => {
        const got = periodContaining(date, first, months);
        expect(got.start <= date && date <= got.end).toBe(true);
        // no gap, no overlap: the day after it starts the next period, its own start starts itself
        expect(periodContaining(addOne(got.end), first, months).start).toBe(addOne(got.end));
        expect(periodContaining(got.start, first, months)).toEqual(got);
        if (date >= first) {
          const cut = buildPeriods(first, date, months).find((p) => p.start <= date && date <= p.end);
          expect(got).toEqual(cut);
        }
      }),
    );
  });

  // [first period start, months, day, period start, period end]
  const table: [string, number, string, string, string][] = [
    ["2024-10-01", 3, "2025-04-01", "2025-04-01", "2025-06-30"],
    ["2024-10-01", 3, "2025-03-31", "2025-01-01", "2025-03-31"],
    ["2024-10-01", 3, "2024-09-30", "2024-07-01", "2024-09-30"],
    ["2024-04-01", 12, "2026-02-10", "2025-04-01", "2026-03-31"],
    ["2023-07-01", 12, "2024-06-30", "2023-07-01", "2024-06-30"],
    ["2023-07-01", 12, "2022-12-31", "2022-07-01", "2023-06-30"],
    // a grid from the 31st: 31 Jan, 28 Feb (clamped), 31 Mar, as addMonths cuts it from the first start
    ["2024-10-31", 1, "2025-02-28", "2025-02-28", "2025-03-30"],
    ["2024-10-31", 1, "2025-02-27", "2025-01-31", "2025-02-27"],
  ];
  test.each(table)("from %s, %i months: %s lies in %s to %s", (first, months, date, start, end) => {
    expect(periodContaining(date, first, months)).toEqual({ start, end });
  });

  it("openSince: the period before the issue date's, or its year's start where earlier", () => {
    expect(openSince("2025-04-01", "2024-10-01", 3)).toBe("2025-01-01");
    expect(openSince("2025-01-01", "2024-10-01", 3)).toBe("2024-10-01");
    expect(openSince("2026-02-10", "2024-04-01", 12)).toBe("2024-04-01");
    expect(openSince("2025-07-01", "2023-07-01", 12)).toBe("2024-07-01");
    expect(openSince("2025-03-01", "2024-10-01", 1)).toBe("2025-01-01");
    expect(openSince("2025-01-01", "2024-10-01", 1)).toBe("2024-12-01");
  });
});

function addOne(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  return new Date(t.getTime() + 86_400_000).toISOString().slice(0, 10);
}
