// A row whose site the books do not list (issue 15 break-test #12, intake/site-register.ts): with a
// sites sheet, a site that is blank or not on it is refused at its Site cell and the row left out,
// so every site's balances of its product are incomplete and no negative balance is built on its
// absence; without one, a blank site beside named ones is refused likewise. Names match as
// everywhere (case and spaces), never by likeness.
import fc from "fast-check";
import { type EngineResult, runEngine } from "../../../src/engine";
import { cellFor, ledger, type LedgerParts, press, sale, uco } from "../build";

const today = { today: "2025-06-15" };
const SITES: LedgerParts["sites"] = [
  { site: "Hamburg", company: "X", country: "DE", certificateNumber: "EU-ISCC-Cert-DE1-1" },
  { site: "Bremen", company: "X", country: "DE", certificateNumber: "EU-ISCC-Cert-DE1-2" },
];

/** 50 t received at `site` and 50 t sold at Hamburg (the sale at its site, the receipt at `site`). */
function books(site: string | undefined, sites: LedgerParts["sites"] = SITES): EngineResult {
  return runEngine(
    ledger({
      sites,
      receipts: [uco("2025-01-05", "50", "A1", { site })],
      deliveries: [sale("2025-02-10", "50", { site: "Hamburg" })],
    }),
    today,
  );
}

/** The Site cell of row 2 of `sheet` in the fixture layout. */
const at = (sheet: string) => `error ${sheet}!${cellFor(sheet, "site", 2)}`;
/** The balance of the site the sites sheet calls Hamburg (shown as the sites sheet spells it). */
const hamburg = (r: EngineResult) => r.balances.find((b) => b.site.trim().toLowerCase() === "hamburg");

const codes = (r: EngineResult, code: string) =>
  r.findings.filter((f) => f.code === code).map((f) => `${f.severity} ${f.sheet}!${f.cell}`);

// spellings seen in real books, each against the sites sheet's Hamburg and Bremen
const SAME: string[] = ["Hamburg", "hamburg ", "HAMBURG", " Hamburg", "Hamburg\u00a0", "hamburg\t"];
const OTHER: string[] = [
  "HH",
  "Werk Bremen",
  "Hamburg-Harburg",
  "Hambrug",
  "Bremen 2",
  "Standort Hamburg",
  "-",
];

describe("a row's site against the sites sheet", () => {
  it.each(SAME)("%j is the sites sheet's Hamburg: booked there, no finding", (site) => {
    const r = books(site);
    expect(codes(r, "site-not-listed")).toEqual([]);
    expect(hamburg(r)).toMatchObject({ received: "50", complete: true });
    // (p-misc) shown as the sites sheet spells it, not as the first row did
    expect(r.balances.map((b) => b.site)).toEqual(["Hamburg"]);
  });

  it.each([...OTHER, "", undefined])(
    "%j is not on it: refused at its Site cell, Hamburg incomplete, no negative-balance",
    (site) => {
      const r = books(site);
      expect(codes(r, "site-not-listed")).toEqual([at("Receipts")]);
      const f = r.findings.find((x) => x.code === "site-not-listed");
      expect(f?.message).toContain("type one of Hamburg, Bremen");
      expect(codes(r, "negative-balance")).toEqual([]);
      expect(codes(r, "overdraft")).toEqual([]);
      expect(hamburg(r)).toMatchObject({ received: "0", complete: false });
      // no account of its own
      expect(r.balances.map((b) => b.site)).toEqual(["Hamburg"]);
    },
  );

  it("every kind of row with a site: receipts, deliveries, production and stock counts", () => {
    const r = runEngine(
      ledger({
        sites: SITES,
        receipts: [uco("2025-01-05", "100", "A1", { site: "Hamburg", product: "Rapeseed" })],
        deliveries: [sale("2025-02-10", "10", { site: "HH", product: "Oil" })],
        production: [press({ site: "Werk Hamburg", factor: "0.4" })],
        stockCounts: [{ date: "2025-03-31", product: "Rapeseed", quantity: "100", unit: "t", site: "" }],
      }),
      today,
    );
    expect(codes(r, "site-not-listed")).toEqual([at("Deliveries"), at("Production"), at("Stock")]);
    expect(r.balances.filter((b) => b.site !== "Hamburg")).toEqual([]);
    expect(r.balances.every((b) => !b.complete)).toBe(true);
  });

  it("for any site typed, a row is booked at a sites sheet's site or refused; never an account of its own", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SAME, ...OTHER), fc.string({ maxLength: 12 })), (site) => {
        const r = books(site);
        const sites = r.balances.map((b) => b.site);
        expect(sites.every((s) => s.trim().toLowerCase() === "hamburg")).toBe(true);
        const refused = codes(r, "site-not-listed").length === 1;
        expect(refused).toBe(site.replace(/\s+/g, " ").trim().toLowerCase() !== "hamburg");
        expect(codes(r, "negative-balance")).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("without a sites sheet", () => {
  it("each site a row names keeps its own account (today's behaviour)", () => {
    const r = books("Bremen", []);
    expect(codes(r, "site-not-listed")).toEqual([]);
    expect(r.balances.map((b) => b.site).sort()).toEqual(["Bremen", "Hamburg"]);
  });

  it("a blank site beside named ones is refused: no account called nothing", () => {
    const r = books(undefined, []);
    expect(codes(r, "site-not-listed")).toEqual([at("Receipts")]);
    expect(r.findings.find((f) => f.code === "site-not-listed")?.message).toContain(
      "other rows name Hamburg",
    );
    expect(r.balances.map((b) => b.site)).toEqual(["Hamburg"]);
    expect(codes(r, "negative-balance")).toEqual([]);
  });

  it("books where no row names a site keep one account, with a sites sheet or without", () => {
    for (const sites of [[], SITES]) {
      const r = runEngine(
        ledger({ sites, receipts: [uco("2025-01-05", "50", "A1")], deliveries: [sale("2025-02-10", "20")] }),
        today,
      );
      expect(codes(r, "site-not-listed")).toEqual([]);
      expect(r.balances).toEqual([expect.objectContaining({ site: "", closing: "30", complete: true })]);
    }
  });
});

// (p-misc) A sheet with no Site column at all beside books that name sites: one finding at its
// header saying to add one, not one per row; every row of it is still left out (never booked to a
// guessed site), also where the sites sheet lists one site alone (no doc lets that site be taken).
describe("a sheet with no Site column", () => {
  /** The ledger with the Deliveries rows' Site cells gone: the sheet has no such column. */
  function columnless(parts: LedgerParts, headerRows?: Record<string, number>) {
    const l = ledger(parts);
    for (const d of l.deliveries) delete d.source.cells?.site;
    const columns = ["date", "product", "quantity", "unit", "customer"];
    l.layout = { Deliveries: Object.fromEntries(columns.map((f, i) => [f, String.fromCharCode(66 + i)])) };
    if (headerRows) l.headerRows = headerRows;
    return l;
  }
  const sales = (n: number) => Array.from({ length: n }, (_, i) => sale(`2025-02-${10 + (i % 15)}`, "1"));

  it.each([
    ["a sites sheet of two", SITES],
    ["a sites sheet of one", SITES?.slice(0, 1)],
    ["no sites sheet, receipts naming Hamburg", []],
  ])("with %s: one finding at its header, every row left out", (_, sites) => {
    const receipts = [uco("2025-01-05", "50", "A1", { site: "Hamburg" })];
    const r = runEngine(columnless({ sites, receipts, deliveries: sales(12) }, { Deliveries: 3 }), today);
    expect(codes(r, "site-not-listed")).toEqual(["error Deliveries!B3"]);
    const f = r.findings.find((x) => x.code === "site-not-listed");
    expect(f?.details).toMatchObject({ noColumn: true, rows: 12, blank: true });
    expect(f?.message).toContain("this sheet has no Site column");
    expect(f?.message).toContain("its 12 rows were left out");
    // nothing of them booked at Hamburg (or anywhere): its balance is incomplete, no false shortfall
    expect(r.balances.map((b) => [b.site, b.received, b.delivered, b.complete])).toEqual([
      ["Hamburg", "50", "0", false],
    ]);
    expect(codes(r, "negative-balance")).toEqual([]);
    expect(r.declarations).toEqual([]);
  });

  it("without the header row known, at the first row's first cell", () => {
    const receipts = [uco("2025-01-05", "50", "A1", { site: "Hamburg" })];
    const r = runEngine(columnless({ sites: SITES, receipts, deliveries: sales(3) }), today);
    expect(codes(r, "site-not-listed")).toEqual(["error Deliveries!A2"]);
  });

  it("a sheet with a Site column still has each blank cell refused at its cell", () => {
    const r = runEngine(
      ledger({
        sites: SITES,
        receipts: [uco("2025-01-05", "50", "A1", { site: "Hamburg" })],
        deliveries: [
          sale("2025-02-10", "1"),
          sale("2025-02-11", "1", { site: "Hamburg" }),
          sale("2025-02-12", "1"),
        ],
      }),
      today,
    );
    expect(codes(r, "site-not-listed")).toEqual([
      `error Deliveries!${cellFor("Deliveries", "site", 2)}`,
      `error Deliveries!${cellFor("Deliveries", "site", 4)}`,
    ]);
  });

  it("property: however many rows, one finding, and none of them booked", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const receipts = [uco("2025-01-05", "50", "A1", { site: "Hamburg" })];
        const r = runEngine(
          columnless({ sites: SITES, receipts, deliveries: sales(n) }, { Deliveries: 1 }),
          today,
        );
        expect(codes(r, "site-not-listed")).toEqual(["error Deliveries!B1"]);
        expect(r.balances.every((b) => b.delivered === "0" && !b.complete)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});
