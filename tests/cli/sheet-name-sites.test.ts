// Sites named only in sheets' names, through massbal declare on a real .xlsx (brk23 §4,
// workbook/sheet-sites.ts): a sites sheet listing Hamburg and Venlo and sheets "Wareneingang
// Hamburg", "Wareneingang Venlo", "Warenausgang Hamburg", "Warenausgang Venlo" with no Site
// column. Before, one account: Venlo's sale was declared from Hamburg's receipt IN-1. Now each
// sheet's rows are its site's: Venlo's SD cites Venlo's receipt, Hamburg's cites Hamburg's and
// prints Hamburg's dispatch address. With no sites sheet the sheets are refused, not merged.
import path from "node:path";
import ExcelJS from "exceljs";
import { massbal, freshFolderPerTest, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const day = (m: number, d: number) => new Date(Date.UTC(2025, m - 1, d));
const HAMBURG_ADDRESS = "Hafenstr. 1, 20457 Hamburg";

interface Report {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { site: string; received: string; delivered: string; complete: boolean }[];
  declarations: { status: string; customer: string; site?: string; inputs?: { sd: string }[] }[];
}

const RECEIPT = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)"].concat([
  "Raw material",
  "Country of origin",
  "Waste/residue",
  "GHG total",
  "GHG unit",
  "GHG method",
  "Installation start date",
]);
const receipt = (d: Date, sd: string, q: number) => [
  ...[d, "Saipol", "EU-ISCC-Cert-DE100-1", sd, "Biodiesel", q, "Rapeseed", "DE", "no", 30, "g CO2eq/MJ"],
  ...["actual", new Date(Date.UTC(2008, 5, 1))],
];
const DELIVERY = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"];

const VENLO_ADDRESS = "Industrieweg 5, 5928 Venlo";
const CODE: Record<string, string> = { Hamburg: "HH", Venlo: "VL" };

async function write(
  names: { in: (s: string) => string; out: (s: string) => string },
  sites: boolean | "codes",
) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Settings").addRows([
    ["Setting", "Value"],
    ["Company name", "Ölmühle Nord GmbH"],
    ["Company address", HAMBURG_ADDRESS],
    ["Own certificate", "EU-ISCC-Cert-DE100-9"],
    ["SD number prefix", "ON"],
    ["Issue date of new declarations", day(4, 2)],
  ]);
  if (sites === "codes")
    wb.addWorksheet("Sites").addRows([
      ["Standort", "Kürzel", "Adresse"],
      ["Hamburg", "HH", HAMBURG_ADDRESS],
      ["Venlo", "VL", VENLO_ADDRESS],
    ]);
  else if (sites)
    wb.addWorksheet("Sites").addRows([
      // each site's address (brk25 §4: without it only the site the settings' address names gets an SD)
      ["Site", "Company", "Certificate", "Address"],
      ["Hamburg", "Ölmühle Nord GmbH", "EU-ISCC-Cert-DE100-9", HAMBURG_ADDRESS],
      ["Venlo", "Ölmühle Nord GmbH", "EU-ISCC-Cert-DE100-9", VENLO_ADDRESS],
    ]);
  wb.addWorksheet(names.in("Hamburg")).addRows([RECEIPT, receipt(day(1, 10), "IN-1", 100)]);
  wb.addWorksheet(names.in("Venlo")).addRows([RECEIPT, receipt(day(1, 12), "IN-2", 40)]);
  wb.addWorksheet(names.out("Hamburg")).addRows([
    DELIVERY,
    [day(3, 1), "Nordic Fuels Oy", "Biodiesel", 60, "yes", "Satamatie 3, Porvoo"],
  ]);
  wb.addWorksheet(names.out("Venlo")).addRows([
    DELIVERY,
    [day(3, 2), "Fuel BV", "Biodiesel", 30, "yes", "Kade 1, Venlo"],
  ]);
  await wb.xlsx.writeFile(path.join(folder.path, "books.xlsx"));
}

/** Each SD sheet massbal wrote: its recipient, dispatch address, incoming SDs and delivery row. */
async function sdSheets(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const text = (v: ExcelJS.CellValue) =>
    v && typeof v === "object" && "text" in v ? String(v.text) : String(v ?? "");
  return wb.worksheets
    .filter((w) => /^SD /.test(w.name))
    .map((ws) => {
      const pairs: [string, string][] = [];
      ws.eachRow((row) => pairs.push([text(row.getCell(1).value), text(row.getCell(2).value)]));
      const get = (label: string) => pairs.filter(([l]) => l === label).map(([, v]) => v);
      return {
        recipient: get("Name")[1],
        dispatch: get("Address of dispatch/shipping point")[0],
        incoming: pairs.filter(([l]) => /^IN-/.test(l)).map(([l]) => l),
        row: get("Delivery row")[0],
      };
    });
}

function declare(): Report {
  const run = massbal(["declare", "books.xlsx", "--json", "--out", "out.xlsx", "--force"], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  return JSON.parse(run.stdout) as Report;
}

describe("massbal declare: sites named only in the sheets' names", () => {
  it.each([
    [
      "Wareneingang %s / Warenausgang %s",
      (s: string) => `Wareneingang ${s}`,
      (s: string) => `Warenausgang ${s}`,
    ],
    [
      "Eingang %s 2024/2025 / Ausgang %s 2025",
      (s: string) => `Eingang ${s} 2024-2025`,
      (s: string) => `Ausgang ${s} 2025`,
    ],
  ])("%s: each sale declared from its own site's receipt", async (_, inName, outName) => {
    await write({ in: inName, out: outName }, true);
    const r = declare();
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(
      r.findings
        .filter((f) => f.code === "mapping-uncertain" && f.message.includes("rows are read as that site's"))
        .map((f) => f.place),
    ).toHaveLength(4);
    expect(r.balances.map((b) => [b.site, b.received, b.delivered, b.complete]).sort()).toEqual([
      ["Hamburg", "100", "60", true],
      ["Venlo", "40", "30", true],
    ]);
    const by = Object.fromEntries(r.declarations.map((d) => [d.customer, d]));
    expect(by["Nordic Fuels Oy"]?.inputs?.map((i) => i.sd)).toEqual(["IN-1"]);
    // before: Fuel BV's 30 t cited Hamburg's IN-1
    expect(by["Fuel BV"]?.inputs?.map((i) => i.sd)).toEqual(["IN-2"]);
    expect(r.declarations.map((d) => d.status)).toEqual(["new", "new"]);
    const sds = await sdSheets(path.join(folder.path, "out.xlsx"));
    expect(sds.map((d) => [d.recipient, d.incoming, d.row]).sort()).toEqual([
      ["Fuel BV", ["IN-2"], `${outName("Venlo")} row 2`],
      ["Nordic Fuels Oy", ["IN-1"], `${outName("Hamburg")} row 2`],
    ]);
    // each SD is dispatched from its own site's address on the sites sheet
    expect(sds.find((d) => d.recipient === "Nordic Fuels Oy")?.dispatch).toBe(HAMBURG_ADDRESS);
    expect(sds.find((d) => d.recipient === "Fuel BV")?.dispatch).toBe(VENLO_ADDRESS);
  });

  // (brk25 §1) before: one account, exit 0, Fuel BV's SD drawn from Hamburg's IN-1 with Hamburg's address
  it("sheets named by the sites sheet's codes (WE HH, WA VL): each sale from its own site", async () => {
    await write({ in: (s) => `WE ${CODE[s]}`, out: (s) => `WA ${CODE[s]}` }, "codes");
    const r = declare();
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(r.balances.map((b) => [b.site, b.received, b.delivered, b.complete]).sort()).toEqual([
      ["Hamburg", "100", "60", true],
      ["Venlo", "40", "30", true],
    ]);
    const sds = await sdSheets(path.join(folder.path, "out.xlsx"));
    expect(sds.map((d) => [d.recipient, d.incoming, d.dispatch]).sort()).toEqual([
      ["Fuel BV", ["IN-2"], VENLO_ADDRESS],
      ["Nordic Fuels Oy", ["IN-1"], HAMBURG_ADDRESS],
    ]);
  });

  it("with no sites sheet: the four sheets are refused, nothing merged is declared", async () => {
    await write({ in: (s) => `Receipts ${s}`, out: (s) => `Deliveries ${s}` }, false);
    const r = declare();
    expect(
      r.findings
        .filter((f) => f.severity === "error")
        .map((f) => `${f.code} ${f.place} ${/of the same kind differs from it by/.test(f.message)}`)
        .sort(),
    ).toEqual(
      ["Deliveries Hamburg", "Deliveries Venlo", "Receipts Hamburg", "Receipts Venlo"].map(
        (s) => `mapping-uncertain '${s}'!A1 true`,
      ),
    );
    expect(r.balances.every((b) => !b.complete)).toBe(true);
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});
