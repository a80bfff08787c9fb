// Building findings: the cell a finding concerns comes from the record's source, the wording from
// the catalogue (catalogue/render.ts), and the order of the final list is fixed so the same input
// gives the same output.
import { withMessage } from "./catalogue/render";
import type { CellRef, Source } from "./model";
import type { Finding, FindingCode, FindingDetails, Severity } from "./result";
import { cellAt, firstCell } from "./source-cells";

/** The cell of the first field that has one; else the first cell of the row. */
export function cellOf(source: Source, ...fields: string[]): CellRef | undefined {
  for (const f of fields) {
    const cell = cellAt(source, f);
    if (cell) return { sheet: source.sheet, cell };
  }
  const cell = firstCell(source);
  if (cell) return { sheet: source.sheet, cell };
  return source.sheet ? { sheet: source.sheet, cell: "" } : undefined;
}

/**
 * The cell of exactly this field, or none: for a setting, where another cell of the settings
 * sheet would point the user at a value that is not the one in question (a setting given by a
 * flag or in the pane has no cell at all).
 */
export function exactCell(source: Source, field: string): CellRef | undefined {
  const cell = cellAt(source, field);
  return cell ? { sheet: source.sheet, cell } : undefined;
}

/**
 * A finding of `code` at a cell (none: workbook-wide), with the details its code takes
 * (catalogue/details.ts); the message is rendered from them, never written here.
 */
export function finding<C extends FindingCode>(
  code: C,
  severity: Severity,
  at: CellRef | undefined,
  details: FindingDetails[C],
  related?: (CellRef | undefined)[],
): Finding {
  const sheet = at?.sheet || undefined;
  const cell = at?.cell || undefined;
  const rel = (related ?? []).filter((r): r is CellRef => !!r && !!r.sheet);
  return withMessage({
    code,
    severity,
    ...(sheet !== undefined ? { sheet } : {}),
    ...(cell !== undefined ? { cell } : {}),
    ...(rel.length > 0 ? { related: rel } : {}),
    details,
  } as Parameters<typeof withMessage>[0]);
}

function cellOrder(cell: string | undefined): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell ?? "");
  if (!m) return [0, 0];
  let col = 0;
  for (const ch of m[1] ?? "") col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

/** Workbook-wide findings first, then by sheet, row, column, code and message. */
export function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((f) => ({ f, pos: cellOrder(f.cell) }));
  keyed.sort((a, b) => {
    const sa = a.f.sheet ?? "";
    const sb = b.f.sheet ?? "";
    if (sa !== sb) return sa < sb ? -1 : 1;
    if (a.pos[0] !== b.pos[0]) return a.pos[0] - b.pos[0];
    if (a.pos[1] !== b.pos[1]) return a.pos[1] - b.pos[1];
    if (a.f.code !== b.f.code) return a.f.code < b.f.code ? -1 : 1;
    return a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0;
  });
  return keyed.map((k) => k.f);
}
