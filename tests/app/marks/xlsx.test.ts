// Marks and their exact restore on real .xlsx files (fills and notes as exceljs stores them).
import ExcelJS from "exceljs";
import { checkWorkbook, clearMarks } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books } from "../../cli/books";

const TODAY = { today: "2025-04-02" };

async function load(buf: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb;
}

/** fill and note of every cell of the user's sheets */
function looks(wb: ExcelJS.Workbook) {
  return ["Receipts", "Deliveries"].map((name) => {
    const out: Record<string, unknown> = {};
    wb.getWorksheet(name)!.eachRow((row) =>
      row.eachCell((cell) => {
        out[cell.address] = { fill: cell.fill ?? null, note: cell.note ?? null };
      }),
    );
    return out;
  });
}

describe("marks on an .xlsx file", () => {
  it("are restored exactly by clearMarks, after several checks", async () => {
    const original = Buffer.from(await books({ overdraw: true }).xlsx.writeBuffer());
    const port = await XlsxWorkbook.fromBuffer(original);
    const outcome = await checkWorkbook(port, TODAY);
    expect(outcome.marked).toBeGreaterThan(0);
    const reopened = await XlsxWorkbook.fromBuffer(await port.toBuffer());
    await checkWorkbook(reopened, TODAY);
    expect((await clearMarks(reopened)).restored).toBe(outcome.marked);

    expect(looks(await load(await reopened.toBuffer()))).toEqual(looks(await load(original)));
  });

  it("are lifted from cells the books no longer give a reason to mark", async () => {
    const original = Buffer.from(await books({ overdraw: true }).xlsx.writeBuffer());
    const port = await XlsxWorkbook.fromBuffer(original);
    const first = await checkWorkbook(port, TODAY);
    const negative = first.findings.find((f) => f.code === "negative-balance")!;

    // the user corrects the over-delivery in Excel and checks again
    const edited = await load(await port.toBuffer());
    edited.getWorksheet("Deliveries")!.getCell("D3").value = 10;
    const fixed = await XlsxWorkbook.fromBuffer(Buffer.from(await edited.xlsx.writeBuffer()));
    const second = await checkWorkbook(fixed, TODAY);
    expect(second.findings.some((f) => f.code === "negative-balance")).toBe(false);

    const after = await load(await fixed.toBuffer());
    const before = await load(original);
    const cell = (wb: ExcelJS.Workbook) => wb.getWorksheet(negative.sheet!)!.getCell(negative.cell!);
    expect({ fill: cell(after).fill, note: cell(after).note }).toEqual({
      fill: cell(before).fill,
      note: cell(before).note,
    });
  });
});
