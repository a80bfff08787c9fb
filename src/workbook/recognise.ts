// Which kind of sheet this is, where its header row is, and which column holds which field.
// The header row may be anywhere in the first 30 rows; a group row above it (merged or not)
// can qualify its cells ("Supplier" over "Name | Certificate", "Menge (t)" over "In | Out").
import { columnIndex } from "./a1";
import { KINDS, type FieldSpec, type KindSpec } from "./fields";
import { type Grid, isBlank } from "./grid";
import { fold, headerKey, synonymKey, type HeaderKey } from "./normalise";
import type { ColumnMapping, SheetKind } from "./types";

export const HEADER_SCAN_ROWS = 30;

export interface ColumnMatch {
  col: number;
  /** the header text as the user wrote it */
  header: string;
  unit: string | null;
}

export interface Recognition {
  kind: SheetKind;
  spec: KindSpec | null;
  /** 0-based row index of the header row, or null */
  headerRow: number | null;
  columns: Map<string, ColumnMatch>;
  /** required fields still without a column (ids); empty when rows can be read */
  missing: string[];
  corrected: boolean;
  /** the sheet's name suggests this kind, though no header for it was found */
  hinted: SheetKind | null;
}

interface IndexEntry {
  field: FieldSpec;
  distinctive: boolean;
}

// Built once: normalised synonym -> field, per kind (the first field to claim a synonym keeps it).
const INDEX = new Map<SheetKind, Map<string, IndexEntry>>(
  KINDS.map((spec) => {
    const map = new Map<string, IndexEntry>();
    for (const field of spec.fields) {
      for (const syn of field.synonyms) {
        const distinctive = syn.startsWith("!");
        const key = synonymKey(distinctive ? syn.slice(1) : syn);
        if (!map.has(key)) map.set(key, { field, distinctive });
      }
    }
    return [spec.kind, map];
  }),
);

const keyCache = new Map<string, HeaderKey>();

function keyOf(text: string): HeaderKey {
  let k = keyCache.get(text);
  if (!k) {
    k = headerKey(text);
    if (keyCache.size < 10000) keyCache.set(text, k);
  }
  return k;
}

function lookup(kind: SheetKind, text: string): { entry: IndexEntry; key: HeaderKey } | null {
  const index = INDEX.get(kind);
  if (!index || !text) return null;
  const key = keyOf(text);
  const entry = index.get(key.key) ?? index.get(key.full);
  return entry ? { entry, key } : null;
}

interface RowMatch {
  columns: Map<string, ColumnMatch>;
  distinctive: number;
}

function matchRow(grid: Grid, r: number, spec: KindSpec, width: number): RowMatch {
  const columns = new Map<string, ColumnMatch>();
  let distinctive = 0;
  for (let c = 0; c < width; c++) {
    const own = grid.headerText(r, c);
    if (!own) continue;
    const above = r > 0 ? grid.headerText(r - 1, c) : "";
    const combined = above && above !== own ? `${above} ${own}` : "";
    const byGroup = combined ? lookup(spec.kind, combined) : null;
    const hit = byGroup ?? lookup(spec.kind, own);
    if (!hit || columns.has(hit.entry.field.id)) continue;
    const header = byGroup ? combined : own;
    columns.set(hit.entry.field.id, { col: c, header, unit: hit.key.unit });
    if (hit.entry.distinctive) distinctive++;
  }
  return { columns, distinctive };
}

export function missingFields(spec: KindSpec, columns: Map<string, unknown>): string[] {
  let best: string[] | null = null;
  for (const need of spec.needs) {
    const missing = need.filter((id) => !columns.has(id));
    if (!best || missing.length < best.length) best = missing;
  }
  return best ?? [];
}

export function nameHints(sheetName: string, hints: readonly string[]): boolean {
  const name = ` ${fold(sheetName).replace(/[^a-z0-9]+/g, " ")} `;
  return hints.some((h) => name.includes(h) || name.replace(/ /g, "").includes(h.replace(/ /g, "")));
}

interface Candidate {
  spec: KindSpec;
  row: number;
  match: RowMatch;
  score: number;
  complete: boolean;
}

/** Recognise one sheet; `corrections` are the user's mappings for this sheet from MB Config. */
export function recognise(grid: Grid, corrections: ColumnMapping[] = []): Recognition {
  const name = grid.sheet.name;
  const forced = corrections.find((m) => m.kind)?.kind ?? null;
  const rows = Math.min(HEADER_SCAN_ROWS, grid.rowCount);
  const width = grid.width(0, rows);
  const hinted = KINDS.find((k) => nameHints(name, k.nameHints)) ?? null;

  let best: Candidate | null = null;
  for (const spec of KINDS) {
    if (forced && spec.kind !== forced) continue;
    const hint = nameHints(name, spec.nameHints);
    for (let r = 0; r < rows; r++) {
      const match = matchRow(grid, r, spec, width);
      if (match.columns.size < (forced ? 1 : 2)) continue;
      if (!forced && !hint && match.distinctive === 0) continue;
      const score = match.columns.size + 2 * match.distinctive + (hint ? 3 : 0);
      const complete = missingFields(spec, match.columns).length === 0;
      if (!best || better({ spec, row: r, match, score, complete }, best)) {
        best = { spec, row: r, match, score, complete };
      }
    }
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
  const columns = new Map(best?.match.columns ?? []);
  let corrected = forced !== null;
  for (const m of corrections) {
    if (!m.field || !spec.fields.some((f) => f.id === m.field)) continue;
    corrected = true;
    if (m.column === "") {
      columns.delete(m.field);
      continue;
    }
    const col = columnIndex(m.column);
    const header = headerRow === null ? "" : grid.headerText(headerRow, col);
    columns.set(m.field, { col, header, unit: header ? keyOf(header).unit : null });
  }
  return {
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
