// p-units3 through massbal on a real .xlsx: a density written twice in two units is compared as a
// magnitude (850 kg/m³ beside 0.85 t/m³ is read; 0.85 t/m³ beside 0.85 kg/m³, a thousandfold
// apart, is refused at the second cell), and a country of origin written in French and German
// ("Allemagne" beside "Deutschland") is one country. Before, the first receipt was refused as two
// densities, the second read as agreeing, and "Allemagne" refused as no country.
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(60_000);

const folder = freshFolderPerTest();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; cell: string; sheet: string; severity: string; message: string }[];
  balances: { product: string; unit: string; received: string }[];
}

it("reads one density in two units, refuses a thousandfold slip, and reads a country in two languages as one", async () => {
  const head = (a: string, b: string) => [
    "Datum",
    "Lieferant",
    "SD-Nr.",
    "Produkt",
    "Menge (m³)",
    a,
    b,
    "THG (g CO2eq/MJ)",
    "Herkunftsland",
    "Pays d'origine selon DD",
  ];
  const file = await writeBook(folder.path, "rivals.xlsx", {
    Eingang: [
      head("Dichte (kg/m³)", "Dichte lt. SD (t/m³)"),
      [d("2025-01-05"), "Saipol", "IN-A1", "UCO", 100, 850, 0.85, 20, "Allemagne", "Deutschland"],
    ],
    "Eingang 2": [
      head("Dichte (t/m³)", "Dichte lt. SD (kg/m³)"),
      [d("2025-01-06"), "Saipol", "IN-B1", "Tallow", 100, 0.85, 0.85, 20, "Duitsland", "DE"],
    ],
  });
  const report = checkJson<Report>(folder.path, file);
  const errors = report.findings.filter((f) => f.severity === "error");
  expect(errors.map((f) => `${f.sheet}!${f.cell} ${f.code}`)).toEqual(["Eingang 2!G2 invalid-value"]);
  expect(errors[0]?.message).toContain('says "0.85 kg/m3"');
  expect(errors[0]?.message).toContain("0.85 t/m3");
  const of = (p: string) => report.balances.find((b) => b.product === p);
  // 100 m³ × 850 kg/m³ = 85 t; the refused receipt is not booked
  expect(of("UCO")?.received).toBe("85");
  expect(of("Tallow")?.received ?? "0").toBe("0");
});
