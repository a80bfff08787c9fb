// Two receipts with SD numbers, the second with a remark or Status under a heading of the test's,
// read: the book the remark and proof tests read (remark-unsustainable, proof-values).
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/**
 * A receipts sheet read: 100 t of UCO from Fett AG on 5 January 2025 (SD-1), 40 t the next day
 * (SD-2) with `text` under `heading` in the last column, the first's cell there blank;
 * `sustainable`: a Sustainable column before it, each row's cell (none: no such column).
 */
export function readTwoReceipts(heading: string, text: CellValue, sustainable?: [CellValue, CellValue]) {
  const flag = sustainable ? ["Sustainable"] : [];
  const head = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", ...flag, heading];
  const row = (i: 0 | 1, v: CellValue): CellValue[] => [
    serial("2025-01-05") + i,
    "Fett AG",
    `SD-${i + 1}`,
    "UCO",
    100 - 60 * i,
    ...(sustainable ? [sustainable[i]] : []),
    v,
  ];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Receipts", [head, row(0, ""), row(1, text)])] });
}
