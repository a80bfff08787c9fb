// `massbal declare` on a real .xlsx built by exceljs with a certificate register headed in French
// whose supplier certificate had expired: read as the register, the receipt gives no credit. The
// same register without its validity columns cannot be read: the balance of the receipt's product
// is incomplete (its credit is unknown), never complete on a credit the register might strike, and
// the message names the user's own headings (domain.md §4, §7).
import path from "node:path";
import ExcelJS from "exceljs";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  sheets: { name: string; kind: string }[];
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { product: string; periodStart: string; received: string; complete: boolean }[];
  declarations: { status: string }[];
}

const SUPPLIER = "EU-ISCC-Cert-FR200-1";
const OWN = "EU-ISCC-Cert-FR201-2";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const folder = freshFolderPerTest();

async function declare(register: unknown[][], name = "Certificats"): Promise<Report> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: unknown[][]) => wb.addWorksheet(name).addRows(rows);
  add("Paramètres", [
    ["Paramètre", "Valeur"],
    ["Nom de l'entreprise", "Négoce SA"],
    ["Adresse de l'entreprise", "1 quai du Port, 13002 Marseille"],
    ["Propre certificat", OWN],
  ]);
  add(name, register);
  add("Réceptions", [
    [
      "Date",
      "Fournisseur",
      "Certificat fournisseur",
      "N° DD",
      "Produit",
      "Quantité (t)",
      "Matière première",
      "Pays d'origine",
      "Claim",
      "GES total (g CO2eq/MJ)",
      "Déchet",
    ],
    [
      day("2025-01-08"),
      "Huiles SARL",
      SUPPLIER,
      "DD-1",
      "UCO",
      100,
      "Used cooking oil",
      "FR",
      "EU RED compliant",
      10.5,
      "oui",
    ],
  ]);
  add("Ventes", [
    ["Date", "Client", "Adresse du client", "Produit", "Quantité (t)", "Durable"],
    [day("2025-01-20"), "Carburants SA", "2 rue X, Lyon", "UCO", 50, "oui"],
  ]);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const result = massbal(["declare", "books.xlsx", "--json", "--force"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as Report;
}

const HEADER = ["N° de certificat", "Titulaire", "Norme", "Valable du", "Valable jusqu'au"];
const uco = (r: Report) => r.balances.find((b) => b.product === "UCO" && b.periodStart <= "2025-01-08");

it("reads a French register: the expired supplier certificate gives the receipt no credit", async () => {
  const r = await declare([
    HEADER,
    [SUPPLIER, "Huiles SARL", "ISCC EU", day("2023-01-01"), day("2024-12-31")],
    [OWN, "Négoce SA", "ISCC EU", day("2024-06-01"), day("2099-12-31")],
  ]);
  expect(r.sheets.find((s) => s.name === "Certificats")?.kind).toBe("certificates");
  expect(r.findings.filter((f) => f.code === "header-not-found")).toEqual([]);
  expect(
    r.findings.filter((f) => f.code === "certificate-invalid").map((f) => `${f.sheet}!${f.cell}`),
  ).toEqual(["Réceptions!C2"]);
  expect(uco(r)).toMatchObject({ received: "0" });
});

it("a register it cannot read leaves the balance incomplete and names the headings to map", async () => {
  const r = await declare([
    ["N° de certificat", "Titulaire", "Remarque"],
    [SUPPLIER, "Huiles SARL", "expiré fin 2024"],
  ]);
  const said = r.findings.filter((f) => f.code === "header-not-found");
  expect(said.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Certificats!A1"]);
  expect(said[0]?.message).toContain('its columns not mapped yet are headed "Remarque"');
  // the credit is unknown, not given: incomplete, and nothing declared from it
  expect(uco(r)).toMatchObject({ complete: false });
  expect(r.declarations.map((d) => d.status)).toEqual(["blocked"]);
});

it("a sheet of certificate numbers with a single Validity column is an unread register: error, incomplete", async () => {
  const r = await declare(
    [
      ["Certificate", "Company", "Validity"],
      [SUPPLIER, "Huiles SARL", "01.06.2024 - 31.12.2024"],
      [OWN, "Négoce SA", "01.01.2024 - 31.12.2027"],
    ],
    "Register",
  );
  expect(r.sheets.find((s) => s.name === "Register")?.kind).toBe("certificates");
  const said = r.findings.filter((f) => f.code === "header-not-found");
  expect(said.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Register!A1"]);
  expect(said[0]?.message).toContain("split it into two columns, Valid from and Valid until");
  expect(uco(r)).toMatchObject({ complete: false });
  expect(r.declarations.map((d) => d.status)).toEqual(["blocked"]);
});
