// (h-ghg3 A1) A column read as no field that stands inside a run of GHG value columns ("eec | el |
// ed | ep", "eec | el | e_x | ep | Total"): before, it was left unread without a word, and E was
// summed (or checked) without what may be a component the supplier's SD declares under a spelling
// the add-in does not know. Now a warning (mapping-uncertain, reason ghg-run-unread) at its heading
// says it stands among the GHG values and is not read: rename it to the component's name or move
// it out. Silent where its heading says what it is and that is no component: a remark or status
// heading ("Bemerkung", "Remarks", "Uwagi"), a saving ("THG-Einsparung (%)"), what is no GHG value
// ("CO2-Preis (EUR)", "Carbon cost", "THG Datum"), or where a finding at its heading already says
// it (eee, ghg-term-unread). A column with no number other than 0 on any row (blank, 0, "n/a", a
// text) holds no component, loses nothing and is not said. Pure: reads the grid.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { namesNoGhgValue, namesNoValueWord } from "./ghg-non-value-words";
import { GHG_VALUE_FIELDS, ghgTermOf } from "./ghg-term-words";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { headingKind } from "./status-headings";
import { splitWords } from "./header-words";
import { isGhgValue } from "./ghg-term-unread";

const VALUES: ReadonlySet<string> = new Set(GHG_VALUE_FIELDS);

/** Whether heading `h` says it is something other than a GHG component (module comment). */
function saysOtherThing(h: string): boolean {
  const other = namesNoGhgValue(h) || splitWords(h).some(namesNoValueWord);
  return other || headingKind(h) !== null || ghgTermOf(h) === "saving";
}

/**
 * The mapped field of the nearest column from `c` going by `step` that a field of `rec` reads
 * (ghg.method and ghg.unit passed over: they belong to the run), or null where none.
 */
function neighbour(
  byCol: ReadonlyMap<number, string>,
  c: number,
  step: 1 | -1,
  width: number,
): string | null {
  for (let at = c + step; at >= 0 && at < width; at += step) {
    const field = byCol.get(at);
    if (field === undefined || field === "ghg.method" || field === "ghg.unit") continue;
    return field;
  }
  return null;
}

/**
 * mapping-uncertain (warning), reason ghg-run-unread, at the heading of each column of recognised
 * sheet `rec` that no field, rival or set-aside reads, whose nearest read columns on both sides are
 * GHG values (a component on one side at least), that holds a number other than 0 on some row and whose heading
 * says no other thing (module comment). `said`: the cells a finding already speaks of. `read`: its
 * first value and cell; `missing`: the GHG headings it stands between ("el" and "ep").
 */
export function unreadInGhgRun(grid: Grid, rec: Recognition, said: ReadonlySet<string>): Finding[] {
  const row = rec.headerRow;
  if (!rec.spec || row === null) return [];
  const byCol = new Map<number, string>();
  for (const [field, m] of rec.columns) byCol.set(m.col, field);
  const taken = new Set([...(rec.rivals ?? []).map((r) => r.col), ...(rec.setAside ?? []).map((s) => s.col)]);
  const width = grid.width(row, row + 1);
  const out: Finding[] = [];
  for (let c = 0; c < width; c++) {
    const heading = grid.headerText(row, c);
    const cell = cellAddress(row + 1, c);
    if (byCol.has(c) || taken.has(c) || heading.trim() === "" || said.has(cell)) continue;
    const [left, right] = [neighbour(byCol, c, -1, width), neighbour(byCol, c, 1, width)];
    if (!left || !right || !VALUES.has(left) || !VALUES.has(right)) continue;
    if (saysOtherThing(heading)) continue;
    let first = -1;
    for (let r = row + 1; r < grid.rowCount && first < 0; r++) if (isGhgValue(grid.value(r, c))) first = r;
    if (first < 0) continue;
    const headOf = (f: string) => rec.columns.get(f)?.header ?? f;
    out.push(
      readFinding("mapping-uncertain", "warning", grid.sheet.name, cell, {
        label: "GHG",
        value: heading,
        read: `${String(grid.value(first, c))} in ${cellAddress(first + 1, c)}`,
        reason: "ghg-run-unread",
        missing: `"${headOf(left)}" and "${headOf(right)}"`,
      }),
    );
  }
  return out;
}
