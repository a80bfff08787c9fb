// The workbook's own conventions for text numbers ("1.234,5" or "1,234.5") and slashed dates
// (day or month first), told by the values that are unambiguous. Ambiguous ones follow them.
import type { Conventions } from "./cell-values";
import type { Grid } from "./grid";
import type { Recognition } from "./recognise";
import { dateEvidence, numberEvidence } from "./values";

const MAX_SAMPLES = 5000;

export function detectConventions(tables: { grid: Grid; rec: Recognition }[]): Conventions {
  let point = 0;
  let comma = 0;
  let dmy = 0;
  let mdy = 0;
  for (const { grid, rec } of tables) {
    if (!rec.spec || rec.headerRow === null) continue;
    for (const field of rec.spec.fields) {
      const match = rec.columns.get(field.id);
      if (!match || (field.type !== "number" && field.type !== "date")) continue;
      const end = Math.min(grid.rowCount, rec.headerRow + 1 + MAX_SAMPLES);
      for (let r = rec.headerRow + 1; r < end; r++) {
        const v = grid.value(r, match.col);
        if (field.type === "date") {
          const fmt = typeof v === "number" ? grid.format(r, match.col) : null;
          // a date format written month first ("mm/dd/yyyy") tells how this workbook's people write dates
          if (fmt && /^\W*m+\W+d+\W+y/i.test(fmt)) mdy++;
          else if (fmt && /^\W*d+\W+m+\W+y/i.test(fmt)) dmy++;
          if (typeof v !== "string") continue;
          const e = dateEvidence(v);
          if (e === "dmy") dmy++;
          else if (e === "mdy") mdy++;
        } else if (typeof v === "string") {
          const e = numberEvidence(v);
          if (e === "point") point++;
          else if (e === "comma") comma++;
        }
      }
    }
  }
  return {
    number: point > comma ? "point" : comma > point ? "comma" : null,
    date: dmy > mdy ? "dmy" : mdy > dmy ? "mdy" : null,
  };
}
