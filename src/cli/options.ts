// The command-line flags as the shared use cases' RunOptions; a bad value is an argument error
// that names the flag and points to --help.
import type { RunOptions } from "../app/types";
import { isIsoDate } from "../engine/schemas";
import { ArgumentError } from "./input";

/** The flags of `massbal check` and `massbal declare` as commander parses them. */
export interface CommandOptions {
  out?: string;
  json?: boolean;
  scheme?: string;
  periodMonths?: string;
  periodStart?: string;
  continuous?: boolean;
  /** true, or the energy unit ("MJ", "kWh") of --energy-accounting */
  energyAccounting?: boolean | string;
  force?: boolean;
  draft?: boolean;
  cancel?: string[];
  by?: string;
  reason?: string;
}

/** The workbook files massbal writes: exceljs writes Office Open XML, with or without macros' type. */
const OUTPUT = /\.(xlsx|xlsm)$/i;

export function runOptions(flags: CommandOptions, command = "massbal"): RunOptions {
  const wrong = (message: string) => new ArgumentError(message, command);
  const options: RunOptions = {};
  if (flags.scheme) options.scheme = flags.scheme === "iscc-plus" ? "ISCC PLUS" : "ISCC EU";
  if (flags.periodMonths !== undefined) {
    // digits only: Number() would also take "0x10", "1e3" and " " as months
    const typed = flags.periodMonths.trim();
    const n = /^\d+$/.test(typed) ? Number(typed) : NaN;
    if (!Number.isSafeInteger(n) || n < 1)
      throw wrong(`--period-months must be a whole number of months, such as 3, not "${flags.periodMonths}"`);
    options.periodMonths = n;
  }
  if (flags.periodStart !== undefined) {
    if (!isIsoDate(flags.periodStart))
      throw wrong(
        `--period-start must be a day of the calendar written YYYY-MM-DD, such as 2025-01-01, not "${flags.periodStart}"`,
      );
    options.periodStart = flags.periodStart;
  }
  if (flags.out !== undefined && !OUTPUT.test(flags.out)) {
    throw wrong(`--out must name an Excel workbook ending in .xlsx or .xlsm, not "${flags.out}"`);
  }
  if (flags.continuous) options.continuous = true;
  if (flags.energyAccounting !== undefined) {
    const unit = flags.energyAccounting === true ? "MJ" : String(flags.energyAccounting);
    const energyUnit = /^mj$/i.test(unit) ? "MJ" : /^kwh$/i.test(unit) ? "kWh" : null;
    if (!energyUnit) throw wrong(`--energy-accounting takes MJ or kWh, not "${unit}"`);
    options.settings = { ...options.settings, energyAccounting: true, energyUnit };
  }
  if (flags.draft) options.draft = true;
  if (flags.cancel?.length) {
    if (!flags.by?.trim() || !flags.reason?.trim())
      throw wrong("--cancel needs --by <name> and --reason <text>: both go into MB Declarations");
    options.cancel = flags.cancel.map((number) => ({
      number,
      by: flags.by as string,
      reason: flags.reason as string,
    }));
  } else if (flags.by !== undefined || flags.reason !== undefined) {
    throw wrong("--by and --reason go with --cancel <number>");
  }
  return options;
}
