// Site codes in rows' Site, From and To cells (brk26 N1, engine/intake/site-codes.ts). Before: a
// sites sheet "Standort | Kürzel" = Hamburg | HH, Venlo | VL and a receipt's Site "HH" or a
// transfer "HH → VL" were refused as "site HH is not in the site register; add it", though it is
// there. A cell holding exactly a site's code, in any case (h-noisy: "hh" for HH), names that site;
// a code two sites share (also where their codes differ only by case), or a code that is another
// site's name, names neither.
import { type EngineResult, runEngine } from "../../../src/engine";
import { siteCodes } from "../../../src/engine/intake/site-codes";
import { ledger, type LedgerParts, sale, uco } from "../build";

const today = { today: "2025-06-15" };
const site = (name: string, code?: string) => ({
  site: name,
  company: "Acme",
  country: name === "Venlo" ? "NL" : "DE",
  certificateNumber: `ISCC-PLUS-Cert-DE100-${name.length}${name.charCodeAt(1)}`,
  certificationBody: "SGS",
  ...(code === undefined ? {} : { code }),
});
const SITES: LedgerParts["sites"] = [site("Hamburg", "HH"), site("Venlo", "VL"), site("Harburg", "Hbg")];

/** 50 t received at `typed` and 50 t sold at Hamburg. */
function receiptAt(typed: string, sites = SITES): EngineResult {
  return runEngine(
    ledger({
      sites,
      receipts: [uco("2025-01-05", "50", "A1", { site: typed })],
      deliveries: [sale("2025-02-10", "50", { site: "Hamburg" })],
    }),
    today,
  );
}

/** 100 t received at Hamburg under ISCC PLUS, 10 t moved `from` → `to`. */
function transfer(from: string, to: string, sites = SITES): EngineResult {
  return runEngine(
    ledger({
      sites,
      layout: {
        Sites: { site: "A", company: "B", country: "C", certificateNumber: "D", certificationBody: "E" },
      },
      receipts: [
        uco("2025-01-05", "100", "IN-1", { site: "Hamburg", scheme: "ISCC PLUS", claim: "bio-circular" }),
      ],
      transfers: [
        {
          date: "2025-02-01",
          fromSite: from,
          toSite: to,
          product: "UCO",
          quantity: "10",
          unit: "t",
          scheme: "ISCC PLUS",
        },
      ],
    }),
    today,
  );
}

const codes = (r: EngineResult, code: string) => r.findings.filter((f) => f.code === code);
const received = (r: EngineResult, name: string) => r.balances.find((b) => b.site === name)?.received;

describe("a Site cell holding a site's code", () => {
  // the cell as typed → the site it names (whole cell; in any case)
  it.each([
    ["HH", "Hamburg"],
    [" HH ", "Hamburg"],
    ["VL", "Venlo"],
    ["Hbg", "Harburg"],
    ["HBG", "Harburg"],
    ["hh", "Hamburg"],
    ["Hh", "Hamburg"],
    ["vl", "Venlo"],
    ["hbg", "Harburg"],
    ["Hamburg", "Hamburg"], // the name still names it
  ])("%j names %s: booked there, no finding", (typed, name) => {
    const r = receiptAt(typed);
    expect(codes(r, "site-not-listed")).toEqual([]);
    expect(received(r, name)).toBe("50");
  });

  // must NOT change: no likeness, no word of the cell
  it.each(["H", "HHH", "HH 2", "Werk HH", "HH-Nord", "Hamburg HH", "h h"])(
    "%j is no site's code: refused at its Site cell as before",
    (typed) => {
      const r = receiptAt(typed);
      expect(codes(r, "site-not-listed").map((f) => f.message)).toEqual([
        expect.stringContaining(`the site "${typed.trim()}" is not on the sites sheet`),
      ]);
    },
  );

  it("a code two sites share names neither: refused at the cell, naming both", () => {
    const r = receiptAt("HH", [site("Hamburg", "HH"), site("Harburg", "HH"), site("Venlo", "VL")]);
    const [f] = codes(r, "site-not-listed");
    expect(f?.message).toContain(
      `"HH" is a code the sites sheet gives to more than one site (Hamburg, Harburg)`,
    );
    expect(received(r, "Hamburg")).toBe("0"); // the row left out, never booked at either
    expect(r.balances.find((b) => b.site === "Hamburg")?.complete).toBe(false);
  });

  it("the sites sheet's code in lower case is read from a cell in capitals", () => {
    const r = receiptAt("HH", [site("Hamburg", "hh"), site("Venlo", "vl")]);
    expect(codes(r, "site-not-listed")).toEqual([]);
    expect(received(r, "Hamburg")).toBe("50");
  });

  it.each(["hh", "HH", "Hh"])("%j where two sites' codes differ only by case names neither", (typed) => {
    const r = receiptAt(typed, [site("Hamburg", "HH"), site("Harburg", "Hh"), site("Venlo", "VL")]);
    const [f] = codes(r, "site-not-listed");
    expect(f?.message).toContain(`gives to more than one site (Hamburg, Harburg)`);
    expect(received(r, "Hamburg")).toBe("0");
  });

  it("a code that is another site's name names neither, even though that site is listed", () => {
    const r = receiptAt("Venlo", [site("Hamburg", "Venlo"), site("Venlo", "VL")]);
    const [f] = codes(r, "site-not-listed");
    expect(f?.message).toContain("(Hamburg, Venlo)");
  });

  it("a site whose code is its own name is no conflict", () => {
    expect(
      codes(receiptAt("Venlo", [site("Hamburg", "HH"), site("Venlo", "Venlo")]), "site-not-listed"),
    ).toEqual([]);
  });

  it("a sites sheet with no codes: nothing changes", () => {
    expect(siteCodes([site("Hamburg"), site("Venlo")])).toBeNull();
    expect(codes(receiptAt("HH", [site("Hamburg"), site("Venlo")]), "site-not-listed")).toHaveLength(1);
  });
});

describe("a transfer's From and To cells holding sites' codes", () => {
  it("HH → VL moves the credit from Hamburg to Venlo", () => {
    const r = transfer("HH", "VL");
    expect(codes(r, "transfer-not-allowed")).toEqual([]);
    expect(r.balances.find((b) => b.site === "Venlo")?.transferredIn).toBe("10");
    expect(r.balances.find((b) => b.site === "Hamburg")?.transferredOut).toBe("10");
  });

  it("hh → vl (codes typed in lower case) moves the credit from Hamburg to Venlo", () => {
    const r = transfer("hh", "vl");
    expect(codes(r, "transfer-not-allowed")).toEqual([]);
    expect(r.balances.find((b) => b.site === "Venlo")?.transferredIn).toBe("10");
  });

  it("a code two sites have in different cases is refused as unclear in a transfer", () => {
    const r = transfer("hh", "Venlo", [site("Hamburg", "HH"), site("Harburg", "hH"), site("Venlo", "VL")]);
    const [f] = codes(r, "transfer-not-allowed");
    expect(f?.message).toContain("gives to more than one site (Hamburg, Harburg)");
  });

  it("a shared code is refused as unclear, never 'not in the site register'", () => {
    const r = transfer("HH", "Venlo", [site("Hamburg", "HH"), site("Harburg", "HH"), site("Venlo", "VL")]);
    const [f] = codes(r, "transfer-not-allowed");
    expect(f?.message).toContain("gives to more than one site (Hamburg, Harburg)");
    expect(f?.message).not.toContain("not in the site register");
  });

  it("a cell no site's code or name: still not in the register (must not change)", () => {
    const [f] = codes(transfer("XX", "VL"), "transfer-not-allowed");
    expect(f?.message).toContain("site XX is not in the site register");
  });
});
