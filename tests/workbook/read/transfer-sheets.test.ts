// Sheets of transfers between the company's sites as staff head them (brk12 c11): the site a move
// leaves and the site it reaches are read as From site and To site in six languages, whatever the
// sheet's name ("Stock moves" was a stock count of the quantity moved); a sheet named for transfers
// whose rows are booked at one site with Abgang / Zugang and no other party ("Umbuchung") is never
// read as sales to no one and purchases from no one: its rows pair into transfers (p-xfer2), or
// it is refused at its header where they cannot (no Site column, one side only).
import { readWorkbook } from "../../../src/workbook/read";
import { siteEndOf } from "../../../src/workbook/transfer-words";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const read = (name: string, rows: CellValue[][]) =>
  readWorkbook({ name: "Transfers.xlsx", sheets: [sheet(name, rows)] });

// [language, date, sending site, receiving site, product, quantity]
// prettier-ignore
const HEADINGS: [string, string, string, string, string, string][] = [
  ["de", "Datum", "Abgebendes Werk", "Empfangendes Werk", "Produkt", "Menge (t)"],
  ["de", "Datum", "abgebender Standort", "empfangender Standort", "Produkt", "Menge (t)"],
  ["de", "Datum", "Von Werk", "An Werk", "Produkt", "Menge (t)"],
  ["de", "Datum", "Abgangswerk", "Zielwerk", "Produkt", "Menge (t)"],
  ["en", "Date", "Sending plant", "Receiving plant", "Product", "Qty (t)"],
  ["en", "Date", "Sending site", "Receiving site", "Product", "Quantity (t)"],
  ["en", "Date", "From site", "To site", "Product", "Quantity (t)"],
  ["fr", "Date", "Site expéditeur", "Site destinataire", "Produit", "Quantité (t)"],
  ["fr", "Date", "Site de départ", "Site d'arrivée", "Produit", "Quantité (t)"],
  ["es", "Fecha", "Planta de origen", "Planta de destino", "Producto", "Cantidad (t)"],
  ["it", "Data", "Stabilimento mittente", "Stabilimento ricevente", "Prodotto", "Quantità (t)"],
  ["it", "Data", "Sito di partenza", "Sito di arrivo", "Prodotto", "Quantità (t)"],
  ["nl", "Datum", "Verzendende locatie", "Ontvangende locatie", "Product", "Hoeveelheid (t)"],
];

// sheet names: neutral, a stock count's, a transfer's
const NAMES = ["Sheet1", "Stock moves", "Bestand", "Umlagerungen", "Transferts", "Overboekingen"];

describe("the sites a transfer leaves and reaches, in six languages", () => {
  it.each(HEADINGS)("%s: %p | %p | %p name the two ends", (_, __, from, to) => {
    expect([siteEndOf(from), siteEndOf(to)]).toEqual(["from", "to"]);
  });

  // an end's word alone, or a site alone, is no end: a party, a country of origin, the row's site
  it.each([
    "Von",
    "Origin",
    "Destinataire",
    "Werk",
    "Site",
    "Lieferant",
    "Receiving date",
    "Country of origin",
  ])("%p names no end", (h) => expect(siteEndOf(h)).toBeNull());

  describe.each(NAMES)("on a sheet named %p", (name) => {
    it.each(HEADINGS)("%s: %p | %p | %p … is a Transfers table, 40 t from Hamburg to Venlo", async (...h) => {
      const [, date, from, to, product, qty] = h;
      const r = await read(name, [
        [date, from, to, product, qty],
        [serial("2025-02-01"), "Hamburg", "Venlo", "Pyrolyseöl", 40],
      ]);
      expect(r.sheets[0]).toMatchObject({ kind: "transfers", rows: 1 });
      expect(r.ledger.transfers).toMatchObject([
        { fromSite: "Hamburg", toSite: "Venlo", product: "Pyrolyseöl", quantity: "40" },
      ]);
      // never a stock count of the quantity moved
      expect(r.ledger.stockCounts).toEqual([]);
    });
  });

  it("a stock count's headings without both ends stay a stock count", async () => {
    const r = await read("Stock moves", [
      ["Date", "Receiving plant", "Product", "Qty (t)"],
      [serial("2025-02-01"), "Venlo", "Pyrolyseöl", 40],
    ]);
    expect(r.sheets[0]).toMatchObject({ kind: "stock" });
  });

  it("receipts with a supplier stay receipts: their sending site is the supplier's", async () => {
    const r = await read("Wareneingang", [
      ["Datum", "Lieferant", "SD-Nr.", "Abgebendes Werk", "Empfangendes Werk", "Produkt", "Menge (t)"],
      [serial("2025-02-01"), "Saipol SA", "SP-1", "Sète", "Hamburg", "Pyrolyseöl", 40],
    ]);
    expect(r.sheets[0]).toMatchObject({ kind: "receipts", rows: 1 });
    expect(r.ledger.transfers).toEqual([]);
  });

  it("deliveries with a customer stay deliveries: the receiving plant is the customer's", async () => {
    const r = await read("Sheet1", [
      ["Date", "Customer", "Sending plant", "Receiving plant", "Product", "Qty (t)"],
      [serial("2025-02-01"), "Nordic Fuels Oy", "Hamburg", "Porvoo", "Pyrolyseöl", 40],
    ]);
    expect(r.sheets[0]).toMatchObject({ kind: "deliveries", rows: 1 });
    expect(r.ledger.transfers).toEqual([]);
  });

  it("both ends without a product are refused at the header, never a stock count", async () => {
    const r = await read("Stock moves", [
      ["Date", "Sending plant", "Receiving plant", "Qty (t)"],
      [serial("2025-02-01"), "Hamburg", "Venlo", 40],
    ]);
    expect(r.ledger.stockCounts).toEqual([]);
    expect(r.ledger.transfers).toEqual([]);
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        code: "header-not-found",
        severity: "error",
        sheet: "Stock moves",
        cell: "A1",
      }),
    );
  });
});

// Abgang / Zugang booked at one site, no other party, on a sheet named for transfers
// prettier-ignore
const ONE_SITE: [string, string[]][] = [
  ["Umbuchung", ["Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)"]],
  ["Umlagerungen", ["Datum", "Standort", "Produkt", "Ausgang (t)", "Eingang (t)"]],
  ["Stock transfer", ["Date", "Site", "Product", "Out (t)", "In (t)"]],
  ["Transferts", ["Date", "Site", "Produit", "Sortie (t)", "Entrée (t)"]],
  ["Traslados", ["Fecha", "Planta", "Producto", "Salida (t)", "Entrada (t)"]],
  ["Trasferimenti", ["Data", "Sito", "Prodotto", "Uscita (t)", "Entrata (t)"]],
  ["Overboekingen", ["Datum", "Locatie", "Product", "Uit (t)", "In (t)"]],
];

describe("a sheet named for transfers, booked at one site with no other party", () => {
  // (p-xfer2) each move's two rows pair into one transfer (transfer-pairs.test.ts); before, the
  // sheet was refused at its header and nothing of it was read
  it.each(ONE_SITE)("%p %p: the two rows are one transfer, no sale, no purchase", async (name, hs) => {
    const r = await read(name, [
      hs,
      [serial("2025-02-01"), "Hamburg", "Pyrolyseöl", 40, null],
      [serial("2025-02-01"), "Venlo", "Pyrolyseöl", null, 40],
    ]);
    expect(r.ledger.deliveries).toEqual([]);
    expect(r.ledger.receipts).toEqual([]);
    expect(r.ledger.transfers).toMatchObject([{ fromSite: "Hamburg", toSite: "Venlo", quantity: "40" }]);
    expect(r.findings.filter((f) => f.code === "header-not-found")).toEqual([]);
  });

  // no site to pair the rows by, or one side only: still refused at its header
  it.each([
    ["Umbuchung", ["Datum", "Produkt", "Abgang (t)", "Zugang (t)"], [40, null]],
    ["Umbuchung", ["Datum", "Werk", "Produkt", "Zugang (t)"], [40]],
    ["Umlagerungen", ["Datum", "Standort", "Produkt", "Ausgang (t)"], [40]],
  ])("%p %p is refused at its header", async (name, hs, qty) => {
    const site = hs.length - qty.length === 3 ? ["Hamburg"] : [];
    const r = await read(name, [hs, [serial("2025-02-01"), ...site, "Pyrolyseöl", ...qty]]);
    expect(r.ledger.deliveries).toEqual([]);
    expect(r.ledger.receipts).toEqual([]);
    expect(r.ledger.transfers).toEqual([]);
    const said = r.findings.filter((f) => f.code === "header-not-found");
    expect(said).toMatchObject([{ severity: "error", sheet: name, cell: "A1" }]);
    expect(said[0]?.message).toMatch(/is named for transfers between sites|looks like transfers/);
    expect(r.ledger.incomplete?.length).toBeGreaterThan(0);
  });

  it("with a counterparty column it is a combined ledger, read", async () => {
    const r = await read("Umbuchung", [
      ["Datum", "Werk", "Geschäftspartner", "Produkt", "Abgang (t)", "Zugang (t)"],
      [serial("2025-02-01"), "Hamburg", "Nordic Fuels Oy", "Pyrolyseöl", 40, null],
    ]);
    expect(r.sheets[0]).toMatchObject({ kind: "ledger", rows: 1 });
    expect(r.findings.filter((f) => f.code === "header-not-found")).toEqual([]);
  });

  it("a ledger of one site not named for transfers is read as before", async () => {
    const r = await read("Bewegungen", [
      ["Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)"],
      [serial("2025-02-01"), "Hamburg", "Pyrolyseöl", 40, null],
    ]);
    expect(r.sheets[0]).toMatchObject({ kind: "ledger", rows: 1 });
  });
});
