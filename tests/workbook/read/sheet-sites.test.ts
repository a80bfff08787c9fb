// Sites named only in sheets' names (brk23 §4, workbook/sheet-sites.ts): a sites sheet listing
// Hamburg and Venlo and books sheets with no Site column named "Wareneingang Hamburg",
// "Warenausgang Venlo" were read as one account. A sheet naming one listed site is read as that
// site's (info at its header); a name that leaves it unclear is an error at its header and the
// balances it feeds are incomplete, as a storage column naming two places is (storage-doubt.ts).
// Years, months, copies, products, parties and the company's own name are no sites.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet } from "../fixtures";
import { DATE_HEADER } from "./date-rows";

const RECEIPT_HEADER = DATE_HEADER; // every field a receipt is read by
const DELIVERY_HEADER = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"];
const SITES = [
  ["Site", "Company", "Certificate", "Address"],
  ["Hamburg", "Ölmühle Nord GmbH", "EU-ISCC-Cert-DE100-9", "Hafenstr. 1, 20457 Hamburg"],
  ["Venlo", "Ölmühle Nord GmbH", "EU-ISCC-Cert-DE100-9", "Industrieweg 2, Venlo"],
];
const SETTINGS = [
  ["Setting", "Value"],
  ["Company name", "Ölmühle Nord GmbH"],
];

let n = 0;
const receipt = (o: { product?: string; site?: string } = {}): CellValue[] => [
  "2025-01-10",
  "Saipol",
  `SD-${++n}`,
  o.product ?? "Biodiesel",
  10,
  "ISCC compliant",
  "DE",
  ...(o.site ? [o.site] : []),
];
const delivery = (o: { customer?: string } = {}): CellValue[] => [
  "2025-03-01",
  o.customer ?? "Fuel BV",
  "Biodiesel",
  5,
  "yes",
  "Kade 1, Venlo",
];

type Book = Record<string, CellValue[][]>;
const receipts = (...rows: CellValue[][]) => [RECEIPT_HEADER, ...(rows.length ? rows : [receipt()])];
const deliveries = (...rows: CellValue[][]) => [DELIVERY_HEADER, ...(rows.length ? rows : [delivery()])];

function read(book: Book) {
  const r = readWorkbook({
    name: "Sites.xlsx",
    sheets: Object.entries({ Settings: SETTINGS, ...book }).map(([name, rows]) => sheet(name, rows)),
  });
  const ours = (f: Finding) => /^sheet-sites?$/.test(String((f.details as { reason?: string }).reason));
  return {
    ...r,
    said: r.findings
      .filter(ours)
      .map((f) => `${f.severity} ${f.sheet}!${f.cell} ${(f.details as { reason?: string }).reason}`),
    siteOf: (sheetName: string) => [
      ...new Set(
        [...r.ledger.receipts, ...r.ledger.deliveries]
          .filter((x) => x.source.sheet === sheetName)
          .map((x) => (x as { site?: string }).site),
      ),
    ],
  };
}

// receipts' and deliveries' sheet names for a site, in the seven languages of the books
const NAMED: [string, (s: string) => string, (s: string) => string][] = [
  ["de", (s) => `Wareneingang ${s}`, (s) => `Warenausgang ${s}`],
  ["de", (s) => `Eingang ${s} 2025`, (s) => `Ausgang ${s} 2025`],
  ["de", (s) => `${s} Einkauf`, (s) => `${s} Verkauf`],
  ["de", (s) => `Zugänge (${s})`, (s) => `Abgänge (${s})`],
  ["de", (s) => `Eingang Ölmühle Nord ${s}`, (s) => `Ausgang Ölmühle Nord ${s}`],
  ["en", (s) => `Receipts ${s}`, (s) => `Deliveries ${s}`],
  ["en", (s) => `${s} purchases`, (s) => `${s} sales`],
  ["en", (s) => `Incoming_${s}`, (s) => `Outgoing_${s}`],
  ["en", (s) => `Receipts ${s} Q1`, (s) => `Sales ${s} March`],
  ["fr", (s) => `Achats ${s}`, (s) => `Ventes ${s}`],
  ["fr", (s) => `Réceptions ${s} 2025`, (s) => `Livraisons ${s} 2025`],
  ["it", (s) => `Acquisti ${s}`, (s) => `Vendite ${s}`],
  ["it", (s) => `Ricevimento ${s}`, (s) => `Consegne ${s}`],
  ["es", (s) => `Compras ${s}`, (s) => `Ventas ${s}`],
  ["es", (s) => `Recepción ${s}`, (s) => `Entregas ${s}`],
  ["nl", (s) => `Inkoop ${s}`, (s) => `Verkoop ${s}`],
  ["nl", (s) => `Ontvangst ${s}`, (s) => `Leveringen ${s}`],
  ["pl", (s) => `Zakupy ${s}`, (s) => `Sprzedaż ${s}`],
  ["pl", (s) => `Przyjęcie ${s}`, (s) => `Dostawy ${s}`],
  ["pl", (s) => `Zakupy ${s} styczeń`, (s) => `Sprzedaż ${s} luty`],
  ["any", (s) => `WE-${s.toUpperCase()}`, (s) => `WA-${s.toUpperCase()}`],
];

describe("sheets whose names name one site of the sites sheet, with no Site column", () => {
  it.each(NAMED)(
    "%s %p: each sheet's rows are read as its site's, said at its header",
    (_, inName, outName) => {
      const book: Book = { Sites: SITES };
      for (const s of ["Hamburg", "Venlo"]) {
        book[inName(s)] = receipts();
        book[outName(s)] = deliveries();
      }
      const r = read(book);
      for (const s of ["Hamburg", "Venlo"]) {
        expect(r.siteOf(inName(s))).toEqual([s]);
        expect(r.siteOf(outName(s))).toEqual([s]);
      }
      expect(r.said.sort()).toEqual(
        ["Hamburg", "Venlo"]
          .flatMap((s) => [`info ${inName(s)}!A1 sheet-site`, `info ${outName(s)}!A1 sheet-site`])
          .sort(),
      );
      expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(r.ledger.incomplete ?? []).toEqual([]);
    },
  );

  it("reads the site as the sites sheet spells it, whatever the case of the sheet's name", () => {
    const r = read({ Sites: SITES, "EINGANG HAMBURG": receipts(), "eingang venlo": receipts() });
    expect(r.siteOf("EINGANG HAMBURG")).toEqual(["Hamburg"]);
    expect(r.siteOf("eingang venlo")).toEqual(["Venlo"]);
  });
});

describe("sheets whose names leave the site unclear are refused at their header", () => {
  it("a name naming two sites of the sites sheet", () => {
    const r = read({ Sites: SITES, "Wareneingang Hamburg + Venlo": receipts(), Warenausgang: deliveries() });
    expect(r.said).toEqual(["error Wareneingang Hamburg + Venlo!A1 sheet-sites"]);
    expect(r.siteOf("Wareneingang Hamburg + Venlo")).toEqual([undefined]);
    expect(r.ledger.incomplete).toEqual([
      expect.objectContaining({ source: { sheet: "Wareneingang Hamburg + Venlo", cell: "A1" } }),
    ]);
    expect(r.findings.find((f) => f.sheet === "Wareneingang Hamburg + Venlo")?.message).toContain(
      '"Hamburg" and "Venlo"',
    );
  });

  it("a Site column naming another site than the sheet's name", () => {
    const r = read({
      Sites: SITES,
      "Receipts Hamburg": [
        [...RECEIPT_HEADER, "Site"],
        receipt({ site: "Hamburg" }),
        receipt({ site: "Venlo" }),
      ],
      "Receipts Venlo": [[...RECEIPT_HEADER, "Site"], receipt({ site: "Venlo" })],
    });
    expect(r.said).toEqual(["error Receipts Hamburg!A1 sheet-sites"]);
    expect(r.findings.find((f) => f.sheet === "Receipts Hamburg")?.message).toContain('"Venlo" in row 3');
    // the rows keep their own sites: nothing is moved
    expect(r.siteOf("Receipts Hamburg").sort()).toEqual(["Hamburg", "Venlo"]);
    expect(r.ledger.incomplete).toHaveLength(1);
  });

  // two sheets of one kind told apart by a place word, with no sites sheet (or one listing neither)
  const TWINS: [string, string][] = [
    ["Receipts Hamburg", "Receipts Venlo"],
    ["Wareneingang Duisburg", "Wareneingang Essen"],
    ["Eingang Hamburg 2024/2025", "Eingang Venlo 2025"],
    ["Réceptions Lyon", "Réceptions Lille"],
    ["Acquisti Ravenna", "Acquisti Venezia"],
    ["Compras Huelva", "Compras Bilbao"],
    ["Inkoop Rotterdam", "Inkoop Amsterdam"],
    ["Zakupy Gdańsk", "Zakupy Łódź"],
    ["Receipts", "Receipts Venlo"],
  ];
  it.each(TWINS)("%p and %p with no sites sheet: both refused, not merged", (a, b) => {
    const r = read({ [a]: receipts(), [b]: receipts() });
    expect(r.said.sort()).toEqual([`error ${a}!A1 sheet-sites`, `error ${b}!A1 sheet-sites`].sort());
    expect(r.ledger.incomplete?.map((i) => i.source?.sheet).sort()).toEqual([a, b].sort());
  });

  it("a sites sheet listing neither place: refused likewise", () => {
    const r = read({ Sites: SITES, "Receipts Duisburg": receipts(), "Receipts Essen": receipts() });
    expect(r.said.sort()).toEqual([
      "error Receipts Duisburg!A1 sheet-sites",
      "error Receipts Essen!A1 sheet-sites",
    ]);
  });
});

// (brk23 §4) sheets told apart by a kind of trade, origin or transport, no sites sheet: read as one
// account, nothing said (before: refused as if Import/Domestic were places)
describe("sheets told apart by a kind of trade or transport, not a place", () => {
  const KIND_PAIRS: [string, string][] = [
    ["Receipts Import", "Receipts Domestic"],
    ["Receipts EU", "Receipts non-EU"],
    ["Receipts rail", "Receipts truck"],
    ["Receipts ship", "Receipts bulk"],
    ["Wareneingang Inland", "Wareneingang Ausland"],
    ["Eingang intern", "Eingang extern"],
    ["Eingang Bahn", "Eingang LKW"],
    ["Eingang Schiff", "Eingang Drittland"],
    ["Achats import", "Achats national"],
    ["Réceptions UE", "Réceptions hors UE"],
    ["Réceptions camion", "Réceptions péniche"],
    ["Compras importación", "Compras nacional"],
    ["Compras camión", "Compras barco"],
    ["Acquisti importazione", "Acquisti nazionale"],
    ["Acquisti treno", "Acquisti nave"],
    ["Inkoop invoer", "Inkoop binnenland"],
    ["Inkoop trein", "Inkoop vrachtwagen"],
    ["Zakupy import", "Zakupy krajowe"],
    ["Zakupy kolej", "Zakupy ciężarówka"],
    ["Receipts", "Receipts Import"],
  ];
  it.each(KIND_PAIRS)("%p and %p with no sites sheet", (a, b) => {
    const r = read({ [a]: receipts(), [b]: receipts() });
    expect(r.said).toEqual([]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });
  // a place beside the kind word still tells two sites apart
  it.each([
    ["Receipts Import Hamburg", "Receipts Import Venlo"],
    ["Eingang Bahn Duisburg", "Eingang Bahn Essen"],
  ])("%p and %p: still refused", (a, b) => {
    const r = read({ [a]: receipts(), [b]: receipts() });
    expect(r.said.sort()).toEqual([`error ${a}!A1 sheet-sites`, `error ${b}!A1 sheet-sites`].sort());
  });
});

describe("sheet names that name no site change nothing", () => {
  // two sheets of one kind told apart by a year, a month, a copy, a product or a party
  const SAME: [string, string, Book?][] = [
    ["Wareneingang 2024", "Wareneingang 2025"],
    ["Receipts Q1", "Receipts Q2"],
    ["Deliveries March", "Deliveries April"],
    ["Eingang Januar", "Eingang Februar"],
    ["Eingang Jan 2025", "Eingang Feb 2025"],
    ["Achats janvier", "Achats février"],
    ["Compras enero", "Compras febrero"],
    ["Acquisti gennaio", "Acquisti febbraio"],
    ["Inkoop januari", "Inkoop februari"],
    ["Zakupy styczeń", "Zakupy luty"],
    ["Eingang alt", "Eingang neu"],
    ["Receipts 2025", "Receipts 2025 old"],
    ["Eingang Ölmühle Nord 2024", "Eingang Ölmühle Nord 2025"],
    ["Ölmühle Nord Eingang", "Eingang"],
    ["Wareneingang KW 1-26", "Wareneingang KW 27-52"],
    ["Receipts H1", "Receipts H2"],
    ["Einkauf Quartal 1", "Einkauf Quartal 2"],
    ["Compras 1er trimestre", "Compras 2o trimestre"],
    ["Receipts Biodiesel", "Receipts HVO", { "Receipts HVO": receipts(receipt({ product: "HVO" })) }],
  ];
  // (a rest parameter: jest takes a third one for its done callback where a row has two)
  it.each(SAME)("%p and %p", (...[a, b, rows]: [string, string, Book?]) => {
    const r = read({ Sites: SITES, [a]: receipts(), [b]: receipts(), ...rows });
    expect(r.said).toEqual([]);
    expect(r.siteOf(a)).toEqual([undefined]);
    expect(r.siteOf(b)).toEqual([undefined]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });

  it("deliveries sheets named after their customers", () => {
    const r = read({
      Receipts: receipts(),
      "Verkauf Neste": deliveries(delivery({ customer: "Neste Oyj" })),
      "Verkauf Shell": deliveries(delivery({ customer: "Shell Deutschland GmbH" })),
    });
    expect(r.said).toEqual([]);
  });

  it.each([
    [
      "one receipts and one deliveries sheet, no site in their names",
      { Wareneingang: receipts(), Warenausgang: deliveries() },
    ],
    ["the same with no sites sheet", { Receipts: receipts(), Sales: deliveries() }],
    [
      "rows carrying a Site column",
      {
        "Receipts Hamburg": [[...RECEIPT_HEADER, "Site"], receipt({ site: "Hamburg" })],
        "Receipts Venlo": [[...RECEIPT_HEADER, "Site"], receipt({ site: "Venlo" })],
      },
    ],
  ] as [string, Book][])("%s", (_, book) => {
    const r = read({ Sites: SITES, ...book });
    expect(r.said).toEqual([]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });

  it("a sites sheet listing one site: its sheets are read as before", () => {
    const r = read({
      Sites: SITES.slice(0, 2),
      "Wareneingang Hamburg": receipts(),
      "Warenausgang Hamburg": deliveries(),
    });
    expect(r.said).toEqual([]);
    expect(r.siteOf("Wareneingang Hamburg")).toEqual([undefined]);
  });
});
