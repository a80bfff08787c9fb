// Settings from the host (CLI flags, the task pane's saved settings) win over the workbook's own.
// A setting given that way has no cell: a finding about it is never pinned to, nor marked on, the
// cell of the settings sheet it overrode.
import type { Ledger, SettingsInput } from "../engine/model";
import type { RunOptions } from "./types";
import { cellsOf } from "../engine/source-cells";

/**
 * The ledger with the host's settings applied. `saved` are the settings kept in MB Config (the
 * pane's Settings tab), which already won over the sheet's when the workbook was read.
 */
export function withOverrides(ledger: Ledger, options: RunOptions, saved: SettingsInput = {}): Ledger {
  const flags: SettingsInput = {
    ...options.settings,
    ...(options.scheme !== undefined && { scheme: options.scheme }),
    ...(options.periodMonths !== undefined && { periodMonths: options.periodMonths }),
    ...(options.periodStart !== undefined && { periodStart: options.periodStart }),
    ...(options.continuous !== undefined && { mode: options.continuous ? "continuous" : "end-of-period" }),
  };
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  const settings: SettingsInput = { ...ledger.settings, ...defined };
  const source = ledger.settings.source;
  if (source) {
    const overridden = new Set(
      [...Object.keys(defined), ...Object.keys(saved)].filter((k) => k !== "source"),
    );
    const cells = Object.fromEntries(
      Object.entries(cellsOf(source)).filter(([field]) => !overridden.has(field)),
    );
    settings.source = { sheet: source.sheet, row: source.row, cells };
  }
  return { ...ledger, settings };
}

/** today's date as YYYY-MM-DD in the local calendar of the person running it */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
