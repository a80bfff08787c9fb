// Transfer sheets headed by an end's word alone, or with a depot's noun (brk13 #11): "Van | Naar",
// "Origen | Destino", "Da | A", "Da deposito | A deposito", "De | Vers", "Von | Nach" on a sheet of
// transfers gave header-not-found (no From site, no To site), so nothing of the sheet was read. And
// "Lager ab | Lager an" holding "Tank 1" / "Tank 2" booked the tanks as two sites (a transfer between
// accounts that do not exist, every sheet without a Site column then refused); "Tank ab | Tank an"
// said no From site. A tank is storage within one site (domain.md §4: transfers move credit between
// sites' accounts): a move between two tanks is refused, at its heading or its cell, and never books
// a tank as a site.
import { readWorkbook } from "../../../src/workbook/read";
import { loneEndOf, namesTank, tankEndOf } from "../../../src/workbook/transfer-words";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const read = (name: string, rows: CellValue[][]) =>
  readWorkbook({ name: "Transfers.xlsx", sheets: [sheet(name, rows)] });

// [language, sheet name, date, from, to, product, quantity]
// prettier-ignore
const LAYOUTS: [string, string, string, string, string, string, string][] = [
  ["de", "Umlagerungen", "Datum", "Von", "Nach", "Produkt", "Menge (t)"],
  ["de", "Umlagerungen", "Datum", "Herkunft", "Ziel", "Produkt", "Menge (t)"],
  ["de", "Umbuchungen", "Datum", "Von Standort", "Nach Standort", "Produkt", "Menge (t)"],
  ["en", "Stock transfer", "Date", "From", "To", "Product", "Qty (t)"],
  ["en", "Transfers", "Date", "Origin", "Destination", "Product", "Quantity (t)"],
  ["fr", "Transferts", "Date", "De", "Vers", "Produit", "Quantité (t)"],
  ["fr", "Transferts", "Date", "Provenance", "Destination", "Produit", "Quantité (t)"],
  ["fr", "Transferts", "Date", "Site de départ", "Site d'arrivée", "Produit", "Quantité (t)"],
  ["es", "Traslados", "Fecha", "Origen", "Destino", "Producto", "Cantidad (t)"],
  ["es", "Traslados", "Fecha", "Desde", "Hacia", "Producto", "Cantidad (t)"],
  ["nl", "Overboekingen", "Datum", "Van", "Naar", "Product", "Hoeveelheid (t)"],
  ["nl", "Overboekingen", "Datum", "Herkomst", "Bestemming", "Product", "Hoeveelheid (t)"],
  ["it", "Trasferimenti", "Data", "Da", "A", "Prodotto", "Quantità (t)"],
  ["it", "Trasferimenti", "Data", "Da deposito", "A deposito", "Prodotto", "Quantità (t)"],
  ["it", "Trasferimenti", "Data", "Provenienza", "Destinazione", "Prodotto", "Quantità (t)"],
];

describe("a transfer's ends headed by their words alone, in six languages", () => {
  it.each(LAYOUTS)("%s %p: %p | %p | %p is 40 t from Hamburg to Venlo", async (_, name, ...heads) => {
    const r = await read(name, [heads, [serial("2025-02-01"), "Hamburg", "Venlo", "Pyrolyseöl", 40]]);
    expect(r.sheets[0]).toMatchObject({ kind: "transfers", rows: 1 });
    expect(r.ledger.transfers).toMatchObject([
      { fromSite: "Hamburg", toSite: "Venlo", product: "Pyrolyseöl", quantity: "40" },
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  // the words alone are ends only on a sheet of transfers: a receipt's origin stays its country
  it("an origin on a receipts sheet stays the country of origin", async () => {
    const r = await read("Wareneingang", [
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)", "Herkunft"],
      [serial("2025-02-01"), "Saipol SA", "SP-1", "UCO", 40, "DE"],
    ]);
    expect(r.sheets[0]).toMatchObject({ kind: "receipts", rows: 1 });
    expect(r.ledger.transfers).toEqual([]);
  });

  it.each([
    ["Van", "from"],
    ["Naar", "to"],
    ["Origen", "from"],
    ["Destino", "to"],
    ["Da", "from"],
    ["A", "to"],
    ["À", "to"],
    ["De", "from"],
    ["Vers", "to"],
    ["Lieferant", null],
    ["Von Werk", null],
  ])("%p alone is the %s end", (h, end) => expect(loneEndOf(h)).toBe(end));
});

// [language, sheet name, headings of a move between two tanks]
// prettier-ignore
const TANK_HEADINGS: [string, string, string, string][] = [
  ["de", "Umlagerungen", "Tank ab", "Tank an"],
  ["de", "Umlagerungen", "Von Tank", "Nach Tank"],
  ["en", "Stock transfer", "From tank", "To tank"],
  ["fr", "Transferts", "Cuve de départ", "Cuve d'arrivée"],
  ["es", "Traslados", "Tanque de origen", "Tanque de destino"],
  ["nl", "Overboekingen", "Van tank", "Naar tank"],
  ["it", "Trasferimenti", "Serbatoio di partenza", "Serbatoio di arrivo"],
];

describe("a move between two tanks of one site is no transfer between sites", () => {
  it.each(TANK_HEADINGS)("%s %p: %p | %p is refused at its heading", async (_, name, from, to) => {
    expect([tankEndOf(from), tankEndOf(to)]).toEqual(["from", "to"]);
    const r = await read(name, [
      ["Datum", from, to, "Produkt", "Menge (t)"],
      [serial("2025-02-01"), "T1", "T2", "UCO", 30],
    ]);
    expect(r.ledger.transfers).toEqual([]);
    const said = r.findings.filter((f) => f.code === "header-not-found");
    expect(said).toMatchObject([{ severity: "error", cell: "B1", details: { reason: "tank-moves" } }]);
    expect(said[0]?.message).toContain("a tank is storage within one site");
  });

  it.each([
    ["Lager ab", "Lager an"],
    ["Von Standort", "Nach Standort"],
    ["From site", "To site"],
  ])(
    "%p | %p holding Tank 1 and Tank 2: refused at both cells, no tank booked as a site",
    async (from, to) => {
      const r = await read("Umlagerungen", [
        ["Datum", from, to, "Produkt", "Menge (t)"],
        [serial("2025-02-01"), "Tank 1", "Tank 2", "UCO", 30],
        [serial("2025-02-02"), "Hamburg", "Venlo", "UCO", 20],
      ]);
      expect(r.ledger.transfers).toMatchObject([{ fromSite: "Hamburg", toSite: "Venlo", quantity: "20" }]);
      const cells = r.findings.filter((f) => f.code === "invalid-value");
      expect(cells.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
        ["B2", "tank-site"],
        ["C2", "tank-site"],
      ]);
      expect(cells[0]?.message).toContain('"Tank 1" in From site names a tank');
    },
  );

  it.each(["Tank 1", "TK-02", "Silo B", "Cuve 3", "Tanque 4", "Serbatoio 2", "tank"])(
    "%p names a tank",
    (v) => expect(namesTank(v)).toBe(true),
  );
  it.each(["Hamburg", "Tanklager Hamburg", "Werk 2", "Tank farm Rotterdam Europoort", "Venlo"])(
    "%p names no tank",
    (v) => expect(namesTank(v)).toBe(false),
  );
});
