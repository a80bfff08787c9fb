// Builds the Office.js adapter over a fresh fake Excel, in the shape the port contract wants.
import { createFakeExcel, type FakeExcel, type FakeExcelOptions } from "../../../src/demo/fake-excel";
import { parseSheetReference } from "../../../src/workbook/a1";
import { OfficeJsWorkbook } from "../../../src/workbook/officejs/officejs-workbook";
import type { InspectedCell } from "../../../src/workbook/out-value";
import type { CellRef, SheetOptions, WorkbookSnapshot } from "../../../src/workbook/port";
import type { PortUnderTest } from "../port-contract";

export interface FakePort extends PortUnderTest {
  port: OfficeJsWorkbook;
  fake: FakeExcel;
}

/** Points back to characters, the inverse of what the adapter writes. */
function characters(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

export function makeFakePort(snapshot: WorkbookSnapshot, options?: FakeExcelOptions): FakePort {
  const fake = createFakeExcel(snapshot, options);
  const port = new OfficeJsWorkbook({ run: fake.run, requirements: fake.requirements });
  return {
    port,
    fake,
    reopen: async () => fake.snapshot(),
    inspect: async (ref: CellRef): Promise<InspectedCell> => {
      const cell = fake.cell(ref.sheet, ref.cell);
      return {
        value: cell.value,
        fill: cell.fill,
        note: cell.note ?? cell.comment,
        bold: cell.bold,
        link: cell.link ? parseSheetReference(cell.link) : null,
        numberFormat: cell.numberFormat === "General" ? null : cell.numberFormat,
      };
    },
    sheetOptions: async (name: string): Promise<SheetOptions> => {
      const info = fake.sheetInfo(name);
      const widths: number[] = [];
      for (const [col, points] of Object.entries(info.columnWidths)) widths[Number(col)] = characters(points);
      return {
        visibility: info.visibility,
        freezeRows: info.freezeRows,
        tabColor: info.tabColor ?? undefined,
        columnWidths: widths,
      };
    },
  };
}
