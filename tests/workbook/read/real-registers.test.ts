// The shapes of issue 11, each through a real .xlsx (the xlsx adapter) and the whole check: the
// rows read, the columns mapped, and the balance. A register like the fuel distributor's PoS
// export reads all its rows, with mt and MT as tonnes ('Mt', the SI megatonne, is refused since break test 15) and Liters as litres; a sheet missing a required
// column does no harm to the books.
import { checkWorkbook } from "../../../src/app/index";
import { jsonReport } from "../../../src/cli/report";
import { pleaseConfirm } from "../../../src/cli/summary";
import { configSheetRows } from "../../../src/workbook/config";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import type { MbConfig } from "../../../src/workbook/types";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { plain, serial, sheet } from "../fixtures";

const SETTINGS = sheet("Settings", [
  ["Company name", "Nordtank GmbH"],
  ["Own certificate", "EU-ISCC-Cert-DE100-1"],
  ["Scheme", "ISCC EU"],
  ["Period length (months)", 3],
  ["First period start", "2023-07-01"],
  // quantities without a unit of their own are in tonnes (the books say so; no unit is assumed)
  ["Default unit of quantities", "t"],
]);

/** Writes the sheets to a real .xlsx, opens it with the xlsx adapter, and checks it. */
async function check(...sheets: SheetSnapshot[]) {
  const written = await XlsxWorkbook.fromSnapshot({ name: "Books.xlsx", sheets: [SETTINGS, ...sheets] });
  const port = await XlsxWorkbook.fromBuffer(await written.toBuffer(), "Books.xlsx");
  const outcome = await checkWorkbook(port, { today: "2023-10-15" });
  return { outcome, json: jsonReport(outcome) };
}

const GROUP = [
  "General",
  null,
  "Dispatch",
  "Supplier information",
  null,
  "Proof of sustainability",
  null,
  null,
  "Raw material",
  null,
  "Quantity",
  null,
  "Energy",
  "GHG emissions",
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  "gCO2eq/MJ",
  null,
];
const FIELDS = [
  "Company",
  "Product",
  "Date of Dispatch",
  "Supplier",
  "Supplier Certificate Number",
  "PoS Number",
  "Date of Issuance",
  "Date of installation",
  "Raw Material",
  "Country of Origin",
  "Quantity",
  "Unit",
  "Energy content (MJ)",
  "GHG Eec",
  "GHG El",
  "GHG Ep",
  "GHG Etd",
  "GHG Eu",
  "GHG Esca",
  "GHG Eccs",
  "GHG Eccr",
  "GHG Eee",
  "GHG gCO2eq/MJ",
  "Fossil fuel comparator gCO2eq/MJ",
];

/** One row of the distributor's register: HVO in litres, FAME in mt or MT. */
function registerRow(i: number, product: "HVO" | "FAME", quantity: number, unit: string): CellValue[] {
  return [
    "Nordtank GmbH",
    product,
    serial(`2023-08-${String(2 + i).padStart(2, "0")}`),
    "Baltic Biofuels UAB",
    "EU-ISCC-Cert-LT100-22",
    `PoS-LT-2023-${100 + i}`,
    serial(`2023-08-${String(3 + i).padStart(2, "0")}`),
    serial("2016-03-01"),
    "Used cooking oil",
    "LT",
    quantity,
    unit,
    quantity * 34,
    0,
    0,
    3.1,
    1.2,
    0,
    0,
    0,
    0,
    0,
    4.3,
    94,
  ];
}

describe("the fuel distributor's PoS register (a group row over the field row)", () => {
  const rows = [
    registerRow(0, "FAME", 24.5, "mt"),
    registerRow(1, "FAME", 25.25, "MT"),
    registerRow(2, "HVO", 36000, "Liters"),
    registerRow(3, "FAME", 10, "MT"),
    registerRow(4, "HVO", 12000, "Liters"),
  ];
  const register = () => check(sheet("Incoming PoS Q3", [GROUP, FIELDS, ...rows]));

  it("reads every row, with the date of dispatch standing for the receipt date", async () => {
    const { json, outcome } = await register();
    expect(json.sheets.find((s) => s.name === "Incoming PoS Q3")).toEqual({
      name: "Incoming PoS Q3",
      kind: "receipts",
      headerRow: 2,
      rows: 5,
      columns: {
        product: "B",
        date: "C",
        dispatchDate: "C",
        supplier: "D",
        supplierCertificate: "E",
        sdNumber: "F",
        installationStartDate: "H",
        rawMaterial: "I",
        countryOfOrigin: "J",
        quantity: "K",
        unit: "L",
        // (brk22 4) read as the row's stated energy content, said not read at its heading (a warning)
        energyContent: "M",
        "ghg.eec": "N",
        "ghg.el": "O",
        "ghg.ep": "P",
        "ghg.etd": "Q",
        "ghg.eu": "R",
        "ghg.esca": "S",
        "ghg.eccs": "T",
        "ghg.eccr": "U",
        "ghg.total": "W",
      },
      confidence: expect.objectContaining({
        date: "exact",
        quantity: "exact",
        product: "exact",
        unit: "exact",
      }),
    });
    expect(pleaseConfirm(outcome)).toEqual([]);
    expect(outcome.findings.filter((f) => f.sheet === "Incoming PoS Q3" && f.severity === "error")).toEqual(
      [],
    );
  });

  it("books mt and MT as tonnes and Liters as litres, each product in its own unit", async () => {
    const { json } = await register();
    const by = Object.fromEntries(json.balances.map((b) => [b.product, b]));
    expect(by.FAME).toMatchObject({ unit: "t", received: "59.75", closing: "59.75", complete: true });
    expect(by.HVO).toMatchObject({ unit: "m3", received: "48", closing: "48", complete: true });
    expect(json.balances.map((b) => [b.periodStart, b.periodEnd])).toEqual([
      ["2023-07-01", "2023-09-30"],
      ["2023-07-01", "2023-09-30"],
    ]);
  });
});

describe("headers staff write in other books", () => {
  it.each([
    [
      "net quantity in tonnes, German SD and density",
      [
        "Receipt date",
        "Product",
        "Net qty (t)",
        "Supplier",
        "Nachhaltigkeitserklärung Nr.",
        "Density at 15 °C (kg/m³)",
      ],
      { date: "A", product: "B", quantity: "C", supplier: "D", sdNumber: "E", density: "F" },
      "t",
    ],
    [
      "NE-Nr. and a header that is only a unit",
      ["Datum", "Produkt", "mt", "Lieferant", "NE-Nr."],
      { date: "A", product: "B", quantity: "C", supplier: "D", sdNumber: "E" },
      "t",
    ],
    [
      "a registry's CamelCase export",
      [
        "DateReceived",
        "FuelType",
        "CertificateFuelQuantity",
        "CertificateUnitOfMeasure",
        "SupplierName",
        "CertificateGreenhouseGasIntensity",
        "SustainabilityDeclarationNumber",
      ],
      { date: "A", product: "B", quantity: "C", unit: "D", supplier: "E", "ghg.total": "F", sdNumber: "G" },
      "kg",
    ],
  ])("%s", async (_name, header, columns, unit) => {
    const data = Array.from({ length: 6 }, (_, i) =>
      header.map((h, c) => {
        if (c === 0) return serial(`2023-07-${String(10 + i).padStart(2, "0")}`);
        if (c === 1) return "UCO";
        if (c === 2) return 10 + i;
        if (/unit/i.test(h)) return "kg";
        if (/density/i.test(h)) return 920;
        if (/greenhouse/i.test(h)) return 14.1;
        return /supplier|lieferant/i.test(h) ? "Collector A" : `SD-${i}`;
      }),
    );
    const { json, outcome } = await check(sheet("Receipts", [header, ...data]));
    const s = json.sheets.find((x) => x.name === "Receipts")!;
    expect(outcome.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(s).toMatchObject({ kind: "receipts", headerRow: 1, rows: 6, columns });
    expect(Object.keys(s.columns).sort()).toEqual(Object.keys(columns).sort());
    expect(pleaseConfirm(outcome)).toEqual([]);
    // 10 + 11 + … + 15 = 75, in the header's unit
    const received = unit === "kg" ? "0.075" : "75";
    expect(json.balances).toEqual([
      expect.objectContaining({ product: "UCO", unit: "t", received, complete: true }),
    ]);
  });

  it('reads a "Month" column of 2023-08 as a period, not the date', async () => {
    const rows = [0, 1, 2, 3, 4, 5].map((i) => [
      `2023-0${7 + (i % 3)}`,
      "UCO",
      5,
      "Collector A",
      serial(`2023-07-1${i}`),
    ]);
    const { json, outcome } = await check(
      sheet("Purchases", [["Month", "Product", "Quantity (t)", "Supplier", "Date of receipt"], ...rows]),
    );
    expect(json.sheets.find((s) => s.name === "Purchases")!.columns).toEqual({
      product: "B",
      quantity: "C",
      supplier: "D",
      date: "E",
    });
    expect(outcome.findings.filter((f) => f.sheet === "Purchases")).toEqual([]);
  });

  it("asks to confirm a date of issuance that stands for the receipt date, and says so at the header", async () => {
    const rows = [0, 1, 2, 3, 4].map((i) => [
      "HVO",
      serial(`2023-08-0${i + 1}`),
      10,
      "PoS-" + i,
      "Baltic Biofuels",
    ]);
    const { json, outcome } = await check(
      sheet("PoS received", [
        ["Product", "Date of issuance", "Quantity (t)", "PoS number", "Supplier"],
        ...rows,
      ]),
    );
    const s = json.sheets.find((x) => x.name === "PoS received")!;
    expect(s).toMatchObject({ rows: 5, columns: { date: "B" }, confidence: { date: "uncertain" } });
    expect(pleaseConfirm(outcome)).toEqual([
      '\'PoS received\'!B "Date of issuance" read as Date (no receipt or dispatch date column, so the SD\'s date of issuance in "Date of issuance" stands for the receipt date)',
    ]);
    expect(outcome.findings.map((f) => [f.code, f.severity, f.cell])).toContainEqual([
      "mapping-uncertain",
      "warning",
      "B1",
    ]);
  });
});

describe("several sheets of one kind", () => {
  const header = ["Date", "Product", "Quantity (t)", "Supplier", "PoS number"];
  const month = (m: string, sds: string[]) =>
    sheet(`Receipts ${m}`, [
      header,
      ...sds.map((sd, i) => [serial(`2023-${m}-1${i}`), "UCO", 10, "Collector A", sd]),
    ]);

  it("reads every monthly tab, and a PoS number that appears on two of them is a duplicate-sd", async () => {
    const { json, outcome } = await check(month("07", ["PoS-1", "PoS-2"]), month("08", ["PoS-3", "PoS-1"]));
    expect(json.sheets.filter((s) => s.kind === "receipts").map((s) => [s.name, s.rows])).toEqual([
      ["Receipts 07", 2],
      ["Receipts 08", 2],
    ]);
    const dup = outcome.findings.filter((f) => f.code === "duplicate-sd");
    expect(dup.map((f) => [f.sheet, f.cell])).toEqual([["Receipts 08", "E3"]]);
    expect(dup[0]!.related).toEqual([{ sheet: "Receipts 07", cell: "E2" }]);
  });

  it("reads a second layout of the same kind (another supplier's register) into the same balance", async () => {
    const other = sheet("Lieferant B", [
      ["Eingangsdatum", "Produkt", "Menge (kg)", "Lieferant", "Nachweis-Nr."],
      [serial("2023-08-20"), "UCO", 5000, "Sammler B", "NN-9"],
    ]);
    const { json } = await check(month("07", ["PoS-1", "PoS-2"]), other);
    expect(json.sheets.find((s) => s.name === "Lieferant B")).toMatchObject({ kind: "receipts", rows: 1 });
    expect(json.balances).toEqual([expect.objectContaining({ product: "UCO", received: "25", unit: "t" })]);
  });
});

describe("a receipts sheet whose quantity column cannot be recognised", () => {
  const receipts = sheet("Receipts", [
    ["Date", "Product", "Supplier", "PoS number", "Waage (Brückenwaage)"],
    [serial("2023-07-03"), "UCO", "Collector A", "PoS-1", 30],
    [serial("2023-07-04"), "UCO", "Collector A", "PoS-2", 30],
  ]);
  const deliveries = sheet("Deliveries", [
    ["Date", "Product", "Quantity (t)", "Customer", "Sustainable"],
    [serial("2023-07-10"), "UCO", 50, "Refinery B", "yes"],
    [serial("2023-07-11"), "Tallow", 5, "Refinery B", "yes"],
  ]);

  it("gives one mapping finding naming the field, marks UCO's balance incomplete, and reports no negative balance", async () => {
    const { json, outcome } = await check(receipts, deliveries);
    const mine = outcome.findings.filter((f) => f.sheet === "Receipts");
    expect(mine.map((f) => [f.code, f.severity, f.cell])).toEqual([["header-not-found", "error", "A1"]]);
    expect(mine[0]!.message).toContain("found no column for Quantity");
    expect(mine[0]!.message).toContain("Sheets tab");
    const by = Object.fromEntries(json.balances.map((b) => [b.product, b]));
    expect(by.UCO).toMatchObject({ complete: false, closing: "-50" });
    // Tallow is not on the unread sheet: its shortfall is a real one, and the only one reported
    expect(by.Tallow).toMatchObject({ complete: true, closing: "-5" });
    const shortfalls = outcome.findings.filter(
      (f) => f.code === "negative-balance" || f.code === "overdraft",
    );
    expect(shortfalls.map((f) => [f.code, f.cell])).toEqual([
      ["negative-balance", "C3"],
      ["overdraft", "C3"],
    ]);
    expect(shortfalls.every((f) => String(f.details?.account).startsWith("Tallow"))).toBe(true);
    // nothing is declared from UCO's balance
    expect(outcome.declarations.filter((d) => d.product === "UCO" && d.status === "new")).toEqual([]);
  });

  it("reads the sheet once the user maps the column, remembering it by its header", async () => {
    const config: MbConfig = {
      mappings: [{ sheet: "Receipts", field: "quantity", column: "E", header: "Waage (Brückenwaage)" }],
      settings: {},
      marks: [],
      generated: [],
    };
    const mb = sheet("MB Config", plain(configSheetRows(config)), { visibility: "veryHidden" });
    const { json } = await check(receipts, deliveries, mb);
    expect(json.sheets.find((s) => s.name === "Receipts")).toMatchObject({
      rows: 2,
      columns: { quantity: "E" },
      confidence: { quantity: "remembered" },
    });
    expect(json.balances.find((b) => b.product === "UCO")).toMatchObject({ complete: true, closing: "10" });
  });
});

describe("a correction follows its header into next year's workbook", () => {
  const config = (header: string | undefined): MbConfig => ({
    mappings: [{ sheet: "Receipts", field: "quantity", column: "C", ...(header ? { header } : {}) }],
    settings: {},
    marks: [],
    generated: [],
  });
  const nextYear = (cfg: MbConfig) =>
    check(
      // a column was inserted before the one the user mapped last year
      sheet("Receipts", [
        ["Date", "Product", "Truck", "Menge laut Lieferschein", "Supplier"],
        [serial("2023-07-03"), "UCO", "HH-AB 12", 30, "Collector A"],
      ]),
      sheet("Receipts 2024", [
        ["Date", "Product", "Menge laut Lieferschein", "Supplier"],
        [serial("2023-08-03"), "UCO", 12, "Collector A"],
      ]),
      sheet("MB Config", plain(configSheetRows(cfg)), { visibility: "veryHidden" }),
    );

  it("finds the moved column by its header, and reads the same header on another sheet the same way", async () => {
    const { json } = await nextYear(config("Menge laut Lieferschein"));
    expect(json.sheets.find((s) => s.name === "Receipts")!.columns.quantity).toBe("D");
    expect(json.sheets.find((s) => s.name === "Receipts 2024")).toMatchObject({
      rows: 1,
      columns: { quantity: "C" },
      confidence: { quantity: "remembered" },
    });
  });

  it("without the header, an old correction still applies to its column as it is", async () => {
    const { json } = await nextYear(config(undefined));
    expect(json.sheets.find((s) => s.name === "Receipts")!.columns.quantity).toBe("C");
  });
});

describe("sheets that are not books", () => {
  it("a forecast named like deliveries, or notes with a supplier column, leave the balances complete", async () => {
    const receipts = sheet("Receipts", [
      ["Date", "Product", "Quantity (t)", "Supplier", "PoS number"],
      [serial("2023-07-03"), "UCO", 30, "Collector A", "PoS-1"],
    ]);
    const forecast = sheet("Sales forecast", [
      ["Month", "Forecast (t)", "Comment"],
      ["2023-09", 120, "optimistic"],
    ]);
    const intake = sheet("Intake", [
      ["When", "What", "Gross", "Net (t)", "From"],
      [serial("2023-07-05"), "UCO", 12, 11.5, "Collector A"],
    ]);
    const { json, outcome } = await check(receipts, forecast, intake);
    expect(json.balances).toEqual([
      expect.objectContaining({ product: "UCO", closing: "30", complete: true }),
    ]);
    // what cannot be read is said, as a warning at the sheet, not as an unreadable part of the books
    expect(
      outcome.findings.filter((f) => f.sheet !== "Receipts").map((f) => [f.code, f.severity, f.sheet]),
    ).toEqual([
      ["header-not-found", "warning", "Sales forecast"],
      ["header-not-found", "warning", "Intake"],
    ]);
  });
});
