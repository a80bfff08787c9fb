// Turns an .xlsx (the bundled sample, or a file the user picks) into what the fake Excel is
// seeded with: values and formats through the xlsx adapter, plus each cell's fill and note, so
// marks can be told from the user's own colours and `Clear marks` has something to restore.
import { cellAddress } from "../workbook/a1";
import type { CellRef, WorkbookSnapshot } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import type { FakeSheetInit, FakeWorkbookInit } from "./fake-excel/state";

export const SAMPLE_URL = "sample.xlsx";
export const SAMPLE_NAME = "sample-books.xlsx";

function filledCells(snapshot: WorkbookSnapshot): CellRef[] {
  const cells: CellRef[] = [];
  for (const sheet of snapshot.sheets) {
    sheet.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== "") cells.push({ sheet: sheet.name, cell: cellAddress(r + 1, c) });
      }),
    );
  }
  return cells;
}

export async function workbookFromXlsx(data: ArrayBuffer, name: string): Promise<FakeWorkbookInit> {
  const file = await XlsxWorkbook.fromBuffer(data, name);
  const snapshot = await file.readSnapshot();
  const cells = filledCells(snapshot);
  const styles = await file.readCellStyles(cells);
  const fills = new Map<string, Record<string, string>>();
  const notes = new Map<string, Record<string, string>>();
  const put = (into: Map<string, Record<string, string>>, ref: CellRef, text: string) => {
    const perSheet = into.get(ref.sheet) ?? {};
    perSheet[ref.cell] = text;
    into.set(ref.sheet, perSheet);
  };
  cells.forEach((ref, i) => {
    const style = styles[i];
    if (style?.fill) put(fills, ref, style.fill);
    if (style?.note) put(notes, ref, style.note);
  });
  const sheets: FakeSheetInit[] = snapshot.sheets.map((s) => ({
    ...s,
    fills: fills.get(s.name) ?? {},
    notes: notes.get(s.name) ?? {},
  }));
  return { name, sheets };
}

export async function fetchSample(): Promise<FakeWorkbookInit> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) {
    throw new Error(`The sample workbook could not be loaded (${response.status} ${response.statusText}).`);
  }
  return workbookFromXlsx(await response.arrayBuffer(), SAMPLE_NAME);
}

export async function readChosenFile(file: File): Promise<FakeWorkbookInit> {
  if (!/\.xlsx$/i.test(file.name)) {
    throw new Error(
      `"${file.name}" is not an .xlsx workbook. Save it from Excel as .xlsx and open it again.`,
    );
  }
  try {
    return await workbookFromXlsx(await file.arrayBuffer(), file.name);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`"${file.name}" could not be read as an Excel workbook: ${detail}`);
  }
}
