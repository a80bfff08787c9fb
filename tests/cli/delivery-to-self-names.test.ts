// (h-parties) A delivery to the company itself, through massbal declare on a real .xlsx: Settings
// name the company without its legal form ("Acme Bio"), the Sites sheet lists Hamburg and Werk
// Venlo (code VEN). Sales to "Acme Bio B.V.", "Acme Bio, Werk Venlo", "Werk Venlo", "VEN" are the
// company itself (engine/party-match.ts ownParty): delivery-to-self at the customer cell, no SD,
// the quantity still booked out; "Acme Biofuels Ltd" and "Bio Acme" are other companies and are
// declared.
import path from "node:path";
import ExcelJS from "exceljs";
import { massbal, freshFolderPerTest, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));
const until = new Date(Date.UTC(2099, 11, 31));
const OWN = "EU-ISCC-Cert-DE100-99999999";
const SUPPLIER = "EU-ISCC-Cert-DE100-1";

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { site: string; delivered: string }[];
  declarations: { status: string; quantity: string; customer: string }[];
}

const SALES: [string, number][] = [
  ["Acme Bio B.V.", 11],
  ["Acme Bio, Werk Venlo", 12],
  ["Werk Venlo", 13],
  ["VEN", 14],
  ["Acme Biofuels Ltd", 15],
  ["Bio Acme", 16],
];

async function write(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Settings").addRows([
    ["Setting", "Value"],
    ["Company name", "Acme Bio"],
    ["Company address", "Hafenstr. 1, 20457 Hamburg"],
    ["Own certificate", OWN],
    ["First period start", day(1, 1)],
  ]);
  wb.addWorksheet("Sites").addRows([
    ["Site", "Kürzel", "Certificate", "Address"],
    ["Hamburg", "HH", OWN, "Hafenstr. 1, 20457 Hamburg"],
    ["Werk Venlo", "VEN", OWN, "Industrieweg 2, 5928 Venlo"],
  ]);
  wb.addWorksheet("Certificates").addRows([
    ["Certificate no.", "Holder", "Valid from", "Valid until", "Status"],
    [SUPPLIER, "Saipol", day(1, 1), until, "valid"],
    [OWN, "Acme Bio", day(1, 1), until, "valid"],
  ]);
  wb.addWorksheet("Receipts").addRows([
    ["Date", "Site", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)"].concat([
      "Raw material",
      "Country of origin",
      "Waste/residue",
      "Installation start date",
      "GHG total",
    ]),
    [day(1, 5), "Hamburg", "Saipol", SUPPLIER, "SD-1", "UCO", 200, "Used cooking oil", "DE", "yes"].concat([
      new Date(Date.UTC(2010, 0, 1)),
      10,
    ]),
  ]);
  wb.addWorksheet("Sales").addRows([
    ["Date", "Site", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
    ...SALES.map(([customer, q]) => [day(2, 10), "Hamburg", customer, "Industriestr. 2", "UCO", q, "yes"]),
  ]);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
}

describe("massbal declare: sales to the company itself or its sites", () => {
  it("holds back the SD of each sale to ourselves at its customer cell, declares the others", async () => {
    await write();
    const run = massbal(["declare", "books.xlsx", "--json", "--out", "out.xlsx", "--force"], folder.path);
    expect(stderrBeyondProgress(run.stderr)).toBe("");
    const r = JSON.parse(run.stdout) as Report;
    const self = r.findings.filter((f) => f.code === "delivery-to-self");
    expect(self.map((f) => `${f.severity} ${f.place}`)).toEqual([
      "error Sales!C2",
      "error Sales!C3",
      "error Sales!C4",
      "error Sales!C5",
    ]);
    expect(self[2]?.message).toContain("is your own site Werk Venlo (sites sheet)");
    expect(self[2]?.message).toContain("is a transfer, not a sale");
    expect(r.declarations.map((d) => `${d.quantity} ${d.status}`)).toEqual([
      "11 blocked",
      "12 blocked",
      "13 blocked",
      "14 blocked",
      "15 new",
      "16 new",
    ]);
    expect(r.balances.find((b) => b.site === "Hamburg")?.delivered).toBe("81");
  });
});
