// (brk22 §12) A delivery without an SD number dispatched before the period before the one the
// Settings issue date lies in, and before that date's year (last year's sales kept beside this
// year's), is given no new declaration: its SD was most likely sent at dispatch, by hand or by
// another tool. It is held back with declaration-period-closed at its SD number cell; its credit is
// booked as before. Q1 sales declared in early April, Q4 sales in early January, and a year's
// sales up to its end are declared as before.
import { type EngineResult, type Ledger, runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const closed = (r: EngineResult) => r.findings.filter((f) => f.code === "declaration-period-closed");

/** 100 t of UCO received and 20 t of it sold on `date`. */
const books = (date: string, settings: Parameters<typeof ledger>[0]["settings"] = {}, sd = ""): Ledger =>
  ledger({
    receipts: [uco(date, "100", "IN-1")],
    deliveries: [sale(date, "20", sd ? { sdNumber: sd } : {})],
    settings,
  });

describe("declaration-period-closed: which deliveries are still declared", () => {
  // [case, Settings issue date, dispatch, period months, first period start, held?, since]
  const table: [string, string, string, number, string | null, boolean, string][] = [
    ["last year's Q4 sale, issue date in April", "2025-04-02", "2024-12-01", 3, null, true, "2025-01-01"],
    ["last year's Q3 sale, issue date in January", "2025-01-05", "2024-09-30", 3, null, true, "2024-10-01"],
    ["last year's Q4 sale, issue date in January", "2025-01-05", "2024-12-20", 3, null, false, ""],
    ["this year's Q1 sale, issue date in April", "2025-04-02", "2025-03-15", 3, null, false, ""],
    ["this year's Q1 sale, issue date in July", "2025-07-02", "2025-01-10", 3, null, false, ""],
    ["last year's sale, issue date in July", "2025-07-02", "2024-12-31", 3, null, true, "2025-01-01"],
    ["monthly periods: February, issue date 2 April", "2025-04-02", "2025-02-27", 1, "2025-01-01", false, ""],
    [
      "monthly periods: November, issue date 2 February (January the month before)",
      "2025-02-02",
      "2024-11-30",
      1,
      "2024-09-01",
      true,
      "2025-01-01",
    ],
    [
      "12-month periods: last year's sale, issue date in April",
      "2025-04-02",
      "2024-03-01",
      12,
      "2024-01-01",
      false,
      "",
    ],
    [
      "12-month periods: the year before last",
      "2025-04-02",
      "2023-12-01",
      12,
      "2023-01-01",
      true,
      "2024-01-01",
    ],
  ];
  test.each(table)("%s", (_, issueDate, date, periodMonths, periodStart, held, since) => {
    // 12-month periods are a farm's (ISCC EU)
    const farm = periodMonths === 12 ? { operatorType: "farm" as const } : {};
    const r = runEngine(
      books(date, { issueDate, periodMonths, ...farm, ...(periodStart ? { periodStart } : {}) }),
    );
    const found = closed(r);
    const [d] = r.declarations;
    if (!held) {
      expect(found).toEqual([]);
      expect(d).toMatchObject({ status: "new", issueDate });
      return;
    }
    expect(found).toHaveLength(1);
    const f = found[0];
    // at the SD number cell of the sale (Deliveries column of sdNumber), its date cell related
    expect(f).toMatchObject({ severity: "error", sheet: "Deliveries" });
    expect(f?.details).toMatchObject({ date, issued: issueDate, since, quantity: "20", unit: "t" });
    expect(d).toMatchObject({ status: "blocked", number: "" });
    expect(d?.heldBy?.map((x) => x.code)).toEqual(["declaration-period-closed"]);
    expect(f?.message).toContain(`dispatched from ${since} on are declared`);
    expect(f?.message).toContain("the number the delivery was sent with");
  });

  it("books the credit of a held-back sale as before: the balances are those of a run that issues it", () => {
    const held = runEngine(books("2024-12-01", { issueDate: "2025-04-02" }));
    const issued = runEngine(books("2024-12-01", { issueDate: "2025-01-05" }));
    expect(held.declarations.map((d) => d.status)).toEqual(["blocked"]);
    expect(issued.declarations.map((d) => d.status)).toEqual(["new"]);
    const sums = (r: EngineResult) => r.balances.map((b) => [b.periodStart, b.delivered, b.closing]);
    expect(sums(held)).toEqual(sums(issued));
    expect(sums(held)[0]).toEqual(["2024-10-01", "20", "80"]);
  });

  it("reads a number typed on last year's sale as issued outside, and holds nothing back", () => {
    const r = runEngine(books("2024-12-01", { issueDate: "2025-04-02" }, "XY-2024-17"));
    expect(closed(r)).toEqual([]);
    expect(r.findings.filter((f) => f.code === "declaration-issued-outside")).toHaveLength(1);
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("issues last year's sale whose SD status says it is still to issue", () => {
    const l = books("2024-12-01", { issueDate: "2025-04-02" });
    const [sold] = l.deliveries;
    if (sold) sold.source.cells = { ...sold.source.cells, sdToIssue: "Z2" };
    const r = runEngine(l);
    expect(closed(r)).toEqual([]);
    expect(r.declarations.map((d) => [d.status, d.issueDate])).toEqual([["new", "2025-04-02"]]);
  });

  it("judges no run without an issue date in Settings (the run's own day, the dispatch date)", () => {
    expect(closed(runEngine(books("2024-12-01"), { today: "2025-04-02" }))).toEqual([]);
    expect(closed(runEngine(books("2024-12-01")))).toEqual([]);
  });
});
