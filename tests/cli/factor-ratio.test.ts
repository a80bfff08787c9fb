// (brk24 §4) A yield as a ratio or per mille, through the real massbal command on a real .xlsx.
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; unit: string; produced: string; complete: boolean }[];
}

const RECEIPTS = (product: string) => [
  [
    "Datum",
    "Lieferant",
    "Zertifikat",
    "SD-Nr.",
    "Produkt",
    "Menge (t)",
    "Rohstoff",
    "Herkunftsland",
    "Claim",
  ],
  [
    day("2025-01-10"),
    "Hof Meyer",
    "EU-ISCC-Cert-DE100-10001",
    "HM-2025-1",
    product,
    1000,
    product,
    "DE",
    "EU RED compliant",
  ],
];

async function check(sheets: Record<string, unknown[][]>): Promise<Report> {
  const book = await writeBook(folder.path, "books.xlsx", {
    Einstellungen: [
      ["Einstellung", "Wert"],
      ["Firmenname", "Werk GmbH"],
      ["Schema", "ISCC EU"],
      ["Beginn erste Periode", day("2025-01-01")],
    ],
    ...(sheets as Record<string, never[][]>),
  });
  return JSON.parse(massbal(["check", book, "--json"], folder.path).stdout) as Report;
}

const balance = (r: Report, product: string) => r.balances.find((b) => b.product === product);

describe("massbal: a yield written as a ratio or per mille (brk24 §4)", () => {
  const production = (heading: string, factor: string | number) => ({
    Receipts: RECEIPTS("Rapeseed"),
    Produktion: [
      ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", heading],
      [day("2025-02-01"), "Rapeseed", 1000, "Rapeseed oil", factor],
    ],
  });
  it.each<[string, string | number, string]>([
    ["Ausbeute", "1:0,42", "420"],
    ["Ausbeute (‰)", 420, "420"],
    ["Verhältnis Input:Output", "4:1", "250"],
  ])("%s %s makes %s t of oil", async (heading, factor, produced) => {
    const r = await check(production(heading, factor));
    expect(balance(r, "Rapeseed oil")?.produced).toBe(produced);
  });
  it("refuses a ratio under a heading that states no order, at its cell", async () => {
    const r = await check(production("Umrechnungsverhältnis", "1:1.25"));
    const f = r.findings.find((x) => x.code === "invalid-number");
    expect(f).toMatchObject({ sheet: "Produktion", cell: "E2" });
    expect(f?.message).toContain("does not say which side is the input");
  });
});
