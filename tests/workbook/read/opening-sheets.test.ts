// A sheet named for opening or carried-over balances (brk19 #8): last year's remaining credit typed
// as lines on a sheet of its own. Before, "Opening balances" with a Date column was read as a
// receipts sheet and its lines credited with no supplier and no finding, on top of the credit the
// add-in carries forward; without a Date column it was "unknown" and nothing was said. Now it is
// refused at its header, its lines never credited, and the balances it would feed incomplete.
import { readWorkbook } from "../../../src/workbook/read";
import { namedForOpening } from "../../../src/workbook/opening-sheet";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const read = (name: string, rows: CellValue[][]) =>
  readWorkbook({ name: "Books 2025.xlsx", sheets: [sheet(name, rows)] });

const HEADS = ["Date", "Product", "Quantity (t)", "SD number", "Raw material", "Country of origin"];
const DAY = serial("2025-01-01");
const LINE = [DAY, "Biodiesel", 50, "IN-2024-77", "Sunflower", "DE"];

const OPENING = [
  "Opening balances",
  "Opening balance 2025",
  "Opening stock",
  "Balance brought forward",
  "Carry forward",
  "Carried forward 2024",
  "Anfangsbestand 2025",
  "Anfangsbestände",
  "Saldovortrag",
  "Vortrag",
  "Vortrag aus 2024",
  "Übertrag",
  "Uebertrag 2024",
  "Eröffnungsbestand",
  "Report à nouveau",
  "Solde d'ouverture",
  "Saldo inicial",
  "Saldos iniciales 2025",
  "Saldo iniziale",
  "Saldi iniziali",
  "Riporto 2024",
  "Beginvoorraad",
  "Beginsaldo",
  "Bilans otwarcia",
  "Saldo początkowe",
  "2025 Opening balances",
];

// names that hold such a word with another meaning, or name receipts, stock or a ledger
const OTHERS = [
  "Receipts 2025",
  "Wareneingang",
  "Eingang",
  "Einkauf 2025",
  "Übertragungen",
  "Saldo",
  "Bestand",
  "Lagerbestand",
  "Report",
  "Reports 2025",
  "Saldo Trading",
  "Vortragsreihe",
  "Opening",
  "Opening hours",
  "Achats",
  "Entradas",
  "Acquisti",
  "Inkoop",
  "Przyjęcia",
  "Purchases brought in",
];

describe("the names of an opening or carried-over balance, both ways", () => {
  it.each(OPENING)("%p names opening balances", (name) => expect(namedForOpening(name)).toBe(true));
  it.each(OTHERS)("%p does not", (name) => expect(namedForOpening(name)).toBe(false));
});

const opening = (r: ReturnType<typeof read>) =>
  r.findings.filter((f) => f.code === "header-not-found" && f.details?.reason === "opening-sheet");

describe("a receipts table on a sheet named for opening balances", () => {
  it.each(OPENING)("%p: refused at its header, its line never credited", (name) => {
    const r = read(name, [HEADS, LINE]);
    expect(r.ledger.receipts).toEqual([]);
    expect(opening(r)).toMatchObject([{ severity: "error", sheet: name, cell: "A1" }]);
    expect(opening(r)[0]?.message).toContain("bring last year's credit in");
    expect(r.ledger.incomplete).toMatchObject([{ kinds: ["receipts"], products: ["Biodiesel"] }]);
  });

  it("with a supplier and a certificate too: still refused", () => {
    const r = read("Anfangsbestand 2025", [
      ["Datum", "Lieferant", "Zertifikat", "SD-Nr.", "Produkt", "Menge (t)"],
      [serial("2025-01-01"), "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "Biodiesel", 50],
    ]);
    expect(r.ledger.receipts).toEqual([]);
    expect(opening(r)).toHaveLength(1);
  });

  it("without a Date column: refused at its header, never an unknown sheet in silence", () => {
    const r = read("Opening balances", [
      ["Product", "Opening balance (t)", "Raw material", "Country of origin"],
      ["Biodiesel", 50, "Sunflower", "DE"],
    ]);
    expect(r.ledger.receipts).toEqual([]);
    expect(opening(r)).toMatchObject([{ severity: "error", cell: "A1" }]);
    expect(r.ledger.incomplete).toMatchObject([{ kinds: ["receipts"], products: ["Biodiesel"] }]);
  });

  it("below a title, the finding stands at the header", () => {
    const r = read("Saldovortrag", [["Saldovortrag aus 2024"], [], HEADS, LINE]);
    expect(opening(r)).toMatchObject([{ cell: "A3" }]);
  });
});

describe("what does not change", () => {
  it.each(OTHERS)("%p with receipts: read as receipts", (name) => {
    const r = read(name, [
      ["Date", "Supplier", ...HEADS.slice(1)],
      [DAY, "Saipol", ...LINE.slice(1)],
    ]);
    expect(opening(r)).toEqual([]);
    expect(r.ledger.receipts).toMatchObject([{ quantity: "50", supplier: "Saipol" }]);
  });

  it.each(["Opening stock", "Anfangsbestand", "Stock initial", "Existencias iniciales"])(
    "%p holding stock counts: read as stock counts, the way an opening stock is entered",
    (name) => {
      const r = read(name, [
        ["Date", "Product", "Stock (t)"],
        [serial("2024-12-31"), "UCO", 12],
      ]);
      expect(opening(r)).toEqual([]);
      expect(r.sheets[0]).toMatchObject({ kind: "stock", rows: 1 });
    },
  );

  it("an opening-balances sheet of notes only, no number: nothing said", () => {
    const r = read("Opening balances", [["Note"], ["Carried forward by the add-in from the 2024 books"]]);
    expect(opening(r)).toEqual([]);
  });
});
