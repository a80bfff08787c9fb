// Addresses as Excel accepts them in getRange / getRanges / notes.add: "D12", "$A$1:C3",
// "'My Sheet'!D12", and comma-separated lists of those.
import { parseRange, parseSheetReference } from "../../workbook/a1";
export { splitAreaList as splitAreas } from "../../workbook/officejs/addresses";
import { invalidArgument } from "./errors";
import type { Box, FakeSheet, FakeWorkbookState } from "./state";

/** Excel's last column (XFD), 0-based */
const LAST_COLUMN = 16383;

export function parseBox(address: string, location: string): Box {
  // whole rows, "1:4" (as Range.format.autofitRows is called on)
  const rows = /^(\d+):(\d+)$/.exec(address.replace(/\$/g, "").trim());
  if (rows) {
    const [r0, r1] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    if (r0 < 0 || r1 < r0) throw invalidArgument(location, `address "${address}"`);
    return { r0, c0: 0, r1, c1: LAST_COLUMN };
  }
  try {
    const { start, end } = parseRange(address.replace(/\$/g, "").trim());
    return { r0: start.row - 1, c0: start.col, r1: end.row - 1, c1: end.col };
  } catch {
    throw invalidArgument(location, `address "${address}"`);
  }
}

/** A possibly sheet-qualified address; a bare address belongs to `home` (or fails without one). */
export function parseQualified(
  state: FakeWorkbookState,
  address: string,
  home: FakeSheet | null,
  location: string,
): { sheet: FakeSheet; box: Box } {
  const text = address.trim();
  if (!text.includes("!")) {
    if (!home) throw invalidArgument(location, `"${address}" needs a sheet name`);
    return { sheet: home, box: parseBox(text, location) };
  }
  const ref = parseSheetReference(text);
  const sheet = ref ? state.findSheet(ref.sheet) : undefined;
  if (!ref || !sheet || (home && sheet !== home)) throw invalidArgument(location, `address "${address}"`);
  return { sheet, box: parseBox(ref.cell, location) };
}

export function forEachCell(box: Box, visit: (r: number, c: number) => void): void {
  for (let r = box.r0; r <= box.r1; r++) for (let c = box.c0; c <= box.c1; c++) visit(r, c);
}

export function cellCount(box: Box): number {
  return (box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1);
}
