// Rows dated before the first period set in Settings (periods.ts): refused at their date cell, never
// booked and never credit, and the balances they would feed are incomplete, so a shortfall the
// missing rows may explain is no negative-balance or overdraft and nothing is declared from them.
// An account the rows do not feed keeps its own findings.
import fc from "fast-check";
import {
  type EngineResult,
  type Finding,
  type Ledger,
  runEngine,
  type TransferInput,
} from "../../../src/engine";
import { detail } from "../catalogue/detail";
import { ledger, type LedgerParts, press, sale, uco } from "../build";

const today = { today: "2025-06-15" };
const SHORT = new Set(["negative-balance", "overdraft"]);
const SITES: LedgerParts["sites"] = [
  {
    site: "Hamburg",
    company: "Acme",
    country: "DE",
    certificateNumber: "EU-ISCC-Cert-DE1-1",
    certificationBody: "CB",
  },
  {
    site: "Venlo",
    company: "Acme",
    country: "NL",
    certificateNumber: "EU-ISCC-Cert-NL1-1",
    certificationBody: "CB",
  },
];
const move = (date: string, quantity: string, product = "UCO"): TransferInput =>
  ({
    date,
    fromSite: "Hamburg",
    toSite: "Venlo",
    product,
    quantity,
    unit: "t",
    scheme: "ISCC EU",
    rawMaterial: "Used cooking oil",
    countryOfOrigin: "DE",
  }) as TransferInput;
const pome = (date: string, quantity: string, sd: string) =>
  uco(date, quantity, sd, { product: "POME", rawMaterial: "Palm oil mill effluent", site: "Hamburg" });

/**
 * The books of each case: `early` are rows before the first period (2025-02-01 unless the case
 * sets its own), `products` the balances they feed (`site|product`). Every book also holds POME at
 * Hamburg, which truly sells 3 t more than it received in February: its negative balance stays.
 */
const CASES: { name: string; start?: string; parts: LedgerParts; early: string[]; products: string[] }[] = [
  {
    name: "a UCO receipt in January, sales in February and March",
    parts: {
      receipts: [
        uco("2025-02-05", "20", "IN-2", { site: "Hamburg" }),
        uco("2025-01-10", "40", "IN-1", { site: "Hamburg" }),
      ],
      deliveries: [
        sale("2025-02-20", "35", { site: "Hamburg" }),
        sale("2025-03-04", "20", { site: "Hamburg" }),
      ],
    },
    early: ["Receipts!A3"],
    products: ["Hamburg|UCO"],
  },
  {
    name: "several accounts: UCO and Tallow received in January",
    parts: {
      receipts: [
        uco("2025-01-10", "40", "IN-1", { site: "Hamburg" }),
        uco("2025-01-12", "10", "IN-3", { site: "Hamburg", product: "Tallow", rawMaterial: "Tallow" }),
      ],
      deliveries: [
        sale("2025-02-20", "30", { site: "Hamburg" }),
        sale("2025-02-21", "10", { site: "Hamburg", product: "Tallow" }),
      ],
    },
    early: ["Receipts!A2", "Receipts!A3"],
    products: ["Hamburg|UCO", "Hamburg|Tallow"],
  },
  {
    name: "rapeseed received and pressed in January, the oil sold in February",
    parts: {
      receipts: [
        uco("2025-01-05", "100", "IN-1", { site: "Hamburg", product: "Rapeseed", rawMaterial: "Rapeseed" }),
      ],
      production: [press({ date: "2025-01-20", outputQuantity: "40", site: "Hamburg" })],
      deliveries: [sale("2025-02-20", "40", { site: "Hamburg", product: "Oil" })],
    },
    early: ["Receipts!A2", "Production!A2"],
    products: ["Hamburg|Rapeseed", "Hamburg|Oil"],
  },
  {
    name: "UCO moved from Hamburg to Venlo in January, sold at Venlo in February",
    parts: {
      receipts: [uco("2025-01-10", "40", "IN-1", { site: "Hamburg" })],
      transfers: [move("2025-01-25", "30")],
      deliveries: [sale("2025-02-20", "30", { site: "Venlo" })],
    },
    early: ["Receipts!A2", "Transfers!A2"],
    products: ["Hamburg|UCO", "Venlo|UCO"],
  },
  {
    name: "a period start typed after some rows: February receipts, start 1 March, sales in March",
    start: "2025-03-01",
    parts: {
      receipts: [uco("2025-02-10", "40", "IN-1", { site: "Hamburg" })],
      deliveries: [sale("2025-03-20", "30", { site: "Hamburg" })],
    },
    early: ["Receipts!A2"],
    products: ["Hamburg|UCO"],
  },
];

/** The case's books with POME's true shortfall after its own rows. */
function book(c: (typeof CASES)[number]): Ledger {
  const start = c.start ?? "2025-02-01";
  return ledger({
    ...c.parts,
    receipts: [...(c.parts.receipts ?? []), pome(start, "5", "IN-P")],
    deliveries: [
      ...(c.parts.deliveries ?? []),
      sale(start.replace(/-01$/, "-15"), "8", { site: "Hamburg", product: "POME" }),
    ],
    sites: SITES,
    settings: { scheme: "ISCC EU", periodStart: start },
  });
}

/** The index of the three-month period from 1 February 2025 (the same in both grids) holding `date`. */
const periodOf = (date: string) =>
  Math.floor((Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - (2025 * 12 + 2)) / 3);
const at = (f: Finding) => `${f.sheet}!${f.cell}`;
const shortOf = (r: EngineResult, product: string) =>
  r.findings.filter((f) => SHORT.has(f.code) && f.message.includes(product));

describe.each(CASES)("rows before the first period: $name", (c) => {
  const result = runEngine(book(c), today);
  const fed = (b: { site: string; product: string }) => c.products.includes(`${b.site}|${b.product}`);

  it("each left-out row is refused at its date cell with an error that names the start that takes it in", () => {
    const outside = result.findings.filter((f) => f.code === "date-outside-period");
    expect(outside.map(at).sort()).toEqual([...c.early].sort());
    for (const f of outside) {
      expect(f.severity).toBe("error");
      expect(f.message).toMatch(/set the first period start in Settings to 20\d\d-\d\d-01/);
    }
  });

  it("the balances the rows feed are incomplete and carry no credit from them", () => {
    const affected = result.balances.filter(fed);
    expect(affected.length).toBeGreaterThan(0);
    expect(affected.every((b) => !b.complete)).toBe(true);
    expect(result.balances.filter((b) => !fed(b)).every((b) => b.complete)).toBe(true);
    for (const b of result.balances) expect(b.periodStart >= (c.start ?? "2025-02-01")).toBe(true);
  });

  it("no negative balance or overdraft is built on the missing rows; POME keeps its true one", () => {
    for (const p of c.products) expect(shortOf(result, p.split("|")[1] as string)).toEqual([]);
    expect(
      result.findings.filter((f) => f.code === "negative-balance" && f.message.includes("POME")),
    ).toHaveLength(1);
  });

  it("no declaration is issued from the balances the rows feed", () => {
    const held = result.declarations.filter((d) => c.products.some((p) => p.endsWith(`|${d.product}`)));
    expect(held.every((d) => d.status !== "new")).toBe(true);
  });
});

describe("a declaration drawing on an account a left-out row feeds", () => {
  const run = (periodStart: string) =>
    runEngine(
      ledger({
        receipts: [
          uco("2025-02-05", "20", "IN-2"),
          uco("2025-01-10", "40", "IN-1"),
          uco("2025-02-06", "5", "IN-3", { product: "Tallow", rawMaterial: "Tallow" }),
        ],
        deliveries: [sale("2025-02-20", "10"), sale("2025-02-21", "1", { product: "Tallow" })],
        settings: { scheme: "ISCC EU", periodStart },
      }),
      today,
    );

  it("is held back by the date-outside-period error, though February's credit backs it", () => {
    const result = run("2025-02-01");
    const uco = result.declarations.find((d) => d.product === "UCO");
    expect(uco?.status).toBe("blocked");
    expect(uco?.heldBy).toEqual([
      expect.objectContaining({ code: "date-outside-period", sheet: "Receipts", cell: "A3" }),
    ]);
    // Tallow, which no left-out row feeds, is not held back by it
    expect(result.declarations.find((d) => d.product === "Tallow")?.status).toBe("new");
  });

  it("is issued once the first period start takes the row in", () => {
    const result = run("2025-01-01");
    expect(result.findings.filter((f) => f.code === "date-outside-period")).toEqual([]);
    expect(result.declarations.find((d) => d.product === "UCO")?.status).toBe("new");
    expect(result.balances.every((b) => b.complete)).toBe(true);
  });
});

describe("a stock count of material received before the first period", () => {
  // 40 t in on 10 January (before the start) and 20 t on 5 February, 60 t counted on 28 February
  const run = (periodStart: string, extra: LedgerParts = {}) =>
    runEngine(
      ledger({
        receipts: [
          uco("2025-01-10", "40", "IN-1"),
          uco("2025-02-05", "20", "IN-2"),
          ...(extra.receipts ?? []),
        ],
        stockCounts: [{ date: "2025-02-28", product: "UCO", quantity: "60" }, ...(extra.stockCounts ?? [])],
        settings: { scheme: "ISCC EU", periodStart },
      }),
      today,
    );
  const deviations = (r: EngineResult) =>
    r.findings.filter((f) => f.code === "stock-deviation").map((f) => String(detail(f, "product")));

  it("is no stock deviation: the book stock lacks the left-out receipt, not the tank", () => {
    expect(deviations(run("2025-02-01"))).toEqual([]);
    expect(deviations(run("2025-01-01"))).toEqual([]);
  });

  it("an opening count before the first period is kept, refused nowhere, and does not move the start named", () => {
    const result = run("2025-02-01", {
      stockCounts: [{ date: "2024-12-31", product: "UCO", quantity: "0" }],
    });
    const outside = result.findings.filter((f) => f.code === "date-outside-period");
    expect(outside.map(at)).toEqual(["Receipts!A2"]);
    expect(detail(outside[0] as Finding, "setStart")).toBe("2025-01-01");
  });

  it("another product's count keeps its deviation", () => {
    const tallow = {
      receipts: [uco("2025-02-06", "10", "IN-3", { product: "Tallow", rawMaterial: "Tallow" })],
      stockCounts: [{ date: "2025-02-28", product: "Tallow", quantity: "4" }],
    };
    expect(deviations(run("2025-02-01", tallow))).toEqual(["Tallow"]);
  });
});

// --- the property: rows before the first period never make a shortfall finding, nor credit ---
const inside = fc
  .integer({ min: 0, max: 149 })
  .map((d) => new Date(Date.UTC(2025, 1, 1 + d)).toISOString().slice(0, 10));
const before = fc
  .integer({ min: 1, max: 200 })
  .map((d) => new Date(Date.UTC(2025, 1, 1 - d)).toISOString().slice(0, 10));
const qty = fc.integer({ min: 1, max: 60 }).map(String);
const product = fc.constantFrom("UCO", "Tallow");
const site = fc.constantFrom("Hamburg", "Venlo");
/** Rows of every kind dated by `date`; receipts numbered `${tag}-1`, `${tag}-2`… (an SD each, so they give credit). */
const rows = (date: fc.Arbitrary<string>, tag: string) =>
  fc.record({
    receipts: fc
      .array(fc.tuple(date, qty, product, site), { maxLength: 6 })
      .map((list) =>
        list.map(([d, q, p, s], i) => uco(d, q, `${tag}-${i + 1}`, { product: p, site: s, rawMaterial: p })),
      ),
    deliveries: fc.array(
      fc.tuple(date, qty, product, site).map(([d, q, p, s]) => sale(d, q, { product: p, site: s })),
      { maxLength: 6 },
    ),
    production: fc.array(
      fc.tuple(date, qty, site).map(([d, q, s]) =>
        press({
          date: d,
          inputQuantity: q,
          inputProduct: "UCO",
          outputProduct: "HVO",
          factor: "0.8",
          site: s,
        }),
      ),
      { maxLength: 2 },
    ),
    transfers: fc.array(
      fc.tuple(date, qty, product).map(([d, q, p]) => move(d, q, p)),
      { maxLength: 2 },
    ),
  });

describe("for any book, rows added before the first period", () => {
  it("never make a negative-balance or overdraft finding the book with them taken in does not have, never change a balance's figures and never add a declaration", () => {
    fc.assert(
      fc.property(
        rows(inside, "IN"),
        rows(before, "EARLY"),
        fc.constantFrom("end-of-period" as const, "continuous" as const),
        (base, early, mode) => {
          const settings = { scheme: "ISCC EU" as const, periodStart: "2025-02-01", mode };
          // the early rows after the book's own, so the book's rows keep their cells
          const parts = {
            receipts: [...base.receipts, ...early.receipts],
            deliveries: [...base.deliveries, ...early.deliveries],
            production: [...base.production, ...early.production],
            transfers: [...base.transfers, ...early.transfers],
            sites: SITES,
          };
          const withEarly = runEngine(ledger({ ...parts, settings }), today);
          // the truth the early rows tell: the same book with a start three periods earlier takes
          // them in, and its periods from February on are the same
          const takenIn = runEngine(
            ledger({ ...parts, settings: { ...settings, periodStart: "2024-05-01" } }),
            today,
          );
          const without = runEngine(ledger({ ...base, sites: SITES, settings }), today);
          // a shortfall as a product at a site in a period (the account it names and the withdrawal
          // it points at may differ: with the rows taken in, credit may wait at the product's pool)
          const shorts = (r: EngineResult) =>
            r.findings
              .filter((f) => SHORT.has(f.code))
              .map((f) => {
                const account = String(detail(f, "account"));
                const site = /site ([^,)]+)/.exec(account)?.[1] ?? "";
                const when = String(detail(f, "periodEnd") ?? detail(f, "date"));
                return `${f.code} ${account.split(" (")[0]} ${site} ${periodOf(when)}`;
              });
          // each is the book's own (without the rows: seed -1402079556, an overdraft of May that
          // the book has alone, is a negative balance carried from January once January is taken in)
          // or one the rows tell when taken in
          const own = [...shorts(takenIn), ...shorts(without)];
          expect(shorts(withEarly).filter((s) => !own.includes(s))).toEqual([]);
          // the rows give nothing: every balance adds up as without them
          const figures = (r: EngineResult) =>
            r.balances
              .map(({ complete: _c, ...b }) => b)
              .sort((a, b) => (a.account + a.periodStart).localeCompare(b.account + b.periodStart));
          expect(figures(withEarly)).toEqual(figures(without));
          const issued = (r: EngineResult) => r.declarations.filter((d) => d.status === "new").length;
          expect(issued(withEarly)).toBeLessThanOrEqual(issued(without));
        },
      ),
      { numRuns: 60 },
    );
  });
});
