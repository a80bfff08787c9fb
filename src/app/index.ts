// The use cases every host shares (task pane, massbal CLI, browser demo). Hosts import from
// here only, so they cannot drift apart.
export { checkWorkbook } from "./check";
export { inspectWorkbook, type Inspection } from "./inspect";
export { declareWorkbook } from "./declare";
export { clearMarks } from "./clear-marks";
export { saveColumnMapping, saveSettings } from "./config-update";
export { MARK_FILLS, markNote } from "./marks";
export { GENERATED_BASES, isReservedName } from "./sheet-names";
export type { CheckOutcome, ClearOutcome, RunOptions } from "./types";
export { CancelError, type CancelRequest } from "./cancel";
export { UnlistedPrintedError, unlistedPrinted } from "./printed-sds";
