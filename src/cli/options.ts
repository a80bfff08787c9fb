// The command-line flags as the shared use cases' RunOptions; a bad value is a usage error.
import type { RunOptions } from "../app/types";
import { UsageError } from "./input";
import type { CommandOptions } from "./run-command";

export function runOptions(flags: CommandOptions): RunOptions {
  const options: RunOptions = {};
  if (flags.scheme) options.scheme = flags.scheme === "iscc-plus" ? "ISCC PLUS" : "ISCC EU";
  if (flags.periodMonths !== undefined) {
    const n = Number(flags.periodMonths);
    if (!Number.isInteger(n) || n < 1)
      throw new UsageError(`--period-months must be a whole number of months, not "${flags.periodMonths}".`);
    options.periodMonths = n;
  }
  if (flags.periodStart !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(flags.periodStart) || Number.isNaN(Date.parse(flags.periodStart))) {
      throw new UsageError(`--period-start must be a date as YYYY-MM-DD, not "${flags.periodStart}".`);
    }
    options.periodStart = flags.periodStart;
  }
  if (flags.continuous) options.continuous = true;
  if (flags.energyAccounting !== undefined) {
    const unit = flags.energyAccounting === true ? "MJ" : String(flags.energyAccounting);
    const energyUnit = /^mj$/i.test(unit) ? "MJ" : /^kwh$/i.test(unit) ? "kWh" : null;
    if (!energyUnit) throw new UsageError(`--energy-accounting takes MJ or kWh, not "${unit}".`);
    options.settings = { ...options.settings, energyAccounting: true, energyUnit };
  }
  if (flags.draft) options.draft = true;
  return options;
}
