// (p-ledgerdir) A journal of purchases and sales in one sheet, headed in six languages: its type
// column ("Tipo", "Movimiento", "Soort", "Mutatie", "Sens", "Causale") says each row's side. Read
// as deliveries, a purchase became a delivery to its supplier and the supplier's SD a declaration
// issued outside the add-in; read as receipts, every sale was refused. The party column ("Socio",
// "Tegenpartij", "Tiers", "Controparte") is the row's supplier or customer.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const CERT = "EU-ISCC-Cert-DE100-12345678";
const CCERT = "EU-ISCC-Cert-DE200-87654321";

/** lang, type heading, party heading, headings of certificate, SD, product, quantity, sustainable, purchase word, sale word, yes. */
type Case = [string, string, string, string, string, string, string, string, string, string, string];
const CASES: Case[] = [
  [
    "es",
    "Tipo",
    "Proveedor/Cliente",
    "Certificado",
    "N° SD",
    "Producto",
    "Cantidad (t)",
    "Sostenible",
    "Compra",
    "Venta",
    "sí",
  ],
  [
    "es",
    "Movimiento",
    "Socio",
    "Certificado",
    "N° SD",
    "Producto",
    "Cantidad (t)",
    "Sostenible",
    "Entrada",
    "Salida",
    "sí",
  ],
  [
    "es",
    "Tipo de movimiento",
    "Contraparte",
    "Certificado",
    "N° SD",
    "Producto",
    "Cantidad (t)",
    "Sostenible",
    "Ingreso",
    "Egreso",
    "sí",
  ],
  [
    "es",
    "Operación",
    "Relación",
    "Certificado",
    "N° SD",
    "Producto",
    "Cantidad (t)",
    "Sostenible",
    "Compra",
    "Venta",
    "sí",
  ],
  [
    "it",
    "Tipo",
    "Fornitore/Cliente",
    "Certificato",
    "N. PoS",
    "Prodotto",
    "Quantità (t)",
    "Sostenibile",
    "Acquisto",
    "Vendita",
    "sì",
  ],
  [
    "it",
    "Movimento",
    "Controparte",
    "Certificato",
    "N. PoS",
    "Prodotto",
    "Quantità (t)",
    "Sostenibile",
    "Carico",
    "Scarico",
    "sì",
  ],
  [
    "it",
    "Causale",
    "Partner",
    "Certificato",
    "N. PoS",
    "Prodotto",
    "Quantità (t)",
    "Sostenibile",
    "Entrata",
    "Uscita",
    "sì",
  ],
  [
    "it",
    "Operazione",
    "Cliente/Fornitore",
    "Certificato",
    "N. PoS",
    "Prodotto",
    "Quantità (t)",
    "Sostenibile",
    "Acquisto",
    "Vendita",
    "sì",
  ],
  [
    "nl",
    "Soort",
    "Leverancier/Klant",
    "Certificaat",
    "SD-nr.",
    "Product",
    "Hoeveelheid (t)",
    "Duurzaam",
    "Inkoop",
    "Verkoop",
    "ja",
  ],
  [
    "nl",
    "Mutatie",
    "Relatie",
    "Certificaat",
    "SD-nr.",
    "Product",
    "Hoeveelheid (t)",
    "Duurzaam",
    "Ontvangst",
    "Verkoop",
    "ja",
  ],
  [
    "nl",
    "Boekingssoort",
    "Tegenpartij",
    "Certificaat",
    "SD-nr.",
    "Product",
    "Hoeveelheid (t)",
    "Duurzaam",
    "Aanvoer",
    "Afvoer",
    "ja",
  ],
  [
    "fr",
    "Sens",
    "Fournisseur/Client",
    "Certificat",
    "N° DD",
    "Produit",
    "Quantité (t)",
    "Durable",
    "Entrée",
    "Sortie",
    "oui",
  ],
  [
    "fr",
    "Type de mouvement",
    "Tiers",
    "Certificat",
    "N° DD",
    "Produit",
    "Quantité (t)",
    "Durable",
    "Achat",
    "Vente",
    "oui",
  ],
  [
    "fr",
    "Nature",
    "Partenaire",
    "Certificat",
    "N° DD",
    "Produit",
    "Quantité (t)",
    "Durable",
    "Réception",
    "Expédition",
    "oui",
  ],
  [
    "de",
    "Buchungsart",
    "Geschäftspartner",
    "Zertifikat",
    "SD-Nr.",
    "Produkt",
    "Menge (t)",
    "Nachhaltig",
    "Zugang",
    "Abgang",
    "ja",
  ],
  [
    "de",
    "Vorgang",
    "Partner",
    "Zertifikat",
    "SD-Nr.",
    "Produkt",
    "Menge (t)",
    "Nachhaltig",
    "Einkauf",
    "Verkauf",
    "ja",
  ],
  [
    "en",
    "Direction",
    "Counterparty",
    "Certificate",
    "PoS no.",
    "Product",
    "Quantity (t)",
    "Sustainable",
    "Purchase",
    "Sale",
    "yes",
  ],
  [
    "en",
    "Transaction type",
    "Business partner",
    "Certificate",
    "PoS no.",
    "Product",
    "Quantity (t)",
    "Sustainable",
    "Receipt",
    "Sale",
    "yes",
  ],
];

async function journal(c: Case, typeHeading = c[1]) {
  const [, , party, cert, sd, product, qty, sust, inWord, outWord, yes] = c;
  const rows: CellValue[][] = [
    ["Fecha", typeHeading, party, cert, sd, product, qty, sust],
    [serial("2025-01-02"), inWord, "Saipol GmbH", CERT, "SD-1", "UCO", 100, yes],
    [serial("2025-01-05"), outWord, "Fuel AG", CCERT, null, "UCO", 60, yes],
    [serial("2025-01-08"), inWord, "Saipol GmbH", CERT, "SD-2", "UCO", 20, yes],
  ];
  return readWorkbook(await throughXlsx(sheet("Libro", rows)));
}

describe("a journal of purchases and sales headed in six languages", () => {
  it.each(CASES)("%s %s / %s: read as a ledger, each row on its side", async (...c) => {
    const { ledger, sheets, findings } = await journal(c);
    expect(sheets[0]).toMatchObject({
      kind: "ledger",
      rows: 3,
      columns: { direction: "B", counterparty: "C", quantity: "G" },
    });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(ledger.receipts.map((r) => [r.supplier, r.quantity, r.sdNumber])).toEqual([
      ["Saipol GmbH", "100", "SD-1"],
      ["Saipol GmbH", "20", "SD-2"],
    ]);
    expect(ledger.deliveries.map((d) => [d.customer, d.quantity])).toEqual([["Fuel AG", "60"]]);
  });

  // a heading the add-in does not know over a column of purchase and sale words: the values say
  // the column is the rows' type, so the sheet is never one-sided
  it.each(CASES)("%s: an unknown heading over %s's words is read as the type, asked", async (...c) => {
    const { ledger, sheets } = await journal(c, "Clase XYZ");
    expect(sheets[0]).toMatchObject({ kind: "ledger", columns: { direction: "B" } });
    expect(sheets[0]?.confidence.direction).toBe("uncertain");
    expect(sheets[0]?.notes.direction).toContain(`"${c[8]}" and "${c[9]}"`);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100", "20"]);
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["60"]);
  });
});

// A word that names a movement but not its side: a supplier's delivery comes in, the site's own
// goes out. Never guessed to be a sale: refused at its cell, the row not booked.
const TWO_WAY: [string, string, string, string][] = [
  ["de", "Art", "Einkauf", "Lieferung"],
  ["de", "Buchungsart", "Zugang", "Transport"],
  ["de", "Vorgang", "Einkauf", "Bewegung"],
  ["en", "Type", "Purchase", "Delivery"],
  ["en", "Direction", "Receipt", "Shipment"],
  ["fr", "Sens", "Achat", "Livraison"],
  ["es", "Tipo", "Compra", "Entrega"],
  ["it", "Tipo", "Acquisto", "Consegna"],
  ["nl", "Soort", "Inkoop", "Levering"],
  ["nl", "Mutatie", "Inkoop", "Transport"],
];

describe("a type that names no side", () => {
  it.each(TWO_WAY)("%s %s: %s is read, %s refused at its cell", async (_lang, heading, inWord, word) => {
    const rows: CellValue[][] = [
      ["Datum", heading, "Partner", "SD-Nr.", "Produkt", "Menge (t)"],
      [serial("2025-01-02"), inWord, "Saipol GmbH", "SD-1", "UCO", 100],
      [serial("2025-01-05"), word, "Saipol GmbH", "SD-2", "UCO", 60],
    ];
    const { ledger, findings, sheets } = await readWorkbook(await throughXlsx(sheet("Journal", rows)));
    expect(sheets[0]).toMatchObject({ kind: "ledger", columns: { direction: "B" } });
    const refused = findings.filter((f) => f.severity === "error");
    expect(refused.map((f) => [f.code, f.cell, (f.details as { reason?: string }).reason])).toEqual([
      ["invalid-value", "B3", "two-way-type"],
    ]);
    expect(refused[0]?.message).toMatch(/names a movement but not its side.*Einkauf or Verkauf/);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["100"]);
    expect(ledger.deliveries).toEqual([]);
  });
});
