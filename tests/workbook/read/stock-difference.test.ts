// (h-parties) A stock loss or gain on a books sheet is neither a sale nor a purchase: Navision /
// Business Central's item ledger entry "Negative Adjmt." (German "Abgang" under "Postenart",
// "Neg. Anpassung") was read as a delivery to no one, its SD held as incomplete; SAP's 551
// (scrapping) as a delivery. Now refused at its cell (a ledger's type: invalid-value; a movement
// type column: row-unconfirmed), reason stock-difference, never booked as a delivery or receipt
// (src/workbook/stock-difference.ts). Must not change: Sale/Verkauf, 601, 641 stay deliveries;
// Purchase/Einkauf, 101 receipts; "Abgang"/"Zugang" under a heading of the user's own ("Typ").
import ExcelJS from "exceljs";
import { runEngine } from "../../../src/engine/index";
import { erpHeading, erpVerdict } from "../../../src/workbook/erp-movement";
import { readWorkbook } from "../../../src/workbook/read";
import { erpEntryHeading, stockDifference } from "../../../src/workbook/stock-difference";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const day = (d: number) => new Date(Date.UTC(2025, 0, d));

async function readBook(sheet: string, rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const snapshot = await (await XlsxWorkbook.fromBuffer(buffer, "Books.xlsx")).readSnapshot();
  const read = readWorkbook(snapshot);
  return { read, result: runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" }) };
}

describe("entry types and movement types, in seven languages", () => {
  it.each([
    // Navision / Business Central entry types (en, de, fr, es, it, nl, pl) and words of a loss
    ["Negative Adjmt.", false, "loss"],
    ["Negative Adjustment", false, "loss"],
    ["Neg. Anpassung", false, "loss"],
    ["Verschrottung", false, "loss"],
    ["Schwund", false, "loss"],
    ["Ajust. négatif", false, "loss"],
    ["Mise au rebut", false, "loss"],
    ["Ajuste negativo", false, "loss"],
    ["Merma", false, "loss"],
    ["Rettifica negativa", false, "loss"],
    ["Rottamazione", false, "loss"],
    ["Negatieve correctie", false, "loss"],
    ["Korekta ujemna", false, "loss"],
    ["Złomowanie", false, "loss"],
    ["Positive Adjmt.", false, "gain"],
    ["Pos. Anpassung", false, "gain"],
    ["Ajust. positif", false, "gain"],
    ["Ajuste positivo", false, "gain"],
    ["Rettifica positiva", false, "gain"],
    ["Positieve correctie", false, "gain"],
    ["Korekta dodatnia", false, "gain"],
    ["Inventurdifferenz", false, "difference"],
    ["Inventory difference", false, "difference"],
    ["Écart d'inventaire", false, "difference"],
    ["Voorraadverschil", false, "difference"],
    ["Różnica inwentaryzacyjna", false, "difference"],
    // Navision's German adjustments, only under its entry type heading
    ["Abgang", true, "loss"],
    ["Zugang", true, "gain"],
    // must not change
    ["Abgang", false, null],
    ["Zugang", false, null],
    ["Verkauf", true, null],
    ["Einkauf", true, null],
    ["Sale", true, null],
    ["Purchase", true, null],
    ["Vente", false, null],
    ["Umlagerung", true, null],
  ])("%s (entry heading %s): %s", (text, entry, want) => expect(stockDifference(text, entry)).toBe(want));

  it.each([
    "Postenart",
    "Artikelpostenart",
    "Entry Type",
    "Item Ledger Entry Type",
    "Type écriture",
    "Posttype",
  ])("%s: an entry type heading", (h) => expect(erpEntryHeading(h)).toBe(true));
  it.each(["Typ", "Art", "Zugang/Abgang", "Bewegungsart", "Type"])("%s: not", (h) =>
    expect(erpEntryHeading(h)).toBe(false),
  );

  it.each([
    [551, "out", "stock-difference"],
    [553, "out", "stock-difference"],
    [555, "out", "stock-difference"],
    [701, "in", "stock-difference"],
    [702, "out", "stock-difference"],
    [711, "out", "stock-difference"],
    [712, "out", "stock-difference"],
    ["Verschrottung", "out", "stock-difference"],
    // must not change
    [552, "out", "reversal"],
    [601, "out", "read"],
    [641, "out", "unknown"],
    [101, "in", "read"],
    [102, "in", "reversal"],
    ["Abgang", "out", "read"],
  ] as const)("SAP %s on the %s side: %s", (code, side, want) =>
    expect(erpVerdict("movement", code, side)).toBe(want),
  );

  it("Navision's Abgang in an entry type column of a deliveries sheet", () => {
    expect(erpHeading("Postenart")).toBe("entry");
    expect(erpVerdict("entry", "Abgang", "out")).toBe("stock-difference");
    expect(erpVerdict("entry", "Verkauf", "out")).toBe("read");
  });
});

describe("a Navision item ledger: the negative adjustment refused at its type cell", () => {
  const ledger = (type: string, head = "Postenart") => [
    ["Buchungsdatum", head, "Produkt", "Menge", "Einheit", "Herkunftsname"],
    [day(10), "Einkauf", "Rapsöl", 100000, "KG", "Good AG"],
    [day(20), "Verkauf", "Rapsöl", -80000, "KG", "Kunde AG"],
    [day(25), type, "Rapsöl", -2000, "KG", null],
  ];
  it.each(["Abgang", "Negative Adjmt.", "Neg. Anpassung", "Verschrottung"])(
    "%s: no delivery, no SD",
    async (type) => {
      const { read, result } = await readBook("Artikelposten", ledger(type));
      expect(read.ledger.deliveries.map((d) => d.quantity)).toEqual(["80000"]);
      const at = result.findings.find((f) => f.cell === "B4");
      expect(at).toMatchObject({
        code: "invalid-value",
        severity: "error",
        details: { reason: "stock-difference" },
      });
      expect(at?.message).toContain("is a stock difference");
      expect(at?.message).toContain("not a sale or a purchase");
      expect(result.declarations.map((d) => d.quantity)).not.toContain("2000");
    },
  );
  it("must not change: Abgang under a heading of the user's own is a delivery", async () => {
    const rows = [
      ["Datum", "Typ", "Produkt", "Menge (t)", "Kunde/Lieferant"],
      [day(10), "Zugang", "Rapsöl", 100, "Good AG"],
      [day(20), "Abgang", "Rapsöl", 80, "Kunde AG"],
    ];
    const { read } = await readBook("Bestand", rows);
    expect(read.ledger.deliveries.map((d) => d.quantity)).toEqual(["80"]);
    expect(read.ledger.receipts.map((d) => d.quantity)).toEqual(["100"]);
  });
});

describe("a deliveries sheet with SAP's movement type: scrapping refused at its cell", () => {
  const sales = (code: number) => [
    ["Date", "Product", "Bewegungsart", "Quantity (t)", "Customer"],
    [day(10), "UCO", 601, 30, "Alpha GmbH"],
    [day(11), "UCO", code, 5, null],
  ];
  it.each([551, 702, 711])("%s", async (code) => {
    const { read, result } = await readBook("Deliveries", sales(code));
    expect(read.ledger.deliveries.map((d) => d.quantity)).toEqual(["30"]);
    expect(result.findings.find((f) => f.cell === "C3")).toMatchObject({
      code: "row-unconfirmed",
      details: { reason: "stock-difference" },
    });
  });
});
