// A new user's books through the real massbal check, built by exceljs as staff head their columns:
// a French register with "N° DD" and a total line with no label; a receipts sheet with two
// quantity columns ("Qty [MT]" beside "Net weight (kg)"); a production sheet with "Ausbringung (t)"
// and an output without GHG values; a GHG value typed as a saving ("85 %"). Each is read, or
// refused at its own cell with words that say what it is.
import path from "node:path";
import ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

interface Report {
  sheets: { name: string; kind: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string; delivered: string; produced: string; complete: boolean }[];
  declarations: {
    status: string;
    number: string;
    quantity: string;
    heldBy?: { code: string; cell: string }[];
  }[];
}

const folder = freshFolderPerTest();

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
  await wb.xlsx.writeFile(path.join(folder.path, "livres.xlsx"));
  const result = massbal([command, "livres.xlsx", "--json"], folder.path);
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
];

it("reads a French register's N° DD and takes its unlabelled sum line for a total, not a broken booking", async () => {
  const report = await run({
    Paramètres: SETTINGS,
    Certificats: CERTIFICATES,
    Réceptions: [
      RECEPTIONS,
      receipt("2025-01-08", "DD-FR-4711", 100),
      receipt("2025-01-09", "DD-FR-4712", 50),
      [null, null, null, null, null, 150, null, null, null, null, null],
    ],
  });
  const sheet = report.sheets.find((s) => s.name === "Réceptions")!;
  expect(sheet).toMatchObject({
    kind: "receipts",
    columns: expect.objectContaining({ sdNumber: "D", quantity: "F" }),
  });
  expect(at(report, "Réceptions", "F4")).toEqual(["info totals-row"]);
  expect(report.findings.filter((f) => f.code === "missing-value")).toEqual([]);
  expect(report.balances.find((b) => b.product === "Huile de colza")).toMatchObject({ received: "150" });
});

it("says which of two quantity columns is read, and refuses the row where they disagree at its cell", async () => {
  const report = await run({
    Settings: SETTINGS,
    Certificates: CERTIFICATES,
    Receipts: [
      // the supplier's certificate on each receipt: with a register, a receipt without one gives no credit
      ["Date", "Supplier", "SD number", "Product", "Qty [MT]", "Net weight (kg)", "Supplier certificate"],
      [day("2025-01-08"), "Saipol", "SD-1", "UCO", 24.5, 24500, "EU-ISCC-Cert-FR100-1"],
      [day("2025-01-09"), "Saipol", "SD-2", "UCO", 10, 9000, "EU-ISCC-Cert-FR100-1"],
      [day("2025-01-10"), "Saipol", "SD-3", "UCO", 5, null, "EU-ISCC-Cert-FR100-1"],
    ],
  });
  expect(at(report, "Receipts", "F1")).toEqual(["warning second-quantity-column"]);
  const refused = report.findings.filter((f) => f.code === "quantity-columns-disagree");
  expect(refused.map((f) => `${f.cell} ${f.severity}`)).toEqual(["F3 error"]);
  expect(refused[0]!.message).toContain('10 t in "Qty [MT]"');
  expect(refused[0]!.message).toContain("9000 kg (9 t)");
  expect(report.balances.find((b) => b.product === "UCO")).toMatchObject({ received: "29.5" });
});

it("reads Ausbringung (t) as the output, pins its missing GHG to the production row, and says 85 % is a saving", async () => {
  const report = await run(
    {
      Settings: SETTINGS,
      Certificates: CERTIFICATES,
      Receipts: [
        [
          "Date",
          "Supplier",
          "Supplier certificate",
          "SD number",
          "Product",
          "Quantity (t)",
          "Raw material",
          "Country of origin",
          "Waste or residue",
          "GHG total (g CO2eq/MJ)",
          "Installation start date",
        ],
        receipt("2025-01-08", "SD-1", 100),
        receipt("2025-01-09", "SD-2", 10, "85 %"),
      ],
      Produktion: [
        ["Datum", "Einsatzstoff", "Einsatzmenge (t)", "Erzeugnis", "Ausbringung (t)", "THG (g CO2eq/MJ)"],
        [day("2025-01-20"), "Huile de colza", 100, "HVO", 80, null],
      ],
      Deliveries: [
        ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
        [day("2025-02-01"), "Fuel AG", "Hafenstr. 1, Hamburg", "HVO", 50, "yes"],
      ],
    },
    "declare",
  );
  const production = report.sheets.find((s) => s.name === "Produktion")!;
  expect(production.columns).toMatchObject({ outputQuantity: "E", "ghg.total": "F" });
  expect(report.findings.filter((f) => f.message.includes("enter the output quantity"))).toEqual([]);
  const incomplete = report.findings.find((f) => f.code === "declaration-incomplete");
  expect(incomplete?.message).toContain("GHG values for 50 t (Produktion!F2)");
  expect(incomplete?.message).not.toContain("Receipts!J2");
  const saving = report.findings.find((f) => f.sheet === "Receipts" && f.cell === "J3")!;
  expect(saving.message).toContain(
    '"85 %" in GHG emissions total (E) is a percentage, which looks like a GHG saving',
  );
  expect(saving.message).toContain("g CO2eq/MJ");
  expect(saving.message).not.toMatch(/Sustainable column|ghg emissions total \(e\)/);
});

// An opening balance row ("Report à nouveau") above the first booking is an error (p-site: its
// credit is not booked, the balances it feeds incomplete) and a total labelled in Spanish in the
// date column is skipped with a note; neither is booked as a receipt or refused as a date; a storage column naming two
// places on a sheet with no Site column is an error at its heading (two sites would share one
// account): that account's balance is incomplete and no declaration is issued from it.
it("refuses an opening balance, skips a Spanish total, and refuses a storage column naming two places", async () => {
  const report = await run(
    {
      Paramètres: SETTINGS,
      Certificats: CERTIFICATES,
      Réceptions: [
        [...RECEPTIONS, "Lieu de stockage"],
        [day("2025-01-02"), "Report à nouveau", null, null, "Huile de colza", 999],
        [...receipt("2025-01-08", "DD-FR-4711", 100), "Lille"],
        [...receipt("2025-01-09", "DD-FR-4712", 50), "Dunkerque"],
        ["Totales", null, null, null, null, 150],
      ],
      Expéditions: [
        ["Date", "Client", "Adresse client", "Produit", "Quantité (t)", "Durable"],
        [day("2025-02-01"), "Carburants SA", "1 quai de Seine, Rouen", "Huile de colza", 30, "oui"],
      ],
    },
    "declare",
  );
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["150", false]]);
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  expect(report.declarations.flatMap((d) => (d.heldBy ?? []).map((h) => `${h.code} ${h.cell}`))).toContain(
    "mapping-uncertain L1",
  );
  expect(at(report, "Réceptions", "B2")).toEqual(["error totals-row"]);
  expect(at(report, "Réceptions", "A5")).toEqual(["info totals-row"]);
  expect(at(report, "Réceptions", "L1")).toEqual(["error mapping-uncertain"]);
  const balance = report.findings.find((f) => f.cell === "B2")?.message ?? "";
  expect(balance).toContain("carries credit over from before the books' first row");
  expect(report.findings.filter((f) => f.cell?.startsWith("A5") && f.code !== "totals-row")).toEqual([]);
});

// --- storage places across sheets (p-rows4) ---
// A receipts sheet whose "Lagerort" is Hamburg and a sales sheet whose "Lagerort" is Duisburg, no
// Site column anywhere: one account would merge two sites' stock, so each heading is an error,
// the balance is incomplete and no declaration is issued from it.
it("refuses storage columns naming one place each, different across sheets", async () => {
  const report = await run(
    {
      Paramètres: SETTINGS,
      Certificats: CERTIFICATES,
      Receipts: [
        [...RECEPTIONS, "Lagerort"],
        [...receipt("2025-01-08", "DD-FR-4711", 100), "Hamburg"],
      ],
      Sales: [
        ["Date", "Client", "Adresse client", "Produit", "Quantité (t)", "Durable", "Lagerort"],
        [
          day("2025-02-01"),
          "Carburants SA",
          "1 quai de Seine, Rouen",
          "Huile de colza",
          80,
          "oui",
          "Duisburg",
        ],
      ],
    },
    "declare",
  );
  expect(report.balances.map((b) => [b.received, b.delivered, b.complete])).toEqual([["100", "80", false]]);
  expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  expect(at(report, "Receipts", "L1")).toEqual(["error mapping-uncertain"]);
  expect(at(report, "Sales", "G1")).toEqual(["error mapping-uncertain"]);
  expect(report.findings.find((f) => f.cell === "G1")?.message).toContain(
    '"Duisburg" here and "Hamburg" in "Lagerort" on sheet "Receipts"',
  );
});
// --- end storage places across sheets
