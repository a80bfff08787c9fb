// The inspect use case (src/app/inspect.ts): what a host shows before any check.
import { inspectWorkbook } from "../../src/app/index";
import { MemoryWorkbook } from "../../src/workbook/memory/memory-workbook";
import { snapshot } from "./books";

describe("inspectWorkbook", () => {
  it("recognises each sheet and names every column in use by its header cell, without writing anything", async () => {
    const source = snapshot();
    const wb = MemoryWorkbook.fromSnapshot(source);
    const inspection = await inspectWorkbook(wb);

    expect(inspection.workbook).toBe("Books.xlsx");
    expect(inspection.sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Receipts", "receipts"],
      ["Deliveries", "deliveries"],
      ["Settings", "settings"],
    ]);
    // the tables (a settings sheet is rows of setting and value, without a header row)
    const tables = source.sheets.filter((s) => s.name !== "Settings");
    expect(tables.map((s) => s.name)).toEqual(["Receipts", "Deliveries"]);
    for (const sheet of tables) {
      const recognised = inspection.sheets.find((s) => s.name === sheet.name)!;
      const header = sheet.values[recognised.headerRow! - 1]!;
      const width = Math.max(...sheet.values.map((row) => row.length));
      expect(inspection.columns[sheet.name]).toHaveLength(width);
      expect(inspection.columns[sheet.name]!.map((c) => c.header)).toEqual(
        Array.from({ length: width }, (_, i) =>
          typeof header[i] === "string" ? String(header[i]).trim() : "",
        ),
      );
      expect(inspection.columns[sheet.name]![0]!.letter).toBe("A");
    }
    // nothing was written: the workbook still has only the user's sheets
    expect(wb.sheetNames()).toEqual(["Receipts", "Deliveries", "Settings"]);
  });

  it("reads the cells of only the sheets asked for, still listing every sheet", async () => {
    const wb = MemoryWorkbook.fromSnapshot(snapshot());
    const whole = await inspectWorkbook(wb);
    const part = await inspectWorkbook(wb, { sheets: ["Deliveries"] });
    expect(part.sheets.map((s) => s.name)).toEqual(["Receipts", "Deliveries", "Settings"]);
    expect(part.columns.Deliveries).toEqual(whole.columns.Deliveries);
    expect(part.columns.Receipts ?? []).toEqual([]);
  });
});
