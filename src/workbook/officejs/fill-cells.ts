// Writing an issued SD number into its delivery row: only into cells that are blank when the
// patch applies (the user may have typed meanwhile), as literal text. Two requests however many
// cells: one reads what the cells hold, one writes the blank ones. With `blankOnly` false (a
// withdrawn SD's mark on its own sheet) the cells are written whatever they hold, in one request.
import { cellAddress, parseCell } from "../a1";
import type { CellText } from "../port";
import type { Capabilities } from "./capabilities";
import { requireSheets } from "./cell-styles";
import { jsonBytes, type RequestBatch } from "./payload";

export async function fillBlankCells(
  context: Excel.RequestContext,
  caps: Capabilities,
  batch: RequestBatch,
  cells: CellText[],
  blankOnly = true,
): Promise<void> {
  if (cells.length === 0) return;
  await batch.flush();
  const sheets = await requireSheets(context, caps, [...new Set(cells.map((c) => c.sheet))]);
  const ranges: { range: Excel.Range; text: string }[] = [];
  for (const c of cells) {
    const { row, col } = parseCell(c.cell.replace(/\$/g, ""));
    const sheet = sheets.get(c.sheet) as Excel.Worksheet;
    await batch.add(c.cell.length + 100, () =>
      ranges.push({
        range: blankOnly
          ? sheet.getRange(cellAddress(row, col)).load("values")
          : sheet.getRange(cellAddress(row, col)),
        text: c.text,
      }),
    );
  }
  if (blankOnly) await batch.flush();
  for (const { range, text } of ranges) {
    const now = blankOnly ? range.values[0]?.[0] : "";
    if (now !== "" && now !== null && now !== undefined) continue;
    // a text that Excel would read as a formula or a number stays literal behind an apostrophe
    const literal = /^[=+\-@]/.test(text) || /^-?\d/.test(text) ? `'${text}` : text;
    await batch.add(jsonBytes(literal), () => {
      range.values = [[literal]];
    });
  }
}
