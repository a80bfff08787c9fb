// (brk25 §6) A sheet of the deliveries' layout named for call-offs, contracts or advices of dispatch
// ("Abrufe 2025", "Lieferavis") whose columns show dispatches (an SD number, a sustainable flag, a
// delivery date) was dropped with an info on exit 0: its 60 t got no SD and no warning, and their
// credit stayed on the account. Now it is refused at its header (error), holding what it feeds;
// without such columns it stays an info, and sales orders stay the deliveries.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { configSheet } from "./config-sheet";

const DAY = serial("2025-01-10");
const CALL = serial("2025-03-10");
const RECEIPTS: CellValue[][] = [
  ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Country of origin"],
  [DAY, "Saipol", "IN-1", "Biodiesel", 100, "Sunflower", "DE"],
];
const SOLD: CellValue[][] = [
  ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", "Kundenadresse", "SD-Nummer"],
  [serial("2025-02-01"), "Nordic Fuels", "Biodiesel", 50, "ja", "Oslo", ""],
];
/** The call-offs of brk25 §6: the deliveries' layout with an SD number column. */
const CALL_OFFS: CellValue[][] = [
  SOLD[0]!,
  [CALL, "Fuel AG", "Biodiesel", 60, "ja", "Basel", "ON-2025-0007"],
];

const said = (r: ReturnType<typeof readWorkbook>, name: string) =>
  r.findings.filter((f) => f.code === "header-not-found" && f.sheet === name);
const books = (name: string, rows: CellValue[][]) => [
  sheet("Receipts", RECEIPTS),
  sheet("Verkauf", SOLD),
  sheet(name, rows),
];

// names of call-offs, contracts and advices read as deliveries, in seven languages
const NAMES = [
  "Abrufe 2025",
  "Lieferavis",
  "Lieferabrufe",
  "Kontrakte 2025",
  "Call-offs",
  "Shipping advices",
  "Open orders",
  "Avis d'expédition",
  "Contrats",
  "Avisos de envío",
  "Pedidos pendientes",
  "Avvisi di spedizione",
  "Ordini aperti",
  "Contracten",
  "Openstaande orders",
  "Awizo",
  "Zamówienia otwarte",
];

describe("call-offs, contracts or advices whose columns show dispatches: refused at their header", () => {
  it.each(NAMES)("%p with an SD number on its row: an error holding its product", (name) => {
    const r = readWorkbook({ name: "Books.xlsx", sheets: books(name, CALL_OFFS) });
    expect(said(r, name)).toMatchObject([
      { severity: "error", cell: "A1", details: { reason: "order-book-dispatches", label: "Deliveries" } },
    ]);
    expect(said(r, name)[0]?.message).toContain("choose its kind in the add-in's Sheets tab");
    expect(r.ledger.deliveries.map((x) => x.quantity)).toEqual(["50"]);
    expect(r.ledger.incomplete).toMatchObject([
      { products: ["Biodiesel"], source: { sheet: name, cell: "A1" } },
    ]);
  });

  it("a sustainable flag alone (no SD number column): an error", () => {
    const rows = CALL_OFFS.map((row) => row.slice(0, 6));
    const r = readWorkbook({ name: "Books.xlsx", sheets: books("Abrufe 2025", rows) });
    expect(said(r, "Abrufe 2025")).toMatchObject([{ severity: "error" }]);
  });

  it.each([
    "Lieferdatum",
    "Versanddatum",
    "Delivery date",
    "Date of dispatch",
    "Date de livraison",
    "Fecha de entrega",
    "Data di consegna",
    "Leverdatum",
    "Data wysyłki",
  ])("a heading %p of the dispatch's date (no SD number, no flag): an error", (heading) => {
    const rows: CellValue[][] = [
      ["Abrufdatum", "Kunde", "Produkt", "Menge (t)", heading],
      [DAY, "Fuel AG", "Biodiesel", 60, CALL],
    ];
    const r = readWorkbook({ name: "Books.xlsx", sheets: books("Abrufe 2025", rows) });
    expect(said(r, "Abrufe 2025")).toMatchObject([{ severity: "error" }]);
  });
});

describe("what does not change", () => {
  it.each([
    "Liefertermin",
    "Geplantes Lieferdatum",
    "Requested delivery date",
    "Expected delivery date",
    "Date de livraison prévue",
    "Fecha de entrega prevista",
    "Gewenste leverdatum",
  ])("a call-off book with a planned date %p, no SD number or flag: an info", (heading) => {
    const rows: CellValue[][] = [
      ["Abrufdatum", "Kunde", "Produkt", "Menge (t)", heading],
      [DAY, "Fuel AG", "Biodiesel", 60, CALL],
    ];
    const r = readWorkbook({ name: "Books.xlsx", sheets: books("Abrufe 2025", rows) });
    expect(said(r, "Abrufe 2025")).toMatchObject([{ severity: "info", details: { reason: "order-book" } }]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });

  it("an SD number column left blank and no flag: an info", () => {
    const rows: CellValue[][] = [
      ["Datum", "Kunde", "Produkt", "Menge (t)", "SD-Nummer"],
      [CALL, "Fuel AG", "Biodiesel", 60, ""],
    ];
    const r = readWorkbook({ name: "Books.xlsx", sheets: books("Lieferavis", rows) });
    expect(said(r, "Lieferavis")).toMatchObject([{ severity: "info" }]);
  });

  it.each(["Aufträge", "Kundenaufträge", "Sales orders", "Abrufe geliefert", "Lieferungen"])(
    "%p with SD numbers: read as the deliveries",
    (name) => {
      const r = readWorkbook({ name: "Books.xlsx", sheets: books(name, CALL_OFFS) });
      expect(said(r, name)).toEqual([]);
      expect(r.ledger.deliveries.map((x) => x.quantity).sort()).toEqual(["50", "60"]);
    },
  );

  it("a kind the user chose in the Sheets tab stands", () => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        ...books("Abrufe 2025", CALL_OFFS),
        configSheet([{ sheet: "Abrufe 2025", kind: "deliveries", field: "quantity", column: "D" }]),
      ],
    });
    expect(said(r, "Abrufe 2025")).toEqual([]);
    expect(r.ledger.deliveries.map((x) => x.quantity).sort()).toEqual(["50", "60"]);
  });
});
