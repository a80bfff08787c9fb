// Files written by other programs than Excel, rebuilt here part by part as those programs write
// them, read through the xlsx adapter: the .NET Open XML SDK (x:-prefixed SpreadsheetML), openpyxl
// (ISO date cells t="d", inline strings), and workbooks in the 1904 date system (read and written).
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkWorkbook } from "../../../../src/app/index";
import { XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsx-workbook";
import { excelBook, read, rewrite } from "./other-books";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

const rows = (r: Awaited<ReturnType<typeof read>>) =>
  r.ledger.receipts.map((x) => [x.date, x.product, x.quantity, x.supplier]);
const EXPECTED = [
  ["2025-03-05", "UCO", "10.5", "Saipol"],
  ["2025-03-06", "UCO", "4.5", "Cargill"],
];

describe("files from other programs", () => {
  it("reads SpreadsheetML written with an x: prefix (the .NET Open XML SDK)", async () => {
    const prefixed = await rewrite(await excelBook(), (name, xml) => {
      if (!name.startsWith("xl/") || !xml.includes(`xmlns="${MAIN}"`)) return xml;
      return xml
        .replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`)
        .replace(/<(\/?)(?!\?)([A-Za-z])/g, "<$1x:$2");
    });
    // the prefix really is there, on every element of the sheet
    const sheetXml = await (
      await JSZip.loadAsync(prefixed)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheetXml).toMatch(/<x:worksheet[^>]*xmlns:x=/);
    expect(sheetXml).toContain("<x:c ");
    expect(rows(await read(prefixed))).toEqual(EXPECTED);
  });

  it('reads ISO date cells (t="d") and inline strings as openpyxl writes them', async () => {
    const openpyxl = await rewrite(await excelBook(), (name, xml) => {
      if (name !== "xl/worksheets/sheet1.xml") return xml;
      return xml
        .replace(/<c r="A2"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="A2"$1 t="d"><v>2025-03-05T00:00:00</v></c>')
        .replace(/<c r="A3"([^>]*)><v>[^<]*<\/v><\/c>/, '<c r="A3"$1 t="d"><v>2025-03-06</v></c>')
        .replace(
          /<c r="D2"([^>]*) t="s"><v>\d+<\/v><\/c>/,
          '<c r="D2"$1 t="inlineStr"><is><t>Saipol</t></is></c>',
        );
    });
    const sheetXml = await (
      await JSZip.loadAsync(openpyxl)
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheetXml).toContain('t="d"><v>2025-03-05T00:00:00</v>');
    expect(sheetXml).toContain('t="inlineStr"><is><t>Saipol</t>');
    expect(rows(await read(openpyxl))).toEqual(EXPECTED);
  });

  it("reads a 1904-system workbook's dates, and writes the dates of its results in that system", async () => {
    const buf = await excelBook(true);
    const r = await read(buf);
    expect(rows(r)).toEqual(EXPECTED);

    const port = await XlsxWorkbook.fromBuffer(buf);
    const outcome = await checkWorkbook(port, { today: "2025-04-02" });
    expect(outcome.balances[0]).toMatchObject({ periodStart: "2025-01-01", received: "15" });
    // MB Ledger's first date, as Excel will show it in this workbook
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
    expect(saved.properties.date1904).toBe(true);
    const ledger = saved.getWorksheet("MB Ledger")!;
    const dates: string[] = [];
    ledger.eachRow((row, n) => {
      const v = row.getCell(1).value;
      if (n > 1 && v instanceof Date) dates.push(v.toISOString().slice(0, 10));
    });
    expect(dates.slice(0, 2)).toEqual(["2025-03-05", "2025-03-06"]);
    // and read back through the adapter, the same days again
    const again = await (await XlsxWorkbook.fromBuffer(await port.toBuffer())).readSnapshot();
    expect(again.dateSystem).toBe(1904);
  });

  it("reads a number cell whose stored text is no number as that text, never by parseFloat", async () => {
    const broken = await rewrite(await excelBook(), (name, xml) =>
      name === "xl/worksheets/sheet1.xml"
        ? xml.replace("<v>10.5</v>", "<v>1,5</v>").replace("<v>4.5</v>", "<v>12 t</v>")
        : xml,
    );
    const { ledger, findings } = await read(broken);
    expect(ledger.receipts.map((r) => [r.quantity, r.unit ?? null])).toEqual([
      ["1.5", "t"],
      ["12", "t"],
    ]);
    expect(findings).toEqual([]);
  });
});
