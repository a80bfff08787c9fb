// (brk22 #7) Master lists of customers or suppliers and summary reports beside the books: before,
// "Kunden" (Kunde | Adresse), "Lieferanten" (Lieferant | Anschrift | Zertifikat), "Auswertung"
// (Produkt | Eingang (t) | Ausgang (t) | Bestand (t)) and "Übersicht" (Monat | Eingang (t) |
// Ausgang (t)) read as receipts, deliveries or a ledger with no Date column: header-not-found, an
// error that held every declaration. Now such a sheet is said (info) at its header and nothing of
// it is booked. Both ways: a sheet of the books missing its date column is still refused.
import { configSheetRows } from "../../../src/workbook/config";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { KIND_FIELD } from "../../../src/workbook/types";
import { plain, serial, sheet } from "../fixtures";

const DAY = serial("2025-01-10");
const RECEIPTS = sheet("Receipts", [
  ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Sustainable"],
  [DAY, "Saipol", "IN-1", "Biodiesel", 100, "yes"],
]);
const DELIVERIES = sheet("Deliveries", [
  ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
  [serial("2025-03-01"), "Fuel AG", "Biodiesel", 60, "yes"],
]);
const CERT = (n: string) => `EU-ISCC-Cert-${n}`;
const M = (iso: string) => serial(iso);

function read(name: string, rows: CellValue[][], more: ReturnType<typeof sheet>[] = []) {
  const r = readWorkbook({ name: "Books.xlsx", sheets: [RECEIPTS, DELIVERIES, sheet(name, rows), ...more] });
  const said = r.findings.filter((f) => f.sheet === name);
  return {
    r,
    said: said.map((f) =>
      `${f.severity} ${f.code} ${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`.trim(),
    ),
  };
}

// [sheet, rows, whom it lists]
const MASTER_LISTS: [string, CellValue[][], string][] = [
  [
    "Kunden",
    [
      ["Kunde", "Adresse"],
      ["Nordic Fuels Oy", "Satamatie 3, Porvoo"],
    ],
    "customers",
  ],
  [
    "Kunden",
    [
      ["Kunde", "Adresse", "Land", "ISCC-Zertifikat", "Gültig bis"],
      ["Nordic Fuels Oy", "Satamatie 3, Porvoo", "FI", CERT("FI400-12"), M("2025-12-31")],
    ],
    "customers",
  ],
  [
    "Lieferanten",
    [
      ["Lieferant", "Anschrift", "Zertifikat"],
      ["Saipol", "Rue 1, Paris", CERT("DE100-1")],
    ],
    "suppliers",
  ],
  [
    "Customers",
    [
      ["Customer", "Address", "Country", "Certificate number"],
      ["Fuel AG", "Str 1", "DE", CERT("DE2-2")],
    ],
    "customers",
  ],
  [
    "Clients",
    [
      ["Client", "Adresse", "Pays", "Certificat"],
      ["Fuel SA", "Rue 2", "FR", CERT("FR2-2")],
    ],
    "customers",
  ],
  [
    "Clienti",
    [
      ["Cliente", "Indirizzo", "Paese"],
      ["Fuel Spa", "Via 2", "IT"],
    ],
    "customers",
  ],
  [
    "Clientes",
    [
      ["Cliente", "Dirección", "País", "Certificado"],
      ["Fuel SL", "Calle 2", "ES", CERT("ES2-2")],
    ],
    "customers",
  ],
  [
    "Klanten",
    [
      ["Klant", "Adres", "Land"],
      ["Fuel BV", "Straat 2", "NL"],
    ],
    "customers",
  ],
  [
    "Klienci",
    [
      ["Klient", "Adres", "Kraj"],
      ["Fuel Sp", "ul. 2", "PL"],
    ],
    "customers",
  ],
  [
    "Suppliers",
    [
      ["Supplier", "Address", "Certificate"],
      ["Saipol", "Rue 1", CERT("DE100-1")],
    ],
    "suppliers",
  ],
  [
    "Fournisseurs",
    [
      ["Fournisseur", "Adresse", "Certificat"],
      ["Saipol", "Rue 1", CERT("DE100-1")],
    ],
    "suppliers",
  ],
  [
    "Fornitori",
    [
      ["Fornitore", "Indirizzo", "Certificato"],
      ["Saipol", "Via 1", CERT("DE100-1")],
    ],
    "suppliers",
  ],
  [
    "Proveedores",
    [
      ["Proveedor", "Dirección", "Certificado"],
      ["Saipol", "Calle 1", CERT("DE100-1")],
    ],
    "suppliers",
  ],
  [
    "Leveranciers",
    [
      ["Leverancier", "Adres", "Certificaat"],
      ["Saipol", "Straat 1", CERT("DE100-1")],
    ],
    "suppliers",
  ],
  [
    "Dostawcy",
    [
      ["Dostawca", "Adres", "Certyfikat"],
      ["Saipol", "ul. 1", CERT("DE100-1")],
    ],
    "suppliers",
  ],
  // a name that says nothing, the identifiers' numbers under their headings
  [
    "Tabelle3",
    [
      ["Kunde", "Adresse", "PLZ", "Telefon", "Kunden-Nr."],
      ["Fuel AG", "Hauptstr. 1", 20095, "040 123", 10023],
    ],
    "customers",
  ],
];

// [sheet, rows, what each line totals]
const REPORTS: [string, CellValue[][], string][] = [
  [
    "Auswertung",
    [
      ["Produkt", "Eingang (t)", "Ausgang (t)", "Bestand (t)"],
      ["Biodiesel", 150, 100, 50],
    ],
    "product",
  ],
  [
    "Übersicht",
    [
      ["Monat", "Eingang (t)", "Ausgang (t)"],
      [M("2025-01-01"), 100, 0],
      [M("2025-02-01"), 50, 0],
      [M("2025-03-01"), 0, 100],
    ],
    "month",
  ],
  [
    "Summary",
    [
      ["Product", "Received (t)", "Delivered (t)", "Balance (t)"],
      ["Biodiesel", 150, 100, 50],
      ["HVO", 20, 0, 20],
    ],
    "product",
  ],
  [
    "Overview",
    [
      ["Month", "In (t)", "Out (t)"],
      [M("2025-01-01"), 100, 0],
    ],
    "month",
  ],
  [
    "Synthèse",
    [
      ["Produit", "Entrées (t)", "Sorties (t)", "Stock (t)"],
      ["Biodiesel", 150, 100, 50],
    ],
    "product",
  ],
  [
    "Riepilogo",
    [
      ["Prodotto", "Entrate (t)", "Uscite (t)", "Giacenza (t)"],
      ["Biodiesel", 150, 100, 50],
    ],
    "product",
  ],
  [
    "Resumen",
    [
      ["Producto", "Entradas (t)", "Salidas (t)", "Saldo (t)"],
      ["Biodiesel", 150, 100, 50],
    ],
    "product",
  ],
  [
    "Overzicht",
    [
      ["Product", "Inkomend (t)", "Uitgaand (t)", "Saldo (t)"],
      ["Biodiesel", 150, 100, 50],
    ],
    "product",
  ],
  [
    "Pivot",
    [
      ["Monat", "Produkt", "Eingang (t)", "Ausgang (t)"],
      [M("2025-01-01"), "Biodiesel", 100, 0],
      [M("2025-01-01"), "HVO", 20, 0],
      [M("2025-02-01"), "Biodiesel", 50, 0],
      ["Gesamt", null, 170, 0],
    ],
    "month and product",
  ],
];

describe("a master list of customers or suppliers, in seven languages: said, not books", () => {
  it.each(MASTER_LISTS)("%p %j", (name, rows, whom) => {
    const { r, said } = read(name, rows);
    expect(said).toEqual(["info header-not-found A1 master-list"]);
    const f = r.findings.find((x) => x.sheet === name);
    expect(f?.details).toMatchObject({ label: whom });
    expect(f?.message).toContain(`is a list of ${whom}`);
    expect(r.sheets.find((s) => s.name === name)?.kind).toBe("unknown");
    // the books beside it are read as before, and nothing is incomplete
    expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["100"]);
    expect(r.ledger.deliveries.map((x) => x.quantity)).toEqual(["60"]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });
});

describe("a summary report of totals per product or month, in seven languages: said, not books", () => {
  it.each(REPORTS)("%p %j", (name, rows, per) => {
    const { r, said } = read(name, rows);
    expect(said).toEqual(["info header-not-found A1 report"]);
    expect(r.findings.find((x) => x.sheet === name)?.message).toContain(`a report of totals per ${per}`);
    expect(r.ledger.receipts.map((x) => x.quantity)).toEqual(["100"]);
    expect(r.ledger.deliveries.map((x) => x.quantity)).toEqual(["60"]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });
});

// sheets of the books missing a column, or lists that may hold bookings: refused as before
const STILL_REFUSED: [string, string, CellValue[][]][] = [
  [
    "a delivery's quantity beside the customer",
    "Tabelle2",
    [
      ["Kunde", "Menge (t)"],
      ["Fuel AG", 60],
    ],
  ],
  [
    "customer, product, quantity",
    "Sheet3",
    [
      ["Customer", "Product", "Quantity (t)"],
      ["Fuel AG", "Biodiesel", 60],
    ],
  ],
  [
    "a supplier's SD number",
    "Sheet5",
    [
      ["Supplier", "SD number", "Quantity (t)"],
      ["Saipol", "IN-9", 100],
    ],
  ],
  [
    "SD numbers beside the customer",
    "Ausgang",
    [
      ["Kunde", "Adresse", "Lieferschein", "Nachhaltigkeitserklärung"],
      ["Fuel AG", "x", "LS-1", "ON-1"],
    ],
  ],
  [
    "a date under a heading not known",
    "Tabelle4",
    [
      ["Kunde", "Adresse", "Liefertag"],
      ["Fuel AG", "x", DAY],
    ],
  ],
  [
    "a document number",
    "Tabelle5",
    [
      ["Kunde", "Adresse", "Lieferschein-Nr."],
      ["Fuel AG", "x", "LS-1"],
    ],
  ],
  [
    "a number under a heading not known",
    "Tabelle6",
    [
      ["Kunde", "Adresse", "Gewicht"],
      ["Fuel AG", "x", 60],
    ],
  ],
  [
    "a quantity beside customer and address",
    "Tabelle7",
    [
      ["Kunde", "Adresse", "Menge"],
      ["Fuel AG", "x", 60],
    ],
  ],
  // a supplier's certificate validity is the register's: refused where the register is incomplete
  [
    "a supplier's validity without its start",
    "Lieferanten",
    [
      ["Lieferant", "Anschrift", "Zertifikat", "Gültig bis"],
      ["Saipol", "Rue 1", CERT("DE100-1"), M("2025-12-31")],
    ],
  ],
  // a sheet named for receipts keeps its kind
  [
    "a name of the books",
    "Wareneingang",
    [
      ["Lieferant", "Anschrift", "Zertifikat"],
      ["Saipol", "Rue 1", CERT("DE100-1")],
    ],
  ],
  [
    "movements of a product repeated",
    "Journal",
    [
      ["Produkt", "Eingang (t)", "Ausgang (t)"],
      ["Biodiesel", 100, 0],
      ["Biodiesel", 0, 60],
    ],
  ],
  [
    "a month repeated",
    "Monthly",
    [
      ["Monat", "Produkt", "Eingang (t)"],
      [M("2025-01-01"), "Biodiesel", 100],
      [M("2025-01-01"), "Biodiesel", 50],
    ],
  ],
  [
    "a supplier beside the totals",
    "Tabelle8",
    [
      ["Produkt", "Eingang (t)", "Ausgang (t)", "Lieferant"],
      ["Biodiesel", 100, 0, "Saipol"],
    ],
  ],
  [
    "a text column not known beside the totals",
    "Tabelle9",
    [
      ["Produkt", "Eingang (t)", "Ausgang (t)", "Charge"],
      ["Biodiesel", 100, 0, "B-17"],
    ],
  ],
];

describe("what is still refused: a sheet that may hold bookings", () => {
  it.each(STILL_REFUSED)("%s (%p)", (_, name, rows) => {
    const { said } = read(name, rows);
    expect(said).toEqual(["error header-not-found A1"]);
  });

  it("a kind the user chose in the Sheets tab stands: a master list chosen as deliveries is refused as before", () => {
    const config = sheet(
      "MB Config",
      plain(
        configSheetRows({
          mappings: [{ sheet: "Kunden", kind: "deliveries", field: "customer", column: "A" }],
          settings: {},
          marks: [],
          generated: [],
        }),
      ),
      { visibility: "veryHidden" },
    );
    const { said } = read("Kunden", MASTER_LISTS[0]![1], [config]);
    expect(said).toEqual(["error header-not-found A1"]);
  });
});

describe("a sheet the user says is not books (Sheets tab: Not recognised; massbal reads MB Config too)", () => {
  it("a supplier list refused as an incomplete register is then not read, and nothing is held", () => {
    const config = sheet(
      "MB Config",
      plain(
        configSheetRows({
          mappings: [{ sheet: "Lieferanten", kind: "unknown", field: KIND_FIELD, column: "" }],
          settings: {},
          marks: [],
          generated: [],
        }),
      ),
      { visibility: "veryHidden" },
    );
    const rows = STILL_REFUSED.find(([, name]) => name === "Lieferanten")![2];
    expect(read("Lieferanten", rows).said).toEqual(["error header-not-found A1"]);
    const { r, said } = read("Lieferanten", rows, [config]);
    expect(said).toEqual([]);
    expect(r.ledger.incomplete ?? []).toEqual([]);
  });
});

describe("a supplier list that is the certificate register still feeds it", () => {
  it("Lieferant | Anschrift | Zertifikat | Gültig von | Gültig bis: read as the register", () => {
    const { r, said } = read("Lieferanten", [
      ["Lieferant", "Anschrift", "Zertifikat", "Gültig von", "Gültig bis"],
      ["Saipol", "Rue 1", CERT("DE100-1"), M("2024-01-01"), M("2025-12-31")],
    ]);
    expect(said).toEqual([]);
    expect(r.sheets.find((s) => s.name === "Lieferanten")?.kind).toBe("certificates");
    expect(r.ledger.certificates).toMatchObject([
      { certificateNumber: CERT("DE100-1"), validUntil: "2025-12-31" },
    ]);
  });
});
