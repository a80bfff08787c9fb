// The pane bound to the shared use cases: the same code the massbal command and the demo run.
import {
  checkWorkbook,
  clearMarks,
  declareWorkbook,
  inspectWorkbook,
  saveColumnMapping,
  saveSettings,
} from "../app";
import { fieldsOf } from "../workbook/fields";
import type { PaneServices } from "./services";

export const appServices: PaneServices = {
  inspect: inspectWorkbook,
  check: checkWorkbook,
  declare: declareWorkbook,
  clear: clearMarks,
  saveColumnMapping,
  saveSettings,
  fieldsFor: (kind) => fieldsOf(kind).map((f) => ({ field: f.id, label: f.label, required: f.required })),
};
