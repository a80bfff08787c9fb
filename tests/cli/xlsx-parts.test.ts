import ExcelJS from "exceljs";
import JSZip from "jszip";
import { packageProblems } from "./xlsx-parts";

async function plain(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").addRow(["=not a formula", 1]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("package checks", () => {
  it("pass a package exceljs wrote", async () => {
    expect(await packageProblems(await plain())).toEqual([]);
  });

  it("catch broken XML, a dangling relationship and a part without a content type", async () => {
    const zip = await JSZip.loadAsync(await plain());
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData></worksheet>");
    zip.file(
      "xl/_rels/workbook.xml.rels",
      (await zip.file("xl/_rels/workbook.xml.rels")!.async("string")).replace("styles.xml", "gone.xml"),
    );
    zip.file("xl/extra.bin", "x");
    const problems = await packageProblems(await zip.generateAsync({ type: "nodebuffer" }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^xl\/worksheets\/sheet1.xml: not well-formed/),
        "xl/_rels/workbook.xml.rels: points at missing xl/gone.xml",
        "xl/extra.bin: no content type",
      ]),
    );
  });
});
