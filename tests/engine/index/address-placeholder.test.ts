// (brk25 3) An address cell that is wholly a reference ("wie oben", "dito", "same as above") or a
// placeholder ("-", "n/a", "k.A.") states no address (engine/address-placeholder.ts): an SD printing
// "wie oben" as its dispatch point is never issued. The site's address cell, the delivery's
// customer, dispatch and delivery address cells and the settings' company address are each held at
// their cell, saying what the cell holds. Real addresses that merely contain such a word still read.
// (brk26 S5) So does a cell that refers to another address, party or document ("wie Kundenadresse",
// "siehe Rechnungsadresse", "= Kundenadresse", "same as billing") or names a hand-over, not a place
// ("Abholung", "ex works"): a reference word opening the cell, with no number after it.
import fc from "fast-check";
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
// brk26 S5: references to another address, party, row or document, in the seven languages
const REFERENCES = [
  // de
  "wie Kundenadresse",
  "Wie Rechnungsadresse",
  "siehe Rechnungsadresse",
  "s. Kunde",
  "s. Kundenadresse",
  "vgl. Kunde",
  "gleiche wie Kunde",
  "gleich wie Rechnungsadresse",
  "identisch",
  "identisch mit Rechnungsadresse",
  "= Kundenadresse",
  "=Kundenadresse",
  "=C5",
  "wie B12",
  "siehe Zeile 12",
  "lt. Rechnung",
  "laut Lieferschein 4711",
  "„wie Kundenadresse“",
  "(siehe Kunde)",
  // en
  "same as billing",
  "Same as customer address",
  "see invoice",
  "see invoice 4711",
  "see row 4",
  "as per invoice",
  "as per order 2025-17",
  "identical to billing address",
  "ditto customer",
  // fr
  "comme adresse de facturation",
  "voir client",
  "identique à l'adresse de facturation",
  "même que client",
  // it
  "come indirizzo di fatturazione",
  "vedi fattura",
  "uguale a cliente",
  "stesso indirizzo",
  // es
  "como la dirección de facturación",
  "véase factura",
  "igual que facturación",
  "misma dirección",
  // nl
  "zoals factuuradres",
  "zie factuur",
  "gelijk aan klant",
  "zelfde als factuuradres",
  // pl
  "jak adres faktury",
  "patrz faktura",
  "taki sam jak klient",
  "to samo co nabywca",
];
// a way of handing over, not a place (an address has a number or a postcode and a place)
const HAND_OVERS = [
  "Abholung",
  "Abholung durch Kunden",
  "Selbstabholer",
  "Selbstabholung",
  "ab Werk",
  "pick-up",
  "Pick up",
  "pickup by customer",
  "ex works",
  "EXW",
  "ex-works",
  "enlèvement",
  "départ usine",
  "ritiro",
  "franco fabbrica",
  "recogida",
  "afhalen",
  "af fabriek",
  "odbiór własny",
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
  // brk26 S5: the reference words inside other words, or followed by a house number
  "Am Gleichen Weg 3",
  "Wiesenstraße 5, 47119 Duisburg",
  "Siehe-Straße 4, 10115 Berlin",
  "Siehe-Straße",
  "Via Vedi 2, 20121 Milano",
  "Via Como 5, Milano",
  "Como",
  "Como, Italia",
  "Seestraße 10, 24103 Kiel",
  "See 4, 6900 Bregenz",
  "Gleichen",
  "Identitätsweg 2",
  "Abholweg 3, Duisburg",
  "Zieleman 3, Venlo",
  "Jakobstr. 7, 50678 Köln",
  "Patrzykont 3, Gdańsk",
  "Comeniusstraat 3, Venlo",
  "Vedelweg 2",
  "Igualada 4, Barcelona",
  "Wie 2, 12345 Dorf",
  "c/o Spedition X, Hafen 3, 47119 Duisburg",
  "Kunde AG c/o Tanklager 7, 47119 Duisburg",
  "C/O Kade 2, Venlo",
];

it.each(PLACEHOLDERS)("%j is a reference or placeholder, not an address", (text) => {
  expect(isAddressPlaceholder(text)).toBe(true);
});

it.each(REFERENCES)("%j refers to another address, party or document: no address", (text) => {
  expect(isAddressPlaceholder(text)).toBe(true);
});

it.each(HAND_OVERS)("%j names a hand-over, not a place: no address", (text) => {
  expect(isAddressPlaceholder(text)).toBe(true);
});

const LEADS = ["wie", "Siehe", "s.", "vgl.", "gleich wie", "identisch mit", "=", "same as", "see", "as per"];
const LEADS2 = [
  "identical to",
  "ditto",
  "comme",
  "voir",
  "identique à",
  "come",
  "vedi",
  "uguale a",
  "como la",
];
const LEADS3 = [
  "véase",
  "igual que",
  "zoals",
  "zie",
  "gelijk aan",
  "jak",
  "patrz",
  "taki sam jak",
  "Abholung",
];
const lead = fc.constantFrom(...LEADS, ...LEADS2, ...LEADS3);
const word = fc.stringMatching(/^[A-Za-zäöüéß]{2,14}$/);

it("a reference word opening the cell, followed by words without a number: no address", () => {
  fc.assert(
    fc.property(lead, fc.array(word, { maxLength: 3 }), (l, ws) => {
      expect(isAddressPlaceholder([l, ...ws].join(" "))).toBe(true);
    }),
  );
});

it("a reference word inside a street name, or followed by a house number and postcode: an address", () => {
  const letters = fc.constantFrom(...[...LEADS, ...LEADS2, ...LEADS3].filter((l) => /^[a-z]+$/i.test(l)));
  const suffix = fc.constantFrom("straße", "weg", "-Straße", "laan", "gasse", "-Weg");
  const place = fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 10000, max: 99999 }), word);
  fc.assert(
    fc.property(letters, suffix, place, (l, sfx, [n, pc, city]) => {
      expect(isAddressPlaceholder(`${l}${sfx} ${n}, ${pc} ${city}`)).toBe(false);
      expect(isAddressPlaceholder(`${l} ${n}, ${pc} ${city}`)).toBe(false);
    }),
  );
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

it("brk26 S5: a delivery's receiving point or customer address that refers to another address holds the SD at the cell", () => {
  const typed = ["wie Kundenadresse", "= Kundenadresse", "same as billing", "Abholung"];
  const r = books(undefined, {
    sites: [],
    receipts: [uco("2025-01-05", "100", "A1")],
    deliveries: [
      ...typed.map((t, i) => sale(`2025-02-1${i}`, "10", { receivingAddress: t })),
      sale("2025-02-20", "10", { customerAddress: "gleiche wie Kunde" }),
      sale("2025-02-21", "10", { customerAddress: "siehe Rechnungsadresse" }),
      sale("2025-02-22", "10", { receivingAddress: "Wiesenstraße 5, 47119 Duisburg" }),
    ],
  });
  expect(r.declarations.filter((d) => d.status === "new").map((d) => d.receivingAddress)).toEqual([
    "Wiesenstraße 5, 47119 Duisburg",
  ]);
  const said = incomplete(r);
  expect(said).toHaveLength(6);
  typed.forEach((t, i) =>
    expect(said[i]).toContain(`receiving point address (Deliveries!Q${i + 2} holds "${t}"`),
  );
  expect(said[4]).toContain("recipient address (Deliveries!");
  expect(said[4]).toContain('holds "gleiche wie Kunde"');
  expect(said[5]).toContain('holds "siehe Rechnungsadresse"');
});
