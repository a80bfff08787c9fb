// Cells read as Excel shows them, through real .xlsx files built by exceljs: a footnote raised or
// lowered inside a number ("380" + a raised "1", which Excel's plain value reads as 3801) or typed
// as a Unicode superscript ("380¹") is refused at its cell, never read as 3801 or 380, while a
// raised "3" in a unit still reads as m³.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../../src/workbook/read";
import { DamagedWorkbookError, XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const HEADER = ["Date", "Product", "Quantity", "Unit", "Supplier", "SD number", "Country of origin"];
const DAY = new Date(Date.UTC(2025, 0, 2));
const raised = (text: string) => ({ text, font: { vertAlign: "superscript" as const } });
const lowered = (text: string) => ({ text, font: { vertAlign: "subscript" as const } });
const rich = (...runs: ({ text: string } | string)[]): ExcelJS.CellValue => ({
  richText: runs.map((r) => (typeof r === "string" ? { text: r } : r)),
});

/** One receipt per [quantity, unit], after plain ones (the column must look like quantities). */
async function readQuantities(cells: [ExcelJS.CellValue, ExcelJS.CellValue][], header = HEADER) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow(header);
  const plain: [ExcelJS.CellValue, ExcelJS.CellValue][] = [1, 2, 3, 4, 5, 6].map((n) => [n * 10, "t"]);
  [...plain, ...cells].forEach(([qty, unit], i) =>
    ws.addRow([DAY, "UCO", qty, unit, "Saipol", `SD-${i}`, "DE"]),
  );
  const port = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  const { ledger, findings } = readWorkbook(await port.readSnapshot());
  return cells.map((_, i) => {
    const row = i + plain.length + 2;
    const f = findings.find((x) => x.cell === `C${row}` || x.cell === `D${row}`);
    if (f) return `${f.code} ${"reason" in f.details ? String(f.details.reason) : ""}`.trim();
    const r = ledger.receipts.find((x) => x.source.row === row);
    return `${r?.quantity} ${r?.unit}`;
  });
}

describe("footnotes and superscripts in a number", () => {
  const FOOTNOTE = "invalid-number footnote";
  it.each([
    ["380 + raised 1", rich("380", raised("1"))],
    ["380 + raised ¹", rich("380", raised("¹"))],
    ["380 + raised a", rich("380", raised("a"))],
    ["380 + raised *", rich("380", raised("*"))],
    ["380 + raised 12", rich("380", raised("12"))],
    ["1.250 + raised 2", rich("1.250", raised("2"))],
    ["1.250,5 + raised 3", rich("1.250,5", raised("3"))],
    ["380 + lowered 2", rich("380", lowered("2"))],
    ["380 t + raised 1", rich("380 t", raised("1"))],
    ["typed 380¹", "380¹"],
    ["typed 1.250²", "1.250²"],
    ["typed 380³", "380³"],
    ["typed 380*", "380*"],
    ["typed 380 †", "380 †"],
    ["typed 12 t¹", "12 t¹"],
    ["typed 380ᵃ", "380ᵃ"],
    ["typed 380₂", "380₂"],
  ])("refuses %s at its cell, neither 3801 nor 380", async (_label, value) => {
    expect(await readQuantities([[value, null]], HEADER)).toEqual([FOOTNOTE]);
  });

  it("reads a raised 3 in a unit as m³, in the cell, in the unit column and in the heading", async () => {
    expect(
      await readQuantities([
        [rich("1250 m", raised("3")), null],
        [1250, rich("m", raised("3"))],
        [1250, rich("Nm", raised("3"))],
        [1250, "m³"],
        [rich("380"), "t"],
      ]),
    ).toEqual(["1250 m3", "1250 m3", "1250 Nm3", "1250 m3", "380 t"]);
    const header = [...HEADER.slice(0, 2), rich("Volume (m", raised("3"), ")"), "Note", ...HEADER.slice(4)];
    expect(await readQuantities([[1250, null]], header as string[])).toEqual(["1250 m3"]);
  });
});

/** A receipts book of plain rows, changed by `edit`, read through a real .xlsx file. */
async function readBook(edit: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow(HEADER);
  for (let i = 0; i < 4; i++) ws.addRow([DAY, "UCO", 10 * (i + 1), "t", "Saipol", `SD-${i}`, "DE"]);
  edit(ws);
  const port = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
  const { ledger, findings } = readWorkbook(await port.readSnapshot());
  return {
    said: findings.map((f) => `${f.severity} ${f.code} ${f.cell}`),
    messages: findings.map((f) => f.message),
    quantities: ledger.receipts.map((r) => r.quantity),
  };
}

describe("what a column hides from the eye", () => {
  it.each([
    ["the quantity column", 3, "C1"],
    ["the SD number column", 6, "F1"],
    ["the date column", 1, "A1"],
  ])("warns at the heading where %s is hidden, and reads it as stored", async (_label, col, cell) => {
    const read = await readBook((ws) => {
      ws.getColumn(col).hidden = true;
    });
    expect(read.said).toEqual([`warning column-hidden ${cell}`]);
    expect(read.quantities).toEqual(["10", "20", "30", "40"]);
  });

  it("says nothing of a hidden column the add-in does not read", async () => {
    const read = await readBook((ws) => {
      ws.getCell("H1").value = "Internal";
      ws.getCell("H2").value = "x";
      ws.getColumn(8).hidden = true;
    });
    expect(read.said).toEqual([]);
  });

  it.each([
    [";;;", ["C2", "C3", "C4", "C5"], "warning value-not-shown C2"],
    [";;", ["C3", "C4"], "warning value-not-shown C3"],
    ['0.0;;;"x"', ["C2"], null],
    ["0;-0;;@", ["C2"], null],
    ["[>100]0;;;", ["C2"], null],
    ["#,##0.000", ["C2"], null],
  ])("warns where the number format %p shows a quantity as nothing", async (format, cells, want) => {
    const read = await readBook((ws) => {
      for (const c of cells) ws.getCell(c).numFmt = format;
    });
    expect(read.said).toEqual(want ? [want] : []);
    expect(read.quantities).toEqual(["10", "20", "30", "40"]);
  });

  it("counts the cells a format hides in one warning per column, also for text", async () => {
    const read = await readBook((ws) => {
      for (const c of ["B2", "B3", "B4", "C4"]) ws.getCell(c).numFmt = ";;;";
    });
    expect(read.said).toEqual(["warning value-not-shown B2", "warning value-not-shown C4"]);
    expect(read.messages[0]).toContain("this cell and 2 more of the column");
  });
});

describe("a damaged shared strings part", () => {
  /** A small book as exceljs writes it, its zip changed by `damage`. */
  async function damaged(damage: (zip: JSZip, sheet: string) => void): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Summary").addRow(["Period", 2025]);
    const ws = wb.addWorksheet("Receipts & returns");
    ws.addRow(HEADER);
    ws.addRow([DAY, "UCO", 10, "t", "Saipol", "SD-1", "DE"]);
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sheet = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    damage(zip, sheet);
    return zip.generateAsync({ type: "nodebuffer" });
  }

  async function openFails(buf: Buffer): Promise<string> {
    const error = await XlsxWorkbook.fromBuffer(buf).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DamagedWorkbookError);
    return (error as Error).message;
  }

  it("refuses a book whose text cells lost their shared strings, naming the first cell, instead of reading their indexes as numbers", async () => {
    const buf = await damaged((zip) => zip.remove("xl/sharedStrings.xml"));
    expect(await openFails(buf)).toBe(
      "its cell texts (the part xl/sharedStrings.xml) are missing, so cell Summary!A1 and every other text cell cannot be read",
    );
  });

  it.each([
    ["beyond the last text", (n: number) => n + 5, "refers to text number"],
    ["far beyond", () => 99999, "refers to text number 100000"],
  ])("refuses a text cell that points %s, naming the sheet and cell", async (_label, index, said) => {
    const wb = await damaged((zip, sheet) => {
      const count = 12;
      zip.file(
        "xl/worksheets/sheet2.xml",
        sheet.replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+/, `$1${index(count)}`),
      );
    });
    const message = await openFails(wb);
    expect(message).toContain("cell 'Receipts & returns'!B2 ");
    expect(message).toContain(said);
    expect(message).toMatch(/but the file holds \d+ texts$/);
  });
});
