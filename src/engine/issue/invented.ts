// (p-folder) Register lines an earlier massbal made up. Before p-outside, a number typed on a
// delivery row that no register held was recorded as issued by massbal: the lines of a split as
// the typed number with "-1", "-2"… ("ORH/2025/3-1"), one line as the typed number itself, each
// with incoming SDs and GHG values computed by that run, never printed. Audited copies written then
// still hold them. Now such a number is one declaration issued outside massbal (outside.ts).
// They are recognised exactly, by what that writer put into the record (stage.ts firstSight,
// 40ebd5c…13bcdf9): a record (not a line frozen from an older register's columns) whose stem is
// the row's typed number, anchor empty, the row carrying its number, and the lines numbered as
// splitNumbers numbers them. massbal's own numbers always end in "-<year>-<sequence>" (numbering.ts
// take); a stem that does not cannot be one of them, so only the typed-number writer made it. A
// typed number that looks like massbal's ("SD-2025-0001") cannot be told apart and is not reported.
// The lines are never deleted: declaration-invented at each line's SD number cell says what was
// made up and how to withdraw it; once withdrawn, the row's number is read as issued outside.
import { cellOf, finding } from "../findings";
import { numberKey } from "../normalise";
import { splitNumbers } from "../numbering";
import type { Finding } from "../result";
import type { Group } from "./frozen";

/** The end of every number massbal's numbering gives: "-2025-0001" (a split adds "-1", "-2"). */
const OWN_NUMBER = /-\d{4}-\d{4,}$/;

/** Whether a register group holds the lines an earlier massbal made up for a number typed on a row. */
export function isInvented(g: Group): boolean {
  if (g.anchor !== "" || OWN_NUMBER.test(g.stem) || g.members.length === 0) return false;
  const fromRecord = g.members.every((m) => m.fields !== null && m.unreadable === null && m.record !== "");
  if (!fromRecord || !g.members.every((m) => m.onRow || m.entry.elsewhere)) return false;
  const expected = splitNumbers(g.stem, g.members.length).map(numberKey).sort();
  const numbers = g.members.map((m) => numberKey(m.declaration.number)).sort();
  return expected.every((n, i) => n === numbers[i]);
}

/** declaration-invented at the SD number cell of each line of an invented group still issued. */
export function inventedFindings(groups: readonly Group[]): Finding[] {
  const out: Finding[] = [];
  for (const g of groups) {
    if (!g.active || !isInvented(g)) continue;
    const lines = g.members.map((m) => m.declaration.number).join(", ");
    for (const m of g.members) {
      out.push(
        finding("declaration-invented", "warning", cellOf(m.entry.source, "number"), {
          number: m.declaration.number,
          typed: g.stem,
          lines,
          split: g.members.length > 1,
        }),
      );
    }
  }
  return out;
}
