// The task pane's correction and settings UI store what the user chose in MB Config, so every
// host (and the next check) honours it.
import type { SettingsInput } from "../engine/model";
import { CONFIG_SHEET, configSheetRows, readConfig } from "../workbook/config";
import type { WorkbookPort } from "../workbook/port";
import { type ColumnMapping, KIND_FIELD, type MbConfig } from "../workbook/types";

/**
 * Rewrites MB Config with `change` applied to what it holds (an empty config where there is none),
 * itself listed among the generated sheets; written very hidden.
 */
export async function updateConfig(
  port: WorkbookPort,
  change: (config: MbConfig) => MbConfig,
): Promise<void> {
  const config = change(readConfig(await port.readSnapshot({ sheets: [CONFIG_SHEET] })));
  const generated = config.generated.includes(CONFIG_SHEET)
    ? config.generated
    : [...config.generated, CONFIG_SHEET];
  await port.applyPatch({
    ops: [
      {
        kind: "replaceSheet",
        name: CONFIG_SHEET,
        rows: configSheetRows({ ...config, generated }),
        options: { visibility: "veryHidden" },
      },
    ],
  });
}

/**
 * Stores one column correction; a later one for the same sheet and field replaces it. A kind
 * (field KIND_FIELD) chosen for a block (with its column) replaces the block's and the whole
 * sheet's earlier choice; one chosen for the whole sheet (column "") replaces every choice of the
 * sheet; and one with no kind removes what it would replace (the pane's "As its headings say").
 */
export function saveColumnMapping(port: WorkbookPort, mapping: ColumnMapping): Promise<void> {
  const replaced = (m: ColumnMapping) =>
    m.sheet === mapping.sheet &&
    m.field === mapping.field &&
    (mapping.field !== KIND_FIELD || !mapping.column || !m.column || m.column === mapping.column);
  const removal = mapping.field === KIND_FIELD && !mapping.kind;
  return updateConfig(port, (config) => ({
    ...config,
    mappings: [...config.mappings.filter((m) => !replaced(m)), ...(removal ? [] : [mapping])],
  }));
}

/**
 * Merges settings into the stored ones: a given value replaces the stored one, and a key given
 * as undefined or "" removes it (the user cleared the field).
 */
export function saveSettings(port: WorkbookPort, settings: SettingsInput): Promise<void> {
  return updateConfig(port, (config) => {
    const next: Record<string, unknown> = { ...config.settings };
    for (const [key, value] of Object.entries(settings)) {
      if (value === undefined || value === "") delete next[key];
      else next[key] = value;
    }
    return { ...config, settings: next as SettingsInput };
  });
}
