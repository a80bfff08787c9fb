// Settings from the host (CLI flags, the task pane) win over the workbook's own.
import type { Ledger, SettingsInput } from "../engine/model";
import type { RunOptions } from "./types";

export function withOverrides(ledger: Ledger, options: RunOptions): Ledger {
  const flags: SettingsInput = {
    ...options.settings,
    ...(options.scheme !== undefined && { scheme: options.scheme }),
    ...(options.periodMonths !== undefined && { periodMonths: options.periodMonths }),
    ...(options.periodStart !== undefined && { periodStart: options.periodStart }),
    ...(options.continuous !== undefined && { mode: options.continuous ? "continuous" : "end-of-period" }),
  };
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  return { ...ledger, settings: { ...ledger.settings, ...defined } };
}

/** today's date as YYYY-MM-DD in the local calendar of the person running it */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
