// The examples of the issue "Read every value exactly, or refuse it at its cell", each as staff
// keep such a workbook, written as a real .xlsx and checked and declared through the xlsx adapter,
// with the right values written out.
import ExcelJS from "exceljs";
import { declareWorkbook } from "../../../src/app/index";
import type { CheckOutcome } from "../../../src/app/types";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

type Cell = ExcelJS.CellValue;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The company every declaration names (a PoS lacking it is not issued, domain.md §8). */
const COMPANY: Cell[][] = [
  ["Setting", "Value"],
  ["Company name", "Ölmühle Nord GmbH"],
  ["Company address", "Hafenstr. 1, 20457 Hamburg"],
  ["Own certificate", "EU-ISCC-Cert-DE100-9"],
];

/**
 * The PoS fields these examples are not about, added as columns on the right where a sheet has
 * none: raw material, origin, waste status, installation start and GHG on receipts, an address on
 * deliveries.
 */
function withPosFields(name: string, rows: Cell[][]): Cell[][] {
  const [head, ...body] = rows;
  if (!head || body.length === 0) return rows;
  const has = (re: RegExp) => head.some((h) => typeof h === "string" && re.test(h));
  const extra: [string, Cell][] =
    name === "Receipts"
      ? [
          ...(has(/raw material|rohstoff/i) ? [] : [["Raw material", "UCO"] as [string, Cell]]),
          ...(has(/country|herkunft/i) ? [] : [["Country of origin", "DE"] as [string, Cell]]),
          ["Waste/residue", "no"],
          ["Installation start date", d("2015-01-01")],
          ...(has(/ghg/i) ? [] : [["GHG total", 20] as [string, Cell]]),
        ]
      : name === "Deliveries"
        ? [["Customer address", "Hafenweg 2, Kiel"]]
        : [];
  return [[...head, ...extra.map((e) => e[0])], ...body.map((r) => [...r, ...extra.map((e) => e[1])])];
}

async function declare(
  sheets: Record<string, Cell[][]>,
  settings: Cell[][] = COMPANY,
): Promise<CheckOutcome> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Settings").addRows(settings);
  for (const [name, given] of Object.entries(sheets)) {
    const rows = withPosFields(name, given);
    const ws = wb.addWorksheet(name);
    rows.forEach((values) => {
      const row = ws.addRow([]);
      values.forEach((v, c) => {
        const cell = row.getCell(c + 1);
        cell.value = v;
        if (v instanceof Date) cell.numFmt = "dd.mm.yyyy";
      });
    });
  }
  const port = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  return declareWorkbook(port, { today: "2025-04-02" });
}

const brief = (o: CheckOutcome) => o.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);
const balance = (o: CheckOutcome, product: string) => o.balances.filter((b) => b.product === product);
const RECEIPTS = [
  "Date",
  "Supplier",
  "SD number",
  "Product",
  "Quantity (t)",
  "Raw material",
  "Country of origin",
  "GHG total",
];
const DELIVERIES = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"];

describe("the examples of the issue, with their right values", () => {
  it("litres with a density in kg/m³: 108,700 L at 780 kg/m³ credit 84.786 t, and no declaration beyond it", async () => {
    const o = await declare({
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Quantity (L)", "Density (kg/m³)", "Raw material"],
        [d("2025-01-10"), "Saipol", "IN-1", "HVO", 108700, 780, "UCO"],
      ],
      Deliveries: [
        DELIVERIES,
        [d("2025-02-01"), "A", "HVO", 30, "yes"],
        [d("2025-02-15"), "B", "HVO", 30, "yes"],
        [d("2025-03-01"), "C", "HVO", 30, "yes"],
      ],
    });
    expect(balance(o, "HVO")).toEqual([
      expect.objectContaining({ unit: "t", received: "84.786", delivered: "90", closing: "-5.214" }),
    ]);
    expect(brief(o)).toContain("error negative-balance Deliveries!D4");
    expect(o.declarations.filter((x) => x.status === "new")).toEqual([]);
  });

  it("biomethane in Nm³: the account and its declarations are in Nm³", async () => {
    const o = await declare({
      Receipts: [
        ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge [Nm³]", "Rohstoff"],
        [d("2025-01-10"), "Biogas Nord", "BM-1", "Biomethan", 300000, "Gülle"],
      ],
      Deliveries: [
        ["Datum", "Kunde", "Produkt", "Menge [Nm³]", "Nachhaltig"],
        [d("2025-02-01"), "Stadtwerke", "Biomethan", 300000, "ja"],
      ],
    });
    expect(balance(o, "Biomethan")).toEqual([
      expect.objectContaining({ unit: "Nm3", received: "300000", delivered: "300000", closing: "0" }),
    ]);
    expect(o.declarations.map((x) => [x.status, x.quantity, x.unit])).toEqual([["new", "300000", "Nm3"]]);
  });

  it('text dates "10 JAN 2025" and "2025/03/05" are read; the book closes at 73.25 t', async () => {
    const o = await declare({
      Receipts: [
        RECEIPTS,
        ["10 JAN 2025", "Saipol", "IN-1", "UCO", 100, "UCO", "DE", 20],
        ["2025/03/05", "Saipol", "IN-2", "UCO", 48.25, "UCO", "DE", 20],
      ],
      Deliveries: [DELIVERIES, [d("2025-03-20"), "A", "UCO", 75, "yes"]],
    });
    expect(brief(o)).toEqual([]);
    expect(balance(o, "UCO")).toEqual([
      expect.objectContaining({ periodStart: "2025-01-01", received: "148.25", closing: "73.25" }),
    ]);
  });

  it("a net quantity by a formula without a stored result is refused at its cell, never empty; the rest closes at 71.75 t", async () => {
    const o = await declare({
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Gross (t)", "Tare (t)", "Net quantity (t)"],
        [d("2025-01-10"), "Saipol", "IN-1", "UCO", 60.5, 20, { formula: "E2-F2", result: 40.5 }],
        [d("2025-01-12"), "Saipol", "IN-2", "UCO", 51.25, 20, { formula: "E3-F3", result: 31.25 }],
        [d("2025-01-14"), "Saipol", "IN-3", "UCO", 50, 20, { formula: "E4-F4" } as Cell],
      ],
    });
    expect(brief(o)).toEqual(["error formula-without-value Receipts!G4"]);
    expect(o.findings[0]!.message).toContain("open the file in Excel and save it");
    expect(balance(o, "UCO")).toEqual([expect.objectContaining({ received: "71.75", closing: "71.75" })]);
  });

  it("rows inserted by Data › Subtotal are skipped with an info finding, never read as bookings", async () => {
    const o = await declare({
      Receipts: [
        RECEIPTS,
        [d("2025-01-10"), "Saipol", "IN-1", "UCO", 10, "UCO", "DE", 20],
        [d("2025-01-11"), "Saipol", "IN-2", "UCO", 15, "UCO", "DE", 20],
        [null, null, null, "UCO Total", { formula: "SUBTOTAL(9,E2:E3)", result: 25 }, null, null],
        [d("2025-01-12"), "Cargill", "IN-3", "Rapeseed oil", 20, "Rapeseed", "FR", 20],
        [null, null, null, "Rapeseed oil Total", { formula: "SUBTOTAL(9,E5:E5)", result: 20 }, null, null],
        [null, null, null, "Grand Total", { formula: "SUBTOTAL(9,E2:E6)", result: 45 }, null, null],
      ],
    });
    // each subtotal is named at its SUBTOTAL cell; the grand total after the last one ends the data
    expect(brief(o)).toEqual(["info totals-row Receipts!E4", "info totals-row Receipts!E6"]);
    expect(balance(o, "UCO")[0]).toMatchObject({ received: "25" });
    expect(balance(o, "Rapeseed oil")[0]).toMatchObject({ received: "20" });
  });

  it('"60 t" sustainable on a 100 t delivery declares 60 t; "tbd" declares nothing and says so at the cell', async () => {
    const o = await declare({
      Receipts: [RECEIPTS, [d("2025-01-10"), "Saipol", "IN-1", "UCO", 300, "UCO", "DE", 20]],
      Deliveries: [
        DELIVERIES,
        [d("2025-02-01"), "A", "UCO", 100, "60 t"],
        [d("2025-02-02"), "B", "UCO", 100, "tbd"],
      ],
    });
    // 240 t of credit then stand against 100 t in the tank by the books, and no count says more
    expect(brief(o)).toEqual([
      "error invalid-value Deliveries!E3",
      "warning stock-count-missing undefined!undefined",
    ]);
    expect(o.findings[0]!.message).toContain(
      "the delivery is not declared as sustainable until it is corrected",
    );
    expect(balance(o, "UCO")[0]).toMatchObject({
      received: "300",
      delivered: "60",
      closing: "240",
      carriedForward: "100",
    });
    expect(o.declarations.map((x) => [x.recipient.name, x.quantity])).toEqual([["A", "60"]]);
  });

  it('an incoming claim "Not ISCC compliant" is refused at its cell and gives no credit: nothing of it is declared', async () => {
    const o = await declare({
      Receipts: [
        [...RECEIPTS, "Claim"],
        [d("2025-01-10"), "Saipol", "IN-1", "UCO", 200, "UCO", "DE", 20, "Not ISCC compliant"],
      ],
      Deliveries: [
        [...DELIVERIES, "Claim"],
        [d("2025-02-01"), "A", "UCO", 200, "yes", "ISCC compliant"],
      ],
    });
    expect(brief(o)).toContain("error invalid-value Receipts!I2");
    expect(balance(o, "UCO").reduce((s, b) => s + Number(b.received), 0)).toBe(0);
    expect(o.declarations.filter((x) => x.status === "new")).toEqual([]);
  });

  it("a formula result stored as 12.219999999999999 is the 12.22 Excel shows: the balance is zero and the declaration issued", async () => {
    const o = await declare({
      Receipts: [
        [
          "Date",
          "Supplier",
          "SD number",
          "Product",
          "Gross (t)",
          "Tare (t)",
          "Net quantity (t)",
          "GHG total",
        ],
        [
          d("2025-01-10"),
          "Saipol",
          "IN-1",
          "UCO",
          32.22,
          20,
          { formula: "E2-F2", result: 12.219999999999999 },
          20,
        ],
      ],
      Deliveries: [DELIVERIES, [d("2025-02-01"), "A", "UCO", 12.22, "yes"]],
    });
    expect(brief(o)).toEqual([]);
    expect(balance(o, "UCO")[0]).toMatchObject({ received: "12.22", delivered: "12.22", closing: "0" });
    expect(o.declarations.map((x) => [x.status, x.quantity])).toEqual([["new", "12.22"]]);
  });
});
