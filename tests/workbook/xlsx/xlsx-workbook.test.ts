// What the xlsx adapter does with files Excel writes: formulas, rich text, dates, links, paths.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { scanLossyParts, XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

async function excelFile(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Data"), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("XlsxWorkbook reading", () => {
  it("gives cached formula results, plain rich text, date serials, link text and errors", async () => {
    const buf = await excelFile((ws) => {
      ws.getCell("A1").value = { formula: "1+1", result: 2 };
      ws.getCell("A2").value = { formula: "NA()", result: { error: "#N/A" } };
      ws.getCell("A3").value = { formula: '"x"&"y"' }; // never calculated: no cached result
      ws.getCell("B1").value = { richText: [{ text: "Öl" }, { text: "mühle", font: { bold: true } }] };
      ws.getCell("C1").value = new Date(Date.UTC(2025, 0, 1));
      ws.getCell("C1").numFmt = "dd.mm.yyyy";
      ws.getCell("D1").value = { text: "see receipts", hyperlink: "#'Data'!A1" };
      ws.getCell("E1").value = { error: "#DIV/0!" };
      ws.getCell("F1").value = { sharedFormula: "A1", result: 7 } as unknown as ExcelJS.CellValue;
    });
    const snap = await (await XlsxWorkbook.fromBuffer(buf)).readSnapshot();
    const v = snap.sheets[0]!.values;
    expect(v[0]).toEqual([2, "Ölmühle", 45658, "see receipts", { error: "#DIV/0!" }, 7]);
    expect(v[1]![0]).toEqual({ error: "#N/A" });
    // a formula whose result was never saved is neither empty nor zero
    expect(v[2]![0]).toEqual({ formula: '"x"&"y"' });
    expect(snap.sheets[0]!.formats?.[0]?.[2]).toBe("dd.mm.yyyy");
  });

  it("reads 1904-system dates as serials of that system, and says which system it is", async () => {
    const buf = await excelFile((ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell("A1").value = new Date(Date.UTC(2025, 0, 1));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    const snap = await (await XlsxWorkbook.fromBuffer(buf)).readSnapshot();
    expect(snap.dateSystem).toBe(1904);
    expect(snap.sheets[0]!.values[0]![0]).toBe(45658 - 1462);
  });

  it("opens and saves files by path, and reports progress while reading", async () => {
    const dir = await mkdtemp(join(tmpdir(), "massbal-xlsx-"));
    try {
      const wb = await XlsxWorkbook.fromSnapshot({
        name: "x",
        sheets: [{ name: "Receipts", visibility: "visible", values: [["Date"], [45658]] }],
      });
      const path = join(dir, "Books 2025.xlsx");
      await wb.save(path);
      expect((await readFile(path)).subarray(0, 2).toString()).toBe("PK");
      const phases: string[] = [];
      const opened = await XlsxWorkbook.open(path);
      const snap = await opened.readSnapshot({ onProgress: (p) => phases.push(p.phase) });
      expect(snap.name).toBe("Books 2025.xlsx");
      expect(snap.sheets[0]!.values).toEqual([["Date"], [45658]]);
      expect(phases).toContain("Reading sheet Receipts");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("writes formula-looking text as a shared string, never a formula", async () => {
    const wb = await XlsxWorkbook.fromSnapshot({ name: "x", sheets: [] });
    await wb.applyPatch({
      ops: [{ kind: "replaceSheet", name: "MB Findings", rows: [["=SUM(A1:A2)", "+1", "-1", "@A"]] }],
    });
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).not.toContain("<f>");
    expect(sheetXml).toContain('t="s"');
  });
});

describe("XlsxWorkbook writing", () => {
  it("keeps the active tab on a visible sheet when the active one is deleted or hidden", async () => {
    const buf = await excelFile((_ws, wb) => {
      wb.addWorksheet("MB Summary");
      wb.views = [
        { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: "visible" },
      ];
    });
    const wb = await XlsxWorkbook.fromBuffer(buf);
    await wb.applyPatch({
      ops: [
        { kind: "deleteSheet", name: "MB Summary" },
        { kind: "replaceSheet", name: "MB Config", rows: [["x"]], options: { visibility: "veryHidden" } },
      ],
    });
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load(toArrayBuffer(await wb.toBuffer()));
    expect(reloaded.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Data", "visible"],
      ["MB Config", "veryHidden"],
    ]);
    expect(reloaded.views[0]?.activeTab).toBe(0);
  });
});

function toArrayBuffer(b: Buffer): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe("scanLossyParts", () => {
  async function withParts(paths: string[]): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await excelFile((ws) => (ws.getCell("A1").note = "a note is kept")));
    for (const p of paths) zip.file(p, "<x/>");
    return zip.generateAsync({ type: "nodebuffer" });
  }

  it("finds nothing in a plain workbook with notes", async () => {
    expect(await scanLossyParts(await withParts([]))).toEqual([]);
  });

  it("names each kind of part exceljs would drop, once, in a stable order", async () => {
    const found = await scanLossyParts(
      await withParts([
        "xl/vbaProject.bin",
        "xl/charts/chart1.xml",
        "xl/charts/chart2.xml",
        "xl/pivotTables/pivotTable1.xml",
        "xl/drawings/drawing1.xml",
        "xl/threadedComments/threadedComment1.xml",
        "customXml/item1.xml",
        "xl/webextensions/webextension1.xml",
        "xl/externalLinks/externalLink1.xml",
        "xl/slicers/slicer1.xml",
      ]),
    );
    expect(found).toEqual([
      "charts",
      "pivot tables",
      "images and drawings",
      "threaded comments",
      "custom XML",
      "add-in settings (web extensions)",
      "macros (VBA project)",
      "external links",
      "slicers",
    ]);
  });

  it("refuses what is not a zip", async () => {
    await expect(scanLossyParts(Buffer.from("not a workbook"))).rejects.toThrow();
  });
});
