// (p-ledgerdir) Journals of purchases and sales through massbal check on a real .xlsx: a Spanish
// "Tipo" column read as the rows' side (it was read as deliveries: the 100 t purchase from Saipol
// became a delivery to Saipol and its SD-1 a declaration issued outside massbal), and a combined
// ledger's total line held to the rows above (it was skipped in silence whatever it stated).
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CERT = "EU-ISCC-Cert-DE100-12345678";
const CCERT = "EU-ISCC-Cert-DE200-87654321";

interface Report {
  sheets: { name: string; kind: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; cell: string; sheet: string; message: string }[];
  balances: { product: string; received: string; delivered: string; closing: string }[];
}

async function check(name: string, rows: unknown[][]): Promise<Report> {
  const file = await writeBook(folder.path, name, { Libro: rows as never });
  const run = massbal(
    ["check", file, "--json", "--period-start", "2025-01-01", "--period-months", "3"],
    folder.path,
  );
  return JSON.parse(run.stdout) as Report;
}

describe("massbal check of a journal of purchases and sales", () => {
  it.each([
    ["Tipo", "Proveedor/Cliente", "Compra", "Venta"],
    ["Movimiento", "Socio", "Entrada", "Salida"],
    ["Clase XYZ", "Proveedor/Cliente", "Compra", "Venta"],
  ])(
    "reads %s / %s: the purchase is a receipt, the sale a delivery",
    async (type, party, inWord, outWord) => {
      const report = await check("libro.xlsx", [
        ["Fecha", type, party, "Certificado", "N° SD", "Producto", "Cantidad (t)", "Sostenible"],
        [d("2025-01-02"), inWord, "Saipol GmbH", CERT, "SD-1", "UCO", 100, "sí"],
        [d("2025-01-05"), outWord, "Fuel AG", CCERT, null, "UCO", 60, "sí"],
      ]);
      expect(report.sheets.find((s) => s.name === "Libro")).toMatchObject({
        kind: "ledger",
        columns: { direction: "B", counterparty: "C" },
      });
      expect(report.findings.map((f) => f.code)).not.toContain("declaration-issued-outside");
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(
        report.balances.map(({ received, delivered, closing }) => [received, delivered, closing]),
      ).toEqual([["100", "60", "40"]]);
    },
  );

  it("warns at a ledger's Summe that is not the sum of its In column, and books the rows as they stand", async () => {
    const report = await check("buch.xlsx", [
      ["Datum", "Partner", "Zertifikat", "SD-Nr.", "Produkt", "Eingang (t)", "Ausgang (t)"],
      [d("2025-01-02"), "Saipol GmbH", CERT, "SD-1", "UCO", 100, null],
      [d("2025-01-05"), "Fuel AG", CCERT, null, "UCO", null, 30],
      [d("2025-01-06"), "Saipol GmbH", CERT, "SD-2", "UCO", 50, null],
      ["Summe", null, null, null, null, 170, 30],
    ]);
    const said = report.findings.filter((f) => f.code === "totals-row");
    expect(said.map((f) => [f.severity, f.cell])).toEqual([["warning", "A5"]]);
    expect(said[0]?.message).toMatch(/170/);
    expect(report.balances.map(({ received, delivered }) => [received, delivered])).toEqual([["150", "30"]]);
  });
});
