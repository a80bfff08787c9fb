import fc from "fast-check";
import {
  Quantities,
  fitColumns,
  headerRow,
  pageTexts,
  periodsCovered,
  tableRange,
  tableSheet,
} from "../../../src/app/sheets/layout";
import type { ReportContext } from "../../../src/app/sheets/layout";

const context: ReportContext = {
  company: "",
  ownCertificate: "",
  scheme: "ISCC EU",
  periods: [],
  workbook: "Books.xlsx",
  runAt: "2025-04-01 10:22",
  product: "Mass Balance for Excel 0.1.0",
};

describe("quantities of one unit", () => {
  const decimal = fc
    .tuple(fc.integer({ min: -9_999_999, max: 9_999_999 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, d]) => (d === 0 ? String(n) : (n / 10 ** d).toFixed(d)));

  it("share one number of decimals, the most any of them needs, and keep their exact value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("t", "m3"), decimal), { minLength: 1, maxLength: 30 }),
        (values) => {
          const q = new Quantities(values);
          for (const unit of ["t", "m3"]) {
            const mine = values.filter(([u]) => u === unit).map(([, v]) => v);
            const most = Math.max(0, ...mine.map((v) => v.split(".")[1]?.length ?? 0));
            for (const v of mine) {
              const cell = q.cell(v, unit);
              expect(cell).toMatchObject({
                numberFormat: most === 0 ? "#,##0" : `#,##0.${"0".repeat(most)}`,
              });
              const n = (cell as { value: number }).value;
              // shown at the unit's decimals, the number is the decimal string as typed, padded
              expect(n.toFixed(most)).toBe(Number(v).toFixed(most));
              expect(Number(n.toFixed(most))).toBe(Number(v));
            }
          }
        },
      ),
    );
  });

  it.each([
    ["12.5", { value: 12.5, numberFormat: "#,##0.000" }],
    ["-0", { value: -0, numberFormat: "#,##0.000" }],
    ["", null],
    [null, null],
    ["about 5", "about 5"],
    // more digits than a number holds: written as text rather than rounded
    ["12345678901234567.891", "12345678901234567.891"],
  ])("writes %p as %p", (value, expected) => {
    const q = new Quantities([["t", "1.125"]]);
    expect(q.cell(value, "t")).toEqual(expected);
  });

  it("rounds only the display of a share with more decimals than its unit shows", () => {
    const q = new Quantities([["t", "120.5"]]);
    expect(q.cell("292.682927", "t")).toEqual({ value: 292.682927, numberFormat: "#,##0.0" });
  });

  it("shows at most 6 decimals for a unit, rounding only the display of longer results", () => {
    const q = new Quantities([["t", "1.123456789"]]);
    expect(q.precision("t")).toBe(6);
    expect(q.cell("1.123456789", "t")).toEqual({ value: 1.123456789, numberFormat: "#,##0.000000" });
  });
});

describe("column widths", () => {
  it("fit the widest content with two characters to spare, within 6 and 50", () => {
    const { columnWidths, wrapColumns } = fitColumns([
      headerRow(["Date", "Account", "Running balance (t)"]),
      [
        { value: 45658, numberFormat: "yyyy-mm-dd" },
        "x".repeat(80),
        { value: -1234567.5, numberFormat: "#,##0.0" },
      ],
      [null, "Rapeseed", { value: 1, numberFormat: "#,##0.0" }],
    ]);
    // "yyyy-mm-dd" is 10 wide; the header wraps, so its longest word counts ("balance");
    // -1,234,567.5 is 12; 80 characters wrap at the widest a column gets
    expect(columnWidths).toEqual([12, 50, 14]);
    expect(wrapColumns).toEqual([1]);
  });

  it("keep a wrapping column at its width and say it wraps only when the text is longer", () => {
    const rows = [
      ["Severity", "A message that is longer than twenty characters"],
      ["Error", "short"],
    ];
    expect(fitColumns(rows, { wrapAt: { 1: 20 } })).toEqual({ columnWidths: [10, 20], wrapColumns: [1] });
    expect(fitColumns([["a", "short"]], { wrapAt: { 1: 20 } })).toEqual({
      columnWidths: [6, 7],
      wrapColumns: [],
    });
  });
});

describe("printed pages", () => {
  it.each([
    [[], "no dated rows"],
    [[{ start: "2025-01-01", end: "2025-03-31" }], "2025-01-01 to 2025-03-31"],
    [
      [
        { start: "2025-01-01", end: "2025-03-31" },
        { start: "2025-04-01", end: "2025-06-30" },
      ],
      "2025-01-01 to 2025-06-30 (2 periods)",
    ],
  ])("name the periods %j as %p", (periods, text) => {
    expect(periodsCovered(periods)).toBe(text);
  });

  it("say whose books, which sheet and page x of y; a draft says so on every page", () => {
    expect(pageTexts({ ...context, company: "Acme" })).toEqual({
      header: { left: "Acme", center: "{sheet}", right: "Period no dated rows" },
      footer: {
        left: "Books.xlsx, checked 2025-04-01 10:22 with Mass Balance for Excel 0.1.0",
        right: "Page {page} of {pages}",
      },
    });
    // without a company name the workbook stands in
    expect(pageTexts(context, true).header).toEqual({
      left: "Books.xlsx",
      center: "DRAFT, not issued: {sheet}",
      right: "Period no dated rows",
    });
  });

  it("print a table landscape, one page wide, its header on every page, filtered and frozen", () => {
    const sheet = tableSheet(
      [
        [
          { value: "Code", bold: true },
          { value: "Message", bold: true },
        ],
        ["x", "y"],
        ["z", "w"],
      ],
      context,
      { freezeColumns: 1 },
    );
    // the header wraps over narrow columns
    expect(sheet.rows[0]).toEqual([
      { value: "Code", bold: true, wrap: true },
      { value: "Message", bold: true, wrap: true },
    ]);
    expect(sheet.options).toMatchObject({
      freezeRows: 1,
      freezeColumns: 1,
      autoFilter: "A1:B3",
      print: { orientation: "landscape", fitTo: { wide: 1, tall: 0 }, titleRows: { first: 1, last: 1 } },
    });
    expect(tableRange(10, 28, 0)).toBe("A10:AB11");
  });
});
