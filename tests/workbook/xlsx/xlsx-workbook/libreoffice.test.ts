// What LibreOffice and other programs write validly but exceljs read wrongly or failed on, found by
// brk28, and what a workbook part says about every cell:
// - S1: the 1904 date system as date1904="true" (LibreOffice) read as 1900: every date 1462 days early.
// - N1: a table (ListObject) without <tableStyleInfo> (LibreOffice): saving the audited copy failed.
// - S3: a workbook set to manual calculation: a formula's stored result is not known to be current.
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../../../src/app/index";
import { readWorkbook } from "../../../../src/workbook/read";
import { DamagedWorkbookError, XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsx-workbook";
import { readWorkbookPr, xsdBoolean } from "../../../../src/workbook/xlsx/workbook-pr";
import { packageProblems } from "../../../cli/xlsx-parts";
import { excelBook, read, rewrite } from "./other-books";

const withWorkbookPart = (buf: Buffer, edit: (xml: string) => string) =>
  rewrite(buf, (name, xml) => (name === "xl/workbook.xml" ? edit(xml) : xml));

/** The file with its workbookPr's date1904 attribute as `spelling`, or without it (null). */
const date1904As = (buf: Buffer, spelling: string | null) =>
  withWorkbookPart(buf, (xml) => {
    const bare = xml.replace(/\sdate1904="[^"]*"/, "");
    return spelling === null ? bare : bare.replace("<workbookPr", `<workbookPr date1904="${spelling}"`);
  });

const dates = (r: Awaited<ReturnType<typeof read>>) => r.ledger.receipts.map((x) => x.date);

describe("the date system, as every program spells it (xsd:boolean)", () => {
  // the book's serials are of the system the row's spelling says: the days read must not move
  it.each([
    ["1", 1904, true],
    ["true", 1904, true],
    [" true ", 1904, true],
    ["0", 1900, false],
    ["false", 1900, false],
    [null, 1900, false],
  ])("date1904=%p is read as the %s system", async (spelling, system, is1904) => {
    const buf = await date1904As(await excelBook(is1904), spelling);
    const port = await XlsxWorkbook.fromBuffer(buf);
    const snapshot = await port.readSnapshot();
    expect(snapshot.dateSystem ?? 1900).toBe(system);
    expect(dates(readWorkbook(snapshot))).toEqual(["2025-03-05", "2025-03-06"]);
    expect(port.inspect({ sheet: "Receipts", cell: "A2" }).value).toBeDefined();
  });

  it('keeps a LibreOffice 1904 book (date1904="true") in 1904 when it writes the audited copy', async () => {
    const port = await XlsxWorkbook.fromBuffer(await date1904As(await excelBook(true), "true"));
    const outcome = await checkWorkbook(port, { today: "2025-04-02" });
    expect(outcome.balances[0]).toMatchObject({ periodStart: "2025-01-01", received: "15" });
    const again = await (await XlsxWorkbook.fromBuffer(await port.toBuffer())).readSnapshot();
    expect(again.dateSystem).toBe(1904);
    expect(dates(readWorkbook(again))).toEqual(["2025-03-05", "2025-03-06"]);
  });

  it.each(["yes", "True", "", "2"])(
    'refuses a workbook whose date1904 is "%s": no date is guessed',
    async (spelling) => {
      const buf = await date1904As(await excelBook(true), spelling);
      const open = XlsxWorkbook.fromBuffer(buf);
      await expect(open).rejects.toThrow(DamagedWorkbookError);
      await expect(XlsxWorkbook.fromBuffer(buf)).rejects.toThrow(
        `its date system cannot be read (the workbook says date1904="${spelling}", which is neither 1900 nor 1904)`,
      );
    },
  );

  it("reads xsd:boolean as XML Schema does", () => {
    expect(["1", "true", " 1", "0", "false", "false\n", "TRUE", "yes", "on", ""].map(xsdBoolean)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("a table (ListObject) without style information, as LibreOffice writes it", () => {
  async function tableBook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Receipts");
    ws.addTable({
      name: "Receipts1",
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleLight1" },
      columns: ["Date", "Product", "Quantity (t)", "Supplier", "SD number"].map((name) => ({ name })),
      rows: [
        ["2025-03-05", "UCO", 10.5, "Saipol", "IN-1"],
        ["2025-03-06", "UCO", 4.5, "Cargill", "IN-2"],
      ],
    });
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return rewrite(buf, (name, xml) =>
      name.startsWith("xl/tables/") ? xml.replace(/<tableStyleInfo\b[^>]*\/>/, "") : xml,
    );
  }

  it("is read as a table, checked, and written back into an audited copy Excel opens", async () => {
    const buf = await tableBook();
    const part = await (await JSZip.loadAsync(buf)).file("xl/tables/table1.xml")!.async("string");
    expect(part).not.toContain("tableStyleInfo");
    const port = await XlsxWorkbook.fromBuffer(buf);
    const outcome = await checkWorkbook(port, { today: "2025-04-02" });
    expect(outcome.balances[0]).toMatchObject({ received: "15" });
    const copy = await port.toBuffer();
    expect(await packageProblems(copy)).toEqual([]);
    expect(dates(await read(copy))).toEqual(["2025-03-05", "2025-03-06"]);
  });
});

describe("a workbook set to manual calculation", () => {
  /** Receipts whose second quantity is a formula with the stored result 4.5, in `calcMode`. */
  async function formulaBook(calcMode: string | null): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Receipts");
    ws.addRow(["Date", "Product", "Quantity (t)", "Supplier", "SD number"]);
    ws.addRow(["2025-03-05", "UCO", 10.5, "Saipol", "IN-1"]);
    ws.addRow(["2025-03-06", "UCO", 0, "Cargill", "IN-2"]);
    ws.getCell("C3").value = { formula: "4500/1000", result: 4.5 };
    ws.addRow(["2025-03-07", "UCO", 2, "Cargill", "IN-3"]);
    ws.getCell("E4").value = { formula: '"IN-"&3', result: "IN-3" };
    ws.addRow(["", "", "", "", ""]);
    ws.getCell("C5").value = { formula: 'IF(A5="","",1)', result: "" };
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    return withWorkbookPart(buf, (xml) =>
      calcMode === null
        ? xml
        : xml.replace(/<calcPr\b[^>]*\/>/, `<calcPr calcId="191029" calcMode="${calcMode}" calcOnSave="0"/>`),
    );
  }

  it.each(["manual", "Manual", "unknown"])(
    'refuses, at their cells, the formula results the books read (calcMode="%s"); plain values are read',
    async (mode) => {
      const { ledger, findings } = await read(await formulaBook(mode));
      // the row of the refused quantity is not read; the one of the refused SD number gives no credit
      expect(ledger.receipts.map((r) => [r.sdNumber, r.quantity, r.unreadable])).toEqual([
        ["IN-1", "10.5", undefined],
        [undefined, "2", ["sdNumber"]],
      ]);
      expect(
        findings.map((f) => [f.code, f.severity, f.cell, "reason" in f.details ? f.details.reason : null]),
      ).toEqual([
        ["formula-without-value", "error", "C3", "manual-calculation"],
        ["formula-without-value", "error", "E4", "manual-calculation"],
      ]);
      expect(findings[0]!.message).toContain(
        "Quantity is a formula (=4500/1000) in a workbook set to manual calculation",
      );
    },
  );

  // must not change: a book calculated automatically reads its formulas' stored results
  it.each([null, "auto", "autoNoTable"])("reads stored results where calcMode is %p", async (mode) => {
    const { ledger, findings } = await read(await formulaBook(mode));
    expect(ledger.receipts.map((r) => [r.sdNumber, r.quantity])).toEqual([
      ["IN-1", "10.5"],
      ["IN-2", "4.5"],
      ["IN-3", "2"],
    ]);
    expect(findings).toEqual([]);
  });

  it("reads the calculation mode and the date system from the workbook part", () => {
    expect(readWorkbookPr("")).toEqual({ dateSystem: 1900, manualCalculation: false });
    expect(
      readWorkbookPr('<workbook><workbookPr date1904="true"/><calcPr calcMode="manual"/></workbook>'),
    ).toEqual({
      dateSystem: 1904,
      manualCalculation: true,
    });
  });
});
