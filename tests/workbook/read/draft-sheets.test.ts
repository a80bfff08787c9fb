// A sheet named as a draft, plan, forecast, budget, template, test or copy (brk22 #2): before, a
// "Receipts draft" of the same layout as the receipts was read as receipts, its 500 t credited and
// cited by the next SD, with no finding. Now such a sheet, read complete as a kind whose rows are
// booked, is refused at its header: none of its rows booked, the balances it would feed incomplete.
import { namedForDraft } from "../../../src/workbook/draft-sheet";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { configSheet } from "./config-sheet";

const DAY = serial("2025-01-10");
const RECEIPTS: CellValue[][] = [
  ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Country of origin"],
  [DAY, "Saipol", "IN-1", "Biodiesel", 50, "Sunflower", "DE"],
];
const DRAFT: CellValue[][] = [
  RECEIPTS[0]!,
  [DAY, "Other Supplier", "IN-9", "Biodiesel", 500, "Sunflower", "DE"],
];

const DRAFTS = [
  // en
  "Receipts draft",
  "Draft receipts",
  "Receipts forecast",
  "Receipts plan 2025",
  "Planned deliveries",
  "Sales planning",
  "Budget 2025",
  "Receipts estimate",
  "Template",
  "Receipts template",
  "Example",
  "Test",
  "Test receipts",
  "Copy of Receipts",
  "Receipts - Copy",
  "Receipts (2)",
  "Deliveries (3)",
  "Simulation Q2",
  // brk23 6: joined words, backups, work in progress, expected
  "ReceiptsDraft",
  "WareneingangEntwurf",
  "Receipts backup",
  "Sicherung Wareneingang",
  "Receipts WIP",
  "Receipts TODO",
  "Expected receipts",
  "Wareneingang Soll",
  "Receipts (12)",
  // de
  "Wareneingang Planung",
  "Wareneingang Entwurf",
  "Entwurf",
  "Receipts Entwurf",
  "Produktionsplan",
  "Absatzplanung 2025",
  "Mengenprognose",
  "Prognose 2025",
  "Hochrechnung",
  "Vorlage Wareneingang",
  "Muster",
  "Kopie von Receipts",
  "Wareneingang - Kopie",
  // fr
  "Brouillon réceptions",
  "Prévisions 2025",
  "Prévisionnel ventes",
  "Modèle",
  "Copie de Réceptions",
  // es
  "Borrador entradas",
  "Previsión ventas",
  "Presupuesto 2025",
  "Plantilla",
  "Copia de Entradas",
  // it
  "Bozza acquisti",
  "Previsioni vendite",
  "Pianificazione",
  "Copia di Acquisti",
  // nl
  "Concept ontvangsten",
  "Inkoopplanning",
  "Begroting 2025",
  "Kopie van Ontvangsten",
  // pl
  "Szkic przyjęć",
  "Prognoza sprzedaży",
  "Budżet 2025",
  "Kopia Przyjęcia",
  // brk23 7: a draft word alone, or beside the kind's name, stays one
  "Plan",
  "Receipts plan",
  "Receipts-Plan",
  "Forecast 2025",
  "Forecast Biodiesel",
  "Test Site",
  "Estimate",
  "Lager Plan",
  "Wareneingang Vorlage",
  "Vorlage",
  "Kopie",
  "Essai",
  "Prova",
  "Modello",
  "Prueba entradas",
  "Concept",
  "Szkic",
];

// names of books that hold no such word, or hold its letters inside another word
const BOOKS = [
  "Receipts",
  "Receipts 2025",
  "Receipts old",
  "Wareneingang",
  "Planet Oils",
  "Plant 2",
  "Contest",
  "Latest receipts",
  "Testa Oils",
  "Conceptual",
  "Copyright",
  "Deliveries Q2",
  "Einkauf 2",
  "Lieferungen 2025-2",
  "Lieferplanet",
  "Sales",
  // brk23 7: a year or a month in brackets; a copy's "_2" without the sheet it copies
  "Receipts (2025)",
  "Wareneingang (2024)",
  "Eingang (01)",
  "Receipts (1)",
  "Receipts_2",
  "Inventur Soll-Ist",
  "Soll Ist Vergleich",
  "Backupless",
  // brk23 7: a draft word in a place joined by hyphens, in a firm's name, "Vorlage" to an auditor
  "Lager Plan-les-Ouates",
  "Plan-les-Ouates",
  "Le Plan-de-la-Tour",
  "Plan-d'Orgon",
  "Concept Biofuels",
  "Plan Energy GmbH",
  "Budget Energy Ltd",
  "Essai Énergies SAS",
  "Prueba Biofuels S.L.",
  "Prova Energia S.r.l.",
  "Modello Trading S.p.A.",
  "Ontwerp Chemie B.V.",
  "Szkic Energia Sp. z o.o.",
  "Wareneingang Vorlage Auditor",
  "Vorlage für den Prüfer",
  "Planta Huelva",
  "Werk Plant 2",
  "Budgetkonto",
  "Receipts 2025 (final)",
  "Receipts Musterhafen",
];

describe("the names of a draft, plan, forecast, budget, template, test or copy, both ways", () => {
  it.each(DRAFTS)("%p names one", (name) => expect(namedForDraft(name)).toBe(true));
  it.each(BOOKS)("%p does not", (name) => expect(namedForDraft(name)).toBe(false));

  // (brk23 6) LibreOffice names a copy "Receipts_2": a copy only beside the sheet it copies
  it.each([
    ["Receipts_2", "Receipts", true],
    ["Wareneingang_3", "Wareneingang", true],
    ["Receipts_2", "Deliveries", false],
    ["Tank_2", "Tank 1", false],
  ])("%p beside %p: %p", (name, other, copy) =>
    expect(namedForDraft(name, new Set([name, other]))).toBe(copy),
  );
});

const drafted = (r: ReturnType<typeof readWorkbook>) =>
  r.findings.filter((f) => f.code === "header-not-found" && f.details?.reason === "draft-sheet");

describe("a sheet of books named as a draft", () => {
  it.each(DRAFTS)("%p beside the receipts: refused at its header, its line never credited", (name) => {
    const r = readWorkbook({ name: "Books.xlsx", sheets: [sheet("Receipts", RECEIPTS), sheet(name, DRAFT)] });
    expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["50"]);
    expect(drafted(r)).toMatchObject([{ severity: "error", sheet: name, cell: "A1" }]);
    expect(drafted(r)[0]?.message).toContain("rename it");
    expect(r.ledger.incomplete).toMatchObject([{ kinds: ["receipts"], products: ["Biodiesel"] }]);
  });

  it("LibreOffice's copy Receipts_2 beside Receipts: refused; Receipts (2025) alone: read (brk23 6, 7)", () => {
    const copy = readWorkbook({
      name: "Books.xlsx",
      sheets: [sheet("Receipts", RECEIPTS), sheet("Receipts_2", DRAFT)],
    });
    expect(copy.ledger.receipts.map((x) => x.quantity)).toEqual(["50"]);
    expect(drafted(copy)).toMatchObject([{ severity: "error", sheet: "Receipts_2" }]);
    const year = readWorkbook({ name: "Books.xlsx", sheets: [sheet("Receipts (2025)", RECEIPTS)] });
    expect(drafted(year)).toEqual([]);
    expect(year.ledger.receipts.map((x) => x.quantity)).toEqual(["50"]);
  });

  it("deliveries, production and stock counts named so: refused too (a planned delivery takes no credit)", () => {
    const books = [
      sheet("Lieferplanung", [
        ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
        [DAY, "Nordic Fuels", "Biodiesel", 30, "ja"],
      ]),
      sheet("Production forecast", [
        ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
        [DAY, "Rapeseed", 100, "Rapeseed oil", 42],
      ]),
      sheet("Stock count draft", [
        ["Date", "Product", "Quantity (t)"],
        [DAY, "Biodiesel", 12],
      ]),
    ];
    const r = readWorkbook({ name: "Books.xlsx", sheets: [sheet("Receipts", RECEIPTS), ...books] });
    expect(
      drafted(r).map((f) => [f.sheet, f.details && "label" in f.details ? f.details.label : null]),
    ).toEqual([
      ["Lieferplanung", "Deliveries"],
      ["Production forecast", "Production"],
      ["Stock count draft", "Stock counts"],
    ]);
    expect(r.ledger.deliveries).toEqual([]);
    expect(r.ledger.production).toEqual([]);
    expect(r.ledger.stockCounts).toEqual([]);
  });

  it("below a title, the finding stands at the header", () => {
    const r = readWorkbook({
      name: "B.xlsx",
      sheets: [sheet("Receipts draft", [["Draft, do not use"], [], ...DRAFT])],
    });
    expect(drafted(r)).toMatchObject([{ cell: "A3" }]);
  });
});

describe("what does not change", () => {
  it.each(BOOKS)("%p with receipts: read as receipts", (name) => {
    const r = readWorkbook({ name: "Books.xlsx", sheets: [sheet(name, RECEIPTS)] });
    expect(drafted(r)).toEqual([]);
    expect(r.ledger.receipts).toMatchObject([{ quantity: "50", supplier: "Saipol" }]);
  });

  it("a forecast that reads as no table: said as before (a warning), nothing booked", () => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        sheet("Receipts", RECEIPTS),
        sheet("Sales forecast", [
          ["Month", "Forecast (t)"],
          ["2025-09", 120],
        ]),
      ],
    });
    expect(drafted(r)).toEqual([]);
    expect(r.findings.filter((f) => f.sheet === "Sales forecast").map((f) => [f.code, f.severity])).toEqual([
      ["header-not-found", "warning"],
    ]);
  });

  it("a kind the user chose for the sheet in the Sheets tab stands", () => {
    const r = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        sheet("Receipts draft", DRAFT),
        configSheet([{ sheet: "Receipts draft", kind: "receipts", field: "quantity", column: "E" }]),
      ],
    });
    expect(drafted(r)).toEqual([]);
    expect(r.ledger.receipts).toMatchObject([{ quantity: "500" }]);
  });
});
