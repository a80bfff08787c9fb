// A required field read from a column the add-in is not sure of (moved whole from read.ts).
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import { requiredFields } from "./recognise";
import type { Recognition } from "./recognition";

/**
 * A required field that rests on a match the add-in is not sure of is never silent: one warning
 * at the header cell (mapping-uncertain), until the user confirms the column (which remembers it).
 */
export function uncertainRequired(grid: Grid, rec: Recognition): Finding[] {
  const spec = rec.spec;
  if (!spec || rec.headerRow === null) return [];
  const findings: Finding[] = [];
  for (const id of requiredFields(spec, rec.columns)) {
    const m = rec.columns.get(id);
    if (!m || m.confidence !== "uncertain") continue;
    const label = spec.fields.find((f) => f.id === id)?.label ?? id;
    findings.push(
      readFinding("mapping-uncertain", "warning", grid.sheet.name, cellAddress(rec.headerRow + 1, m.col), {
        label,
        value: m.header,
        ...(m.note ? { read: m.note } : {}),
      }),
    );
  }
  return findings;
}
