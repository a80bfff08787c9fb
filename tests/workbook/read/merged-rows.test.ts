// (brk23 §8) A cell merged over several data rows ("Nordic Fuels Oy" in B2:B3 over two equal loads):
// Excel shows its value on each row, the file and Office.js keep it in the first cell alone, so the
// second load was read with no customer and refused as a typed subtotal (possible-totals-row
// unnamed-sum), every SD of the account held; with three rows the third was declared "to ?". A
// merged name, product, date, address or certificate now stands for every row it covers, through
// the xlsx file and through Office.js alike. A number merged over several rows (a quantity, a GHG
// value) is refused at each row's cell: read for each row it would be counted twice.
import { runEngine, type EngineResult } from "../../../src/engine";
import { createFakeExcel } from "../../../src/demo/fake-excel";
import { OfficeJsWorkbook } from "../../../src/workbook/officejs/officejs-workbook";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const SETTINGS: CellValue[][] = [
  ["Setting", "Value"],
  ["Company name", "Handel GmbH"],
  ["Company address", "Hafenstr. 1, Hamburg"],
  ["Own certificate", "EU-ISCC-Cert-DE200-2"],
];
const RECEIPTS: CellValue[][] = [
  ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Raw material"],
  [serial("2025-01-10"), "Saipol", "EU-ISCC-Cert-FR100-1", "IN-1", "UCO", 100, "Used cooking oil"],
].map((r, i) =>
  i === 0
    ? [
        ...r,
        "Country of origin",
        "Claim",
        "GHG total (g CO2eq/MJ)",
        "Waste or residue",
        "Installation start date",
      ]
    : [...r, "DE", "EU RED compliant", 10.5, "yes", serial("2012-01-01")],
);
const SALES_HEADER = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"];
const sale = (
  day: string,
  customer: string | null,
  q: number | null,
  address: string | null,
): CellValue[] => [serial(day), customer, "UCO", q, "yes", address];
const NORDIC = "Satamatie 3, Porvoo";
/** Two loads of Nordic Fuels Oy, its name and address written once (merged B2:B3, F2:F3), then Fuel AG. */
const TWO_LOADS = [
  SALES_HEADER,
  sale("2025-02-01", "Nordic Fuels Oy", 30, NORDIC),
  sale("2025-02-02", null, 30, null),
  sale("2025-03-01", "Fuel AG", 20, "Hauptstr. 5, Berlin"),
];

function book(sales: CellValue[][], merges: string[], receipts = RECEIPTS, receiptMerges: string[] = []) {
  return [
    sheet("Settings", SETTINGS),
    sheet("Receipts", receipts, { merges: receiptMerges }),
    sheet("Sales", sales, { merges }),
  ];
}

function run(snapshot: WorkbookSnapshot): EngineResult {
  const read = readWorkbook(snapshot);
  const result = runEngine(read.ledger, { today: "2025-04-15" });
  return { ...result, findings: [...read.findings, ...result.findings] };
}

async function throughOfficeJs(sheets: SheetSnapshot[]): Promise<WorkbookSnapshot> {
  const fake = createFakeExcel({
    sheets: sheets.map((s) => ({
      name: s.name,
      visibility: "visible" as const,
      values: s.values,
      merges: s.merges,
    })),
  });
  return new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements }).readSnapshot();
}

const errors = (r: EngineResult) =>
  r.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);
const declared = (r: EngineResult) =>
  r.declarations.map((d) => [d.recipient?.name || "?", d.quantity, d.status]);
const ADAPTERS: [string, (s: SheetSnapshot[]) => Promise<WorkbookSnapshot>][] = [
  ["xlsx", (s) => throughXlsx(...s)],
  ["Office.js", throughOfficeJs],
];

describe.each(ADAPTERS)("a merged cell over several delivery rows, through %s", (_name, through) => {
  it("a customer and address merged over two equal loads: each load is the customer's, each declared", async () => {
    const r = run(await through(book(TWO_LOADS, ["B2:B3", "F2:F3"])));
    expect(errors(r)).toEqual([]);
    expect(declared(r)).toEqual([
      ["Nordic Fuels Oy", "30", "new"],
      ["Nordic Fuels Oy", "30", "new"],
      ["Fuel AG", "20", "new"],
    ]);
  });

  it("merged over three rows (20, 20, 40): the third is no subtotal and no delivery to no one", async () => {
    const sales = [
      SALES_HEADER,
      sale("2025-02-01", "Nordic Fuels Oy", 20, NORDIC),
      sale("2025-02-02", null, 20, null),
      sale("2025-02-03", null, 40, null),
    ];
    const r = run(await through(book(sales, ["B2:B4", "F2:F4"])));
    expect(errors(r)).toEqual([]);
    expect(declared(r).map((d) => d[0])).toEqual(["Nordic Fuels Oy", "Nordic Fuels Oy", "Nordic Fuels Oy"]);
  });

  it("a quantity merged over two rows is refused at each row's cell, never read twice", async () => {
    const sales = [
      SALES_HEADER,
      sale("2025-02-01", "Nordic Fuels Oy", 60, NORDIC),
      sale("2025-02-02", "Nordic Fuels Oy", null, NORDIC),
    ];
    const r = run(await through(book(sales, ["D2:D3"])));
    const refused = r.findings.filter((f) => f.code === "invalid-number");
    expect(refused.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
      ["D2", "merged-rows"],
      ["D3", "merged-rows"],
    ]);
    expect(refused[0]?.message).toContain("D2:D3");
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    expect(r.balances.find((b) => b.product === "UCO")?.delivered).toBe("0");
  });

  it("a product and a date merged over two receipts stand for both", async () => {
    const second = [...(RECEIPTS[1] as CellValue[])];
    [second[0], second[3], second[4]] = [null, "IN-2", null];
    const r = run(await through(book([SALES_HEADER], [], [...RECEIPTS, second], ["A2:A3", "E2:E3"])));
    expect(errors(r)).toEqual([]);
    expect(r.balances.find((b) => b.product === "UCO")).toMatchObject({ received: "200" });
  });

  // (h-noisy, brk26 N8) one SD merged over two loads: carried down it would be booked twice (an SD
  // is booked once), read once it would back one load: refused at each row's cell, neither credited
  it("an incoming SD number merged over two receipts is refused at each row's cell, never booked twice", async () => {
    const second = [...(RECEIPTS[1] as CellValue[])];
    [second[3], second[5]] = [null, 40];
    const r = run(await through(book([SALES_HEADER], [], [...RECEIPTS, second], ["D2:D3"])));
    const refused = r.findings.filter((f) => f.code === "invalid-value");
    expect(refused.map((f) => [f.cell, (f.details as { reason?: string }).reason])).toEqual([
      ["D2", "sd-merged-incoming"],
      ["D3", "sd-merged-incoming"],
    ]);
    expect(refused[0]?.message).toContain("D2:D3");
    expect(r.findings.filter((f) => f.code === "duplicate-sd" || f.code === "missing-value")).toEqual([]);
    // neither both loads under one SD (140) nor the first alone (100) is credited
    const received = r.balances.filter((b) => b.product === "UCO").map((b) => b.received);
    expect(received).not.toContain("140");
    expect(received).not.toContain("100");
  });
});

describe("what a merge does not change", () => {
  it("a merge whose lower rows hold nothing else is one row's cell: read once, the table ends below", async () => {
    const sales = [
      SALES_HEADER,
      sale("2025-02-01", "Nordic Fuels Oy", 30, NORDIC),
      [null, null, null, null, null, null],
    ];
    const r = run(await throughXlsx(...book(sales, ["B2:B3", "D2:D3"])));
    expect(errors(r)).toEqual([]);
    expect(declared(r)).toEqual([["Nordic Fuels Oy", "30", "new"]]);
  });

  it("a customer written once, the next equal load's cell blank (no merge): a delivery whose recipient is missing, no subtotal", async () => {
    const r = run(await throughXlsx(...book(TWO_LOADS, [])));
    expect(errors(r)).toEqual(["declaration-incomplete D3"]);
    expect(declared(r)).toEqual([
      ["Nordic Fuels Oy", "30", "new"],
      ["?", "30", "blocked"],
      ["Fuel AG", "20", "new"],
    ]);
  });

  it("a typed subtotal of two sales with no customer is still refused", async () => {
    const sales = [
      ...TWO_LOADS.slice(0, 2),
      sale("2025-02-02", "Fuel AG", 20, "Hauptstr. 5, Berlin"),
      sale("2025-02-28", null, 50, null),
    ];
    const r = run(await throughXlsx(...book(sales, [])));
    expect(r.findings.filter((f) => f.code === "possible-totals-row").map((f) => f.cell)).toEqual(["D4"]);
  });
});
