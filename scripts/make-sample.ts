// Builds samples/sample-books.xlsx: one quarter of a rapeseed crusher's mass balance books, laid
// out the way staff keep them (title blocks above the headers, a settings sheet), with a few
// deliberate problems for a new user to find with `npm run sample`:
//   - an oil delivery before any oil was produced (a running balance below zero: overdraft)
//   - a supplier certificate that had expired when the seed arrived
//   - a receipt whose GHG total does not match its components
//   - a supplier called "+Agro Trade SRL" (stored and written back as text, never a formula)
//   - a date typed as text that is not a date ("30.02.2025")
// Usage: node scripts/run-ts.js scripts/make-sample.ts [--if-missing] [--declare] [output.xlsx]
// --declare then runs `massbal declare --draft` on it (what `npm run sample` does).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";

type Row = (string | number | Date | null)[];

const COMPANY = "Ölmühle Rhein GmbH";
const FIXED_TIME = new Date(Date.UTC(2025, 3, 1));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  titleLines: string[],
  header: string[],
  rows: Row[],
  widths: number[],
) {
  const ws = wb.addWorksheet(name);
  titleLines.forEach((line, i) => {
    ws.getCell(i + 1, 1).value = line;
    if (i === 0) ws.getCell(i + 1, 1).font = { bold: true, size: 14 };
  });
  const headerRow = titleLines.length > 0 ? titleLines.length + 2 : 1;
  const head = ws.getRow(headerRow);
  head.values = header;
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } }));
  rows.forEach((r, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    r.forEach((v, c) => {
      const cell = row.getCell(c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = "dd.mm.yyyy";
    });
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", ySplit: headerRow }];
  return ws;
}

export function buildSample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = COMPANY;
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;

  sheet(
    wb,
    "Settings",
    ["Mass balance settings"],
    ["Setting", "Value"],
    [
      ["Company name", COMPANY],
      ["Company address", "Hafenstraße 12, 41460 Neuss, Germany"],
      ["Own certificate", "EU-ISCC-Cert-DE105-40012345"],
      ["Scheme", "ISCC EU"],
      ["Period length (months)", 3],
      ["First period start", d("2025-01-01")],
      ["SD number prefix", "ORH"],
      // the quarter's declarations are issued after its close, while the own certificate is valid
      ["Issue date", d("2025-04-02")],
    ],
    [28, 44],
  );

  const receiptHeader = [
    "Date",
    "Supplier",
    "Supplier certificate",
    "SD number",
    "Product",
    "Quantity (t)",
    "Raw material",
    "Country of origin",
    "Claim",
    "Waste/residue",
    "GHG total",
    "eec",
    "ep",
    "etd",
    "GHG unit",
    "GHG method",
    "Installation start date",
  ];
  const seed = (
    date: string | Date,
    supplier: string,
    cert: string,
    sd: string,
    qty: number,
    origin: string,
    ghg: (number | null)[],
  ): Row => [
    typeof date === "string" && /^\d{4}-/.test(date) ? d(date) : date,
    supplier,
    cert,
    sd,
    "Rapeseed",
    qty,
    "Rapeseed",
    origin,
    "EU RED compliant",
    "no",
    ...ghg,
    "g CO2eq/MJ",
    "AV",
    d("2008-06-01"),
  ];
  const receipts = sheet(
    wb,
    "Receipts",
    [`${COMPANY}: seed receipts Q1 2025`, "Site Neuss · all quantities in tonnes"],
    receiptHeader,
    [
      seed(
        "2025-01-08",
        "Agrar Handel Nord GmbH",
        "EU-ISCC-Cert-DE100-10001",
        "AHN-25-0101",
        420,
        "DE",
        [24.3, 21.1, 0, 3.2],
      ),
      seed(
        "2025-01-15",
        "+Agro Trade SRL",
        "EU-ISCC-Cert-RO201-20002",
        "PA-2025-007",
        380,
        "RO",
        [27.9, 23.5, 0, 4.4],
      ),
      seed(
        "2025-01-22",
        "Coopérative Beauce",
        "EU-ISCC-Cert-FR202-30003",
        "CB/25/014",
        300,
        "FR",
        [22.8, 19.9, 0, 2.9],
      ),
      seed(
        "2025-02-05",
        "Agrar Handel Nord GmbH",
        "EU-ISCC-Cert-DE100-10001",
        "AHN-25-0117",
        450,
        "DE",
        [24.3, 21.1, 0, 3.2],
      ),
      // deliberate: the certificate of this supplier expired on 31 January
      seed(
        "2025-02-14",
        "Coopérative Beauce",
        "EU-ISCC-Cert-FR202-30003",
        "CB/25/031",
        280,
        "FR",
        [22.8, 19.9, 0, 2.9],
      ),
      // deliberate: 23.5 + 4.4 = 27.9, not 29.9
      seed(
        "2025-02-20",
        "+Agro Trade SRL",
        "EU-ISCC-Cert-RO201-20002",
        "PA-2025-019",
        360,
        "RO",
        [29.9, 23.5, 0, 4.4],
      ),
      // deliberate: a date typed as text that is no date at all
      seed(
        "30.02.2025",
        "Agrar Handel Nord GmbH",
        "EU-ISCC-Cert-DE100-10001",
        "AHN-25-0122",
        150,
        "DE",
        [24.3, 21.1, 0, 3.2],
      ),
      seed(
        "2025-03-04",
        "Agrar Handel Nord GmbH",
        "EU-ISCC-Cert-DE100-10001",
        "AHN-25-0131",
        400,
        "DE",
        [24.3, 21.1, 0, 3.2],
      ),
      seed(
        "2025-03-12",
        "+Agro Trade SRL",
        "EU-ISCC-Cert-RO201-20002",
        "PA-2025-026",
        320,
        "RO",
        [27.9, 23.5, 0, 4.4],
      ),
    ],
    [12, 26, 28, 14, 11, 12, 12, 10, 18, 8, 10, 8, 8, 8, 12, 8, 12],
  );
  receipts.getCell("B12").note = "Name as on the supplier's SD";

  sheet(
    wb,
    "Production",
    [`${COMPANY}: crushing Q1 2025`],
    [
      "Date",
      "Input product",
      "Input quantity (t)",
      "Output product",
      "Output quantity (t)",
      "GHG total",
      "eec",
      "ep",
      "etd",
      "GHG unit",
      "GHG method",
    ],
    [
      // the oil's own GHG values: processing adds emissions to those of the seed
      [d("2025-01-31"), "Rapeseed", 1000, "Rapeseed oil", 412, 34.1, 21.1, 9.8, 3.2, "g CO2eq/MJ", "AV"],
      [d("2025-02-28"), "Rapeseed", 1000, "Rapeseed oil", 409, 34.1, 21.1, 9.8, 3.2, "g CO2eq/MJ", "AV"],
      [d("2025-03-25"), "Rapeseed", 600, "Rapeseed oil", 247, 34.1, 21.1, 9.8, 3.2, "g CO2eq/MJ", "AV"],
    ],
    [12, 14, 18, 16, 18, 10, 8, 8, 8, 12, 12],
  );

  sheet(
    wb,
    "Conversion factors",
    [],
    ["Input product", "Output product", "Factor", "Valid from", "Valid to"],
    [["Rapeseed", "Rapeseed oil", 0.41, d("2025-01-01"), d("2025-12-31")]],
    [14, 16, 8, 12, 12],
  );

  sheet(
    wb,
    "Deliveries",
    [`${COMPANY}: oil sales Q1 2025`],
    [
      "Date",
      "Customer",
      "Customer address",
      "Customer certificate",
      "Product",
      "Quantity (t)",
      "Sustainable",
      "SD number",
    ],
    [
      // deliberate: sold before the first crushing on 31 January (overdraft inside the period)
      [
        d("2025-01-24"),
        "BioFuel Raffinerie AG",
        "Industriestr. 5, 46049 Oberhausen",
        "EU-ISCC-Cert-DE105-50005",
        "Rapeseed oil",
        120,
        "yes",
        null,
      ],
      [
        d("2025-02-10"),
        "Nordic Renewables Oy",
        "Satamatie 3, 00980 Helsinki",
        "EU-ISCC-Cert-FI300-60006",
        "Rapeseed oil",
        250,
        "yes",
        null,
      ],
      [
        d("2025-02-26"),
        "Lebensmittel Union eG",
        "Marktplatz 1, 50667 Köln",
        "",
        "Rapeseed oil",
        60,
        "no",
        null,
      ],
      [
        d("2025-03-14"),
        "BioFuel Raffinerie AG",
        "Industriestr. 5, 46049 Oberhausen",
        "EU-ISCC-Cert-DE105-50005",
        "Rapeseed oil",
        300,
        "yes",
        null,
      ],
      [
        d("2025-03-28"),
        "Nordic Renewables Oy",
        "Satamatie 3, 00980 Helsinki",
        "EU-ISCC-Cert-FI300-60006",
        "Rapeseed oil",
        180,
        "yes",
        null,
      ],
    ],
    [12, 24, 34, 28, 14, 12, 12, 14],
  );

  sheet(
    wb,
    "Stock counts",
    [`${COMPANY}: tank and silo dips`],
    ["Date", "Product", "Quantity (t)"],
    [
      [d("2025-03-31"), "Rapeseed", 311],
      [d("2025-03-31"), "Rapeseed oil", 157.5],
    ],
    [12, 14, 14],
  );

  sheet(
    wb,
    "Certificates",
    [],
    ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
    [
      [
        "EU-ISCC-Cert-DE100-10001",
        "Agrar Handel Nord GmbH",
        "ISCC EU",
        d("2024-06-01"),
        d("2025-05-31"),
        "valid",
      ],
      ["EU-ISCC-Cert-RO201-20002", "+Agro Trade SRL", "ISCC EU", d("2024-09-15"), d("2025-09-14"), "valid"],
      [
        "EU-ISCC-Cert-FR202-30003",
        "Coopérative Beauce",
        "ISCC EU",
        d("2024-02-01"),
        d("2025-01-31"),
        "valid",
      ],
      ["EU-ISCC-Cert-DE105-40012345", COMPANY, "ISCC EU", d("2024-07-01"), d("2025-06-30"), "valid"],
    ],
    [28, 26, 10, 12, 12, 10],
  );

  return wb;
}

export const SAMPLE_PATH = path.resolve(__dirname, "..", "samples", "sample-books.xlsx");

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const target = path.resolve(args.find((a) => !a.startsWith("--")) ?? SAMPLE_PATH);
  if (!args.includes("--if-missing") || !existsSync(target)) {
    mkdirSync(path.dirname(target), { recursive: true });
    await buildSample().xlsx.writeFile(target);
    process.stderr.write(`Sample books written to ${path.relative(process.cwd(), target)}\n`);
  }
  if (args.includes("--declare")) declareSample(target);
}

/** The sample has deliberate errors, so massbal's exit code 1 is the expected outcome here. */
function declareSample(target: string): void {
  const bin = path.resolve(__dirname, "..", "bin", "massbal.js");
  const run = spawnSync(process.execPath, [bin, "declare", target, "--force", "--draft"], {
    stdio: "inherit",
  });
  const code = run.status ?? 2;
  if (code === 1) {
    const out = path.relative(process.cwd(), target.replace(/\.xlsx$/i, ".audited.xlsx"));
    process.stdout.write(
      `\nThe sample's errors are deliberate: open ${out} and read the sheet MB Findings, then the marked cells.\n`,
    );
  }
  process.exitCode = code === 1 ? 0 : code;
}

if (process.argv[1] === __filename) {
  main().catch((e: unknown) => {
    process.stderr.write(`make-sample: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
