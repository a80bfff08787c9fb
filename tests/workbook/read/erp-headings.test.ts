// (brk27 N1, N2) ERP exports' own headings and signs. N1: SAP MB51's "Materialkurztext",
// "Menge in ErfME", "Erfassungsmengeneinh."/"ErfME"/"BME" and Navision's "Beschreibung",
// "Mengeneinheitencode" were not known (header-not-found, "add a Unit column" beside one); now
// read, "Beschreibung" only where no other column names the product. N2: a Navision item ledger
// (Postenart Einkauf/Verkauf, signed Menge) refused every sale's −80000; an Out row's negative
// quantity is now its magnitude where the type column is read with confidence, and a negative on
// an In row stays refused (src/workbook/field-words.ts, weak-headings.ts, ledger-sides.ts).
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const day = (d: number) => new Date(Date.UTC(2025, 0, d));

async function book(sheet: string, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const snapshot = await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot();
  return readWorkbook(snapshot);
}

describe("N1: SAP and Navision headings of product, quantity and unit", () => {
  const table: [string, string, string][] = [
    ["Materialkurztext", "Menge in ErfME", "Erfassungsmengeneinh."],
    ["Materialkurztext", "Menge in BME", "Basismengeneinheit"],
    ["Material short text", "Quantity in UnE", "UnE"],
    ["Materialkurztext", "Menge", "ErfME"],
    ["Materialkurztext", "Menge", "BME"],
    ["Beschreibung", "Menge", "Mengeneinheitencode"],
  ];
  it.each(table)("%s | %s | %s", async (p, q, u) => {
    const read = await book("Wareneingang", [
      ["Datum", p, q, u, "Lieferant"],
      [day(10), "Rapsöl", 100, "TO", "Good AG"],
    ]);
    const rec = read.ledger.receipts;
    expect(rec).toHaveLength(1);
    expect(rec[0]).toMatchObject({ product: "Rapsöl", quantity: "100", unit: "t" });
    expect(read.findings.filter((f) => f.code === "mapping-uncertain" || f.severity === "error")).toEqual([]);
  });

  it("must not change: 'Beschreibung' beside a Product column is no product (either order)", async () => {
    for (const head of [
      ["Datum", "Beschreibung", "Produkt", "Menge (t)", "Lieferant"],
      ["Datum", "Produkt", "Beschreibung", "Menge (t)", "Lieferant"],
    ]) {
      const pi = head.indexOf("Produkt");
      const row: unknown[] = [day(10), "Lieferung KW 2", "Lieferung KW 2", 100, "Good AG"];
      row[pi] = "UCO";
      const read = await book("Wareneingang", [head, row]);
      expect([
        read.ledger.receipts[0]?.product,
        read.findings.map((f) => f.code + " " + f.message.slice(0, 200)),
      ]).toEqual(["UCO", []]);
    }
  });
});

describe("N2: a signed item ledger (Navision Artikelposten)", () => {
  const rows = (sale: number, purchase: number) => [
    ["Buchungsdatum", "Postenart", "Produkt", "Menge", "Einheit", "Herkunftsname"],
    [day(10), "Einkauf", "Rapsöl", purchase, "KG", "Good AG"],
    [day(20), "Verkauf", "Rapsöl", sale, "KG", "Kunde AG"],
  ];
  it("a sale's negative quantity is its magnitude", async () => {
    const read = await book("Artikelposten", rows(-80000, 100000));
    expect(read.ledger.deliveries.map((d) => d.quantity)).toEqual(["80000"]);
    expect(read.ledger.receipts.map((r) => r.quantity)).toEqual(["100000"]);
    expect(read.findings.filter((f) => f.code === "mapping-uncertain")).toEqual([]);
  });
  it("must not change: a sale's positive quantity is read as it stands", async () => {
    const read = await book("Artikelposten", rows(80000, 100000));
    expect(read.ledger.deliveries.map((d) => d.quantity)).toEqual(["80000"]);
  });
  it("a purchase's negative quantity (sign against its type) is refused", async () => {
    const read = await book("Artikelposten", rows(-80000, -100000));
    const result = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
    expect(result.findings.some((f) => f.code === "invalid-quantity" && f.cell === "D2")).toBe(true);
  });
  it("must not change: a type column only asked (heading unknown) keeps a sale's negative refused", async () => {
    const asked = rows(-80000, 100000).map((r, i) =>
      i === 0 ? r.map((h) => (h === "Postenart" ? "Kz." : h)) : r,
    );
    const read = await book("Artikelposten", asked);
    expect(read.ledger.deliveries.map((d) => d.quantity)).not.toContain("80000");
  });
});
