// A column of purchase and sale words under a heading the add-in does not know ("Kz.", "Code",
// "Clase") on a sheet that cannot be a complete combined ledger (its date or quantity is headed as
// one side's: "Eingangsmenge", "Qty received"): before, the sheet was read as receipts and the
// row marked "Verkauf" booked as a purchase of the 60 t sold, with nothing said of the column
// (p-ledgerdir's note). Now such a column is never left unread silently: the sheet is read as a
// combined ledger with it as the type, or it is an error at its heading and the balances the
// sheet feeds are incomplete.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const CERT = "EU-ISCC-Cert-DE100-12345678";
const CCERT = "EU-ISCC-Cert-DE200-87654321";

// [language, sheet, headings (date, party, certificate, SD, product, quantity, unknown), purchase word, sale word]
// prettier-ignore
const RECEIPTS: [string, string, string[], string, string][] = [
  ["de", "Wareneingang", ["Datum", "Lieferant", "Zertifikat", "SD-Nr.", "Produkt", "Eingangsmenge (t)", "Kz."], "Einkauf", "Verkauf"],
  ["de", "Wareneingang", ["Datum", "Lieferant", "Zertifikat", "SD-Nr.", "Produkt", "Eingangsmenge (t)", "Vorgang Kz"], "Zugang", "Abgang"],
  ["en", "Receipts", ["Receipt date", "Supplier", "Certificate", "PoS no.", "Product", "Qty received (t)", "Code"], "Purchase", "Sale"],
  ["fr", "Réceptions", ["Date de réception", "Fournisseur", "Certificat", "N° DD", "Produit", "Quantité reçue (t)", "Code"], "Achat", "Vente"],
  ["es", "Compras", ["Fecha de recepción", "Proveedor", "Certificado", "N° SD", "Producto", "Cantidad recibida (t)", "Clase"], "Compra", "Venta"],
  ["nl", "Ontvangsten", ["Ontvangstdatum", "Leverancier", "Certificaat", "SD-nr.", "Product", "Ontvangen hoeveelheid (t)", "Code"], "Inkoop", "Verkoop"],
  ["it", "Ricevimenti", ["Data ricevimento", "Fornitore", "Certificato", "N. PoS", "Prodotto", "Quantità ricevuta (t)", "Codice"], "Carico", "Scarico"],
];

async function read(name: string, heads: string[], inWord: string, outWord: string) {
  const rows: CellValue[][] = [
    heads,
    [serial("2025-01-02"), "Saipol GmbH", CERT, "SD-1", "UCO", 100, inWord],
    [serial("2025-01-05"), "Fuel AG", CCERT, null, "UCO", 60, outWord],
    [serial("2025-01-08"), "Saipol GmbH", CERT, "SD-2", "UCO", 20, inWord],
  ];
  return readWorkbook(await throughXlsx(sheet(name, rows)));
}

describe("purchase and sale words under an unknown heading are never left unread silently", () => {
  it.each(RECEIPTS)("%s %p: the type read, or said at G1", async (_, name, heads, inWord, outWord) => {
    const { sheets, findings, ledger } = await read(name, heads, inWord, outWord);
    const said = findings.filter((f) => (f.details as { reason?: string }).reason === "type-unread");
    if (sheets[0]?.kind === "ledger") {
      expect(sheets[0].columns.direction).toBe("G");
      expect(ledger.deliveries.map((d) => d.quantity)).toEqual(["60"]);
      expect(said).toEqual([]);
    } else {
      expect(sheets[0]?.kind).toBe("receipts");
      expect(said).toMatchObject([{ code: "mapping-uncertain", severity: "error", cell: "G1" }]);
      expect(said[0]?.message).toContain(`"${inWord}" and "${outWord}"`);
      expect(said[0]?.message).toContain("a row that is a sale would change sides");
      expect(ledger.incomplete).toContainEqual(
        expect.objectContaining({ kinds: ["receipts"], source: { sheet: name, cell: "G1" } }),
      );
    }
  });

  // the layouts that cannot be a complete ledger: said, not read as the type
  it.each(RECEIPTS.slice(0, 3))(
    "%s %p stays receipts and is said at G1",
    async (_, name, heads, inWord, outWord) => {
      const { sheets, findings } = await read(name, heads, inWord, outWord);
      expect(sheets[0]?.kind).toBe("receipts");
      expect(findings.map((f) => (f.details as { reason?: string }).reason)).toContain("type-unread");
    },
  );

  it("a deliveries sheet with purchase words under 'Code' is said at its heading", async () => {
    const rows: CellValue[][] = [
      ["Date", "Customer", "Customer certificate", "Product", "Qty delivered (t)", "Sustainable", "Code"],
      [serial("2025-02-02"), "Fuel AG", CCERT, "UCO", 60, "yes", "Sale"],
      [serial("2025-02-05"), "Saipol GmbH", CERT, "UCO", 40, "yes", "Purchase"],
    ];
    const { sheets, findings } = await readWorkbook(await throughXlsx(sheet("Deliveries", rows)));
    expect(sheets[0]?.kind).toBe("deliveries");
    const said = findings.filter((f) => (f.details as { reason?: string }).reason === "type-unread");
    expect(said).toMatchObject([{ severity: "error", cell: "G1" }]);
    expect(said[0]?.message).toContain("a row that is a purchase would change sides");
  });

  it("a column of one side's words only says nothing", async () => {
    const { findings } = await read(
      ...(RECEIPTS[2]?.slice(1, 3) as [string, string[]]),
      "Purchase",
      "Purchase",
    );
    expect(findings.filter((f) => (f.details as { reason?: string }).reason === "type-unread")).toEqual([]);
  });
});
