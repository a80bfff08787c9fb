// Every kind of value, in the spellings people and programs really write, through a real .xlsx
// file and the xlsx adapter: each is read to its exact value, or refused with the exact finding at
// its cell (issue "Read every value exactly, or refuse it at its cell").
import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { serial, sheet, throughXlsx } from "../fixtures";
import { cellAt } from "../../../src/engine/source-cells";

type Expect = string | { finding: string; cell?: string };

const RECEIPTS = [
  "Date",
  "Product",
  "Quantity",
  "Unit",
  "Supplier",
  "SD number",
  "Claim",
  "Country of origin",
  "Waste or residue",
  "Scheme",
];
const D = serial("2025-01-02");

/** One receipt per value, in the column of `field`; the other cells valid. */
function receiptRows(column: number, values: CellValue[]): CellValue[][] {
  return values.map((v, i) => {
    const row: CellValue[] = [
      D,
      "UCO",
      10,
      "t",
      `S${i}`,
      `SD-${i}`,
      "ISCC compliant",
      "DE",
      "yes",
      "ISCC EU",
    ];
    row[column] = v;
    return row;
  });
}

/** What the reader made of each row's `field`, or the finding at the row's cell of that column. */
async function readColumn(
  column: number,
  field: string,
  cases: [CellValue, Expect][],
  formats: Record<string, string> = {},
): Promise<{ got: Expect[]; want: Expect[] }> {
  const rows = receiptRows(
    column,
    cases.map(([v]) => v),
  );
  const { ledger, findings } = readWorkbook(
    await throughXlsx(sheet("Receipts", [RECEIPTS, ...rows], { formats })),
  );
  const letter = String.fromCharCode(65 + column);
  const got = cases.map((_, i): Expect => {
    const cell = `${letter}${i + 2}`;
    const f = findings.find((x) => x.cell === cell);
    if (f) return { finding: `${f.severity} ${f.code}`, cell };
    const rec = ledger.receipts.find((r) => r.source.row === i + 2) as Record<string, unknown> | undefined;
    return String(rec?.[field]);
  });
  const want = cases.map(([, e], i) =>
    typeof e === "string" ? e : { finding: e.finding, cell: `${letter}${i + 2}` },
  );
  return { got, want };
}

const bad = (finding: string): Expect => ({ finding });

describe("units, as typed in a unit column", () => {
  it("reads every spelling of a known unit to its one name, and refuses the others at the cell", async () => {
    const { got, want } = await readColumn(3, "unit", [
      ["t", "t"],
      ["MT", "t"],
      ["Tonnen", "t"],
      ["metric tons", "t"],
      ["kg", "kg"],
      ["Kilogramm", "kg"],
      ["m³", "m3"],
      ["cbm", "m3"],
      ["Liter", "L"],
      ["ltr", "L"],
      ["Nm³", "Nm3"],
      ["Normkubikmeter", "Nm3"],
      ["MJ", "MJ"],
      ["GJ", "GJ"],
      ["KWH", "kWh"],
      ["Kilowattstunden", "kWh"],
      ["MWh", "MWh"],
      ["bags", bad("error invalid-unit")],
      ["Stück", bad("error invalid-unit")],
      ["barrels", bad("error invalid-unit")],
    ]);
    expect(got).toEqual(want);
  });

  it.each([
    ["Quantity (t)", "t"],
    ["Menge [kg]", "kg"],
    ["Quantity in m³", "m3"],
    ["Volumen (L)", "L"],
    ["Menge [Nm³]", "Nm3"],
    ["Energy (MJ)", "MJ"],
    ["Energie [kWh]", "kWh"],
    ["Net weight kg", "kg"],
    ["Menge (Tonnen)", "t"],
    ["Quantity [MT]", "t"],
  ])("takes the unit from the header %s", async (header, unit) => {
    const { ledger } = readWorkbook(
      await throughXlsx(
        sheet("Receipts", [
          ["Date", "Product", header, "Supplier"],
          [D, "UCO", 10, "A"],
        ]),
      ),
    );
    expect(ledger.receipts[0]).toMatchObject({ quantity: "10", unit, source: { cells: { unit: "C1" } } });
  });

  it.each([
    ["Density (kg/m³)", "density", "kg/m3"],
    ["Dichte [kg/m3]", "density", "kg/m3"],
    ["Density kg/L", "density", "kg/L"],
    ["Density (t/m³)", "density", "t/m3"],
    ["Dichte g/cm3", "density", "g/cm3"],
    ["LHV (MJ/kg)", "heatingValue", "MJ/kg"],
    ["Heizwert [MJ/t]", "heatingValue", "MJ/t"],
    ["Heating value GJ/t", "heatingValue", "GJ/t"],
    ["NCV (MJ/m³)", "heatingValue", "MJ/m3"],
    ["Heizwert kWh/Nm³", "heatingValue", "kWh/Nm3"],
    ["Heating value (MJ/L)", "heatingValue", "MJ/L"],
  ])("reads a %s column with its own unit", async (header, field, unit) => {
    const { ledger } = readWorkbook(
      await throughXlsx(
        sheet("Receipts", [
          ["Date", "Product", "Quantity (L)", header],
          [D, "UCO", 1000, 0.5],
        ]),
      ),
    );
    expect(ledger.receipts[0]).toMatchObject({ [field]: "0.5", [`${field}Unit`]: unit });
    expect(cellAt(ledger.receipts[0]!.source, `${field}Unit`)).toBe("D1");
  });
});

describe("dates", () => {
  it("reads text dates in every form people write, and refuses years, months and words at the cell", async () => {
    const { got, want } = await readColumn(
      0,
      "date",
      [
        ["2025-03-05", "2025-03-05"],
        ["2025/03/05", "2025-03-05"],
        ["2025.03.05", "2025-03-05"],
        ["05.03.2025", "2025-03-05"],
        ["5.3.2025", "2025-03-05"],
        // a two-digit year in a column that writes four-digit years both first and last: refused
        ["05.03.25", bad("error ambiguous-date")],
        ["10 JAN 2025", "2025-01-10"],
        ["5 Mar 2025", "2025-03-05"],
        ["5. März 2025", "2025-03-05"],
        ["5 Mrz 2025", "2025-03-05"],
        ["05. Okt. 2025", "2025-10-05"],
        ["5 Dezember 2025", "2025-12-05"],
        ["15 janv. 2025", "2025-01-15"],
        ["3 févr. 2025", "2025-02-03"],
        ["1 déc. 2025", "2025-12-01"],
        ["15. Jan. 2025", "2025-01-15"],
        ["3 mar 2025", "2025-03-03"],
        ["1 dic. 2025", "2025-12-01"],
        ["15 mrt 2025", "2025-03-15"],
        ["Mar 5, 2025", "2025-03-05"],
        ["March 5, 2025", "2025-03-05"],
        ["Sept 5, 2025", "2025-09-05"],
        ["5-Mar-25", "2025-03-05"],
        ["20250305", "2025-03-05"],
        ["2025-03-05T00:00:00", "2025-03-05"],
        ["25/03/2025", "2025-03-25"],
        [serial("2025-03-05"), "2025-03-05"],
        [20250305, "2025-03-05"],
        ["2025", bad("error invalid-date")],
        [2025, bad("error invalid-date")],
        ["03/2025", bad("error invalid-date")],
        ["März 2025", bad("error invalid-date")],
        ["31.02.2025", bad("error invalid-date")],
        ["soon", bad("error invalid-date")],
      ],
      { A28: "dd.mm.yyyy" },
    );
    expect(got).toEqual(want);
  });

  it("says a year or a month alone is not a day", async () => {
    const { findings } = readWorkbook(
      await throughXlsx(sheet("Receipts", [RECEIPTS, ...receiptRows(0, [2025, "März 2025"])])),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Receipts!A2: "2025" in Date is a year only, not a day; type the full date such as 31.03.2025 or 2025-03-31 (this row is not read until it is fixed).',
      'Receipts!A3: "März 2025" in Date is a month only, not a day; type the full date such as 31.03.2025 or 2025-03-31 (this row is not read until it is fixed).',
    ]);
  });
});

describe("numbers", () => {
  it("reads every thousands separator in both conventions, and refuses what is not a number", async () => {
    const { got, want } = await readColumn(2, "quantity", [
      ["1,234.5", "1234.5"],
      ["1.234,5", "1234.5"],
      ["1 234,5", "1234.5"],
      ["1\u00a0234,5", "1234.5"],
      ["1\u202f234,5", "1234.5"],
      ["1'234.5", "1234.5"],
      ["1’234.5", "1234.5"],
      ["12 345", "12345"],
      ["1.234.567,89", "1234567.89"],
      ["1,234,567.89", "1234567.89"],
      [" 7,25 ", "7.25"],
      ["1.234,5 t", "1234.5"],
      [12.219999999999999, "12.22"],
      [0.1 + 0.2, "0.3"],
      ["1 23,4", bad("error invalid-number")],
      ["12a", bad("error invalid-number")],
      ["1,23,4", bad("error invalid-number")],
    ]);
    expect(got).toEqual(want);
  });

  // The stored value is the value: a format with trailing commas shows it divided by thousands,
  // and the heading's unit may describe either; both readings are named and the cell refused,
  // unless the format names its thousands ("24.5k"): then shown and stored agree.
  it("refuses a number a format shows divided by thousands, naming both readings; reads one whose format names its thousands", async () => {
    const cases: [string, number, string][] = [
      ["#,##0,", 25000, '25000 (as stored) or 25 (in thousands, as the format "#,##0," shows it)'],
      ["#,##0.0,", 24500, '24500 (as stored) or 24.5 (in thousands, as the format "#,##0.0," shows it)'],
      ["0.0,,", 1500000, '1500000 (as stored) or 1.5 (in millions, as the format "0.0,," shows it)'],
      ['#,##0.0,"k"', 24500, "24500"],
      ['#,##0,"Tsd."', 25000, "25000"],
      ['0.0,,"Mio."', 1500000, "1500000"],
      ["#,##0", 25000, "25000"],
    ];
    for (const [format, stored, expected] of cases) {
      const { ledger, findings } = readWorkbook(
        await throughXlsx(
          sheet(
            "Receipts",
            [
              ["Date", "Product", "Quantity (t)"],
              [D, "UCO", stored],
            ],
            { formats: { C2: format } },
          ),
        ),
      );
      if (expected.includes("(as stored)")) {
        expect([format, ledger.receipts]).toEqual([format, []]);
        expect(findings.map((f) => [f.severity, f.code, f.cell, f.details])).toEqual([
          [
            "error",
            "ambiguous-number",
            "C2",
            expect.objectContaining({ value: String(stored), read: expected, reason: "scaled-format" }),
          ],
        ]);
      } else {
        expect([format, ledger.receipts.map((r) => [r.quantity, r.unit])]).toEqual([
          format,
          [[expected, "t"]],
        ]);
        expect([format, findings]).toEqual([format, []]);
      }
    }
  });
});

describe("yes/no and sustainable parts", () => {
  const DELIVERIES = ["Date", "Product", "Quantity", "Unit", "Customer", "Sustainable"];

  it("reads yes and no in English and German, quantities with units and percentages; never takes the unknown as yes", async () => {
    const cases: [CellValue, string | null, string | null][] = [
      ["yes", "yes", null],
      ["Y", "yes", null],
      ["ja", "yes", null],
      ["J", "yes", null],
      ["x", "yes", null],
      [true, "yes", null],
      ["no", "no", null],
      ["Nein", "no", null],
      ["N", "no", null],
      ["false", "no", null],
      ["-", "no", null],
      ["60 t", "60", "t"],
      ["60000 kg", "60000", "kg"],
      ["60 %", "60", "%"],
      [0.6, "60", "%"],
      ["tbd", "error invalid-value", null],
      ["unknown", "error invalid-value", null],
      ["?", "error invalid-value", null],
      ["teilweise", "error invalid-value", null],
    ];
    const rows = cases.map(([v], i) => [D, "UCO", 100, "t", `C${i}`, v]);
    const { ledger, findings } = readWorkbook(
      await throughXlsx(sheet("Deliveries", [DELIVERIES, ...rows], { formats: { F16: "0%" } })),
    );
    const got = cases.map((_, i) => {
      const f = findings.find((x) => x.cell === `F${i + 2}`);
      const d = ledger.deliveries.find((x) => x.source.row === i + 2)!;
      return f
        ? [`${f.severity} ${f.code}`, d.unreadable ?? null]
        : [d.sustainable, d.sustainableUnit ?? null];
    });
    expect(got).toEqual(cases.map(([, v, u]) => (v?.startsWith("error") ? [v, ["sustainable"]] : [v, u])));
  });

  it("reads waste or residue as yes or no, with negation", async () => {
    const { got, want } = await readColumn(8, "wasteResidue", [
      ["yes", "yes"],
      ["Ja", "yes"],
      ["waste", "yes"],
      ["Residue", "yes"],
      ["Abfall", "yes"],
      ["Reststoff", "yes"],
      ["no", "no"],
      ["nein", "no"],
      ["kein Abfall", "no"],
      ["not waste", "no"],
      ["non-waste", "no"],
      ["pre-consumer", bad("error invalid-value")],
      ["tbd", bad("error invalid-value")],
    ]);
    expect(got).toEqual(want);
  });
});

describe("claims", () => {
  it("reads the claims of both schemes in English and German with negation, and refuses the rest", async () => {
    const { got, want } = await readColumn(6, "claim", [
      ["ISCC compliant", "ISCC compliant"],
      ["ISCC Compliant", "ISCC compliant"],
      ["ISCC-konform", "ISCC compliant"],
      ["ISCC compliant: yes", "ISCC compliant"],
      ["EU RED compliant", "EU RED compliant"],
      ["RED II compliant", "EU RED compliant"],
      ["EU-RED-konform", "EU RED compliant"],
      // a denied claim is read, and refused: it gives no credit (the message says what it denies)
      ["Not ISCC compliant", bad("error invalid-value")],
      ["nicht ISCC-konform", bad("error invalid-value")],
      ["non-ISCC compliant", bad("error invalid-value")],
      ["ISCC compliant: no", bad("error invalid-value")],
      ["Bio-circular", "bio-circular"],
      ["biozirkulär", "bio-circular"],
      ["circular", "circular"],
      ["bio-based", "bio"],
      ["tbd", bad("error invalid-value")],
      ["ISCC pending", bad("error invalid-value")],
      ["not compliant", bad("error invalid-value")],
    ]);
    expect(got).toEqual(want);
  });

  it("lists an unreadable claim on the record and says its credit is unknown, the balances incomplete", async () => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(sheet("Receipts", [RECEIPTS, ...receiptRows(6, ["tbd"])])),
    );
    expect(ledger.receipts[0]).toMatchObject({ unreadable: ["claim"] });
    expect(ledger.receipts[0]!.claim).toBeUndefined();
    expect(findings[0]!.message).toBe(
      'Receipts!G2: "tbd" in Claim is not a claim the add-in can read; write the claim the supplier\'s SD states: EU RED compliant or ISCC compliant under ISCC EU, or the category bio, bio-circular, circular or renewable-energy-derived under ISCC PLUS; the row gives no sustainable credit until it is corrected; its credit is unknown, not none, so the balances it feeds are incomplete.',
    );
  });
});

describe("schemes", () => {
  it("reads ISCC EU and ISCC PLUS however written, and refuses other schemes", async () => {
    const { got, want } = await readColumn(9, "scheme", [
      ["ISCC EU", "ISCC EU"],
      ["ISCC-EU", "ISCC EU"],
      ["iscc eu", "ISCC EU"],
      ["EU", "ISCC EU"],
      ["ISCC EU System", "ISCC EU"],
      ["ISCC PLUS", "ISCC PLUS"],
      ["ISCC+", "ISCC PLUS"],
      ["iscc plus", "ISCC PLUS"],
      ["PLUS", "ISCC PLUS"],
      ["REDcert", bad("error invalid-value")],
      ["RSB", bad("error invalid-value")],
      ["not ISCC", bad("error invalid-value")],
    ]);
    expect(got).toEqual(want);
  });
});

describe("countries", () => {
  it("reads ISO codes and English and German names as one country, and refuses what is none", async () => {
    const { got, want } = await readColumn(7, "countryOfOrigin", [
      ["DE", "DE"],
      ["DEU", "DE"],
      ["Germany", "DE"],
      ["Deutschland", "DE"],
      ["deutschland", "DE"],
      ["Niederlande", "NL"],
      ["The Netherlands", "NL"],
      ["Frankreich", "FR"],
      ["Österreich", "AT"],
      ["Oesterreich", "AT"],
      ["USA", "US"],
      ["United Kingdom", "GB"],
      ["Bosnia and Herzegovina", "BA"],
      ["DE, FR", "DE, FR"],
      ["Germany / France", "DE, FR"],
      ["Europe", bad("error invalid-value")],
      ["n/a", bad("error invalid-value")],
      ["Germny", bad("error invalid-value")],
    ]);
    expect(got).toEqual(want);
  });
});

describe("totals and subtotals", () => {
  it.each([
    "Total",
    "UCO Total",
    "Grand Total",
    "Subtotal",
    "Total amount",
    "Summe",
    "Summe UCO",
    "Zwischensumme",
    "Rapsöl Ergebnis",
    "Gesamtergebnis",
    "Insgesamt",
    "Gesamt",
  ])("skips a %s row with an info finding and reads the bookings after it", async (label) => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Receipts", [
          ["Date", "Product", "Quantity (t)", "Supplier"],
          [D, "UCO", 10, "A"],
          [null, label, 10],
          [D, "UCO", 5, "B"],
        ]),
      ),
    );
    expect(ledger.receipts.map((r) => r.supplier)).toEqual(["A", "B"]);
    expect(findings.map((f) => [f.severity, f.code, f.cell])).toEqual([["info", "totals-row", "B3"]]);
  });
});

describe("formulas", () => {
  async function formulaBook(cells: ExcelJS.CellValue[]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Receipts");
    ws.addRow(["Date", "Product", "Quantity (t)", "Supplier"]);
    cells.forEach((v, i) => {
      const row = ws.addRow([new Date(Date.UTC(2025, 0, 2)), "UCO", null, `S${i}`]);
      row.getCell(1).numFmt = "yyyy-mm-dd";
      row.getCell(3).value = v;
    });
    const xlsx = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    return readWorkbook(await xlsx.readSnapshot());
  }

  it("takes stored results as Excel shows them, and refuses formulas never calculated at their cell", async () => {
    const cases: [ExcelJS.CellValue, string][] = [
      [{ formula: "D2-E2", result: 12.219999999999999 }, "12.22"],
      [{ formula: "0.1+0.2", result: 0.30000000000000004 }, "0.3"],
      [{ formula: "ROUND(12.345,2)", result: 12.35 }, "12.35"],
      [{ formula: "24500/1000", result: 24.5 }, "24.5"],
      [{ formula: "SUM(F3:G3)", result: 40 }, "40"],
      [{ formula: '"12,5"', result: "12,5" }, "12.5"],
      [{ formula: "D8-E8" } as ExcelJS.CellValue, "error formula-without-value"],
      [{ formula: "SUM(F9:G9)" } as ExcelJS.CellValue, "error formula-without-value"],
      [{ formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellValue, "error cell-error"],
      [{ formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue, "error cell-error"],
    ];
    const { ledger, findings } = await formulaBook(cases.map(([v]) => v));
    const got = cases.map((_, i) => {
      const f = findings.find((x) => x.cell === `C${i + 2}`);
      return f ? `${f.severity} ${f.code}` : ledger.receipts.find((r) => r.source.row === i + 2)?.quantity;
    });
    expect(got).toEqual(cases.map(([, e]) => e));
    expect(findings.find((f) => f.code === "formula-without-value")!.message).toBe(
      "Receipts!C8: Quantity is a formula (=D8-E8) whose result was never saved (the file was written by a program that does not calculate); open the file in Excel and save it, so the value is stored (this row is not read until it is fixed).",
    );
  });

  it("skips rows whose quantity is a SUBTOTAL or SUM over its own column", async () => {
    const { ledger, findings } = await formulaBook([
      10,
      5,
      { formula: "SUBTOTAL(9,C2:C3)", result: 15 },
      7,
      { formula: "SUM(C2:C5)", result: 22 },
      { formula: "SUM(D7:E7)", result: 3 },
    ]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10", "5", "7", "3"]);
    expect(findings.map((f) => [f.severity, f.code, f.cell])).toEqual([
      ["info", "totals-row", "C4"],
      ["info", "totals-row", "C6"],
    ]);
  });
});
