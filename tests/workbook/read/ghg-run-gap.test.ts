// (h-ghg3 A1) A column read as no field that stands inside a run of GHG value columns ("eec | ed |
// ep", "eec | ecc | GHG total") was left unread without a word: the reader may be missing a
// component the supplier's SD declares. Now a warning (mapping-uncertain, ghg-run-unread) at its
// heading. Silent: a remark or status heading, a saving, what is no GHG value, an empty column, a
// column outside the run. Must not change: the known component spellings, read as their component.
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const DAY = serial("2025-01-10");
const HEAD = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "GHG unit"];
const ROW = [DAY, "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 10, "g CO2eq/MJ"];

/** Receipts with GHG columns `ghg` (headings) over `values` after the GHG unit (G): what is said at each heading. */
function read(ghg: string[], values: CellValue[]) {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Receipts", [
        [...HEAD, ...ghg],
        [...ROW, ...values],
      ]),
    ],
  });
  const columns = r.sheets.find((x) => x.name === "Receipts")?.columns ?? {};
  const said = r.findings
    .filter((f) => f.sheet === "Receipts" && /^[A-Z]+1$/.test(f.cell ?? ""))
    .map(
      (f) =>
        `${f.cell} ${f.severity} ${f.code} ${f.details && "reason" in f.details ? f.details.reason : ""}`,
    );
  return { columns, said, r };
}

/** Headings of no known term, in de/en/fr/it/es/nl/pl and as codes: warned where they stand among the GHG values. */
const UNKNOWN = [
  "ed",
  "ecc",
  "exx",
  "eex",
  "Sonstiges",
  "Zusatzwert",
  "Other",
  "Autre",
  "Altro",
  "Otro",
  "Overig",
  "Inne",
  "Wert 2",
];

/** Remark and status headings in de/en/fr/it/es/nl/pl: silent inside the run. */
const REMARKS = [
  "Bemerkung",
  "Anmerkung",
  "Remarks",
  "Comment",
  "Remarque",
  "Commentaire",
  "Osservazioni",
  "Nota",
  "Observaciones",
  "Comentario",
  "Opmerking",
  "Toelichting",
  "Uwagi",
  "Komentarz",
  "Status",
];

/** Headings that say they are no component: silent. */
const OTHER_THINGS = ["THG-Einsparung (%)", "GHG saving (%)", "CO2-Preis (EUR)", "Prix CO2 (€)"];

/** Component spellings in 7 languages and typographies (must not change): read as their component. */
const KNOWN: [string, string][] = [
  ["e_ec", "eec"],
  ["E ec", "eec"],
  ["eec [g CO2eq/MJ]", "eec"],
  ["E_l", "el"],
  ["e p", "ep"],
  ["GHG ep", "ep"],
  ["THG etd", "etd"],
  ["e_u", "eu"],
  ["e sca", "esca"],
  ["e_ccs", "eccs"],
  ["eccr", "eccr"],
  ["Emissions from cultivation", "eec"],
  ["Emissionen Anbau", "eec"],
  ["Émissions de culture", "eec"],
  ["Emissioni da coltivazione", "eec"],
  ["Emisiones de cultivo", "eec"],
  ["Emissies teelt", "eec"],
  ["Emisje z upraw", "eec"],
  ["Emissionen Transport", "etd"],
  ["Émissions de transport", "etd"],
];

describe("an unread column inside a run of GHG values", () => {
  it.each(UNKNOWN)("eec | el | %p | ep over 4: warned at its heading, nothing else changes", (h) => {
    const { columns, said, r } = read(["eec", "el", h, "ep"], [20, 0, 4, 5]);
    expect(Object.values(columns)).not.toContain("J");
    expect(said).toEqual(["J1 warning mapping-uncertain ghg-run-unread"]);
    const f = r.findings.find((x) => x.cell === "J1");
    expect(f?.message).toContain("stands among the GHG values");
    expect(f?.message).toContain("Rename it to the component's name");
    expect(f?.message).toContain('between "el" and "ep"');
    expect(r.ledger.incomplete ?? []).toEqual([]);
    expect(r.ledger.receipts[0]?.ghg).toEqual({ eec: "20", el: "0", ep: "5", unit: "g CO2eq/MJ" });
  });

  it.each(UNKNOWN)("eec | ep | %p | GHG total: warned too (a total ends the run)", (h) => {
    expect(read(["eec", "ep", h, "GHG total"], [20, 5, 4, 25]).said).toEqual([
      "J1 warning mapping-uncertain ghg-run-unread",
    ]);
  });

  it("two unread columns side by side: each warned", () => {
    expect(read(["eec", "ed", "ecc", "ep"], [20, 1, 2, 5]).said).toEqual([
      "I1 warning mapping-uncertain ghg-run-unread",
      "J1 warning mapping-uncertain ghg-run-unread",
    ]);
  });

  it("an emission heading refused as an unread term (E summed from terms) is said once, as before", () => {
    expect(read(["eec", "Emissionen Sonstige", "ep"], [20, 7, 5]).said).toEqual([
      "I1 error mapping-uncertain ghg-term-unread",
    ]);
  });
});

it("on a production sheet: the same warning, not the sustainable-input one", () => {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Production", [
        [
          "Date",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (t)",
          "eec",
          "ed",
          "ep",
        ],
        [DAY, "Rapeseed", 100, "Rapeseed oil", 40, 20, 3, 5],
      ]),
    ],
  });
  const at = r.findings
    .filter((f) => f.cell === "G1")
    .map((f) => [f.severity, (f.details as { reason?: string }).reason]);
  expect(at).toEqual([["warning", "ghg-run-unread"]]);
});

describe("what stays silent", () => {
  it.each(REMARKS)("eec | el | %p | ep: a remark or status heading", (h) => {
    expect(read(["eec", "el", h, "ep"], [20, 0, "lt. SD vom 3.1.", 5]).said).toEqual([]);
  });

  it.each(OTHER_THINGS)("eec | el | %p | ep: no component", (h) => {
    expect(read(["eec", "el", h, "ep"], [20, 0, 60, 5]).said).toEqual([]);
  });

  it.each([null, ""])("eec | ed | ep with %p under ed: nothing lost, nothing said", (v) => {
    expect(read(["eec", "ed", "ep"], [20, v, 5]).said).toEqual([]);
  });

  it("a column beside the run, not inside it: not said here", () => {
    expect(read(["eec", "ep", "ed"], [20, 5, 4]).said).toEqual([]);
  });
});

describe("must not change: the known component spellings", () => {
  it.each(KNOWN)("eu | %p | eccr: read as %s, nothing said", (h, term) => {
    const [left, right] = term === "eu" ? ["eec", "eccr"] : term === "eccr" ? ["eu", "ep"] : ["eu", "eccr"];
    const { columns, said } = read([left as string, h, right as string], [1, 2, 3]);
    expect(columns[`ghg.${term}`]).toBe("I");
    expect(said).toEqual([]);
  });
});
