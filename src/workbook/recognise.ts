// Which kind of sheet this is, where its header row is, and which column holds which field.
// The header row may be anywhere in the first 30 rows; a group row above it (merged or not)
// can qualify its cells ("Supplier" over "Name | Certificate", "Menge (t)" over "In | Out").
// Each candidate row is read by the scoring matcher (matcher.ts) for each kind; the best complete
// reading wins. Every mapped column carries a confidence; the user's corrections in MB Config
// apply on top, found again by their header text when columns have moved.
import { KINDS, type KindSpec } from "./fields";
import { type Grid, isBlank } from "./grid";
import { headerWords } from "./header-words";
import { bandCells, continuesHeading, headerCells } from "./heading-band";
import { documentColumns } from "./heading-groups";
import {
  assign,
  type Confidence,
  type HeaderCell,
  type Learned,
  lexicalHits,
  MATCH_THRESHOLD,
} from "./matcher";
import type { ColumnMapping } from "./types";
import { type ColumnMatch, type Recognition, type RecogniseOptions } from "./recognition";
import { applyCorrections } from "./corrections";
import { ledgerSdQuantity } from "./ledger-rivals";
import { columnRivals } from "./rival-columns";
import { datesOfTransfer } from "./transfer-dates";
import { unmapMisreadGhg } from "./rival-rules";
import { preferSite } from "./site-columns";
import { asLedger, typeColumn } from "./type-column";
import { placeParts } from "./part-columns";
import { answeringCertificates } from "./certificate-answers";
import { placeGroupTotal } from "./ghg-group-total";

export type { Confidence } from "./matcher";
import { missingFields, nameHints, requiredFields } from "./kind-needs";

export { missingFields, nameHints, requiredFields };

export const HEADER_SCAN_ROWS = 30;
/** Candidate (kind, row) pairs read again with their values sampled. */
const FINALISTS = 4;

interface Candidate {
  spec: KindSpec;
  row: number;
  columns: Map<string, ColumnMatch>;
  score: number;
  complete: boolean;
}

/** The most a row could score for a kind: each cell's best reading, as if none competed. */
function upperBound(spec: KindSpec, cells: HeaderCell[], learned: Learned | undefined): number {
  let bound = 0;
  for (const c of cells) {
    let best = 0;
    let distinctive = false;
    for (const t of c.combined ? [c.combined, c.own] : [c.own]) {
      for (const h of lexicalHits(spec, t, learned)) {
        if (h.score > best) best = h.score;
        if (h.distinctive) distinctive = true;
      }
    }
    // value evidence adds at most 0.05 to a pair
    if (best > 0) bound += Math.min(1, best + 0.05) + (distinctive ? 2 : 0);
  }
  return bound;
}

function saysKind(spec: KindSpec, cell: HeaderCell, learned: Learned | undefined): boolean {
  const texts = cell.combined ? [cell.combined, cell.own] : [cell.own];
  return texts.some((t) =>
    lexicalHits(spec, t, learned).some((h) => h.distinctive && h.score >= MATCH_THRESHOLD),
  );
}

/** One kind's reading of row `r`: the assigned columns with their confidence and the row's score. */
function readRow(
  grid: Grid,
  spec: KindSpec,
  r: number,
  cells: HeaderCell[],
  learned: Learned | undefined,
  values: boolean,
): { columns: Map<string, ColumnMatch>; score: number; distinctive: number } {
  const assigned = assign(spec, cells, grid, r, learned, values);
  const columns = new Map<string, ColumnMatch>();
  let score = 0;
  let distinctive = 0;
  for (const a of assigned) {
    const field = spec.fields[a.field];
    if (!field) continue;
    const words = headerWords(a.header);
    const confidence: Confidence = a.rule === "remembered" ? "remembered" : a.exact ? "exact" : "uncertain";
    columns.set(field.id, { col: a.col, header: a.header, unit: words.unit, confidence });
    score += a.score;
    if (a.distinctive) distinctive++;
  }
  applyRoles(spec, cells, columns);
  preferSite(spec, cells, columns, learned);
  return { columns, score, distinctive };
}

const ISSUANCE = new Set([
  "issuance",
  "issue",
  "issued",
  "ausstellung",
  "ausstellungsdatum",
  "ausgestellt",
  "emission",
]);

/**
 * Roles operators expect (design.md): on an incoming register the date of dispatch stands for the
 * receipt date when there is no receipt date; the date of issuance of the SD only as a last
 * resort, and then uncertain, with a note.
 */
function applyRoles(spec: KindSpec, cells: HeaderCell[], columns: Map<string, ColumnMatch>): void {
  if (spec.kind !== "receipts" && spec.kind !== "ledger") return;
  const date = columns.get("date");
  if (date && date.confidence !== "uncertain") return;
  const dispatch = columns.get("dispatchDate");
  if (dispatch) {
    columns.set("date", {
      ...dispatch,
      note: `no receipt date column, so the date of dispatch in "${dispatch.header}" stands for the receipt date`,
    });
    return;
  }
  if (date) return;
  const issued = cells.find((c) => {
    const t = headerWords(c.own).tokens;
    return t.some((w) => ISSUANCE.has(w)) && (t.includes("date") || t.includes("datum") || t.length === 1);
  });
  if (issued && ![...columns.values()].some((m) => m.col === issued.col)) {
    columns.set("date", {
      col: issued.col,
      header: issued.own,
      unit: null,
      confidence: "uncertain",
      note: `no receipt or dispatch date column, so the SD's date of issuance in "${issued.own}" stands for the receipt date`,
    });
  }
}

/** Recognise one sheet with the user's corrections for it and the workbook's remembered headers. */
export function recognise(grid: Grid, options: RecogniseOptions | ColumnMapping[] = {}): Recognition {
  const { corrections = [], learned, kind } = Array.isArray(options) ? { corrections: options } : options;
  const name = grid.sheet.name;
  const byUser = corrections.find((m) => m.kind)?.kind ?? null;
  const forced = byUser ?? kind ?? null;
  const rows = Math.min(HEADER_SCAN_ROWS, grid.rowCount);
  const width = grid.width(0, rows);
  const hinted = KINDS.find((k) => nameHints(name, k.nameHints)) ?? null;

  // First every (kind, row) by its headers' words alone; then the few best again with the values
  // under them sampled, so a 100,000-row sheet costs a few column profiles, not hundreds.
  const band = Array.from({ length: rows }, (_, r) => continuesHeading(grid, r, width)); // p-noise
  const cellsOf = band.map((b, r) => {
    const cells = b ? bandCells(grid, r, width) : headerCells(grid, r, width);
    // p-twoband, p-groups: "Rechnung" over a "Datum" is no field, over a "Menge (t)" no quantity moved
    const { dates, quantities } = documentColumns(grid, r, width);
    return cells.filter((c) => !dates.has(c.col) && !quantities.has(c.col));
  });
  const named = hinted !== null;
  const evaluate = (spec: KindSpec, r: number, values: boolean): Candidate | null => {
    const hint = nameHints(name, spec.nameHints);
    // one column is enough where the user says the kind; a sheet's name alone needs two (a
    // "Sales forecast" with a Date column is not an unreadable deliveries sheet)
    const least = forced ? 1 : 2;
    const cells = cellsOf[r] as HeaderCell[];
    if (cells.length < least) return null;
    // without the user's or the name's word for the kind, some header must say it: look before assigning
    if (!forced && !hint && !cells.some((c) => saysKind(spec, c, learned))) return null;
    const read = readRow(grid, spec, r, cells, learned, values);
    if (read.columns.size < least) return null;
    if (!forced && !hint && read.distinctive === 0) return null;
    const score = read.score + 2 * read.distinctive + (hint ? 3 : 0);
    const complete = missingFields(spec, read.columns).length === 0;
    // a sheet whose name says another kind ("Intake") is this kind only if its header is complete
    if (!forced && !hint && named && !complete) return null;
    return { spec, row: r, columns: read.columns, score, complete };
  };
  const first: Candidate[] = [];
  let lead: Candidate | null = null;
  for (const spec of KINDS) {
    if (forced && spec.kind !== forced) continue;
    const bonus = nameHints(name, spec.nameHints) ? 3 : 0;
    for (let r = 0; r < rows; r++) {
      if (band[r + 1]) continue; // the upper row of a heading of two rows: read at the lower
      // a row whose best possible reading falls well short of a complete one already found (a
      // data row under the header) is not assigned at all
      if (lead?.complete && upperBound(spec, cellsOf[r] as HeaderCell[], learned) + bonus < lead.score - 1)
        continue;
      const c = evaluate(spec, r, false);
      if (!c) continue;
      first.push(c);
      if (!lead || better(c, lead)) lead = c;
    }
  }
  // stable: ties keep the earlier row and the earlier kind in KINDS
  first.sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  let best: Candidate | null = null;
  for (const c of first.slice(0, FINALISTS)) {
    const full = evaluate(c.spec, c.row, true);
    if (full && (!best || better(full, best))) best = full;
  }

  // (p-ledgerdir) a one-sided reading beside a column of purchase and sale words: a journal's type
  const typed =
    best && !forced
      ? typeColumn(grid, best.spec.kind, best.row, cellsOf[best.row] ?? [], best.columns)
      : null;
  if (best && typed) {
    const at = best.row;
    const read = (spec: KindSpec, cells: HeaderCell[], known: Learned) =>
      readRow(grid, spec, at, cells, known, true);
    const ledger = asLedger(typed, cellsOf[at] ?? [], learned, read, missingFields);
    if (ledger) best = { ...ledger, row: at, complete: true };
  }

  // Columns the user mapped on a sheet whose header was never found: its name says the kind.
  const mapped = corrections.some((m) => m.column !== "") ? hinted : null;
  const forcedSpec = forced ? (KINDS.find((k) => k.kind === forced) ?? null) : mapped;
  const spec = best?.spec ?? forcedSpec;
  if (!spec) {
    return {
      kind: "unknown",
      spec: null,
      headerRow: null,
      columns: new Map(),
      missing: [],
      corrected: false,
      hinted: hinted?.kind ?? null,
    };
  }
  const headerRow = best?.row ?? firstFilledRow(grid, rows);
  const columns = new Map(best?.columns ?? []);
  const setAside: { col: number; field: string }[] = [];
  const corrected =
    applyCorrections(grid, spec, headerRow, width, corrections, columns, setAside) || byUser !== null;
  unmapMisreadGhg(spec, columns); // a second GHG total read as eec by its values: a rival
  // the sustainable part's other columns: a second one, one headed "ISCC (t)", "Certificado" sí/no (part-columns.ts)
  const heads = headerRow === null ? [] : (cellsOf[headerRow] ?? headerCells(grid, headerRow, width));
  const answering = answeringCertificates(grid, spec, headerRow, heads, columns, learned);
  const chosen = new Set(corrections.map((m) => m.field));
  placeParts(spec, heads, columns, chosen, learned, answering);
  placeGroupTotal(spec, heads, columns); // brk27 S4: "Total" beside eec … eccr is E
  // brk26 L4, N4: "Versanddatum | Eingangsdatum": the day a transfer left and the day it arrived
  if (headerRow !== null) datesOfTransfer(spec, columns, headingsOf(grid, headerRow, width), chosen);
  const beside = ledgerSdQuantity(spec, columns);
  const rivals =
    headerRow === null ? [] : columnRivals(grid, spec, headerRow, width, columns, learned, beside);
  return {
    ...(rivals.length > 0 ? { rivals } : {}),
    ...(setAside.length > 0 ? { setAside } : {}),
    kind: spec.kind,
    spec,
    headerRow,
    columns,
    missing: missingFields(spec, columns),
    corrected,
    hinted: hinted?.kind ?? null,
  };
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.complete !== b.complete) return a.complete;
  if (a.score !== b.score) return a.score > b.score;
  return false; // ties: the earlier row and the earlier kind in KINDS keep their place
}

function firstFilledRow(grid: Grid, rows: number): number | null {
  for (let r = 0; r < rows; r++) {
    const row = grid.sheet.values[r] ?? [];
    if (row.some((v) => !isBlank(v))) return r;
  }
  return null;
}

/** The texts of header row `r`, `width` columns ("" where blank). */
function headingsOf(grid: Grid, r: number, width: number): string[] {
  return Array.from({ length: width }, (_, c) => grid.headerText(r, c) ?? "");
}
