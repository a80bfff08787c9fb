// How the workbook writes numbers and dates where a sheet's own values do not tell, from its
// settings sheets and MB Config (read.ts); moved out of read.ts to keep it under 300 lines.
import { NOTHING_STATED, type StatedConventions } from "./conventions";
import type { Plan } from "./read-plan";
import { statedConventions } from "./settings-sheet";
import type { MbConfig } from "./types";

/** The number and date conventions the settings state, the add-in's own choice first. */
export function statedOf(plans: Plan[], config: MbConfig): StatedConventions {
  let stated: StatedConventions = NOTHING_STATED;
  for (const p of plans) {
    if (p.kind !== "settings") continue;
    const s = statedConventions(p.grid, p.entries);
    // the setting read, else the first one written (refused: dates that rest on it are refused too)
    const setting = stated.date
      ? stated.dateSetting
      : s.date
        ? s.dateSetting
        : (stated.dateSetting ?? s.dateSetting);
    stated = {
      number: stated.number ?? s.number,
      date: stated.date ?? s.date,
      ...(setting ? { dateSetting: setting } : {}),
    };
  }
  // an order chosen in the add-in (MB Config) is read as it is, whatever the sheet says
  if (config.settings.dateOrder)
    return { number: config.settings.decimalSeparator ?? stated.number, date: config.settings.dateOrder };
  return { ...stated, number: config.settings.decimalSeparator ?? stated.number };
}
