// Every way a delivery row can be refused leaves its account incomplete (domain.md §4): the debit
// it would give is missing, so the balance may be overstated and nothing is declared from it. Each
// through a real .xlsx built by exceljs, read by the xlsx adapter and declared by the app. And a
// line that only looks like a total: its quantities added up as Excel's SUM adds them (cancelled
// rows too), and said truthfully when it merely repeats the row above.
import type ExcelJS from "exceljs";
import { declareWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books, D, DELIVERIES, delivery, type Sheets, type Spec, workbookOf } from "../left-out-books";

async function declare(sheets: Sheets, edit?: (wb: ExcelJS.Workbook) => void) {
  const wb = workbookOf(sheets);
  edit?.(wb);
  const book = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Refused.xlsx");
  const out = await declareWorkbook(book, { today: "2025-04-02", periodStart: "2025-01-01" });
  const balance = (product: string) => out.balances.find((b) => b.product === product);
  const declared = (product: string) =>
    out.declarations.filter((d) => d.product === product).map((d) => d.status);
  const codes = out.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);
  return { out, balance, declared, codes };
}

// 60 t of UCO in and 100 t out on the Deliveries sheet; the third delivery row is the one refused
const withStatus = (status: string | null, sustainable: string = "yes"): Sheets =>
  books(
    [
      [
        D("2025-01-09"),
        "Collect GmbH",
        "EU-ISCC-Cert-DE100-10001",
        "S-2",
        "UCO",
        50,
        "t",
        "EU RED compliant",
        "Used cooking oil",
        "DE",
        10,
        "yes",
        D("2010-01-01"),
      ],
    ],
    {
      Deliveries: [
        [...DELIVERIES, "Status"],
        [...delivery(D("2025-02-20"), 40), "delivered"],
        [...delivery(D("2025-02-21"), 5, "Tallow"), null],
        [...delivery(D("2025-02-22"), 30).slice(0, 6), sustainable, "Werkstr. 5, 46049 Oberhausen", status],
      ],
    },
  );

describe("a delivery refused makes its account incomplete and undeclared", () => {
  it("the books as they stand: UCO and Tallow complete, both declare", async () => {
    const { balance, declared, codes } = await declare(withStatus(null));
    expect(codes).toEqual([]);
    expect(balance("UCO")).toMatchObject({ delivered: "70", complete: true });
    expect(declared("UCO")).toContain("new");
    expect(declared("Tallow")).toEqual(["new"]);
  });

  const strike = (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet("Deliveries")!;
    for (let c = 1; c <= 8; c++) ws.getCell(4, c).font = { strike: true };
  };
  // A row refused whole (struck, not confirmed) is no row the engine holds: its account's
  // declarations are all held. A row whose Sustainable part alone is refused is booked as a sale
  // without credit, and its error holds back its own declaration and those it could change (h-n4,
  // brk27 N4): here none before it, since the 70 t of UCO credit left covers its 30 t whatever its
  // part is, so the 40 t delivery of 20 Feb is declared. Expectation changed with h-n4 (was: every
  // UCO declaration held).
  it.each<[string, Sheets, string, ((wb: ExcelJS.Workbook) => void) | null, string[]]>([
    ["struck through", withStatus(null), "row-struck Deliveries!A4", strike, []],
    ['its status "rejected"', withStatus("rejected"), "row-unconfirmed Deliveries!I4", null, []],
    ['its status "Entwurf"', withStatus("Entwurf"), "row-unconfirmed Deliveries!I4", null, []],
    ['its Sustainable "yes?"', withStatus(null, "yes?"), "invalid-value Deliveries!G4", null, ["40"]],
    ['its Sustainable "ja ?"', withStatus(null, "ja ?"), "invalid-value Deliveries!G4", null, ["40"]],
    [
      'its Sustainable "150 %", above the quantity',
      withStatus(null, "150 %"),
      "invalid-quantity Deliveries!G4",
      null,
      ["40"],
    ],
  ])("%s", async (_, sheets, refusal, edit, issued) => {
    const { out, balance, codes } = await declare(sheets, edit ?? undefined);
    expect(codes).toContain(refusal);
    expect(codes.filter((c) => c.startsWith("input-incomplete"))).toEqual([]);
    expect(balance("UCO")).toMatchObject({ complete: false });
    const uco = out.declarations.filter((d) => d.product === "UCO");
    expect(uco.filter((d) => d.status === "new").map((d) => d.quantity)).toEqual(issued);
    // the refused row itself is never declared
    expect(uco.filter((d) => d.quantity === "30" && d.status === "new")).toEqual([]);
    expect(balance("Tallow")).toMatchObject({ closing: "5", complete: true });
    expect(out.declarations.filter((d) => d.product === "Tallow").map((d) => d.status)).toEqual(["new"]);
  });

  it("a line that only looks like a total, below the deliveries", async () => {
    const sheets = books(
      [
        [
          D("2025-01-09"),
          "Collect GmbH",
          "EU-ISCC-Cert-DE100-10001",
          "S-2",
          "UCO",
          50,
          "t",
          "EU RED compliant",
          "Used cooking oil",
          "DE",
          10,
          "yes",
          D("2010-01-01"),
        ],
      ],
      {
        Deliveries: [
          DELIVERIES,
          delivery(D("2025-02-20"), 40),
          delivery(D("2025-02-21"), 5, "Tallow"),
          [null, null, null, null, 33],
        ],
      },
    );
    const { out, balance, declared, codes } = await declare(sheets);
    expect(codes).toContain("possible-totals-row Deliveries!E4");
    // it may be a delivery of any product on the sheet: both accounts are incomplete
    expect(balance("UCO")).toMatchObject({ complete: false });
    expect(balance("Tallow")).toMatchObject({ complete: false });
    expect(declared("UCO")).not.toContain("new");
    const said = out.findings.find((f) => f.code === "possible-totals-row")!;
    expect(said.message).toContain("33 is not the sum of the rows above");
  });
});

describe("a line that only looks like a total", () => {
  const sales = (rows: Spec[][]): Sheets => books([], { Deliveries: [[...DELIVERIES, "Status"], ...rows] });
  const row = (qty: number, status: string | null = null) => [...delivery(D("2025-02-20"), qty), status];

  it("that repeats the row above is said to repeat it, not to be no sum", async () => {
    const { out, codes } = await declare(sales([row(40), row(30), [null, null, null, null, 30]]));
    expect(codes).toContain("possible-totals-row Deliveries!E4");
    const said = out.findings.find((f) => f.code === "possible-totals-row")!;
    expect(said.details).toMatchObject({ repeats: true });
    expect(said.message).toContain("30 only repeats the row above");
    expect(said.message).not.toContain("not the sum");
  });

  it.each<[string, Spec[][]]>([
    ["of the booked rows", [row(40), row(30), row(5, "storniert"), [null, null, null, null, 70]]],
    // as Excel's SUM(E2:E4) adds the cancelled row too
    [
      "of every row, the cancelled one too",
      [row(40), row(30), row(5, "storniert"), [null, null, null, null, 75]],
    ],
  ])("that is the sum %s is a total, not refused", async (_, rows) => {
    const { out, codes } = await declare(sales(rows));
    expect(codes.filter((c) => c.startsWith("possible-totals-row"))).toEqual([]);
    expect(out.findings.map((f) => f.code)).toContain("totals-row");
  });
});
