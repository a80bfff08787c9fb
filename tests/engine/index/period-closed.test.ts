// (brk22 §12) A delivery without an SD number dispatched before the period before the one the
// Settings issue date lies in, and before that date's year (last year's sales kept beside this
// year's), is given no new declaration: its SD was most likely sent at dispatch, by hand or by
// another tool. It is held back with declaration-period-closed at its SD number cell; its credit is
// booked as before. Q1 sales declared in early April, Q4 sales in early January, and a year's
// sales up to its end are declared as before.
import { type EngineResult, type Ledger, runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const closed = (r: EngineResult) => r.findings.filter((f) => f.code === "declaration-period-closed");

/** 100 t of UCO received (on `received`, else on `date`) and 20 t of it sold on `date`. */
const books = (
  date: string,
  settings: Parameters<typeof ledger>[0]["settings"] = {},
  sd = "",
  received = date,
): Ledger =>
  ledger({
    receipts: [uco(received, "100", "IN-1")],
    deliveries: [sale(date, "20", sd ? { sdNumber: sd } : {})],
    settings,
  });

interface Case {
  issueDate: string;
  date: string;
  periodMonths: number;
  periodStart: string | null;
  held: boolean;
  since: string;
  /** the receipt's date, the book's first row (its quarter starts the periods where none is set) */
  received?: string;
}

/** The sale of `books` judged with the Settings of `c`: held back with `since`, or issued. */
function judged(c: Case): void {
  const { issueDate, date, periodMonths, periodStart, held, since } = c;
  // 12-month periods are a farm's (ISCC EU)
  const farm = periodMonths === 12 ? { operatorType: "farm" as const } : {};
  const settings = { issueDate, periodMonths, ...farm, ...(periodStart ? { periodStart } : {}) };
  const r = runEngine(books(date, settings, "", c.received));
  expect(r.findings.filter((f) => f.code === "date-outside-period" || f.code === "period-too-long")).toEqual(
    [],
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
  // the period the finding names is one of the book's: the one the sale is booked in
  const booked = r.periods.find((p) => p.start <= date && date <= p.end);
  expect(booked).toBeDefined();
  expect({ start: f?.details?.periodStart, end: f?.details?.periodEnd }).toEqual(booked);
  expect(d).toMatchObject({ status: "blocked", number: "" });
  expect(d?.heldBy?.map((x) => x.code)).toEqual(["declaration-period-closed"]);
  expect(f?.message).toContain(`dispatched from ${since} on are declared`);
  expect(f?.message).toContain("the number the delivery was sent with");
}

/** "issue date, dispatch, months[, Settings start][, received]: open | held since DATE". */
function parse(spec: string): Case {
  const [given = "", verdict = ""] = spec.split(":").map((x) => x.trim());
  const [issueDate = "", date = "", months = "", ...rest] = given.split(/\s+/);
  const start = rest.find((x) => x.startsWith("start="))?.slice(6) ?? null;
  const received = rest.find((x) => x.startsWith("received="))?.slice(9);
  const held = verdict.startsWith("held since ");
  return {
    issueDate,
    date,
    periodMonths: Number(months.replace("m", "")),
    periodStart: start,
    held,
    since: held ? verdict.slice("held since ".length) : "",
    ...(received ? { received } : {}),
  };
}

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
  test.each(table)("%s", (_, issueDate, date, periodMonths, periodStart, held, since) =>
    judged({ issueDate, date, periodMonths, periodStart, held, since }),
  );

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

describe("declaration-period-closed judges on the book's own periods (periods.ts), never a grid of its own", () => {
  // [case, "issue date, dispatch, period months [start=Settings first period start]
  //  [received=first row's date]: open | held since DATE"]
  const table: [string, string][] = [
    [
      "quarterly: issue date on a quarter's first day, sale on the quarter before's last",
      "2025-04-01 2025-03-31 3m: open",
    ],
    [
      "quarterly: issue date on a quarter's first day, sale the quarter before that",
      "2025-04-01 2024-12-31 3m received=2024-10-02: held since 2025-01-01",
    ],
    [
      "quarterly across the year end: issue date 1 January, sale on 31 December",
      "2025-01-01 2024-12-31 3m: open",
    ],
    [
      "quarterly across the year end: issue date 1 January, sale on Q4's first day",
      "2025-01-01 2024-10-01 3m: open",
    ],
    [
      "quarterly across the year end: issue date 1 January, sale on Q3's last day",
      "2025-01-01 2024-09-30 3m received=2024-07-02: held since 2024-10-01",
    ],
    [
      "monthly: issue date 1 March, sale on February's last day",
      "2025-03-01 2025-02-28 1m received=2025-01-02: open",
    ],
    [
      "monthly across the year end: issue date 1 January, sale on 31 December",
      "2025-01-01 2024-12-31 1m: open",
    ],
    [
      "monthly across the year end: issue date 1 January, sale on 30 November",
      "2025-01-01 2024-11-30 1m received=2024-10-02: held since 2024-12-01",
    ],
    // 12-month periods from the quarter of the book's first row (April): the period before the
    // issue date's (April 2025 to March 2026) starts on 1 April 2024, so a May 2024 sale is open
    // (a grid of calendar years would have closed it on 1 January 2025)
    [
      "12 months from April: May 2024 sale, issue date February 2026",
      "2026-02-10 2024-05-10 12m received=2024-04-15: open",
    ],
    [
      "12 months from April: sale on the last day of the period before the one before",
      "2025-04-01 2024-03-31 12m received=2023-04-15: held since 2024-04-01",
    ],
    [
      "12 months from April: sale on the period before's first day",
      "2025-04-01 2024-04-01 12m received=2023-04-15: open",
    ],
    [
      "fiscal year from 1 July: issue date 1 July, sale on the last day of the year before last",
      "2025-07-01 2024-06-30 12m start=2023-07-01: held since 2024-07-01",
    ],
    [
      "fiscal year from 1 July: issue date 1 July, sale on the year before's first day",
      "2025-07-01 2024-07-01 12m start=2023-07-01: open",
    ],
    [
      "fiscal year from 1 July: issue date in March, sale in the year before",
      "2026-03-15 2024-07-01 12m start=2023-07-01: open",
    ],
    [
      "quarters from 1 July: issue date 1 January, sale on 30 September",
      "2025-01-01 2024-09-30 3m start=2024-07-01: held since 2024-10-01",
    ],
  ];
  test.each(table)("%s (%s)", (_, spec) => judged(parse(spec)));
});
