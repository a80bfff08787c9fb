// A new user's test (items 3, 17, 16) through a real .xlsx and `massbal`: weighbridge receipts
// headed "Peso bruto (kg)" / "Tara (kg)" with no net column give no credit and no SD (the gross is
// never the quantity); beside a net column the net one is read; "Unité GES" is the GHG unit, never
// the quantity's; a French register's "Valide du" / "Valide au" are not swapped (heading-bars.ts).
import { type CellValue } from "exceljs";
import { declareJson, checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; received: string }[];
  declarations: { status: string; quantity: string }[];
}

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const CERT = "EU-ISCC-Cert-ES216-10001";
const OWN = "EU-ISCC-Cert-ES216-90000";
const SETTINGS = [
  ["Setting", "Value"],
  ["Company name", "BioDiesel Norte SA"],
  ["Company address", "Calle 1, Bilbao"],
  ["Own certificate", OWN],
  ["Scheme", "ISCC EU"],
  ["Issue date", d("2025-04-02")],
];
const CERTIFICATES = [
  ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
  [CERT, "Aceites Sur SL", "ISCC EU", d("2024-01-01"), d("2027-01-01"), "valid"],
  [OWN, "BioDiesel Norte SA", "ISCC EU", d("2024-01-01"), d("2027-12-31"), "valid"],
];
const SALES = [
  ["Date", "Customer", "Customer address", "Customer certificate", "Product", "Quantity (t)", "Sustainable"],
  [d("2025-02-10"), "Refinería SA", "Av. 2, Madrid", "EU-ISCC-Cert-ES216-20002", "UCO", 45, "yes"],
];
const HEAD = ["Date", "Supplier", "Supplier certificate", "SD number", "Product"];
const TAIL = [
  "Raw material",
  "Country of origin",
  "Claim",
  "GHG total",
  "GHG unit",
  "Installation start date",
];
const receipt = (date: string, sd: string, ...weights: CellValue[]): CellValue[] => [
  d(date),
  "Aceites Sur SL",
  CERT,
  sd,
  "UCO",
  ...weights,
  "Used cooking oil",
  "ES",
  "EU RED compliant",
  12,
  "g CO2eq/MJ",
  d("2012-01-01"),
];

async function declare(weights: string[], rows: CellValue[][]): Promise<Report> {
  const file = await writeBook(folder.path, "pesadas.xlsx", {
    Settings: SETTINGS,
    Receipts: [[...HEAD, ...weights, ...TAIL], ...rows],
    Sales: SALES,
    Certificates: CERTIFICATES,
  });
  return declareJson<Report>(folder.path, file);
}

it("a gross weight alone is never booked: no credit, no SD, refused at the heading naming it", async () => {
  const r = await declare(
    ["Peso bruto (kg)", "Tara (kg)"],
    [receipt("2025-01-05", "AS-25-001", 25000, 15000), receipt("2025-01-06", "AS-25-002", 24000, 14000)],
  );
  const at = r.findings.find((f) => f.sheet === "Receipts" && f.cell === "A1");
  expect([at?.severity, at?.code]).toEqual(["error", "header-not-found"]);
  expect(at?.message).toContain('"Peso bruto (kg)", "Tara (kg)"');
  expect(at?.message).toContain("net quantity");
  expect(r.balances.filter((b) => b.received !== "0")).toEqual([]);
  expect(r.declarations.filter((x) => x.status === "issued")).toEqual([]);
});

it("beside a net weight the net one is the quantity, with no rival refusal", async () => {
  const r = await declare(
    ["Peso bruto (kg)", "Tara (kg)", "Peso neto (kg)"],
    [
      receipt("2025-01-05", "AS-25-001", 25000, 15000, 10000),
      receipt("2025-01-06", "AS-25-002", 24000, 14000, 10000),
    ],
  );
  expect(r.sheets.find((s) => s.name === "Receipts")?.columns.quantity).toBe("H");
  expect(r.findings.filter((f) => /quantity-column/.test(f.code))).toEqual([]);
  expect(r.balances.map((b) => b.received)).toEqual(["20"]);
});

it('"Unité GES" is the GHG unit and "Valide du" is Valid from, in a French book', async () => {
  const file = await writeBook(folder.path, "livres.xlsx", {
    Réceptions: [
      [
        "Date",
        "Fournisseur",
        "Certificat fournisseur",
        "N° DD",
        "Produit",
        "Quantité (t)",
        "GES total",
        "Unité GES",
      ],
      [d("2025-01-05"), "Aceites Sur SL", CERT, "AS-25-001", "UCO", 24.5, 12, "g CO2eq/MJ"],
    ],
    Certificats: [
      ["N° certificat", "Titulaire", "Système", "Valide du", "Valide au", "Statut"],
      [CERT, "Aceites Sur SL", "ISCC EU", d("2024-01-01"), d("2027-01-01"), "valide"],
    ],
  });
  const r = checkJson<Report>(folder.path, file);
  const columns = (name: string) => r.sheets.find((s) => s.name === name)?.columns ?? {};
  expect(columns("Réceptions")).toMatchObject({ quantity: "F", "ghg.unit": "H" });
  expect(columns("Réceptions").unit).toBeUndefined();
  expect(columns("Certificats")).toMatchObject({ validFrom: "D", validUntil: "E" });
  expect(r.findings.filter((f) => f.code === "invalid-unit" || f.code === "header-not-found")).toEqual([]);
  expect(r.balances.map((b) => b.received)).toEqual(["24.5"]);
});
