// No credit an auditor would strike, through the real massbal command on real .xlsx workbooks
// (issue 13): rejected receipts, yields, co-products, exact links, carry-forward without a count,
// the own certificate, 12-month periods and balance rows that reconcile, numbers written out.
import path from "node:path";
import ExcelJS from "exceljs";
import { type BookCell as Cell, day as d, plainBook, RECEIPT_COLUMNS } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { ACME_SITES } from "./books";
import { CERT as GOOD, certificateRows, receiptRow } from "./receipt-rows";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

type Book = Record<string, Cell[][]>;

interface Balance {
  site: string;
  scheme: string;
  product: string;
  characteristics: Record<string, string>;
  periodStart: string;
  [figure: string]: unknown;
}
interface Report {
  findings: {
    code: string;
    severity: string;
    message: string;
    sheet: string | null;
    cell: string | null;
    holdsBack?: string[];
  }[];
  balances: Balance[];
  declarations: {
    number: string;
    status: string;
    product: string;
    quantity: string;
    /** the part no credit backs, on a delivery whose credit falls short (p-issue) */
    unbacked?: string;
    inputs: { sd: string; quantity: string }[];
  }[];
}

const folder = freshFolderPerTest();

async function run(
  book: Book,
  command = "check",
  ...flags: string[]
): Promise<Report & { code: number | null }> {
  await writeBookFile(plainBook(book), path.join(folder.path, "books.xlsx"));
  const result = massbal([command, "books.xlsx", "--json", ...flags], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return { ...(JSON.parse(result.stdout) as Report), code: result.code };
}

async function audited(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "books.audited.xlsx"));
  return wb;
}

function balance(report: Report, product: string, periodStart = "2025-01-01", site = ""): Balance {
  const rows = report.balances.filter(
    (b) => b.product === product && b.periodStart === periodStart && b.site === site,
  );
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

const RECEIPT_HEADER = [...RECEIPT_COLUMNS, "GHG total", "Installation start date"];
/** Used cooking oil from Saipol (certificate valid), 12 g CO2eq/MJ, no installation date. */
const uco = (date: string, sd: string, qty: number, origin = "DE"): Cell[] =>
  receiptRow(d(date), sd, qty, [12, null], { origin });

describe("receipts rejected by an incoming check give no credit", () => {
  const book: Book = {
    // each rejected receipt comes before the good one, so oldest-first would have drawn on it
    Receipts: [
      RECEIPT_HEADER,
      // the supplier's certificate expired on 31 January
      [
        d("2025-02-10"),
        "Ölwerk Nord",
        "EU-ISCC-Cert-DE200-7",
        "IN-2",
        "UCO",
        20,
        "Used cooking oil",
        "DE",
        12,
        null,
      ],
      uco("2025-02-20", "IN-1", 100),
      // suspended
      [
        d("2025-01-12"),
        "Fettschmelze Süd",
        "EU-ISCC-Cert-DE300-8",
        "IN-4",
        "Tallow",
        100,
        "Tallow",
        "DE",
        12,
        null,
      ],
      [d("2025-01-20"), "Saipol", GOOD, "IN-3", "Tallow", 50, "Tallow", "DE", 12, null],
      [d("2025-01-10"), "Saipol", GOOD, "IN-5", "POME", 10, "POME", "MY", 12, null],
      // the same SD of the same supplier again
      [d("2025-02-11"), "SAIPOL S.A.", GOOD, "in-5", "POME", 10, "POME", "MY", 12, null],
      // 47.5 g/MJ saves 49.47 %, below the 65 % for a plant started in 2022
      [
        d("2025-01-10"),
        "Saipol",
        GOOD,
        "IN-6",
        "Brown grease",
        10,
        "Brown grease",
        "DE",
        47.5,
        d("2022-06-01"),
      ],
    ],
    Deliveries: [
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
      [d("2025-03-01"), "Fuel AG", "UCO", 120, "yes"],
      [d("2025-03-01"), "Fuel AG", "Tallow", 100, "yes"],
      [d("2025-03-01"), "Fuel AG", "POME", 20, "yes"],
      [d("2025-03-01"), "Fuel AG", "Brown grease", 10, "yes"],
    ],
    Certificates: [
      ...certificateRows(),
      ["EU-ISCC-Cert-DE200-7", "Ölwerk Nord", d("2024-02-01"), d("2025-01-31"), "valid"],
      ["EU-ISCC-Cert-DE300-8", "Fettschmelze Süd", d("2024-06-01"), d("2026-05-31"), "suspended"],
    ],
  };

  it("closes at −20 t, −50 t, −10 t and −10 t with negative-balance, each rejection saying it gives no credit", async () => {
    const report = await run(book);
    expect(report.code).toBe(1);
    expect(balance(report, "UCO")).toMatchObject({ received: "100", delivered: "120", closing: "-20" });
    expect(balance(report, "Tallow")).toMatchObject({ received: "50", delivered: "100", closing: "-50" });
    expect(balance(report, "POME")).toMatchObject({ received: "10", delivered: "20", closing: "-10" });
    expect(balance(report, "Brown grease")).toMatchObject({ received: "0", delivered: "10", closing: "-10" });
    expect(report.findings.filter((f) => f.code === "negative-balance")).toHaveLength(4);
    const rejections = report.findings
      .filter((f) => /gives no credit/.test(f.message))
      .map((f) => [f.code, f.sheet, f.cell]);
    expect(rejections).toEqual([
      ["certificate-invalid", "Receipts", "C2"],
      ["certificate-invalid", "Receipts", "C4"],
      ["duplicate-sd", "Receipts", "D7"],
      ["ghg-saving-below-threshold", "Receipts", "I8"],
    ]);
  });

  it("the MB Ledger shows them as receipts without credit; declarations are backed by the good SDs only", async () => {
    const sales: Cell[][] = [
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
      [d("2025-03-01"), "Fuel AG", "UCO", 100, "yes"],
      [d("2025-03-01"), "Fuel AG", "Tallow", 50, "yes"],
      [d("2025-03-01"), "Fuel AG", "POME", 10, "yes"],
    ];
    const report = await run({ ...book, Deliveries: sales }, "declare", "--draft");
    expect(report.declarations.map((x) => [x.product, x.quantity, x.inputs])).toEqual([
      ["UCO", "100", [{ sd: "IN-1", quantity: "100" }]],
      ["Tallow", "50", [{ sd: "IN-3", quantity: "50" }]],
      ["POME", "10", [{ sd: "IN-5", quantity: "10" }]],
    ]);
    const ledger = (await audited()).getWorksheet("MB Ledger")!;
    const lines = ledger
      .getRows(2, ledger.rowCount - 1)!
      .filter((r) => r.getCell(3).value === "Receipt, no credit (physical stock only)")
      .map((r) => [r.getCell(4).value, r.getCell(5).value]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ["IN-2: 20 t not credited (certificate expired)", 0],
        ["IN-4: 100 t not credited (certificate suspended)", 0],
        ["in-5: 10 t not credited (SD booked before)", 0],
        ["IN-6: 10 t not credited (GHG saving below the threshold)", 0],
      ]),
    );
  });
});

describe("a receipt whose claim cannot be read", () => {
  it("gives no credit: the reader says so at the cell, the books close at −20 t and the MB Ledger shows it", async () => {
    const report = await run({
      Receipts: [
        [...RECEIPT_HEADER, "Claim"],
        receiptRow(d("2025-01-10"), "IN-1", 100, [12, null, "EU RED compliant"]),
        receiptRow(d("2025-02-10"), "IN-2", 20, [12, null, "tbd"]),
      ],
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        [d("2025-03-01"), "Fuel AG", "UCO", 120, "yes"],
      ],
    });
    expect(balance(report, "UCO")).toMatchObject({ received: "100", delivered: "120", closing: "-20" });
    const f = report.findings.find((x) => x.sheet === "Receipts" && x.cell === "K3");
    expect(f?.message).toContain("gives no sustainable credit");
    const ledger = (await audited()).getWorksheet("MB Ledger")!;
    const line = ledger
      .getRows(2, ledger.rowCount - 1)!
      .find((r) => r.getCell(3).value === "Receipt, no credit (physical stock only)");
    expect(line?.getCell(4).value).toBe("IN-2: 20 t not credited (unreadable cell)");
  });
});

const SEED_RECEIPT = [
  d("2025-01-05"),
  "Agrar Nord",
  GOOD,
  "IN-SEED-1",
  "Rapeseed",
  1000,
  "Rapeseed",
  "FR",
  20,
  null,
];
const FACTORS: Cell[][] = [
  ["Input product", "Output product", "Factor"],
  ["Rapeseed", "Rapeseed oil", 0.42],
  ["Rapeseed", "Rapeseed meal", 0.56],
];

describe("conversions", () => {
  it("a yield of 0.35 against the table's 0.42 gives 350 t of oil credit: the 1,200 t sale is a negative balance", async () => {
    const report = await run({
      Receipts: [RECEIPT_HEADER, SEED_RECEIPT],
      Production: [
        ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)", "GHG total"],
        [d("2025-01-20"), "Rapeseed", 1000, "Rapeseed oil", 350, 30],
      ],
      "Conversion factors": FACTORS,
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        [d("2025-02-01"), "Fuel AG", "Rapeseed oil", 1200, "yes"],
      ],
    });
    expect(balance(report, "Rapeseed oil")).toMatchObject({
      produced: "350",
      delivered: "1200",
      closing: "-850",
    });
    expect(report.findings.find((f) => f.code === "negative-balance")).toMatchObject({ severity: "error" });
    expect(report.findings.find((f) => f.code === "conversion-factor-deviates")).toMatchObject({
      sheet: "Production",
      cell: "E2",
    });
  });

  it.each([
    [
      "rows sharing a batch id",
      [
        ["Date", "Batch", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
        [d("2025-01-20"), "P-1", "Rapeseed", 1000, "Rapeseed oil", 420],
        [d("2025-01-20"), "P-1", "Rapeseed", 1000, "Rapeseed meal", 560],
      ],
    ],
    [
      "one row with an output column per product",
      [
        [
          "Date",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (t)",
          "Co-product",
          "Co-product quantity (t)",
        ],
        [d("2025-01-20"), "Rapeseed", 1000, "Rapeseed oil", 420, "Rapeseed meal", 560],
      ],
    ],
  ] as [string, Cell[][]][])(
    "co-products (%s): the seed is consumed once, oil and meal credited",
    async (_, production) => {
      const report = await run({
        Receipts: [RECEIPT_HEADER, SEED_RECEIPT],
        Production: production,
        "Conversion factors": FACTORS,
      });
      expect(balance(report, "Rapeseed")).toMatchObject({ received: "1000", consumed: "1000", closing: "0" });
      expect(balance(report, "Rapeseed oil")).toMatchObject({ produced: "420", closing: "420" });
      expect(balance(report, "Rapeseed meal")).toMatchObject({ produced: "560", closing: "560" });
      expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    },
  );
});

describe("an explicit link asking more than the linked SD has left", () => {
  it("is an error at the delivery's link cell; no other SD tops it up and no declaration is issued", async () => {
    const report = await run(
      {
        Receipts: [RECEIPT_HEADER, uco("2025-01-05", "IN-1", 50), uco("2025-01-06", "IN-2", 100, "NL")],
        Deliveries: [
          ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Linked SD"],
          [d("2025-02-01"), "Fuel AG", "UCO", 60, "yes", "IN-1"],
        ],
      },
      "declare",
    );
    expect(report.code).toBe(1);
    const f = report.findings.find((x) => x.code === "linked-sd-unavailable");
    expect(f).toMatchObject({ severity: "error", sheet: "Deliveries", cell: "F2" });
    expect(f?.message).toContain("asks 60 t of the linked incoming SD IN-1, which can back only 50 t");
    const nl = report.balances.find((b) => b.characteristics.countryOfOrigin === "NL");
    expect(nl).toMatchObject({ received: "100", delivered: "0", closing: "100" });
    // listed held back (p-issue, brk8 #18): 50 t of IN-1 behind it, 10 t that no credit backs
    expect(report.declarations.map((x) => [x.status, x.number, x.quantity, x.unbacked, x.inputs])).toEqual([
      ["blocked", "", "60", "10", [{ sd: "IN-1", quantity: "50" }]],
    ]);
  });
});

describe("carry-forward without a stock count (ISCC EU)", () => {
  it("carries 30 t, the book physical stock, of 70 t of credit, with the no-count warning", async () => {
    const report = await run({
      Receipts: [RECEIPT_HEADER, uco("2025-01-05", "IN-1", 100), uco("2025-04-05", "IN-2", 5)],
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        [d("2025-02-01"), "Fuel AG", "UCO", 30, "yes"],
        [d("2025-02-02"), "Feed GmbH", "UCO", 40, "no"],
      ],
    });
    expect(report.code).toBe(0);
    expect(balance(report, "UCO")).toMatchObject({ closing: "70", lapsed: "40", carriedForward: "30" });
    expect(balance(report, "UCO", "2025-04-01")).toMatchObject({
      opening: "30",
      received: "5",
      closing: "35",
    });
    const f = report.findings.find((x) => x.code === "stock-count-missing");
    expect(f).toMatchObject({ severity: "warning", sheet: null, cell: null });
    expect(f?.message).toContain("no stock count was found at the end of the period ending 2025-03-31");
    expect(f?.message).toContain("only 30 t is carried forward and 40 t lapses");
  });
});

describe("the own certificate", () => {
  it("expired 2025-03-31: a declaration dated 2025-05-10 is not issued, and Q1's credit is not carried into Q2", async () => {
    const report = await run(
      {
        Settings: [
          ["Company name", "Ölmühle Rhein GmbH"],
          ["Own certificate", "EU-ISCC-Cert-DE105-400"],
          ["Issue date", d("2025-05-10")],
        ],
        Receipts: [RECEIPT_HEADER, uco("2025-02-05", "IN-1", 30), uco("2025-04-05", "IN-2", 100)],
        Deliveries: [
          ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
          [d("2025-05-10"), "Fuel AG", "UCO", 40, "yes"],
        ],
        Certificates: [
          ...certificateRows(),
          ["EU-ISCC-Cert-DE105-400", "Ölmühle Rhein GmbH", d("2024-04-01"), d("2025-03-31"), "valid"],
        ],
      },
      "declare",
    );
    expect(report.code).toBe(1);
    const held = report.findings.find((f) => f.code === "own-certificate-invalid" && f.severity === "error");
    expect(held).toMatchObject({ sheet: "Deliveries", cell: "A2" });
    expect(held?.message).toContain("2025-05-10");
    expect(report.declarations.map((x) => [x.status, x.number])).toEqual([["blocked", ""]]);
    expect(held?.holdsBack).toEqual(["Deliveries!D2"]);
    expect(balance(report, "UCO")).toMatchObject({ closing: "30", lapsed: "30", carriedForward: "0" });
    const lapse = report.findings.find(
      (f) => f.code === "own-certificate-invalid" && f.severity === "warning",
    );
    expect(lapse).toMatchObject({ sheet: "Settings", cell: "B2" });
  });
});

describe("12-month periods", () => {
  const book = (type: string): Book => ({
    Settings: [
      ["Company name", "Hof Meyer"],
      ["Operator type", type],
      ["Period length (months)", 12],
    ],
    Receipts: [
      RECEIPT_HEADER,
      [d("2025-01-05"), "Saipol", GOOD, "IN-1", "Rapeseed", 100, "Rapeseed", "DE", 20, null],
      [d("2025-10-05"), "Saipol", GOOD, "IN-2", "Rapeseed", 5, "Rapeseed", "DE", 20, null],
    ],
  });

  it("a farm balances the year once", async () => {
    const report = await run(book("Farm"));
    expect(report.findings.map((f) => f.code)).not.toContain("period-too-long");
    expect(report.balances).toEqual([
      expect.objectContaining({ periodStart: "2025-01-01", periodEnd: "2025-12-31", received: "105" }),
    ]);
  });

  it("a trader may not", async () => {
    const report = await run(book("Trader"));
    expect(report.findings.find((f) => f.code === "period-too-long")).toMatchObject({
      severity: "error",
      sheet: "Settings",
      cell: "B3",
    });
  });
});

describe("balance rows that reconcile on their own", () => {
  it("a site that transferred 35 t out reads 0 + 100 − 35 = 65, in JSON and in MB Summary", async () => {
    const report = await run({
      Settings: [["Scheme", "ISCC PLUS"]],
      Sites: ACME_SITES,
      Receipts: [
        [...RECEIPT_HEADER, "Site", "Claim"],
        receiptRow(d("2025-01-05"), "IN-1", 100, [12, null, "Hamburg", "bio-circular"]),
      ],
      Transfers: [
        [
          "Date",
          "From site",
          "To site",
          "Product",
          "Quantity (t)",
          "Raw material",
          "Country of origin",
          "Claim",
        ],
        [d("2025-02-01"), "Hamburg", "Venlo", "UCO", 35, "Used cooking oil", "DE", "bio-circular"],
      ],
    });
    expect(balance(report, "UCO", "2025-01-01", "Hamburg")).toMatchObject({
      opening: "0",
      received: "100",
      transferredIn: "0",
      transferredOut: "35",
      closing: "65",
      lapsed: "0",
      carriedForward: "65",
    });
    expect(balance(report, "UCO", "2025-01-01", "Venlo")).toMatchObject({
      transferredIn: "35",
      closing: "35",
    });
    const summary = (await audited()).getWorksheet("MB Summary")!;
    // below MB Summary's title block: the accounts table, its header naming the unit ("Opening (t)")
    const at = (summary.getColumn(1).values as unknown[]).indexOf("Balances by account and period") + 1;
    expect(at).toBeGreaterThan(1);
    const header = (summary.getRow(at).values as unknown[]).slice(1).map((v) => String(v ?? ""));
    const col = (name: string) => header.findIndex((h) => h === name || h.startsWith(`${name} (`)) + 1;
    for (const name of ["Transferred in", "Transferred out", "Lapsed", "Carried forward"])
      expect(col(name)).toBeGreaterThan(0);
    const hamburg = summary
      .getRows(at + 1, summary.rowCount - at)!
      .find((r) => r.getCell(col("Site")).value === "Hamburg")!;
    expect(
      ["Opening (t)", "Received (t)", "Transferred out (t)", "Closing (t)"].map(
        (name) => hamburg.getCell(col(name)).value,
      ),
    ).toEqual([0, 100, 35, 65]);
  });
});

// Second pass (issue 13 break-test): negated certificate statuses, doubtful claims, one SD spelled
// many ways, and conversions that would create mass.
const SETTINGS: Cell[][] = [
  ["Setting", "Value"],
  ["Company name", "Test GmbH"],
  ["Own certificate", "EU-ISCC-Cert-DE999-1"],
  ["Scheme", "ISCC EU"],
  ["First period start", "2025-01-01"],
];
const HEADER = [...RECEIPT_HEADER, "Claim", "Waste/residue"];
const receipt = (
  product: string,
  cert: string,
  sd: string,
  claim = "EU RED compliant",
  supplier = "Good AG",
  q = 10,
): Cell[] => ["2025-01-05", supplier, cert, sd, product, q, "Rapeseed", "DE", 20, "2010-01-01", claim, "no"];
const register = (statuses: string[]): Cell[][] => [
  ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
  ["EU-ISCC-Cert-DE999-1", "Test GmbH", "ISCC EU", "2024-01-01", "2026-12-31", "valid"],
  ["EU-ISCC-Cert-DE100-1", "Good AG", "ISCC EU", "2024-01-01", "2026-12-31", "valid"],
  ...statuses.map((s, i) => [
    `EU-ISCC-Cert-DE200-${i + 1}`,
    `S${i}`,
    "ISCC EU",
    "2024-01-01",
    "2026-12-31",
    s,
  ]),
];
const closing = (r: Report, product: string) => r.balances.find((b) => b.product === product);

describe("a register status that is not plainly valid gives no credit", () => {
  const STATUSES = [
    "not valid",
    "nicht gültig",
    "inactive",
    "inaktiv",
    "no longer valid",
    "under review",
    "valid until revoked",
  ];
  it("every receipt under them closes at 0 received with certificate-invalid; the one not understood is refused at its cell; no declaration", async () => {
    const report = await run(
      {
        Settings: SETTINGS,
        Certificates: register(STATUSES),
        Receipts: [
          HEADER,
          ...STATUSES.map((s, i) => receipt(`P ${s}`, `EU-ISCC-Cert-DE200-${i + 1}`, `N-${i}`)),
        ],
        Deliveries: [
          ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
          ...STATUSES.map((s) => ["2025-03-20", "C", `P ${s}`, 10, "yes"]),
        ],
      },
      "declare",
    );
    expect(report.code).toBe(1);
    for (const s of STATUSES)
      expect(closing(report, `P ${s}`)).toMatchObject({ received: "0", closing: "-10" });
    expect(report.findings.filter((f) => f.code === "certificate-invalid")).toHaveLength(STATUSES.length);
    // "under review" (F9) is a status of unknown meaning since p-engine4: refused at its cell too
    const refused = report.findings.filter((f) => f.code === "invalid-value" && f.sheet === "Certificates");
    expect(refused.map((f) => f.cell)).toEqual(["F9", "F10"]);
    expect(refused[0]?.message).toContain("valid, suspended, withdrawn or expired");
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});

describe("doubtful claims and one SD spelled many ways", () => {
  it("'compliant?', 'EU RED konform?', 'tbd', 'ISCC' give no credit; K-1, K 1, K/1, K_1 and a blank supplier are one SD", async () => {
    const doubtful = ["compliant?", "EU RED konform?", "tbd", "ISCC"];
    const report = await run({
      Settings: SETTINGS,
      Certificates: register([]),
      Receipts: [
        HEADER,
        ...doubtful.map((c, i) => receipt(`C${i}`, "EU-ISCC-Cert-DE100-1", `C-${i}`, c)),
        receipt("Oil", "EU-ISCC-Cert-DE100-1", "K-1"),
        ...["K 1", "K/1", "K_1", "k.1"].map((sd) => receipt("Oil", "EU-ISCC-Cert-DE100-1", sd)),
        receipt("Oil", "EU-ISCC-Cert-DE100-1", "K-1", "EU RED compliant", ""),
        receipt("Oil", "EU-ISCC-Cert-DE100-1", "K-1", "EU RED compliant", "Good Aktiengesellschaft"),
      ],
    });
    for (let i = 0; i < doubtful.length; i++) expect(closing(report, `C${i}`)).toBeUndefined();
    const refused = report.findings.filter((f) => f.code === "invalid-value" && f.sheet === "Receipts");
    expect(refused.map((f) => f.cell)).toEqual(["K2", "K3", "K4", "K5"]);
    expect(closing(report, "Oil")).toMatchObject({ received: "10" });
    expect(report.findings.filter((f) => f.code === "duplicate-sd").map((f) => f.cell)).toEqual([
      "D7",
      "D8",
      "D9",
      "D10",
      "D11",
      "D12",
    ]);
  });
});

describe("conversions that would create mass", () => {
  it("kg and m³ outputs are compared in t; factors and yields above 1 and co-products above their input give no credit", async () => {
    const seeds = ["SeedU", "SeedV", "SeedN", "SeedB", "SeedQ", "SeedK"];
    const report = await run({
      Settings: SETTINGS,
      Certificates: register([]),
      Receipts: [
        HEADER,
        ...seeds.map((s, i) => receipt(s, "EU-ISCC-Cert-DE100-1", `S-${i}`, undefined, undefined, 1000)),
      ],
      Production: [
        [
          "Date",
          "Batch",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (kg)",
          "Conversion factor",
        ],
        ["2025-02-01", "", "SeedU", 1000, "OilU", 350000, null],
        ["2025-02-01", "", "SeedB", 1000, "OilB", null, 1.2],
        ["2025-02-01", "Q1", "SeedQ", 1000, "OilQ", null, null],
        ["2025-02-01", "Q1", "SeedQ", 1000, "MealQ", null, null],
        ["2025-02-01", "", "SeedK", 1000, "OilK", 1200000, null],
      ],
      "Production 2": [
        [
          "Date",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (m³)",
          "Density (kg/m³)",
        ],
        ["2025-02-01", "SeedV", 1000, "OilV", 400, 915],
        ["2025-02-01", "SeedN", 1000, "OilN", 400, null],
      ],
      "Conversion factors": [
        ["Input product", "Output product", "Factor"],
        ["SeedU", "OilU", 0.42],
        ["SeedV", "OilV", 0.42],
        ["SeedN", "OilN", 0.42],
        ["SeedQ", "OilQ", 0.6],
        ["SeedQ", "MealQ", 0.6],
      ],
    });
    const produced = (p: string) => report.balances.find((b) => b.product === p)?.produced ?? "0";
    expect(produced("OilU")).toBe("350");
    expect(produced("OilV")).toBe("366");
    for (const p of ["OilN", "OilB", "OilQ", "MealQ", "OilK"]) expect(produced(p)).toBe("0");
    const impossible = report.findings.filter((f) => f.code === "conversion-impossible");
    expect(impossible.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(
      ["Production!G3", "Production!E4", "Production!E5", "Production!F6", "Production 2!E3"].sort(),
    );
  });
});

describe("the GHG threshold is never skipped", () => {
  it("a blank installation start date holds 40 g to the strictest threshold; a components-only row is pointed at its GHG cell, not its date", async () => {
    const report = await run({
      Settings: SETTINGS,
      Certificates: register([]),
      Receipts: [
        [...RECEIPT_HEADER.slice(0, 8), "Claim", "Waste/residue", "eec", "ep", "Installation start date"],
        [
          "2025-01-05",
          "Good AG",
          "EU-ISCC-Cert-DE100-1",
          "G-1",
          "P-noinst",
          10,
          "Rapeseed",
          "DE",
          "EU RED compliant",
          "no",
          30,
          10,
          null,
        ],
        [
          "2025-01-05",
          "Good AG",
          "EU-ISCC-Cert-DE100-1",
          "G-2",
          "P-2022",
          10,
          "Rapeseed",
          "DE",
          "EU RED compliant",
          "no",
          30,
          10,
          "2022-01-01",
        ],
        [
          "2025-01-05",
          "Good AG",
          "EU-ISCC-Cert-DE100-1",
          "G-3",
          "P-low",
          10,
          "Rapeseed",
          "DE",
          "EU RED compliant",
          "no",
          10,
          5,
          null,
        ],
      ],
    });
    const below = report.findings.filter((f) => f.code === "ghg-saving-below-threshold");
    expect(below.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Receipts!K2", "Receipts!K3"]);
    expect(below[0]?.message).toContain("fill in the installation start date");
    expect(closing(report, "P-noinst")).toBeUndefined();
    expect(closing(report, "P-2022")).toBeUndefined();
    expect(closing(report, "P-low")).toMatchObject({ received: "10" });
  });
});
