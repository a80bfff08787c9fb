// (p-issue, fault #6) A declaration is never dated before the dispatch it declares, nor before the
// receipt of any incoming SD it draws on: where the run's issue date (the Settings issue date, the
// day of the run, else the dispatch date) lies too early, that delivery's declaration is held back
// with issue-date-too-early at its date cell, naming where the date came from and the earliest
// date it may carry. The date is never moved for the user.
import fc from "fast-check";
import {
  type Declaration,
  type EngineResult,
  type Finding,
  type Ledger,
  runEngine,
} from "../../../src/engine";
import { dayOf2025, ledger, type LedgerParts, press, sale, uco } from "../build";

const tooEarly = (r: EngineResult) => r.findings.filter((f) => f.code === "issue-date-too-early");
const byRow = (r: EngineResult, row: number): Declaration[] =>
  r.declarations.filter((d) => d.delivery.sheet === "Deliveries" && d.delivery.row === row);

/** IN-1 received 5 January (40 t), IN-2 received 10 March (40 t), and `deliveries`. */
const books = (deliveries: LedgerParts["deliveries"], settings: LedgerParts["settings"] = {}) =>
  ledger({
    receipts: [uco("2025-01-05", "40", "IN-1"), uco("2025-03-10", "40", "IN-2")],
    deliveries,
    settings,
  });

describe("issue-date-too-early: where the date comes from, and what it is before", () => {
  // [case, issue date in Settings, the run's pinned day, delivery date, quantity, held?, from, earliest]
  const table: [string, string | undefined, string | undefined, string, string, boolean, string, string][] = [
    ["Settings date after dispatch and receipt", "2025-02-01", undefined, "2025-01-20", "30", false, "", ""],
    [
      "Settings date before dispatch",
      "2025-02-01",
      undefined,
      "2025-02-05",
      "30",
      true,
      "settings",
      "2025-02-05",
    ],
    ["Settings date on the dispatch day", "2025-02-05", undefined, "2025-02-05", "30", false, "", ""],
    // 50 t draws 40 t of IN-1 and 10 t of IN-2, received 10 March, after the dispatch
    [
      "Settings date before a later receipt",
      "2025-03-01",
      undefined,
      "2025-02-20",
      "50",
      true,
      "settings",
      "2025-03-10",
    ],
    ["Settings date on the later receipt's day", "2025-03-10", undefined, "2025-02-20", "50", false, "", ""],
    [
      "run's day before a dispatch dated ahead",
      undefined,
      "2025-03-31",
      "2025-04-02",
      "10",
      true,
      "run",
      "2025-04-02",
    ],
    ["run's day after everything", undefined, "2025-06-30", "2025-02-20", "50", false, "", ""],
    // the host gave no date: the dispatch date, before the receipt behind it
    [
      "dispatch date before a later receipt",
      undefined,
      undefined,
      "2025-02-20",
      "50",
      true,
      "dispatch",
      "2025-03-10",
    ],
  ];
  test.each(table)("%s", (_, setting, today, date, quantity, held, from, earliest) => {
    const r = runEngine(
      books([sale(date, quantity)], setting ? { issueDate: setting } : {}),
      today ? { today } : {},
    );
    const found = tooEarly(r);
    const [d] = byRow(r, 2);
    if (!held) {
      expect(found).toEqual([]);
      expect(d).toMatchObject({ status: "new" });
      return;
    }
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f).toMatchObject({ severity: "error", sheet: "Deliveries", cell: "A2" });
    expect(f?.details).toMatchObject({ from, earliest, dispatched: date, date: setting ?? today ?? date });
    expect(f?.holdsBack).toEqual([{ sheet: "Deliveries", cell: "C2" }]);
    // held back, not numbered, and its date is the one given: never moved for the user
    expect(d).toMatchObject({ status: "blocked", number: "", issueDate: setting ?? today ?? date });
    expect(d?.heldBy?.map((x) => x.code)).toEqual(["issue-date-too-early"]);
    expect(f?.message).toContain(`${earliest} or later`);
  });

  it("holds back only the delivery dated too early, not the others of its account", () => {
    const r = runEngine(
      books([sale("2025-01-20", "10"), sale("2025-02-05", "10")], { issueDate: "2025-02-01" }),
    );
    expect(byRow(r, 2).map((d) => d.status)).toEqual(["new"]);
    expect(byRow(r, 3).map((d) => d.status)).toEqual(["blocked"]);
  });

  // (p-misc) the Settings date too early for several deliveries: one finding at the Settings
  // cell naming them, each still held back, rather than one per delivery
  it("says a Settings date too early for several deliveries once, at its cell, holding back each", () => {
    const source = { sheet: "Settings", row: 6, cells: { issueDate: "B6" } };
    const r = runEngine(
      books([sale("2025-01-20", "10"), sale("2025-02-05", "10"), sale("2025-02-20", "30")], {
        issueDate: "2025-02-01",
        source,
      }),
    );
    expect(tooEarly(r).map((f) => [f.sheet, f.cell])).toEqual([["Settings", "B6"]]);
    const [f] = tooEarly(r);
    expect(f?.details).toMatchObject({
      held: 2,
      deliveries: "Deliveries!A3, Deliveries!A4",
      earliest: "2025-03-10",
    });
    expect(f?.related).toEqual([
      { sheet: "Deliveries", cell: "A3" },
      { sheet: "Deliveries", cell: "A4" },
    ]);
    expect(f?.holdsBack).toEqual([
      { sheet: "Deliveries", cell: "C3" },
      { sheet: "Deliveries", cell: "C4" },
    ]);
    expect(f?.message).toContain("Set the issue date in Settings to 2025-03-10 or later");
    expect([2, 3, 4].map((row) => byRow(r, row).map((d) => d.status))).toEqual([
      ["new"],
      ["blocked"],
      ["blocked"],
    ]);
    // one delivery alone: at its date cell, as ever
    const one = runEngine(books([sale("2025-02-05", "10")], { issueDate: "2025-02-01", source }));
    expect(tooEarly(one).map((x) => [x.cell, x.related])).toEqual([
      ["A2", [{ sheet: "Settings", cell: "B6" }]],
    ]);
  });

  it("names the incoming SD and its receipt row where the receipt is what is later", () => {
    const r = runEngine(books([sale("2025-02-20", "50")], { issueDate: "2025-03-01" }));
    expect(tooEarly(r)[0]?.details).toMatchObject({ received: "2025-03-10", sd: "IN-2" });
    expect(tooEarly(r)[0]?.message).toContain("incoming SD IN-2");
    expect(tooEarly(r)[0]?.message).toContain("Set the issue date in Settings to 2025-03-10 or later");
  });
});

describe("property: no declaration is issued dated before its dispatch or the receipts behind it", () => {
  const day = dayOf2025(170);
  it("holds for any dates of receipts, deliveries and issue date", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(day, fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 4 }),
        day,
        (receipts, deliveries, issueDate) => {
          const input = ledger({
            receipts: receipts.map(([date, q], i) => uco(date, String(q), `IN-${i + 1}`)),
            deliveries: deliveries.map(([date, q]) => sale(date, String(q))),
            settings: { issueDate },
          });
          const received = new Map(input.receipts.map((r) => [String(r.sdNumber), String(r.date)]));
          const r = runEngine(input);
          for (const d of r.declarations.filter((x) => x.status === "new")) {
            expect(d.issueDate >= d.dispatchDate).toBe(true);
            for (const i of d.inputs) expect(d.issueDate >= (received.get(i.sd) ?? "")).toBe(true);
          }
          // and each one held back for it says so, naming a date on or after both
          for (const f of tooEarly(r)) expect(String(f.details?.earliest) > issueDate).toBe(true);
          // every delivery dispatched after the issue date is held back by it (one whose credit
          // falls short is held back by that, unbacked.ts)
          const held = r.declarations.filter((d) => d.heldBy?.some((h) => h.code === "issue-date-too-early"));
          for (const d of r.declarations.filter((x) => x.dispatchDate > issueDate && !x.unbacked))
            expect(held).toContain(d);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * The declaration of Deliveries row 2 held back at its date cell by issue-date-too-early, whose
 * details name the stage later than its date (`named`) and the earliest date 2025-03-10, with that
 * stage's row (A2 of `sheet`) a related cell. Returns the finding.
 */
function heldNaming(r: EngineResult, named: Record<string, string>, sheet: string): Finding | undefined {
  const [f] = tooEarly(r);
  expect(f).toMatchObject({ sheet: "Deliveries", cell: "A2" });
  expect(f?.details).toMatchObject({ ...named, earliest: "2025-03-10" });
  expect(f?.related).toContainEqual({ sheet, cell: "A2" });
  expect(byRow(r, 2).map((d) => d.status)).toEqual(["blocked"]);
  return f;
}

/**
 * The property: for any day a stage (a production, a transfer) happens, any dispatch day and any
 * issue date, no declaration of `book(stage, sold, issueDate)` is issued dated before that stage.
 */
function neverBefore(book: (stage: string, sold: string, issueDate: string) => Ledger): void {
  const day = dayOf2025(170);
  fc.assert(
    fc.property(day, day, day, (stage, sold, issueDate) => {
      const r = runEngine(book(stage, sold, issueDate));
      for (const d of r.declarations.filter((x) => x.status === "new"))
        expect(d.issueDate >= stage).toBe(true);
    }),
    { numRuns: 60 },
  );
}

// (p-misc) an output's credit, and the GHG values its declaration states, are the production
// row's (domain.md §5): no declaration of it is dated before that production
describe("issue-date-too-early: the production that made the output", () => {
  /** UCO received 5 January, 50 t of it made into 45 t of HVO on `made`, 20 t of HVO sold on `sold`. */
  const hvo = (made: string, sold: string, issueDate: string) =>
    ledger({
      receipts: [uco("2025-01-05", "50", "IN-1")],
      production: [
        press({
          date: made,
          inputProduct: "UCO",
          inputQuantity: "50",
          outputProduct: "HVO",
          outputQuantity: "45",
          ghg: { total: "20" },
        }),
      ],
      deliveries: [sale(sold, "20", { product: "HVO" })],
      settings: { issueDate },
    });

  it("names the production row where it is what is later", () => {
    const r = runEngine(hvo("2025-03-10", "2025-02-20", "2025-03-01"));
    heldNaming(r, { produced: "2025-03-10", production: "Production!A2" }, "Production");
  });

  it("property: no declaration of an output is issued dated before its production", () => {
    neverBefore(hvo);
  });
});

// (p-opening) a multi-site transfer is booked as an out/in between the site ledgers
// (iscc-rules.md §6.2): the receiving site holds the credit from the transfer's date on, though
// the batch keeps its receipt's date for FIFO. A delivery from Venlo sold ahead of the transfer
// (20 February) was declared on the Settings issue date 1 March from credit that reached Venlo on
// 10 March, and the check compared only the receipt's date, 5 January.
describe("issue-date-too-early: the transfer that brought the credit to the delivering site", () => {
  const SITE = { company: "Acme", certificationBody: "CB" };
  const PLUS = { scheme: "ISCC PLUS" as const, claim: "bio-circular" };
  /** 100 t received at Hamburg on 5 January, 40 t moved to Venlo on `moved` (then on `again` to Gent), 20 t sold from the last on `sold`. */
  const moved = (moved: string, sold: string | string[], issueDate: string, again?: string) =>
    ledger({
      settings: {
        scheme: "ISCC PLUS",
        issueDate,
        source: { sheet: "Settings", row: 6, cells: { issueDate: "B6" } },
      },
      sites: [
        { site: "Hamburg", country: "DE", certificateNumber: "PLUS-1", ...SITE },
        { site: "Venlo", country: "NL", certificateNumber: "PLUS-2", ...SITE },
        { site: "Gent", country: "BE", certificateNumber: "PLUS-3", ...SITE },
      ],
      receipts: [uco("2025-01-05", "100", "IN-1", { site: "Hamburg", ...PLUS })],
      transfers: [
        {
          date: moved,
          fromSite: "Hamburg",
          toSite: "Venlo",
          product: "UCO",
          quantity: "40",
          unit: "t",
          ...PLUS,
        },
        ...(again
          ? [
              {
                date: again,
                fromSite: "Venlo",
                toSite: "Gent",
                product: "UCO",
                quantity: "40",
                unit: "t",
                ...PLUS,
              },
            ]
          : []),
      ],
      deliveries: [sold].flat().map((day) => sale(day, "20", { site: again ? "Gent" : "Venlo", ...PLUS })),
    });

  it("names the transfer row where it is what is later", () => {
    const r = runEngine(moved("2025-03-10", "2025-02-20", "2025-03-01"));
    const f = heldNaming(r, { transferred: "2025-03-10", transfer: "Transfers!A2" }, "Transfers");
    expect(f?.details).not.toHaveProperty("produced");
    expect(f?.message).toContain(
      "the transfer on 2025-03-10 (Transfers!A2) that brought the credit it draws on",
    );
    expect(byRow(r, 2).map((d) => d.status)).toEqual(["blocked"]);
  });

  // brk10: the Settings date too early for several deliveries, said once at its cell, named the
  // receipt and the production the check compares but not the transfer it now compares too
  it("a Settings date too early for several deliveries by a transfer: said once, naming transfers", () => {
    const r = runEngine(moved("2025-03-10", ["2025-02-20", "2025-02-25"], "2025-03-01"));
    expect(tooEarly(r).map((f) => [f.sheet, f.cell])).toEqual([["Settings", "B6"]]);
    expect(tooEarly(r)[0]?.details).toMatchObject({ held: 2, earliest: "2025-03-10" });
    expect(tooEarly(r)[0]?.message).toContain("the receipt, production or transfer of material they draw on");
    expect(tooEarly(r)[0]?.message).toContain(
      "the receipt, production or transfer of the material behind it",
    );
  });

  it("a transfer before the issue date: issued on it", () => {
    const r = runEngine(moved("2025-02-10", "2025-02-20", "2025-03-01"));
    expect(tooEarly(r)).toEqual([]);
    expect(byRow(r, 2).map((d) => [d.status, d.issueDate])).toEqual([["new", "2025-03-01"]]);
  });

  it("moved twice: the later transfer is the one named", () => {
    const r = runEngine(moved("2025-02-10", "2025-02-20", "2025-03-01", "2025-03-12"));
    expect(tooEarly(r)[0]?.details).toMatchObject({ transferred: "2025-03-12", transfer: "Transfers!A3" });
  });

  it("an output moved by a transfer: the production named is the production's row, the transfer's too", () => {
    const r = runEngine(
      ledger({
        settings: { scheme: "ISCC PLUS", issueDate: "2025-03-05" },
        sites: [
          { site: "Hamburg", country: "DE", certificateNumber: "PLUS-1", ...SITE },
          { site: "Venlo", country: "NL", certificateNumber: "PLUS-2", ...SITE },
        ],
        receipts: [uco("2025-01-05", "50", "IN-1", { site: "Hamburg", ...PLUS })],
        production: [
          press({
            date: "2025-03-10",
            inputProduct: "UCO",
            inputQuantity: "50",
            outputProduct: "HVO",
            outputQuantity: "45",
            site: "Hamburg",
            ghg: { total: "20" },
          }),
        ],
        transfers: [
          {
            date: "2025-03-12",
            fromSite: "Hamburg",
            toSite: "Venlo",
            product: "HVO",
            quantity: "40",
            unit: "t",
            ...PLUS,
          },
        ],
        deliveries: [sale("2025-02-20", "20", { site: "Venlo", product: "HVO", ...PLUS })],
      }),
    );
    expect(tooEarly(r)[0]?.details).toMatchObject({
      produced: "2025-03-10",
      production: "Production!A2",
      transferred: "2025-03-12",
      transfer: "Transfers!A2",
      earliest: "2025-03-12",
    });
  });

  it("property: no declaration is issued dated before the transfers behind it", () => {
    neverBefore(moved);
  });
});
