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
