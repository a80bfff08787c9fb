// The settings sheet read alone, as the settings-sheet tests build it: one set-up for all of them.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet } from "../fixtures";

/** The settings read from a workbook whose only sheet is "Settings" with `rows`, and the findings at that sheet. */
export const settingsOf = (rows: CellValue[][]) => {
  const read = readWorkbook({ name: "Books.xlsx", sheets: [sheet("Settings", rows)] });
  return { settings: read.ledger.settings, at: read.findings.filter((f) => f.sheet === "Settings") };
};

/** A company and its own certificate: rows every sheet of these tests may start with. */
export const COMPANY: CellValue[][] = [
  ["Company name", "Ölmühle Nord GmbH"],
  ["Own certificate", "EU-ISCC-Cert-DE100-9"],
];
