// A site whose certificate the Sites sheet does not state, through massbal declare on a real .xlsx
// (break test c16, engine/site-certificate.ts): Hamburg has its own certificate, Duisburg's cell is
// blank or a placeholder. Duisburg's sale is never declared on the settings' own certificate (which
// the Sites sheet gives to no site): certificate-unstated at its cell holds it back and Duisburg's
// balance is incomplete; Hamburg's sale is declared on Hamburg's certificate.
import path from "node:path";
import ExcelJS from "exceljs";
import { massbal, freshFolderPerTest, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));
const OWN = "EU-ISCC-Cert-DE100-99999999";
const HAMBURG = "EU-ISCC-Cert-DE100-55555555";
const SUPPLIER = "EU-ISCC-Cert-DE100-1";

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { site: string; delivered: string; complete: boolean }[];
  declarations: {
    status: string;
    quantity: string;
    heldBy?: { code: string; sheet: string; cell: string }[];
  }[];
}

async function write(duisburg: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Settings").addRows([
    ["Setting", "Value"],
    ["Company name", "Handel Test GmbH"],
    ["Company address", "Hafenstr. 1, 20457 Hamburg"],
    ["Own certificate", OWN],
    ["First period start", day(1, 1)],
  ]);
  wb.addWorksheet("Sites").addRows([
    ["Site", "Certificate", "Address"],
    ["Hamburg", HAMBURG, "Hafenstr. 1"],
    ["Duisburg", duisburg, "Rheinstr. 5"],
  ]);
  wb.addWorksheet("Certificates").addRows([
    ["Certificate no.", "Holder", "Valid from", "Valid until", "Status"],
    [SUPPLIER, "Saipol", day(1, 1), new Date(Date.UTC(2027, 11, 31)), "valid"],
    [OWN, "Handel Test GmbH", day(1, 1), new Date(Date.UTC(2027, 11, 31)), "valid"],
    [HAMBURG, "Handel Test GmbH", day(1, 1), new Date(Date.UTC(2027, 11, 31)), "valid"],
  ]);
  const receipt = (site: string, sd: string) => [
    ...[day(1, 5), site, "Saipol", SUPPLIER, sd, "UCO", 100, "Used cooking oil", "DE", "yes"],
    ...[new Date(Date.UTC(2010, 0, 1)), 10],
  ];
  wb.addWorksheet("Receipts").addRows([
    ["Date", "Site", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)"].concat([
      "Raw material",
      "Country of origin",
      "Waste/residue",
      "Installation start date",
      "GHG total",
    ]),
    receipt("Hamburg", "SD-1"),
    receipt("Duisburg", "SD-2"),
  ]);
  wb.addWorksheet("Sales").addRows([
    ["Date", "Site", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
    [day(2, 10), "Hamburg", "Fuel AG", "Industriestr. 2", "UCO", 80, "yes"],
    [day(2, 10), "Duisburg", "Fuel AG", "Industriestr. 2", "UCO", 70, "yes"],
  ]);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
}

/** Every text of the SD sheets massbal wrote. */
async function sdTexts(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const texts: string[] = [];
  for (const ws of wb.worksheets.filter((w) => /^SD /.test(w.name)))
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
  return texts;
}

describe("massbal declare: a site whose certificate the Sites sheet does not state", () => {
  it.each(["", "-", "beantragt"])(
    "Duisburg %j: held at Sites!B3, incomplete; Hamburg declared on its own",
    async (cell) => {
      await write(cell);
      const run = massbal(["declare", "books.xlsx", "--json", "--out", "out.xlsx", "--force"], folder.path);
      expect(stderrBeyondProgress(run.stderr)).toBe("");
      const r = JSON.parse(run.stdout) as Report;
      const errors = r.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.place}`);
      expect(errors).toEqual(["certificate-unstated Sites!B3"]);
      expect(r.balances.map((b) => [b.site, b.delivered, b.complete]).sort()).toEqual([
        ["Duisburg", "70", false],
        ["Hamburg", "80", true],
      ]);
      expect(r.declarations.filter((d) => d.status === "new").map((d) => d.quantity)).toEqual(["80"]);
      const held = r.declarations.find((d) => d.quantity === "70");
      expect(held?.status).toBe("blocked");
      expect(held?.heldBy?.map((h) => `${h.code} ${h.sheet}!${h.cell}`)).toEqual([
        "certificate-unstated Sites!B3",
      ]);
      const texts = await sdTexts(path.join(folder.path, "out.xlsx"));
      expect(texts).toContain(HAMBURG);
      expect(texts.filter((t) => t.includes(OWN))).toEqual([]);
    },
  );
});
