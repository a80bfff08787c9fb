// A new user's French register through the real massbal check, built by exceljs: an opening
// balance row ("Report à nouveau") and a total labelled in Spanish in the date column are skipped
// with a note, never booked as a receipt or refused as a date; a storage column naming two places
// on a sheet with no Site column is an error at its heading (two sites would share one account).
import { rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildCli, massbal, stderrBeyondProgress, tempDir } from "./run-massbal";

jest.setTimeout(120_000);

interface Report {
  sheets: { name: string; kind: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; delivered: string; produced: string }[];
  declarations: {
    status: string;
    number: string;
    quantity: string;
    heldBy?: { code: string; cell: string }[];
  }[];
}

let dir: string;
beforeAll(() => buildCli());
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CERTIFICATES = [
  ["Certificate no.", "Holder", "Valid from", "Valid until", "Status"],
  ["EU-ISCC-Cert-FR100-1", "Saipol", day("2024-01-01"), day("2026-12-31"), "valid"],
];
const SETTINGS = [
  ["Company name", "Huilerie Nord SAS"],
  ["Company address", "1 rue du Port, 59000 Lille"],
  ["Own certificate", "EU-ISCC-Cert-FR200-2"],
  ["Scheme", "ISCC EU"],
];

async function run(sheets: Record<string, unknown[][]>, command = "check"): Promise<Report> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as never)),
    );
  }
  await wb.xlsx.writeFile(path.join(dir, "livres.xlsx"));
  const result = massbal([command, "livres.xlsx", "--json"], dir);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as Report;
}

const at = (r: Report, sheet: string, cell: string) =>
  r.findings.filter((f) => f.sheet === sheet && f.cell === cell).map((f) => `${f.severity} ${f.code}`);

/** A receipt of rapeseed oil whose SD is `sd`, with every field a PoS needs; `ghg` as typed. */
const receipt = (date: string, sd: string, qty: number, ghg: unknown = 20.1): unknown[] => [
  day(date),
  "Saipol",
  "EU-ISCC-Cert-FR100-1",
  sd,
  "Huile de colza",
  qty,
  "Colza",
  "FR",
  "non",
  ghg,
  day("2010-01-01"),
];
const RECEPTIONS = [
  "Date de réception",
  "Fournisseur",
  "N° certificat fournisseur",
  "N° DD",
  "Produit",
  "Quantité (t)",
  "Matière première",
  "Pays d'origine",
  "Déchet/résidu",
  "GES total (g CO2eq/MJ)",
  "Date de mise en service",
  "Lieu de stockage",
];

it("skips an opening balance and a Spanish total, and refuses a storage column naming two places", async () => {
  const report = await run({
    Paramètres: SETTINGS,
    Certificats: CERTIFICATES,
    Réceptions: [
      RECEPTIONS,
      [day("2025-01-02"), "Report à nouveau", null, null, "Huile de colza", 999],
      [...receipt("2025-01-08", "DD-FR-4711", 100), "Lille"],
      [...receipt("2025-01-09", "DD-FR-4712", 50), "Dunkerque"],
      ["Totales", null, null, null, null, 150],
    ],
  });
  expect(report.balances.map((b) => b.received)).toEqual(["150"]);
  expect(at(report, "Réceptions", "B2")).toEqual(["info totals-row"]);
  expect(at(report, "Réceptions", "A5")).toEqual(["info totals-row"]);
  expect(at(report, "Réceptions", "L1")).toEqual(["error mapping-uncertain"]);
  const balance = report.findings.find((f) => f.cell === "B2")?.message ?? "";
  expect(balance).toContain("stock count dated before the first period");
  expect(report.findings.filter((f) => f.cell?.startsWith("A5") && f.code !== "totals-row")).toEqual([]);
});
