import { CONFIG_SHEET, configSheetRows, readConfig } from "../workbook/config";
import type { WorkbookPort } from "../workbook/port";
import { portOptions, stepper } from "./run";
import type { ClearOutcome, RunOptions } from "./types";

/** Restores every marked cell's original fill and note exactly, and forgets the marks. */
export async function clearMarks(port: WorkbookPort, options: RunOptions = {}): Promise<ClearOutcome> {
  const step = stepper(options);
  step("Reading the workbook", 0);
  // MB Config holds the originals; the other sheets are needed by name only
  const snapshot = await port.readSnapshot({ ...portOptions(options), sheets: [CONFIG_SHEET] });
  const config = readConfig(snapshot);
  if (config.marks.length === 0) return { restored: 0 };
  const sheets = new Set(snapshot.sheets.map((s) => s.name));
  const restore = config.marks.filter((m) => sheets.has(m.sheet));
  step("Restoring the marked cells", 0.5);
  await port.applyPatch(
    {
      ops: [
        ...(restore.length > 0 ? [{ kind: "styleCells" as const, cells: restore }] : []),
        {
          kind: "replaceSheet",
          name: CONFIG_SHEET,
          rows: configSheetRows({ ...config, marks: [] }),
          options: { visibility: "veryHidden" },
        },
      ],
    },
    portOptions(options),
  );
  step("Done", 1);
  return { restored: restore.length };
}
