// A sheet whose first columns hold certificate numbers ("EU-ISCC-Cert-DE105-40012345",
// "ISCC-PLUS-Cert-…") is a certificate register the workbook keeps, whatever its headings say:
// when its header cannot be read as one (validity headings the add-in does not know, a single
// "Validity" column holding ranges), it is an unread register — an error that leaves the credit
// of the receipts it would check unknown (unread-register.ts, domain.md §4, §7) — never a ledger
// with a warning, nor an unknown sheet without a word.
import { candidateHeadings } from "./candidate-headings";
import { columnProfile } from "./column-profile";
import { kindSpec } from "./fields";
import type { Grid } from "./grid";
import type { Recognition } from "./recognition";

/** The first columns looked at for certificate numbers (a register starts with them). */
const FIRST_COLUMNS = 2;
/** Rows searched for the header above the numbers (as recognition does). */
const SCAN = 30;
/** Two dates in one cell: "01.06.2024 - 31.12.2024", "1 Jun 2024 to 31 Dec 2024". */
const RANGE = /\d.*\s(?:-|–|—|to|bis|au|al|a|tot|t\/m|hasta)\s.*\d/i;

/**
 * `rec` read again as an unread certificate register, when the sheet was not read as one and a
 * column among its first two holds mostly certificate numbers under its first filled row: kind
 * certificates, that row as header, the column as the certificate number, the validity fields
 * missing. Null when the sheet is no such thing (or was recognised as a register already).
 */
export function certificateSheet(grid: Grid, rec: Recognition): Recognition | null {
  const spec = kindSpec("certificates");
  if (!spec || rec.spec?.kind === "certificates") return null;
  const header = firstFilledRow(grid);
  if (header === null) return null;
  for (let col = 0; col < FIRST_COLUMNS; col++) {
    const p = columnProfile(grid, header, col);
    if (p.n === 0 || p.certificate <= 0.5) continue; // a share of the cells sampled
    const columns = new Map([
      [
        "certificateNumber",
        { col, header: grid.headerText(header, col), unit: null, confidence: "uncertain" as const },
      ],
    ]);
    const missing = (spec.needs[0] ?? []).filter((id) => id !== "certificateNumber");
    return {
      kind: "certificates",
      spec,
      headerRow: header,
      columns,
      missing,
      corrected: false,
      hinted: "certificates",
    };
  }
  return null;
}

/**
 * The headings the user could map a register's missing validity to, in their words: a column
 * whose cells hold a range of two dates is named with what to do (split it into Valid from and
 * Valid until), since one cell cannot be read as two dates without guessing. Other kinds' sheets
 * get candidate-headings.ts's answer.
 */
export function registerCandidates(grid: Grid, rec: Recognition, id: string): string {
  const row = rec.headerRow;
  if (row === null || rec.spec?.kind !== "certificates") return candidateHeadings(grid, rec, id);
  const width = grid.width(row, row + 1);
  for (let c = 0; c < width; c++) {
    const v = grid.value(row + 1, c);
    const sample = typeof v === "string" ? v : "";
    if (!RANGE.test(sample)) continue;
    return `"${grid.headerText(row, c)}", which holds a range ("${sample.trim()}"): split it into two columns, Valid from and Valid until`;
  }
  return candidateHeadings(grid, rec, id);
}

function firstFilledRow(grid: Grid): number | null {
  const rows = Math.min(SCAN, grid.rowCount);
  for (let r = 0; r < rows; r++) {
    if ((grid.sheet.values[r] ?? []).some((v) => v !== null && v !== undefined && String(v).trim() !== ""))
      return r;
  }
  return null;
}
