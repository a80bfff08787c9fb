// A production batch refused at conversion, through the real massbal command on a real .xlsx
// (conversions.ts, domain.md §4 input-incomplete): the crusher's batch B-02 puts out more than went
// in (1000 t of seed into 430 t of oil and 590 t of meal), a biogas plant's biomethane is in Nm³ or
// kWh with nothing relating it to the manure's tonnes. The credit the batch would give is unknown,
// not none: its input and outputs are incomplete, the sales of the outputs are no negative balance,
// nothing is declared from them, and the advice names what would convert the output.
import path from "node:path";
import { type BookCell, day, plainBook } from "../../src/books";
import { RECEIPT_COLUMNS } from "../../src/books/columns";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; complete: boolean }[];
  declarations: { product: string; status: string }[];
}

async function run(sheets: Record<string, BookCell[][]>): Promise<Report> {
  await writeBookFile(plainBook(sheets), path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as Report;
}

const shortfalls = (r: Report) => r.findings.filter((f) => /negative-balance|overdraft/.test(f.code));
const incomplete = (r: Report, product: string) => {
  const b = r.balances.filter((x) => x.product === product);
  return b.length > 0 && b.every((x) => !x.complete);
};

const SETTINGS: BookCell[][] = [
  ["Setting", "Value"],
  ["Company name", "Oil Mill GmbH"],
  ["Company address", "Hafenstr. 1, 20457 Hamburg"],
  ["Own certificate", "EU-ISCC-Cert-DE200-1"],
  ["Scheme", "ISCC EU"],
  ["First period start", day("2025-01-01")],
];

describe("massbal: a crushing batch whose co-products exceed its input", () => {
  it.each<[string, string[], string[]]>([
    [
      "English headings",
      ["Date", "Batch", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
    ],
    [
      "German headings",
      ["Datum", "Charge", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", "Ausbringung (t)"],
      ["Datum", "Kunde", "Kundenadresse", "Produkt", "Menge (t)", "Nachhaltig"],
    ],
  ])("%s: oil and meal incomplete and held, no negative balance", async (_, production, sales) => {
    const receipt = (date: string, sd: string) => [
      day(date),
      "Coop",
      "EU-ISCC-Cert-FR202-30003",
      sd,
      "Rapeseed",
      1000,
      "Rapeseed",
      "FR",
      "EU RED compliant",
      "no",
    ];
    const report = await run({
      Settings: SETTINGS,
      Receipts: [
        [...RECEIPT_COLUMNS, "Claim", "Waste/residue"],
        receipt("2025-01-05", "CB-1"),
        receipt("2025-01-06", "CB-2"),
      ],
      Production: [
        production,
        [day("2025-01-31"), "B-01", "Rapeseed", 1000, "Rapeseed oil", 410],
        [day("2025-01-31"), "B-01", "Rapeseed", 1000, "Rapeseed meal", 570],
        [day("2025-02-28"), "B-02", "Rapeseed", 1000, "Rapeseed oil", 430],
        [day("2025-02-28"), "B-02", "Rapeseed", 1000, "Rapeseed meal", 590],
      ],
      Sales: [
        sales,
        [day("2025-03-10"), "C1", "Kai 2, 24103 Kiel", "Rapeseed oil", 800, "yes"],
        [day("2025-03-11"), "C2", "Kai 2, 24103 Kiel", "Rapeseed meal", 1100, "yes"],
      ],
    });
    expect(report.findings.filter((f) => f.code === "conversion-impossible").map((f) => f.cell)).toEqual([
      "F4",
      "F5",
    ]);
    expect(shortfalls(report)).toEqual([]);
    for (const p of ["Rapeseed", "Rapeseed oil", "Rapeseed meal"]) expect(incomplete(report, p)).toBe(true);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});

describe("massbal: a biogas plant's biomethane with nothing relating it to the manure's tonnes", () => {
  it.each<[string, string, number]>([
    ["Nm³", "density", 25000],
    ["kWh", "heating value", 250000],
  ])(
    "in %s: biomethane incomplete, no negative balance, the advice names the %s",
    async (unit, needs, out) => {
      const report = await run({
        Einstellungen: [
          ["Einstellung", "Wert"],
          ["Firmenname", "Biogas Nord GmbH"],
          ["Schema", "ISCC EU"],
          ["Beginn erste Periode", day("2025-01-01")],
        ],
        Eingang: [
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
            "Abfall/Reststoff",
            "Anhang IX",
          ],
          [
            day("2025-01-10"),
            "Hof Meyer",
            "EU-ISCC-Cert-DE100-10001",
            "HM-2025-1",
            "Gülle",
            1000,
            "Gülle",
            "DE",
            "EU RED compliant",
            "ja",
            "Teil A",
          ],
        ],
        Produktion: [
          [
            "Datum",
            "Einsatzprodukt",
            "Einsatzmenge (t)",
            "Ausbringung Produkt",
            "Ausbringung",
            "Einheit Ausbringung",
          ],
          [day("2025-01-31"), "Gülle", 1000, "Biomethan", out, unit],
        ],
        Verkauf: [
          ["Datum", "Kunde", "Produkt", "Menge", "Einheit", "Nachhaltig"],
          [day("2025-02-10"), "Gasnetz AG", "Biomethan", out / 2, unit, "ja"],
        ],
      });
      const refused = report.findings.filter((f) => f.code === "conversion-impossible");
      expect(refused.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Produktion!E2"]);
      expect(refused[0]!.message).toContain(`add the output's ${needs}`);
      expect(shortfalls(report)).toEqual([]);
      expect(incomplete(report, "Biomethan")).toBe(true);
      expect(incomplete(report, "Gülle")).toBe(true);
    },
  );
});
