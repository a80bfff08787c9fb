// (brk25 3) An address cell that is wholly a reference ("wie oben", "dito", "same as above") or a
// placeholder ("-", "n/a", "k.A.") states no address (engine/address-placeholder.ts): an SD printing
// "wie oben" as its dispatch point is never issued. The site's address cell, the delivery's
// customer, dispatch and delivery address cells and the settings' company address are each held at
// their cell, saying what the cell holds. Real addresses that merely contain such a word still read.
import { type EngineResult, runEngine } from "../../../src/engine";
import { isAddressPlaceholder } from "../../../src/engine/address-placeholder";
import { ledger, type LedgerParts, sale, uco } from "../build";

const PLACEHOLDERS = [
  "wie oben",
  "Wie oben.",
  "s.o.",
  "s. o.",
  "siehe oben",
  "dito",
  "Dito",
  "do.",
  "dto.",
  "k.A.",
  "k. A.",
  "same as above",
  "As above",
  "idem",
  "Idem.",
  "ditto",
  "voir ci-dessus",
  "come sopra",
  "vedi sopra",
  "como arriba",
  "ídem",
  "zie boven",
  "jw.",
  "j.w.",
  "patrz wyżej",
  "Patrz wyżej",
  "jak wyżej",
  "-",
  "–",
  "--",
  "/",
  "n/a",
  "N/A",
  "n.v.t.",
  "tbd",
  "TBD",
  "?",
  "??",
  "x",
  "(wie oben)",
  '"dito"',
];
const ADDRESSES = [
  "Am Oberen Hafen 3",
  "Idemstraße 4",
  "Dito-Weg 2",
  "Hafenstr. 1, 20457 Hamburg",
  "Industrieweg 7, 5928 Venlo",
  "Via Sopra 1, Milano",
  "Oben 5",
  "Wie 2",
  "ul. Wyżej 3, Gdańsk",
  "Zie 1, Boven",
  "Rue Dessus 4, Lyon",
  "Venlo",
  "Kade 2",
  "Hamburg",
];

it.each(PLACEHOLDERS)("%j is a reference or placeholder, not an address", (text) => {
  expect(isAddressPlaceholder(text)).toBe(true);
});

it.each(ADDRESSES)("%j is an address", (text) => {
  expect(isAddressPlaceholder(text)).toBe(false);
});

it("a blank cell is blank, not a placeholder", () => {
  expect(isAddressPlaceholder("")).toBe(false);
  expect(isAddressPlaceholder("   ")).toBe(false);
});

const HAMBURG = "Kattwykdamm 3, 21107 Hamburg";
const LAYOUT = {
  Sites: { site: "A", company: "B", country: "C", address: "D" },
  Deliveries: { dispatchAddress: "P", receivingAddress: "Q" },
};

function books(venlo: string | undefined, parts: Partial<LedgerParts> = {}): EngineResult {
  return runEngine(
    ledger({
      sites: [
        { site: "Hamburg", company: "X", country: "DE", address: HAMBURG },
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
    { today: "2025-06-15" },
  );
}

const issued = (r: EngineResult) =>
  r.declarations.filter((d) => d.status === "new").map((d) => [d.site, d.dispatchAddress]);
const incomplete = (r: EngineResult) =>
  r.findings.filter((f) => f.code === "declaration-incomplete").map((f) => f.message);

it.each(["wie oben", "s.o.", "dito", "same as above", "zie boven", "patrz wyżej", "-", "n/a"])(
  "Venlo's site address %j: its SD is held at Sites!D3, saying what the cell holds",
  (typed) => {
    const r = books(typed);
    expect(issued(r)).toEqual([["Hamburg", HAMBURG]]);
    const said = incomplete(r);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(
      `dispatch address (the address of Venlo: Sites!D3 holds "${typed}", which is no address: type the address itself)`,
    );
    expect(r.declarations.some((d) => d.dispatchAddress === typed)).toBe(false);
  },
);

it("one site on the sites sheet whose address is 'wie oben': held too, never the settings' address in its place", () => {
  const r = books(undefined, {
    sites: [{ site: "Venlo", company: "X", country: "NL", address: "wie oben" }],
    receipts: [uco("2025-01-05", "100", "A2", { site: "Venlo" })],
    deliveries: [sale("2025-02-10", "70", { site: "Venlo" })],
  });
  expect(issued(r)).toEqual([]);
  expect(incomplete(r)[0]).toContain('Sites!D2 holds "wie oben"');
});

it("a delivery's own dispatch, customer and delivery address cells: a placeholder holds the SD at the cell", () => {
  const r = books(undefined, {
    sites: [],
    receipts: [uco("2025-01-05", "100", "A1")],
    deliveries: [
      sale("2025-02-10", "10", { dispatchAddress: "dito" }),
      sale("2025-02-11", "10", { customerAddress: "s.o." }),
      sale("2025-02-12", "10", { receivingAddress: "wie oben" }),
      sale("2025-02-13", "10", { dispatchAddress: "Kade 2, Venlo", receivingAddress: "Kai 9, Kiel" }),
    ],
  });
  expect(r.declarations.filter((d) => d.status === "new").map((d) => d.dispatchDate)).toEqual(["2025-02-13"]);
  const said = incomplete(r);
  expect(said).toHaveLength(3);
  expect(said[0]).toContain('dispatch address (Deliveries!P2 holds "dito", which is no address');
  expect(said[1]).toContain("recipient address (Deliveries!");
  expect(said[1]).toContain('holds "s.o."');
  expect(said[2]).toContain('receiving point address (Deliveries!Q4 holds "wie oben"');
});

it("the settings' company address 'k.A.': every SD held, naming it", () => {
  const r = books(undefined, { sites: [], settings: { companyAddress: "k.A." } });
  expect(issued(r)).toEqual([]);
  const said = incomplete(r);
  expect(said).toHaveLength(2);
  expect(said[0]).toContain("own company address");
  expect(r.declarations.some((d) => d.supplier.address === "k.A." || d.dispatchAddress === "k.A.")).toBe(
    false,
  );
});

it("real addresses that contain such words are printed as typed", () => {
  const r = books("Dito-Weg 2, 5928 Venlo", {
    deliveries: [
      sale("2025-02-10", "80", {
        site: "Hamburg",
        dispatchAddress: "Am Oberen Hafen 3",
        customerAddress: "Idemstraße 4",
      }),
      sale("2025-02-10", "70", { site: "Venlo" }),
    ],
  });
  expect(issued(r)).toEqual([
    ["Hamburg", "Am Oberen Hafen 3"],
    ["Venlo", "Dito-Weg 2, 5928 Venlo"],
  ]);
  expect(incomplete(r)).toEqual([]);
});
