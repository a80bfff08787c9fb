// The app layer's part of the catalogue of finding codes (codes.ts): what Check and Declare say of
// the workbook as a whole, its registers and printed declarations, beyond the engine's findings.
import type { CodeEntry } from "./code-entry";
import type { FindingCode } from "./details";

/** The codes the app layer (src/app, src/cli) raises, with their severity and remedy. */
export const APP_CATALOGUE = {
  "issue-date-run-day": {
    layer: "app",
    severity: "info",
    remedy: "set the issue date of new declarations in Settings to date them yourself",
  },
  "declaration-withdrawn": {
    layer: "app",
    severity: "info",
    remedy: "send the declaration that replaces it; the row may keep its number or take the new one",
  },
  // brk23 §1: a printed SD sheet the register does not list, said by Check (Declare refuses)
  "declaration-printed-unlisted": {
    layer: "app",
    severity: "error",
    remedy: "put MB Declarations back as massbal wrote it, from Excel's undo, a backup or the auditor's copy",
  },
  "declaration-recorded-unlisted": {
    layer: "app",
    severity: "error",
    remedy: "put MB Declarations back as massbal wrote it, from Excel's undo, a backup or the auditor's copy",
  },
  "reserved-sheet-name": {
    layer: "app",
    severity: "warning",
    remedy: "rename your sheet to have the results under their usual name",
  },
} as const satisfies Partial<Record<FindingCode, CodeEntry>>;
