// (brk25 4) A sites sheet of two or more sites without an address column: the settings' company
// address is the dispatch point of the one site it plainly belongs to (engine/site-town.ts: the
// site's name is a run of whole words of it), and every other site's SD is held at the sites sheet
// (declaration-incomplete: add an Address column), never printed with another site's address.
// Real address forms in de/en/fr/it/es/nl/pl; names that are only part of a word ("Essen" in
// "Essener Str."), and addresses naming two sites, name none.
import fc from "fast-check";
import { type EngineResult, runEngine } from "../../../src/engine";
import type { Site } from "../../../src/engine/records";
import { siteKey } from "../../../src/engine/records";
import { siteNamedBy } from "../../../src/engine/site-town";
import { ledger, sale, uco } from "../build";

const NO_COLUMN = { Sites: { site: "A", company: "B", country: "C" } };

const site = (name: string): Site => ({ name, key: siteKey(name), address: "" }) as Site;

describe("which site the settings' address names", () => {
  it.each([
    // de
    ["Hafenstraße 1, 20457 Hamburg", ["Hamburg", "Venlo"], "Hamburg"],
    ["Hafenstr. 1\n20457 Hamburg\nDeutschland", ["Venlo", "Hamburg"], "Hamburg"],
    ["Hafenstraße 1, 20457 Hamburg", ["Werk Hamburg", "Tanklager Venlo"], "Werk Hamburg"],
    ["Hafenstraße 1, 20457 HAMBURG", ["Standort 2 Hamburg", "Standort 1 Kiel"], "Standort 2 Hamburg"],
    ["Hafenstraße 1, 20457 Hamburg-Altona", ["Hamburg", "Kiel"], "Hamburg"],
    ["Ring 4, 23843 Bad Oldesloe", ["Bad Oldesloe", "Kiel"], "Bad Oldesloe"],
    ["Königsallee 3, 40212 Düsseldorf", ["Dusseldorf", "Duisburg"], "Dusseldorf"],
    ["Essener Str. 4, 45127 Essen", ["Essen", "Kiel"], "Essen"],
    // en
    [
      "1 Dock Road, Liverpool L3 4AB, United Kingdom",
      ["Liverpool Plant", "Hull Terminal"],
      "Liverpool Plant",
    ],
    // fr
    ["1 Rue X, 69001 Lyon", ["Lyon", "Marseille"], "Lyon"],
    ["ZI des Îles, 13015 Marseille, France", ["Usine de Lyon", "Usine de Marseille"], "Usine de Marseille"],
    // it
    ["Via Roma 10, 20121 Milano (MI)", ["Milano", "Ravenna"], "Milano"],
    [
      "Via Baiona 5, 48123 Ravenna RA",
      ["Stabilimento di Milano", "Stabilimento di Ravenna"],
      "Stabilimento di Ravenna",
    ],
    // es
    ["Calle Mayor 5, 28013 Madrid", ["Madrid", "Bilbao"], "Madrid"],
    ["Muelle A-3, 48980 Santurtzi (Bilbao)", ["Planta Bilbao", "Planta Huelva"], "Planta Bilbao"],
    // nl
    ["Industrieweg 7, 5928 Venlo", ["Hamburg", "Venlo"], "Venlo"],
    [
      "Havenweg 2, 3198 LK Europoort Rotterdam",
      ["Vestiging Rotterdam", "Vestiging Gent"],
      "Vestiging Rotterdam",
    ],
    // pl
    ["ul. Portowa 1, 80-001 Gdańsk", ["Gdańsk", "Łódź"], "Gdańsk"],
    ["ul. Piotrkowska 1, 90-001 Łódź", ["Zakład Lodz", "Zakład Gdansk"], "Zakład Lodz"],
    // one table of a site's nouns with the headings' (engine/site-town.ts SITE_NOUNS): "Anlage",
    // "Sede", "Magazijn" are a site's nouns in a name as beside a transfer's end
    ["Hafenstraße 1, 20457 Hamburg", ["Anlage Hamburg", "Anlage Kiel"], "Anlage Hamburg"],
    ["Via Roma 10, 20121 Milano (MI)", ["Sede Milano", "Sede Ravenna"], "Sede Milano"],
    ["Industrieweg 7, 5928 Venlo", ["Magazijn Venlo", "Magazijn Gent"], "Magazijn Venlo"],
  ])("%j names %j's %s", (address, names, named) => {
    expect(siteNamedBy(address, names.map(site))?.name).toBe(named);
  });

  it.each([
    // part of a word only
    ["Essener Str. 4, 20457 Hamburg", ["Essen", "Kiel"]],
    ["Hamburger Str. 2, 23843 Bad Oldesloe", ["Hamburg", "Kiel"]],
    ["Venloer Str. 5, 50672 Köln", ["Venlo", "Hamburg"]],
    ["Lyonnaise 3, 13015 Marseille", ["Lyon", "Gent"]],
    ["Via Milanese 2, 20099 Sesto San Giovanni", ["Milano", "Milan"]],
    ["ul. Gdańska 4, 00-001 Warszawa", ["Gdańsk", "Łódź"]],
    // none named
    ["Hafenstr. 1, 20457 Hamburg", ["Venlo", "Kiel"]],
    ["Postfach 12 34, 20001", ["Hamburg", "Venlo"]],
    ["Hafenstr. 1, 20457 Hamburg", ["HH", "VL"]],
    ["Building A, Dock Road, Liverpool", ["Site A", "Site B"]],
    ["Werk 1, 20457", ["Werk 1", "Werk 2"]],
    ["'s-Hertogenbosch, Havenweg 1", ["Den Bosch", "Venlo"]],
    ["", ["Hamburg", "Venlo"]],
    // two named: no guess between them
    ["Hafenstr. 1, 22765 Hamburg-Altona", ["Hamburg", "Altona"]],
    ["Unit 5, Hull Road, York YO10 3JA", ["Hull", "York"]],
    ["12 avenue de Marseille, 69007 Lyon", ["Lyon", "Marseille"]],
    ["Venloseweg 3, 5928 Venlo, Hamburg-Str.", ["Venlo", "Hamburg", "Kiel"]],
  ])("%j names no one site of %j", (address, names) => {
    expect(siteNamedBy(address, names.map(site))).toBeUndefined();
  });
});

/** A book of `names`' sites without an address column, 100 t received and 10 t sold at each. */
function books(address: string, names: string[], layout: Record<string, Record<string, string>> = NO_COLUMN) {
  return runEngine(
    ledger({
      settings: { companyAddress: address },
      sites: names.map((s) => ({ site: s, company: "Acme", country: "DE" })),
      receipts: names.map((s, i) => uco("2025-01-05", "100", `IN-${i}`, { site: s })),
      deliveries: names.map((s) => sale("2025-02-10", "10", { site: s })),
      layout,
    }),
    { today: "2025-06-15" },
  );
}

const issued = (r: EngineResult) =>
  r.declarations.filter((d) => d.status === "new").map((d) => [d.site, d.dispatchAddress]);
const heldSites = (r: EngineResult) =>
  r.findings
    .filter((f) => f.code === "declaration-incomplete")
    .map((f) => /the address of ([^:]+): add an Address column to Sites/.exec(f.message)?.[1]);

describe("the SDs of a sites sheet without an address column", () => {
  it("three sites, the address names Hamburg: Hamburg's SD only; Venlo and Kiel held at Sites", () => {
    const r = books("Hafenstraße 1, 20457 Hamburg", ["Hamburg", "Venlo", "Kiel"]);
    expect(issued(r)).toEqual([["Hamburg", "Hafenstraße 1, 20457 Hamburg"]]);
    expect(heldSites(r)).toEqual(["Venlo", "Kiel"]);
  });

  it.each([
    ["1 Rue X, 69001 Lyon", ["Marseille", "Lyon"], "Lyon"],
    ["ul. Portowa 1, 80-001 Gdańsk", ["Łódź", "Gdańsk"], "Gdańsk"],
    ["Calle Mayor 5, 28013 Madrid", ["Bilbao", "Madrid"], "Madrid"],
  ])("%j, sites %j: %s's SD only", (address, names, named) => {
    const r = books(address, names);
    expect(issued(r)).toEqual([[named, address]]);
    expect(heldSites(r)).toEqual(names.filter((n) => n !== named));
  });

  it.each([
    ["names none", "Postfach 12 34, 20001 Hamburg", ["Venlo", "Kiel"]],
    ["names two", "Hafenstr. 1, 22765 Hamburg-Altona", ["Hamburg", "Altona"]],
    ["names a site only inside a word", "Essener Str. 4, 20457 Hamburg", ["Essen", "Kiel"]],
  ])("the address %s: every SD held", (_, address, names) => {
    const r = books(address, names);
    expect(issued(r)).toEqual([]);
    expect(heldSites(r)).toEqual(names);
  });

  it("one site only: the settings' address, unchanged, whatever it names", () => {
    for (const address of ["Hafenstr. 1, 20457 Hamburg", "Industrieweg 7, 5928 Venlo"]) {
      const r = books(address, ["Kiel"]);
      expect(issued(r)).toEqual([["Kiel", address]]);
      expect(heldSites(r)).toEqual([]);
    }
  });

  it("an Address column with Venlo's cell blank: Venlo held at its cell, as before, whatever the settings name", () => {
    const r = runEngine(
      ledger({
        settings: { companyAddress: "Industrieweg 7, 5928 Venlo" },
        sites: [
          { site: "Hamburg", company: "Acme", country: "DE", address: "Hafenstr. 1, 20457 Hamburg" },
          { site: "Venlo", company: "Acme", country: "NL", address: "" },
        ],
        receipts: [
          uco("2025-01-05", "100", "IN-1", { site: "Hamburg" }),
          uco("2025-01-05", "100", "IN-2", { site: "Venlo" }),
        ],
        deliveries: [
          sale("2025-02-10", "10", { site: "Hamburg" }),
          sale("2025-02-10", "10", { site: "Venlo" }),
        ],
        layout: { Sites: { ...NO_COLUMN.Sites, address: "D" } },
      }),
      { today: "2025-06-15" },
    );
    expect(issued(r)).toEqual([["Hamburg", "Hafenstr. 1, 20457 Hamburg"]]);
    const said = r.findings.filter((f) => f.code === "declaration-incomplete");
    expect(said.map((f) => f.message)).toEqual([expect.stringContaining("the address of Venlo: Sites!D3")]);
  });

  it("property: the settings' address is on the SDs of one site at most, and that site's name is a word of it", () => {
    const towns = ["Hamburg", "Venlo", "Kiel", "Essen", "Lyon", "Altona", "Gdańsk"];
    const addresses = [
      "Hafenstraße 1, 20457 Hamburg",
      "Hafenstr. 1, 22765 Hamburg-Altona",
      "Essener Str. 4, 45127 Essen",
      "Essener Str. 4, 24103 Kiel",
      "1 Rue X, 69001 Lyon",
      "ul. Gdańska 4, 80-001 Gdańsk",
      "Postfach 12 34",
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...addresses),
        fc.uniqueArray(fc.constantFrom(...towns), { minLength: 2, maxLength: 3 }),
        (address, names) => {
          const r = books(address, names);
          const printed = issued(r).filter(([, a]) => a === address);
          expect(printed.length).toBeLessThanOrEqual(1);
          for (const [s] of printed)
            expect(` ${address.replace(/[^\p{L}]+/gu, " ")} `).toContain(` ${String(s)} `);
          expect(issued(r).length + heldSites(r).length).toBe(names.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});
