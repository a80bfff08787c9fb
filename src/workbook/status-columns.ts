// Which columns of a table say what its rows are (docs/rules.md "Rows and sheets marked as not
// really there", "Returns"): its unmapped status, remark and mark columns (status-headings.ts,
// status-marks.ts), the column the user mapped as the lines' status, and its document type
// columns ("Belegart", "Document type": document-kind.ts, p-credit); and how a status column's
// cells are read. Pure: reads the grid only.
import type { Grid } from "./grid";
import type { Recognition } from "./recognition";
import { isDateFormat } from "./dates";
import { isRowStatus, STATUS_FIELD } from "./fields";
import { headingKind } from "./status-headings";
import { anyTicked, markHeading, type StatusColumn } from "./status-marks";
import { speaksStatus } from "./status-read";
import { documentHeading, documentValues } from "./document-kind";
import { anyStated, proofHeading } from "./proof-status";

/** How column `c`'s cells are read: its mark heading, whether free text, whether rows are ticked. */
export function statusColumn(grid: Grid, header: number, c: number): StatusColumn {
  const heading = grid.headerText(header, c);
  const mark = markHeading(heading);
  const below = function* () {
    for (let r = header + 1; r < grid.rowCount; r++)
      yield [grid.value(r, c), isDateFormat(grid.format(r, c))] as const;
  };
  const kind = headingKind(heading);
  // (p-sdstatus) "SD Status", "Status Nachweis", "SD erhalten": the proof's status, not the line's
  const proof = proofHeading(heading);
  if (proof) return { mark: null, free: false, ticked: anyStated(below()), proof };
  return {
    mark,
    free: kind === "remark" || (kind === "place" && !keepsStatuses(below())),
    ticked: mark === "approval" && anyTicked(below()),
  };
}

/**
 * Whether a column headed "State"/"Estado"/"État" (an address's state, or the line's status) keeps
 * statuses: at least half its texts hold a status word ("entregado", "anulado", "storniert"), and
 * at least MIN_STATUSES of them do (p-sd8: on two rows "Texas" and "cancelled" half is one word,
 * too few to call "Texas" a status). Then a text of no status there ("Gutschrift") leaves the line
 * unclear, as under "Status"; else its texts may be states ("TX", "Bayern") and only its status
 * words count (a cancelled or rejected row is still not booked).
 */
function keepsStatuses(values: Iterable<readonly [unknown, boolean]>): boolean {
  let texts = 0;
  let statuses = 0;
  for (const [v] of values) {
    if (typeof v !== "string" || v.trim() === "") continue;
    texts++;
    if (speaksStatus(v)) statuses++;
  }
  return statuses >= MIN_STATUSES && statuses * 2 >= texts;
}

/** The fewest texts with a status word that make a "State" column one of statuses (keepsStatuses). */
const MIN_STATUSES = 3;

/**
 * Unmapped columns of the header row whose heading is a status, remark or proof status heading
 * (status-headings.ts, proof-status.ts), and the column the user mapped as the lines' status (fields.ts
 * STATUS_FIELD), whatever its heading.
 */
export function statusColumns(grid: Grid, rec: Recognition): number[] {
  const header = rec.headerRow;
  if (header === null) return [];
  const chosen =
    rec.spec && isRowStatus(rec.spec, STATUS_FIELD) ? rec.columns.get(STATUS_FIELD)?.col : undefined;
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  const out: number[] = [];
  const width = Math.max((grid.sheet.values[header] ?? []).length, (chosen ?? -1) + 1);
  for (let c = 0; c < width; c++)
    if (
      c === chosen ||
      (!mapped.has(c) &&
        (headingKind(grid.headerText(header, c)) || markHeading(grid.headerText(header, c)))) ||
      (!mapped.has(c) && proofHeading(grid.headerText(header, c)))
    )
      out.push(c);
  return out;
}

/**
 * Unmapped columns of the header row headed as a document type ("Belegart", "Document type", "Doc.
 * type", "Tipo de documento": document-kind.ts) that are no status column (p-credit). One headed
 * "Vorgang", "Transaction" or "Operation" is one only where its values are document words; where
 * they are free text ("Auftrag 4711") it is `free`: only a cell led by a credit note is read
 * (document-kind.ts freeTextKind; p-heads).
 */
export function documentColumns(grid: Grid, rec: Recognition): { col: number; free: boolean }[] {
  const header = rec.headerRow;
  if (header === null) return [];
  const mapped = new Set([...rec.columns.values()].map((m) => m.col));
  const status = new Set(statusColumns(grid, rec));
  const out: { col: number; free: boolean }[] = [];
  const width = (grid.sheet.values[header] ?? []).length;
  for (let c = 0; c < width; c++) {
    const heading = mapped.has(c) || status.has(c) ? null : documentHeading(grid.headerText(header, c));
    if (!heading) continue;
    const texts: string[] = [];
    for (let r = header + 1; heading === "ambiguous" && r < grid.rowCount; r++)
      texts.push(String(grid.value(r, c) ?? ""));
    out.push({ col: c, free: heading === "ambiguous" && !documentValues(texts) });
  }
  return out;
}
