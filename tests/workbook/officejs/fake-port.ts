// Builds the Office.js adapter over a fresh fake Excel, in the shape the port contract wants.
import {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
  type FakePageSetup,
} from "../../../src/demo/fake-excel";
import { parseSheetReference } from "../../../src/workbook/a1";
import { OfficeJsWorkbook } from "../../../src/workbook/officejs/officejs-workbook";
import { parseHeaderFooter, type InspectedCell } from "../../../src/workbook/out-value";
import type { CellRef, PrintLayout, SheetOptions, WorkbookSnapshot } from "../../../src/workbook/port";
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
        wrap: cell.wrap,
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
        freezeColumns: info.freezeColumns,
        tabColor: info.tabColor ?? undefined,
        columnWidths: widths,
        wrapColumns: info.wrapColumns,
        ...(info.autoFilter ? { autoFilter: info.autoFilter } : {}),
        ...(info.pageSetup.zoom.horizontalFitToPages !== undefined
          ? { print: printLayout(info.pageSetup) }
          : {}),
      };
    },
  };
}

/** The fake's page setup in the port's terms (header and footer codes back to tokens). */
function printLayout(p: FakePageSetup): PrintLayout {
  const hf = p.headersFooters;
  const text = (left: string, center: string, right: string) =>
    parseHeaderFooter(`&L${left}&C${center}&R${right}`);
  const rows = /^\$(\d+):\$(\d+)$/.exec(p.printTitleRows ?? "");
  return {
    orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
    paper: p.paperSize as "A4",
    fitTo: { wide: p.zoom.horizontalFitToPages ?? 0, tall: p.zoom.verticalFitToPages ?? 0 },
    ...(rows ? { titleRows: { first: Number(rows[1]), last: Number(rows[2]) } } : {}),
    header: text(hf.leftHeader, hf.centerHeader, hf.rightHeader),
    footer: text(hf.leftFooter, hf.centerFooter, hf.rightFooter),
  };
}
