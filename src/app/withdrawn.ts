// What a withdrawn declaration leaves on the books (brk22 §5). The register says it is withdrawn;
// so do the two places a user reads it on:
// - its delivery row: the row's SD number cell keeps the number it was declared under (the user's
//   cell, by which massbal finds the declaration and its replacement on every later run), and is
//   marked with an info finding naming the replacement (`declaration-withdrawn`);
// - its printable "SD <number>" sheet: kept as issued, its title cell marked CANCELLED and one
//   line saying when, by whom, why and what replaced it, so that it cannot be sent for valid.
import { withMessage } from "../engine/catalogue/render";
import { numberKey } from "../engine/normalise";
import type { Declaration, Finding } from "../engine/result";
import type { CellStyleChange, CellText, WorkbookSnapshot } from "../workbook/port";
import type { RecognisedSheet } from "../workbook/types";
import { type RowCells, rowCells } from "./result-sheets";
import { type SheetNamer, sdSheetName } from "./sheet-names";

const WITHDRAWN_FILL = "#FFC7CE";
const TITLE_MARK = "CANCELLED: ";
const LINE_MARK = "Cancelled on ";

const withdrawn = (d: Declaration) =>
  (d.status === "cancelled" || d.status === "replaced") && d.correction !== undefined && d.number !== "";

/**
 * An info finding at each delivery row's SD number cell that reads a withdrawn declaration's
 * number; not where the engine reads that number as issued outside massbal (`engine`: its findings),
 * a typed number whose lines an earlier massbal made up and that were withdrawn for it.
 */
export function withdrawnRowFindings(
  declarations: readonly Declaration[],
  sheets: RecognisedSheet[],
  snapshot: WorkbookSnapshot,
  engine: readonly Finding[],
): Finding[] {
  const cells: RowCells = rowCells(sheets, snapshot);
  const outside = new Set(
    engine.filter((f) => f.code === "declaration-issued-outside").map((f) => `${f.sheet}!${f.cell}`),
  );
  const out = new Map<string, Finding>();
  for (const d of declarations) {
    if (!withdrawn(d) || !d.correction) continue;
    const at = cells(d);
    if (!at || typeof at.now !== "string") continue;
    const read = at.now
      .split(/[;,\n]+/)
      .map(numberKey)
      .filter((k) => k !== "");
    const named = [d.number, d.rowSd].map(numberKey).find((k) => k !== "" && read.includes(k));
    if (!named) continue;
    const key = `${at.sheet}!${at.cell}`;
    if (out.has(key) || outside.has(key)) continue;
    const c = d.correction;
    out.set(
      key,
      withMessage({
        code: "declaration-withdrawn",
        severity: "info",
        sheet: at.sheet,
        cell: at.cell,
        details: { number: at.now.trim(), on: c.on, by: c.by, reason: c.reason, replacedBy: c.replacedBy },
      }),
    );
  }
  return [...out.values()];
}

/** The title and the line that mark a withdrawn declaration's printable sheet. */
function marks(d: Declaration): { title: string; line: string } {
  const c = d.correction as NonNullable<Declaration["correction"]>;
  const replaced = c.replacedBy ? `Replaced by ${c.replacedBy}.` : "Not replaced.";
  return {
    title: `${TITLE_MARK}Sustainability Declaration (Proof of Sustainability)`,
    line: `${LINE_MARK}${c.on} by ${c.by}. Reason: ${c.reason}. ${replaced} Not valid: do not send.`,
  };
}

const blank = (v: unknown) => v === null || v === undefined || v === "";

/**
 * The cells to write and colour on the printable sheets of withdrawn declarations (the add-in's
 * own sheets only): the title cell A1, and a line in column A, the first blank row below the
 * title (the one after the date of issuance, as printed), else below the sheet. A sheet marked
 * already keeps its mark; one whose line changed (a replacement issued later) has it rewritten.
 */
export function withdrawnSheetMarks(
  declarations: readonly Declaration[],
  snapshot: WorkbookSnapshot,
  namer: SheetNamer,
): { cells: CellText[]; styles: CellStyleChange[] } {
  const byName = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const cells: CellText[] = [];
  const styles: CellStyleChange[] = [];
  for (const d of declarations) {
    if (!withdrawn(d)) continue;
    const sheet = byName.get(sdSheetName(d.number).toLowerCase());
    if (!sheet || !namer.isOurs(sheet.name)) continue;
    const { title, line } = marks(d);
    const values = sheet.values;
    const marked = values.findIndex((r) => typeof r?.[0] === "string" && r[0].startsWith(LINE_MARK));
    if (values[0]?.[0] === title && marked >= 0 && values[marked]?.[0] === line) continue;
    let row = marked;
    if (row < 0) {
      row = values.findIndex((r, i) => i > 0 && (r ?? []).every(blank));
      if (row < 0) row = values.length + 1;
    }
    const write = [
      { sheet: sheet.name, cell: "A1", text: title },
      { sheet: sheet.name, cell: `A${row + 1}`, text: line },
    ];
    cells.push(...write);
    styles.push(...write.map((w) => ({ sheet: w.sheet, cell: w.cell, fill: WITHDRAWN_FILL, note: null })));
  }
  return { cells, styles };
}
