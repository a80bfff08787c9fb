// `massbal check` on a real .xlsx (p-factor, brk8 #20): a stock sheet "Datum | Produkt | Bestand (m³) |
// Dichte (kg/m³)" counts 50 m³ of UCO at 920 kg/m³, 46 t, for UCO kept in t (100 t in, 20 t out): the
// count is read through its own density, so 46 t is carried forward and 34 t lapse; no unit-mismatch
// asking for a density that is there. The spellings: tests/workbook/read/stock-density.test.ts.
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string }[];
  balances: {
    product: string;
    physicalStock: string | null;
    carriedForward: string;
    lapsed: string;
    complete: boolean;
  }[];
}

it("a count in m³ beside its density in kg/m³ is 46 t: 34 t lapse", async () => {
  const book = await writeBook(folder.path, "books.xlsx", {
    Einstellungen: [
      ["Einstellung", "Wert"],
      ["Firmenname", "Fett Handel GmbH"],
      ["Schema", "ISCC EU"],
      ["Beginn erste Periode", day("2025-01-01")],
    ],
    Eingang: [
      ["Datum", "Lieferant", "Zertifikat", "SD-Nr.", "Produkt", "Menge (t)", "Claim"],
      [day("2025-01-05"), "Fett AG", "EU-ISCC-Cert-DE100-10001", "FETT-1", "UCO", 100, "EU RED compliant"],
    ],
    Verkauf: [
      ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
      [day("2025-02-10"), "Raff", "UCO", 20, "ja"],
    ],
    Bestand: [
      ["Datum", "Produkt", "Bestand (m³)", "Dichte (kg/m³)"],
      [day("2025-03-31"), "UCO", 50, 920],
    ],
  });
  const report = JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report;
  expect(report.findings.map((f) => f.code)).not.toContain("unit-mismatch");
  expect(report.balances.find((b) => b.product === "UCO")).toMatchObject({
    physicalStock: "46",
    carriedForward: "46",
    lapsed: "34",
    complete: true,
  });
});
