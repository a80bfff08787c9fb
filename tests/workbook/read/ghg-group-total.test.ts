// (brk27 S4) The GHG total E headed by a total word alone ("Total", "Summe", "Gesamt", "Etotal"…)
// standing next to a run of GHG component columns is read as E (ghg-group-total.ts); before, it was
// read as no field and the SD printed the components' sum (23) where the supplier's SD says 10.
// A total word elsewhere on the sheet, or next to one component only, stays unread as before.
import { namesBareTotal } from "../../../src/workbook/ghg-group-total";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const DAY = serial("2025-01-10");
const LEAD = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "GHG unit"];
const LEAD_ROW: CellValue[] = [DAY, "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 10, "g CO2eq/MJ"];

/** A receipts sheet of LEAD and then `heads`/`values`; the fields read from the last heading's column and the row's GHG. */
function read(heads: string[], values: CellValue[]) {
  const r = readWorkbook({
    name: "x.xlsx",
    sheets: [
      sheet("Receipts", [
        [...LEAD, ...heads],
        [...LEAD_ROW, ...values],
      ]),
    ],
  });
  const columns = r.sheets.find((x) => x.name === "Receipts")?.columns ?? {};
  const letter = String.fromCharCode(65 + LEAD.length + heads.length - 1);
  const last = Object.entries(columns)
    .filter(([, c]) => c === letter)
    .map(([f]) => f);
  return { last, ghg: r.ledger.receipts[0]?.ghg, codes: r.findings.map((f) => f.code) };
}

/** Total words of the seven languages, with E and a unit. */
const TOTALS = [
  "Total",
  "Etotal",
  "E total",
  "Total E",
  "Summe",
  "Gesamt",
  "Insgesamt",
  "Somme",
  "Totale",
  "Suma",
  "Totaal",
  "Razem",
  "Łącznie",
  "Total (g CO2eq/MJ)",
  "E gesamt [g CO2eq/MJ]",
];
/** Headings that are no bare total: never E by their place. */
const NOT_BARE = [
  "Total ISCC",
  "Gesamtmenge",
  "Summe Menge (t)",
  "Total amount (EUR)",
  "Totale fattura",
  "Bemerkung",
];

describe("a total word beside eec … eccr is the GHG total E", () => {
  it.each(TOTALS)("%p names a bare total", (h) => expect(namesBareTotal(h)).toBe(true));
  it.each(NOT_BARE)("%p is no bare total", (h) => expect(namesBareTotal(h)).toBe(false));

  it.each(TOTALS)("%p after eec | ep | etd is read as E: its value kept", (h) => {
    const { last, ghg } = read(["eec", "ep", "etd", h], [20, 5, 3, 10]);
    expect(last).toEqual(["ghg.total"]);
    expect(ghg).toMatchObject({ total: "10", eec: "20", ep: "5", etd: "3" });
  });

  it("before the run too (Total | eec | ep)", () => {
    expect(read(["Summe", "eec", "ep"], [25, 20, 5]).ghg).toMatchObject({ total: "25" });
  });
});

describe("must not change", () => {
  it("a total beside one component only stays unread", () => {
    const { last, ghg } = read(["eec", "Total"], [20, 99]);
    expect(last).toEqual([]);
    expect(ghg?.total).toBeUndefined();
  });

  it("a total away from the GHG columns stays unread", () => {
    const { last, ghg } = read(["eec", "ep", "Bemerkung", "Total"], [20, 5, "x", 99]);
    expect(last).toEqual([]);
    expect(ghg?.total).toBeUndefined();
  });

  it("a named GHG total keeps E; a second bare total beside it is not taken for E", () => {
    const { ghg } = read(["eec", "ep", "THG gesamt", "Summe"], [20, 5, 25, 99]);
    expect(ghg?.total).toBe("25");
  });

  it.each(NOT_BARE)("%p after eec | ep is not E", (h) => {
    expect(read(["eec", "ep", h], [20, 5, 7]).last).not.toContain("ghg.total");
  });

  it("no total column: E summed from terms as before", () => {
    expect(read(["eec", "ep"], [20, 5]).ghg).toEqual({ eec: "20", ep: "5", unit: "g CO2eq/MJ" });
  });
});
