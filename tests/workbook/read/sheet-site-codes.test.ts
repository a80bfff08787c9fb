// Sites named in sheets' names by their codes, and by words of direction (brk25 §1, §2, §8;
// workbook/sheet-site-codes.ts, sheet-sites.ts). Before: a sites sheet "Standort | Kürzel" listing
// Hamburg HH and Venlo VL with sheets "WE HH", "WE VL", "WA VL" was read as ONE account, nothing
// said (Venlo's sales declared from Hamburg's receipt); with no sites sheet "WE HH" / "WE VL" were
// merged likewise; "Lieferungen nach Venlo" (deliveries TO Venlo) was read as Venlo's own deliveries;
// "Verkauf" beside "Call-offs delivered" was refused as site twins.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet } from "../fixtures";
import { DATE_HEADER } from "./date-rows";

const DELIVERY_HEADER = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"];
let n = 0;
const receipts = (): CellValue[][] => [
  DATE_HEADER,
  ["2025-01-10", "Saipol", `SD-${++n}`, "Biodiesel", 10, "ISCC compliant", "DE"],
];
const deliveries = (quantity = 5): CellValue[][] => [
  DELIVERY_HEADER,
  ["2025-03-01", "Fuel BV", "Biodiesel", quantity, "yes", "Kade 1, Venlo"],
];
const sitesWith = (codeHeading: string, a = "Hamburg", b = "Venlo"): CellValue[][] => [
  ["Standort", codeHeading, "Adresse"],
  [a, "HH", "Hafenstr. 1, 20457 Hamburg"],
  [b, "VL", "Industrieweg 5, 5928 Venlo"],
];

type Book = Record<string, CellValue[][]>;

/** The sheet-site findings ("severity sheet reason") and the sites each sheet's rows are read at. */
function read(book: Book) {
  const r = readWorkbook({ name: "Codes.xlsx", sheets: Object.entries(book).map(([k, v]) => sheet(k, v)) });
  const reason = (f: Finding) => String((f.details as { reason?: string }).reason);
  return {
    said: r.findings
      .filter((f) => /^sheet-sites?$/.test(reason(f)))
      .map((f) => `${f.severity} ${f.sheet} ${reason(f)}`)
      .sort(),
    text: r.findings.map((f) => f.message).join("\n"),
    siteOf: (name: string) => [
      ...new Set(
        [...r.ledger.receipts, ...r.ledger.deliveries]
          .filter((x) => x.source.sheet === name)
          .map((x) => (x as { site?: string }).site),
      ),
    ],
    incomplete: (r.ledger.incomplete ?? []).map((i) => i.source?.sheet).sort(),
  };
}

describe("a sites sheet's code column names its sites in sheets' names", () => {
  // code headings of the seven languages
  const HEADINGS = [
    "Kürzel",
    "Kurzzeichen",
    "Abkürzung",
    "Werkskürzel",
    "Code",
    "Site code",
    "Short name",
    "Abbreviation",
    "Code site",
    "Sigle",
    "Sigla",
    "Código",
    "Codice",
    "Afkorting",
    "Skrót",
    "Kod zakładu",
  ];
  it.each(HEADINGS)("%p: WE HH / WE VL / WA VL read as Hamburg's and Venlo's", (heading) => {
    const r = read({
      Sites: sitesWith(heading),
      "WE HH": receipts(),
      "WE VL": receipts(),
      "WA VL": deliveries(),
    });
    expect(r.siteOf("WE HH")).toEqual(["Hamburg"]);
    expect(r.siteOf("WE VL")).toEqual(["Venlo"]);
    expect(r.siteOf("WA VL")).toEqual(["Venlo"]);
    expect(r.said).toEqual(["info WA VL sheet-site", "info WE HH sheet-site", "info WE VL sheet-site"]);
    expect(r.incomplete).toEqual([]);
  });

  it("a Post code / Country code column names no site: the sheets are refused as twins, not merged", () => {
    for (const heading of ["Postcode", "Post code", "Code postal", "Country code", "ISO code"]) {
      const r = read({ Sites: sitesWith(heading), "WE HH": receipts(), "WE VL": receipts() });
      expect([heading, r.siteOf("WE HH"), r.said]).toEqual([
        heading,
        [undefined],
        ["error WE HH sheet-sites", "error WE VL sheet-sites"],
      ]);
    }
  });
});

describe("sheets told apart by a short capital code, no sites sheet: refused, not merged", () => {
  const PAIRS: [string, string][] = [
    ["WE HH", "WE VL"],
    ["Receipts HH", "Receipts VL"],
    ["Wareneingang DUI", "Wareneingang ESS"],
    ["Achats LYS", "Achats LIL"],
    ["Zakupy GDA", "Zakupy LDZ"],
  ];
  it.each(PAIRS)("%p and %p", (a, b) => {
    const r = read({ [a]: receipts(), [b]: receipts() });
    expect(r.said).toEqual([`error ${a} sheet-sites`, `error ${b} sheet-sites`].sort());
    expect(r.incomplete).toEqual([a, b].sort());
  });
  // must not change: short tokens that are no site
  it.each([
    ["Receipts EU", "Receipts non-EU"],
    ["WE", "Wareneingang"],
    ["Wareneingang KW 1-26", "Wareneingang KW 27-52"],
    ["Eingang LKW", "Eingang Bahn"],
  ])("%p and %p: one account, nothing said", (a, b) => {
    const r = read({ [a]: receipts(), [b]: receipts() });
    expect(r.said).toEqual([]);
    expect(r.incomplete).toEqual([]);
  });
});

describe("a site named after a word of direction in a deliveries sheet's name", () => {
  const book = (name: string): Book => ({
    Sites: sitesWith("Kürzel"),
    "Wareneingang Hamburg": receipts(),
    "Wareneingang Venlo": receipts(),
    [name]: deliveries(),
  });
  // where the goods went (de, en, fr, es, it, nl, pl), by name and by code
  it.each([
    ["Lieferungen nach Venlo", "nach"],
    ["Verkauf an Venlo", "an"],
    ["Sales to Venlo", "to"],
    ["Livraisons vers Venlo", "vers"],
    ["Ventes à Venlo", "a"],
    ["Ventas a Venlo", "a"],
    ["Ventas hacia Venlo", "hacia"],
    ["Vendite verso Venlo", "verso"],
    ["Leveringen naar Venlo", "naar"],
    ["Dostawy do Venlo", "do"],
    ["WA nach VL", "nach"],
  ])("%p: refused, the dispatching site is unknown", (name, word) => {
    const r = read(book(name));
    expect(r.said).toContain(`error ${name} sheet-sites`);
    expect(r.siteOf(name)).toEqual([undefined]);
    expect(r.incomplete).toEqual([name]);
    expect(r.text).toContain(`names "Venlo" after "${word}", where the goods went`);
  });
  // the dispatching site: read as before
  it.each(["Lieferungen von Venlo", "Sales from Venlo", "Deliveries ex Venlo", "Warenausgang Venlo"])(
    "%p: Venlo's deliveries",
    (name) => {
      const r = read(book(name));
      expect(r.said).toContain(`info ${name} sheet-site`);
      expect(r.siteOf(name)).toEqual(["Venlo"]);
      expect(r.incomplete).toEqual([]);
    },
  );
  it("a receipts sheet is no destination: read as before", () => {
    const r = read({ Sites: sitesWith("Kürzel"), "Eingang nach Venlo": receipts(), "WA HH": deliveries() });
    expect(r.siteOf("Eingang nach Venlo")).toEqual(["Venlo"]);
  });
});

describe("must not change", () => {
  it("full names Hamburg / Venlo beside a code column", () => {
    const r = read({
      Sites: sitesWith("Kürzel"),
      "Wareneingang Hamburg": receipts(),
      "Warenausgang Venlo": deliveries(),
    });
    expect(r.siteOf("Wareneingang Hamburg")).toEqual(["Hamburg"]);
    expect(r.siteOf("Warenausgang Venlo")).toEqual(["Venlo"]);
    expect(r.said).toEqual(["info Warenausgang Venlo sheet-site", "info Wareneingang Hamburg sheet-site"]);
  });
  it("Werk 1 / Werk 2", () => {
    const r = read({
      Sites: sitesWith("Kürzel", "Werk 1", "Werk 2"),
      "Eingang Werk 1": receipts(),
      "Ausgang Werk 2": deliveries(),
    });
    expect(r.siteOf("Eingang Werk 1")).toEqual(["Werk 1"]);
    expect(r.siteOf("Ausgang Werk 2")).toEqual(["Werk 2"]);
  });
});

// (brk25 §8) two deliveries sheets whose names share no word are no site twins
describe("sheets of one kind sharing no word", () => {
  it.each([
    ["Verkauf", "Call-offs delivered"],
    ["Verkauf 2025", "Abrufe geliefert 2025"],
  ])("%p and %p: nothing said", (a, b) => {
    const r = read({ Receipts: receipts(), [a]: deliveries(), [b]: deliveries() });
    expect(r.said).toEqual([]);
  });
  it.each([
    ["Verkauf", "Venlo"],
    ["Verkauf Hamburg", "Verkauf Venlo"],
  ])("%p and %p: still refused", (a, b) => {
    // rows of their own: the same rows would make one a copy of the other (copied-sheet)
    const r = read({ Receipts: receipts(), [a]: deliveries(), [b]: deliveries(7) });
    expect(r.said).toEqual([`error ${a} sheet-sites`, `error ${b} sheet-sites`].sort());
  });
});

// (brk26 N1) the code column's cells go to the engine with each site (engine/intake/site-codes.ts)
describe("a sites sheet's code column gives each site its code", () => {
  const codesOf = (heading: string) =>
    readWorkbook({ name: "Codes.xlsx", sheets: [sheet("Standorte", sitesWith(heading))] }).ledger.sites.map(
      (s) => `${String(s.site)}=${String((s as { code?: string }).code)}`,
    );
  it.each(["Kürzel", "Site code", "Code site", "Abkürzung", "Codice", "Afkorting", "Skrót"])(
    "%j: Hamburg=HH, Venlo=VL",
    (heading) => expect(codesOf(heading)).toEqual(["Hamburg=HH", "Venlo=VL"]),
  );
  // must not change: a post code or country code column is no site's code
  it.each(["PLZ", "Postal code", "Country code", "Ländercode ISO"])("%j: no code", (heading) =>
    expect(codesOf(heading)).toEqual(["Hamburg=undefined", "Venlo=undefined"]),
  );
});
