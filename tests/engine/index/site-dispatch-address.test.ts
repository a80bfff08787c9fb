// The SD's dispatch point of a site's delivery (engine/site-address.ts): a book of two sites prints
// each site's own address from the sites sheet, never the settings' company address (Hamburg's) on
// Venlo's SD. A delivery row's own dispatch address wins. A site on a sites sheet of several sites
// whose address cell is blank has no dispatch point the book states: declaration-incomplete at that
// cell, not the other site's address. Without an address column, only the site the settings' address
// names gets it (site-town.test.ts); the others are held. One site or no sites sheet: unchanged.
import { type EngineResult, runEngine } from "../../../src/engine";
import { ledger, type LedgerParts, sale, uco } from "../build";

const today = { today: "2025-06-15" };
const SETTINGS_ADDRESS = "Hafenstr. 1, 20457 Hamburg"; // build.ts COMPANY
const VENLO = "Industrieweg 7, 5928 Venlo";
const HAMBURG = "Kattwykdamm 3, 21107 Hamburg";
const LAYOUT = { Sites: { site: "A", company: "B", country: "C", address: "D" } };

/** 100 t received and 80 t sold at Hamburg, 100 t and 70 t at Venlo. */
function books(
  hamburg: string | undefined,
  venlo: string | undefined,
  parts: Partial<LedgerParts> = {},
): EngineResult {
  return runEngine(
    ledger({
      sites: [
        { site: "Hamburg", company: "X", country: "DE", address: hamburg },
        { site: "Venlo", company: "X", country: "NL", address: venlo },
      ],
      receipts: [
        uco("2025-01-05", "100", "A1", { site: "Hamburg" }),
        uco("2025-01-05", "100", "A2", { site: "Venlo" }),
      ],
      deliveries: [
        sale("2025-02-10", "80", { site: "Hamburg" }),
        sale("2025-02-10", "70", { site: "Venlo" }),
      ],
      layout: LAYOUT,
      ...parts,
    }),
    today,
  );
}

const dispatch = (r: EngineResult) =>
  r.declarations.filter((d) => d.status === "new").map((d) => [d.site, d.dispatchAddress]);
const incomplete = (r: EngineResult) => r.findings.filter((f) => f.code === "declaration-incomplete");

it("two sites with addresses: each SD states its own site's address as the dispatch point", () => {
  const r = books(HAMBURG, VENLO);
  expect(dispatch(r)).toEqual([
    ["Hamburg", HAMBURG],
    ["Venlo", VENLO],
  ]);
  expect(incomplete(r)).toEqual([]);
});

it("Venlo's address cell blank: its SD is held back at Sites!D3, never printed with Hamburg's address", () => {
  for (const blank of [undefined, "", "  "]) {
    const r = books(HAMBURG, blank);
    expect(dispatch(r)).toEqual([["Hamburg", HAMBURG]]);
    const said = incomplete(r);
    expect(said).toHaveLength(1);
    expect(said[0]?.message).toContain("dispatch address (the address of Venlo: Sites!D3)");
    expect(r.declarations.some((d) => d.dispatchAddress === SETTINGS_ADDRESS)).toBe(false);
  }
});

it("a delivery row's own dispatch address wins over its site's, and stands in for a blank one", () => {
  const own = "Tanklager Nord, Kade 2, Venlo";
  const deliveries = [
    sale("2025-02-10", "80", { site: "Hamburg", dispatchAddress: own }),
    sale("2025-02-10", "70", { site: "Venlo", dispatchAddress: own }),
  ];
  expect(dispatch(books(HAMBURG, VENLO, { deliveries }))).toEqual([
    ["Hamburg", own],
    ["Venlo", own],
  ]);
  const r = books(HAMBURG, undefined, { deliveries });
  expect(dispatch(r)).toEqual([
    ["Hamburg", own],
    ["Venlo", own],
  ]);
  expect(incomplete(r)).toEqual([]);
});

// (brk25 4) Expectation changed: a sites sheet of two sites without an address column gave the
// settings' address (Hamburg's) to Venlo's SD too; now only Hamburg's SD states it, Venlo's is held.
describe("(brk25 4) two sites on a sites sheet without an address column", () => {
  const NO_COLUMN = { layout: { Sites: { site: "A", company: "B", country: "C" } } };

  it("the settings' address names Hamburg: Hamburg's SD states it; Venlo's is held (add an Address column)", () => {
    const r = books(undefined, undefined, NO_COLUMN);
    expect(dispatch(r)).toEqual([["Hamburg", SETTINGS_ADDRESS]]);
    const said = incomplete(r);
    expect(said).toHaveLength(1);
    expect(said[0]?.message).toContain(
      "dispatch address (the address of Venlo: add an Address column to Sites and type each site's address in its row)",
    );
    expect(r.declarations.some((d) => d.site === "Venlo" && d.status === "new")).toBe(false);
  });

  it("a book given without its layout and no site address: the same hold", () => {
    const r = books(undefined, undefined, { layout: undefined });
    expect(dispatch(r)).toEqual([["Hamburg", SETTINGS_ADDRESS]]);
    expect(incomplete(r)).toHaveLength(1);
  });

  it("Venlo's delivery row gives its own dispatch address: issued with it", () => {
    const own = "Industrieweg 7, 5928 Venlo";
    const r = books(undefined, undefined, {
      ...NO_COLUMN,
      deliveries: [
        sale("2025-02-10", "80", { site: "Hamburg" }),
        sale("2025-02-10", "70", { site: "Venlo", dispatchAddress: own }),
      ],
    });
    expect(dispatch(r)).toEqual([
      ["Hamburg", SETTINGS_ADDRESS],
      ["Venlo", own],
    ]);
    expect(incomplete(r)).toEqual([]);
  });
});

describe("books that keep the settings' company address", () => {
  it("one site on the sites sheet, its address cell blank", () => {
    const r = books(undefined, undefined, {
      sites: [{ site: "Hamburg", company: "X", country: "DE" }],
      deliveries: [sale("2025-02-10", "80", { site: "Hamburg" })],
      receipts: [uco("2025-01-05", "100", "A1", { site: "Hamburg" })],
    });
    expect(dispatch(r)).toEqual([["Hamburg", SETTINGS_ADDRESS]]);
    expect(incomplete(r)).toEqual([]);
  });

  it("one site on the sites sheet with its address: that address", () => {
    const r = books(HAMBURG, undefined, {
      sites: [{ site: "Hamburg", company: "X", country: "DE", address: HAMBURG }],
      deliveries: [sale("2025-02-10", "80", { site: "Hamburg" })],
      receipts: [uco("2025-01-05", "100", "A1", { site: "Hamburg" })],
    });
    expect(dispatch(r)).toEqual([["Hamburg", HAMBURG]]);
  });

  it("no sites sheet", () => {
    const r = books(undefined, undefined, { sites: [] });
    expect(dispatch(r)).toEqual([
      ["Hamburg", SETTINGS_ADDRESS],
      ["Venlo", SETTINGS_ADDRESS],
    ]);
  });
});
