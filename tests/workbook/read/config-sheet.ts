// The hidden MB Config sheet holding the user's choices of the Sheets tab (mappings only), as the
// add-in writes it: for tests of a kind the user chose for a sheet.
import { configSheetRows } from "../../../src/workbook/config";
import type { ColumnMapping } from "../../../src/workbook/types";
import { plain, sheet } from "../fixtures";

export function configSheet(mappings: ColumnMapping[]) {
  return sheet("MB Config", plain(configSheetRows({ mappings, settings: {}, marks: [], generated: [] })), {
    visibility: "veryHidden",
  });
}
