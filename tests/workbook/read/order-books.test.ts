// (brk23 6) A sheet named as a book of orders, contracts, call-offs or advices of dispatch: before,
// "Bestellungen" in the receipts' layout beside the receipts was read as receipts, its 500 t credited
// and cited by the next SD, with no finding. Orders are quantities expected, not received. Now such
// a sheet is said (info, at its header) and none of its rows is booked, as a master list is not.
import { namedForOrders } from "../../../src/workbook/order-book";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { configSheet } from "./config-sheet";

const DAY = serial("2025-01-10");
const RECEIPTS: CellValue[][] = [
  ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Country of origin"],
  [DAY, "Saipol", "IN-1", "Biodiesel", 50, "Sunflower", "DE"],
];
const ORDERED: CellValue[][] = [
  RECEIPTS[0]!,
  [DAY, "Other Supplier", "IN-9", "Biodiesel", 500, "Sunflower", "DE"],
];
const DELIVERIES: CellValue[][] = [
  ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
  [DAY, "Nordic Fuels", "Biodiesel", 30, "ja"],
];

// books of orders, contracts, call-offs or advices of dispatch, read as receipts
const ORDER_BOOKS = [
  // en
  "Purchase orders",
  "Open orders",
  "Orders 2025",
  "Order book",
  "Contracts",
  "Call-offs",
  "Shipping advices",
  // de
  "Bestellungen",
  "Offene Bestellungen",
  "Bestellung",
  "Einkaufsbestellungen",
  "Kontrakte 2025",
  "Rahmenverträge",
  "Verträge",
  "Abrufe",
  "Lieferabrufe",
  "Avis",
  "Lieferavis",
  "Versandavis",
  "Aufträge",
  // fr
  "Commandes",
  "Commandes fournisseurs",
  "Bons de commande",
  "Contrats 2025",
  "Avis d'expédition",
  // es
  "Pedidos",
  "Pedidos a proveedores",
  "Órdenes de compra",
  "Contratos",
  // it
  "Ordini",
  "Ordini fornitori",
  "Contratti",
  // nl
  "Bestellingen",
  "Inkooporders",
  "Contracten",
  // pl
  "Zamówienia",
  "Zamówienia zakupu",
  "Umowy",
  "Kontrakty",
  "Awizo",
];

// names of receipts books: purchases, receipts by order or contract, one contract, words with those letters
const RECEIPT_BOOKS = [
  "Receipts",
  "Purchases",
  "Einkauf",
  "Einkauf 2025",
  "Achats",
  "Compras",
  "Acquisti",
  "Inkoop",
  "Zakupy",
  "Wareneingang zu Bestellungen",
  "Receipts per contract",
  "Eingang Kontrakte",
  "Réceptions commandes",
  "Entradas pedidos",
  "Ricevimenti ordini",
  "Ontvangsten bestellingen",
  "Przyjęcia zamówienia",
  "Kontrakt 4711",
  "Contract DE-17",
  "Ordinary receipts",
  "Recorders",
  "Contractor receipts",
  "Avisio",
  "Bestellnummern",
];

describe("the names of a book of orders, contracts or advices, both ways", () => {
  it.each(ORDER_BOOKS)("%p as receipts: an order book", (name) =>
    expect(namedForOrders(name, "receipts")).toBe(true),
  );
  it.each(RECEIPT_BOOKS)("%p as receipts: the books", (name) =>
    expect(namedForOrders(name, "receipts")).toBe(false),
  );
  // deliveries: firms book dispatches by the customer's order; contracts, call-offs, advices and
  // open orders are no dispatch
  it.each([
    ["Aufträge", false],
    ["Kundenaufträge", false],
    ["Sales orders", false],
    ["Pedidos", false],
    ["Commandes clients", false],
    ["Bestellungen", false],
    ["Kontrakte 2025", true],
    ["Contracts", true],
    ["Abrufe", true],
    ["Offene Bestellungen", true],
    ["Open orders", true],
    ["Ordini aperti", true],
    ["Pedidos pendientes", true],
    ["Commandes en cours", true],
    ["Openstaande orders", true],
    ["Zamówienia otwarte", true],
    ["Otwarte zamówienia", true],
    ["Lieferavis", true],
  ])("%p as deliveries: an order book %p", (name, orders) =>
    expect(namedForOrders(name, "deliveries")).toBe(orders),
  );
  it.each(["production", "stock", "transfers"])("never as %p", (kind) =>
    expect(namedForOrders("Bestellungen", kind)).toBe(false),
  );
});

const ordered = (r: ReturnType<typeof readWorkbook>) =>
  r.findings.filter((f) => f.code === "header-not-found" && f.details?.reason === "order-book");

describe("a sheet in the receipts' layout named as an order book", () => {
  it.each(ORDER_BOOKS)("%p beside the receipts: said, its line never credited", (name) => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [sheet("Receipts", RECEIPTS), sheet(name, ORDERED)],
    });
    expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["50"]);
    expect(ordered(r)).toMatchObject([{ severity: "info", sheet: name, cell: "A1" }]);
    expect(ordered(r)[0]?.message).toContain("quantities ordered, agreed or announced, not goods received");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });

  it("the only receipts sheet named so: said, nothing credited (the deliveries meet a negative balance)", () => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [sheet("Bestellungen", ORDERED), sheet("Lieferungen", DELIVERIES)],
    });
    expect(r.ledger.receipts).toEqual([]);
    expect(r.ledger.deliveries.map((x) => x.quantity)).toEqual(["30"]);
    expect(ordered(r)).toMatchObject([{ sheet: "Bestellungen", details: { label: "Receipts" } }]);
  });

  it("an order book missing a column of the receipts (no SD number): said as an order book, not an error", () => {
    const rows: CellValue[][] = [
      ["Bestelldatum", "Lieferant", "Produkt", "Menge (t)", "Liefertermin"],
      [DAY, "Other Supplier", "Biodiesel", 500, serial("2025-03-01")],
    ];
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [sheet("Receipts", RECEIPTS), sheet("Bestellungen", rows)],
    });
    expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["50"]);
    expect(r.findings.filter((f) => f.sheet === "Bestellungen").map((f) => [f.code, f.severity])).toEqual([
      ["header-not-found", "info"],
    ]);
  });

  it("contracts in the deliveries' layout: said, no delivery booked; sales orders read as the deliveries", () => {
    // (brk25 §6) no SD number, sustainable flag or delivery date: a list of contracts, an info
    const contracts = DELIVERIES.map((row) => row.slice(0, 4));
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        sheet("Receipts", RECEIPTS),
        sheet("Kontrakte 2025", contracts),
        sheet("Aufträge", DELIVERIES),
      ],
    });
    expect(ordered(r)).toMatchObject([
      { sheet: "Kontrakte 2025", severity: "info", details: { label: "Deliveries" } },
    ]);
    expect(r.ledger.deliveries.map((x) => x.quantity)).toEqual(["30"]);
  });
});

describe("what does not change", () => {
  it.each(RECEIPT_BOOKS)(
    "%p with receipts, beside an order book: its receipts credited, the order book's not",
    (name) => {
      const books = [sheet(name, RECEIPTS), sheet("Bestellungen", ORDERED)];
      const r = readWorkbook({ name: "Books.xlsx", sheets: books });
      expect(ordered(r).map((f) => f.sheet)).toEqual(["Bestellungen"]);
      expect(r.ledger.receipts.map((x) => [x.supplier, x.quantity])).toEqual([["Saipol", "50"]]);
    },
  );

  it("a kind the user chose for the sheet in the Sheets tab stands", () => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        sheet("Bestellungen", ORDERED),
        configSheet([{ sheet: "Bestellungen", kind: "receipts", field: "quantity", column: "E" }]),
      ],
    });
    expect(ordered(r)).toEqual([]);
    expect(r.ledger.receipts).toMatchObject([{ quantity: "500" }]);
  });
});
