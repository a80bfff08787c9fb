// A production sheet's yes/no column about sustainability ("Nachhaltig", "ISCC", "Sustainable?")
// with a "no" among its answers. The engine reads a production row's sustainable part only as a
// quantity of its input (fields-production.ts sustainableInputQuantity); with no such column it
// converts each row's whole input (domain.md §4). Before, a column "Nachhaltig | nein" was dropped
// without a word: the run its keeper marked not sustainable converted sustainable credit into
// sustainable output, and SDs were issued on it. Now such a column is an error at its heading and
// the balances the sheet feeds are incomplete until the part is given as a quantity. A column that
// answers yes throughout agrees with the whole input and is left alone. Pure: the grid only.
import type { Ledger } from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { unreadMeaningOf } from "./header-words";
import { incompleteSheet } from "./left-out-sheet";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { statusColumns } from "./status-columns";
import { columnAnswers, headingNamesSustainability, tellsNotSustainable } from "./unmapped-sustainable";

/**
 * Each unmapped column of production table `rec` whose answers say some runs are not sustainable
 * (unmapped-sustainable.ts tellsNotSustainable; signs count under a heading about sustainability),
 * where the sheet has no sustainable input column: an error at its heading (mapping-uncertain
 * production-yes-no, consequence production-held) into `findings`, and the sheet's balances
 * incomplete in `ledger`. `used`: the columns read or said already (production-unread.ts); a Status
 * or remark column is left to each row's remark (production-remarks.ts).
 */
export function sayProductionYesNo(
  grid: Grid,
  rec: Recognition,
  findings: Finding[],
  ledger: Ledger,
  used: ReadonlySet<number>,
): void {
  const header = rec.headerRow;
  if (rec.kind !== "production" || header === null || rec.columns.has("sustainableInputQuantity")) return;
  const sheet = grid.sheet.name;
  const said = new Set(findings.filter((f) => f.sheet === sheet).map((f) => f.cell));
  const label = rec.spec?.fields.find((f) => f.id === "sustainableInputQuantity")?.label ?? "";
  // a Status or remark column speaks row by row (production-remarks.ts), not as a column
  const remarks = new Set(statusColumns(grid, rec));
  for (let c = 0; c < grid.width(header, header + 1); c++) {
    const heading = grid.headerText(header, c);
    const cell = cellAddress(header + 1, c);
    if (
      used.has(c) ||
      remarks.has(c) ||
      heading.trim() === "" ||
      said.has(cell) ||
      unreadMeaningOf(heading) !== null
    )
      continue;
    const { answers, no } = columnAnswers(grid, header, c);
    if (no === "" || !tellsNotSustainable(answers, 0, headingNamesSustainability(heading))) continue;
    findings.push(
      readFinding("mapping-uncertain", "error", sheet, cell, {
        label,
        value: heading,
        read: no,
        reason: "production-yes-no",
        consequence: "production-held",
      }),
    );
    const input = incompleteSheet(grid, rec);
    if (input) (ledger.incomplete ??= []).push({ ...input, source: { sheet, cell } });
  }
}
