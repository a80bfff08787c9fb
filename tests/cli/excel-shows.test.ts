// Cells read as Excel shows them, through the real `massbal check` on .xlsx files built by exceljs
// (and damaged with jszip where exceljs cannot write the fault): a footnote raised inside a
// quantity is refused at its cell, a French date is read, a hidden column and a format that shows
// nothing are warned, and a workbook whose shared strings are missing or too short is refused as
// damaged, naming the cell, never with a JavaScript error and never read as nothing with exit 0.
import path from "node:path";
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { RECEIPT_COLUMNS } from "../../src/books";
import { addCertificates, receiptRow } from "./receipt-rows";
import { freshFolderPerTest, massbal } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: {
    code: string;
    severity: string;
    sheet: string | null;
    cell: string | null;
    message: string;
  }[];
  balances: { product: string; received: string; delivered: string }[];
}

const folder = freshFolderPerTest();
const receipt = (date: ExcelJS.CellValue, sd: string, qty: ExcelJS.CellValue) => receiptRow(date, sd, qty);

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Receipts");
  receipts.addRow([...RECEIPT_COLUMNS]);
  receipts.addRow(receipt(new Date(Date.UTC(2025, 1, 2)), "SD-1", 100));
  receipts.addRow(
    receipt(new Date(Date.UTC(2025, 1, 3)), "SD-2", {
      richText: [{ text: "380" }, { text: "1", font: { vertAlign: "superscript" } }],
    }),
  );
  receipts.addRow(receipt("15 janv. 2025", "SD-3", 20));
  receipts.addRow(receipt("1 dic. 2025", "SD-4", 7));
  receipts.getCell("F5").numFmt = ";;;";
  receipts.getColumn(7).hidden = true;
  const sales = wb.addWorksheet("Deliveries");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 2, 1)), "Fuel AG", "UCO", 40, "yes"]);
  return addCertificates(wb);
}

it("refuses a footnote raised in a quantity, reads a French date, and warns of a hidden column and a hidden value", async () => {
  await book().xlsx.writeFile(path.join(folder.path, "books.xlsx"));
  const result = massbal(["check", "books.xlsx", "--json"], folder.path);
  expect(result.code).toBe(1);
  const report = JSON.parse(result.stdout) as Report;
  const said = report.findings
    .filter((f) => f.sheet === "Receipts")
    .map((f) => [f.severity, f.code, f.cell, /footnote mark/.test(f.message)]);
  expect(said).toEqual(
    expect.arrayContaining([
      ["error", "invalid-number", "F3", true],
      ["warning", "column-hidden", "G1", false],
      ["warning", "value-not-shown", "F5", false],
    ]),
  );
  expect(said.filter(([severity]) => severity === "error")).toHaveLength(1);
  // 100 + 20 (15 janv.) + 7 (1 dic., a later period), never 3801 or 380
  const uco = report.balances.filter((b) => b.product === "UCO");
  expect(uco.map((b) => Number(b.received)).reduce((a, b) => a + b, 0)).toBe(127);
});

describe("a damaged workbook", () => {
  async function damage(change: (zip: JSZip, sheet: string) => void): Promise<void> {
    const zip = await JSZip.loadAsync(await book().xlsx.writeBuffer());
    change(zip, await zip.file("xl/worksheets/sheet1.xml")!.async("string"));
    writeFileSync(path.join(folder.path, "books.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
  }

  it.each([
    [
      "without its shared strings",
      (zip: JSZip) => zip.remove("xl/sharedStrings.xml"),
      "its cell texts (the part xl/sharedStrings.xml) are missing, so cell Receipts!A1 and every other text cell cannot be read",
    ],
    [
      "with a text cell beyond them",
      (zip: JSZip, sheet: string) =>
        zip.file("xl/worksheets/sheet1.xml", sheet.replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+/, "$1999")),
      "cell Receipts!B2 refers to text number 1000, but the file holds",
    ],
  ])("is refused %s, naming the cell, in the user's words", async (_label, change, where) => {
    await damage(change);
    const result = massbal(["check", "books.xlsx"], folder.path);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `"books.xlsx" could not be opened as an .xlsx workbook: the file is damaged: ${where}`,
    );
    expect(result.stderr).toContain("open it in Excel, which may repair it, and save it again.");
    expect(result.stderr).not.toMatch(/Cannot read|undefined|TypeError/);
  });
});
