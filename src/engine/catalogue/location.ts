// Where a finding is, as text: the location is a field of the finding (sheet, cell), and each
// audience decides whether and how to say it (render.ts).

// Excel needs quotes around a sheet name unless it is a plain identifier that cannot be
// mistaken for a cell address (e.g. a sheet called "A1" or "R1C1" must be quoted too).
const PLAIN_SHEET = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^[A-Za-z]{1,3}[0-9]+$|^[Rr][0-9]*[Cc][0-9]*$/;

/** "Receipts" -> "Receipts"; "My Sheet" -> "'My Sheet'"; "O'Neil" -> "'O''Neil'". */
export function quoteSheetName(name: string): string {
  if (PLAIN_SHEET.test(name) && !LOOKS_LIKE_CELL.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

/** A cell of a sheet, as findings and generated sheets name it. */
export interface Place {
  sheet: string;
  /** A1 address, e.g. "C5" */
  cell: string;
}

/**
 * "Receipts!C5", "'Stock 2025'!B4": a cell as Excel writes it in a formula, the sheet name quoted
 * only when Excel needs it. The one way a place is written in findings, reports and our sheets.
 */
export function cellPlace(sheet: string, cell: string): string {
  return `${quoteSheetName(sheet)}!${cell}`;
}

/** "Deliveries!D2, D3; 'Sales 2025'!E5": cells grouped by sheet, each sheet named once as Excel writes it. */
export function cellsBySheet(cells: readonly Place[]): string {
  const bySheet = new Map<string, string[]>();
  for (const c of cells) {
    const list = bySheet.get(c.sheet);
    if (!list) bySheet.set(c.sheet, [c.cell]);
    else if (!list.includes(c.cell)) list.push(c.cell);
  }
  return [...bySheet].map(([sheet, list]) => cellPlace(sheet, list.join(", "))).join("; ");
}
