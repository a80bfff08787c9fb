// How each sheet of a workbook is to be read (read.ts): as a table of the kind its header says, as
// a settings sheet of label and value rows, as two tables where it keeps receipts and deliveries
// side by side (side-blocks.ts, block-grid.ts), or not at all where those two cannot be told apart.
import { columnIndex, columnLetter, cellAddress } from "./a1";
import { blockView, type BlockView } from "./block-grid";
import { headerSpans, legendOf, type Span, withLegend } from "./colour-legend";
import type { LegendEntry } from "./legend";
import { borrowedFor, ownLegends } from "./legend-borrowed";
import { legendSheetEntries, withShared } from "./legend-sheet";
import { kindSpec, SETTINGS_NAME_HINTS } from "./fields";
import { Grid } from "./grid";
import { withGroupUnit } from "./group-unit";
import { type Learned } from "./matcher";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";
import { HEADER_SCAN_ROWS, missingFields, nameHints, recognise } from "./recognise";
import { headerWords } from "./header-words";
import { settingsEntries, type SettingsEntry } from "./settings-sheet";
import { type SideBlock, sideBlocks, type Sides } from "./side-blocks";
import { transferReading } from "./transfer-sheet";
import { draftSheet } from "./draft-sheet";
import { notBooks } from "./not-books";
import { openingSheet } from "./opening-sheet";
import { unnamedMovements } from "./unnamed-movements";
import { withTitleUnit } from "./title-unit";
import type { IncompleteInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { type ColumnMapping, KIND_FIELD, type MbConfig, type SheetKind } from "./types";

/**
 * How one sheet (or one block of it) is read: a table with its recognition (and, for a block of a
 * sheet of both sides, the block's view); a settings sheet with its entries; or a sheet of both
 * sides whose blocks cannot be told apart, refused with `said` at its header (`rec`: its header
 * row, as a combined ledger's, and no column), or one block of it whose quantity's unit is not its
 * group heading's (group-unit.ts; `rec`: the block's kind, no column). A table whose sheet's colour
 * legend was sought keeps the columns of the sheet's tables (`spans`): planSheets joins the legends
 * of other sheets to it by them. A sheet whose rows are not the books (a draft, a master list of
 * parties, a report of totals) is planned as unclear too: `said` at its header, nothing booked;
 * so is a sheet of dated movements whose kind nothing tells, with the `input` it leaves out.
 */
export type Plan =
  | { kind: "table"; grid: Grid; rec: Recognition; block?: BlockView; spans?: Span[] }
  | { kind: "settings"; grid: Grid; entries: SettingsEntry[]; corrected: boolean }
  | { kind: "unclear"; grid: Grid; said: Finding; rec: Recognition; input?: IncompleteInput };

const NOT_READ: Recognition = {
  kind: "unknown",
  spec: null,
  headerRow: null,
  columns: new Map(),
  missing: [],
  corrected: true,
  hinted: null,
};

/**
 * The plans of sheet `grid`: one, or two for a sheet that keeps receipts and deliveries side by
 * side (each block read as a table of its kind); the user's column mappings go to the block that
 * holds their column. The user's kind for the sheet (MB Config, the Sheets tab; a kind with no
 * column) is read as the user says it, one table, on a sheet of one table; on a sheet of both
 * sides, "Receipts" or "Deliveries" is the kind of the block it fits and each block is read as its
 * own table, and any other kind (a combined ledger, production…), or any kind where the blocks
 * cannot be told apart, is refused at the header (brk9: read as one table, the deliveries took the
 * receipts' dates). A kind chosen for one block (a kind with a column of that block) is that
 * block's, or, where it is not the kind the block's headings say, refused at the header (reason
 * block-kind); on a sheet of one table a kind chosen for a block is no longer anyone's and is not read.
 */
export function plan(
  grid: Grid,
  config: MbConfig,
  learned: Learned,
  sheets: ReadonlySet<string> = new Set(),
): Plan[] {
  const all = config.mappings.filter((m) => m.sheet === grid.sheet.name);
  const isBlocks = (m: ColumnMapping) => !!m.kind && m.field === KIND_FIELD && m.column !== "";
  const corrections = all.filter((m) => !isBlocks(m));
  const byBlock = all.filter(isBlocks);
  const forced = corrections.find((m) => m.kind)?.kind;
  if (forced === "unknown") return [{ kind: "table", grid, rec: { ...NOT_READ } }];
  if (forced === "settings")
    return [{ kind: "settings", grid, entries: settingsEntries(grid), corrected: true }];
  const rows = Math.min(HEADER_SCAN_ROWS, grid.rowCount);
  const sides = sideBlocks(grid, rows, grid.width(0, rows), learned);
  const fits = sides?.kind === "split" && (forced === "receipts" || forced === "deliveries");
  if (sides && (sides.kind === "unclear" || (forced && !fits)))
    return [refused(grid, sides.headerRow, unclear(grid, sides, forced))];
  if (sides) {
    const [a, b] = sides.blocks;
    const astray = [a, b].find((x) => chosenFor(x, byBlock).some((m) => m.kind !== x.kind));
    if (astray) return [astrayKind(grid, sides.headerRow, astray, chosenFor(astray, byBlock))];
    // the sheet's colour legend covers both blocks, wherever it stands (colour-legend.ts)
    const spans = [a, b].map((x) => spanOf([...x.cols, ...x.shared]));
    const read = sheetLegend(grid, sides.headerRow, spans);
    return [
      blockPlan(read, sides.headerRow, a, b, [...corrections, ...chosenFor(a, byBlock)], learned),
      blockPlan(read, sides.headerRow, b, a, [...corrections, ...chosenFor(b, byBlock)], learned),
    ].map((p) => (p.kind === "table" ? { ...p, spans } : p));
  }
  const first = recognise(grid, { corrections, learned });
  // transfers read as a stock count or a ledger of one site (transfer-sheet.ts): read as such, or refused
  const moved = forced ? null : transferReading(grid, first, learned);
  if (moved?.said) return [{ kind: "unclear", grid, said: moved.said, rec: moved.rec }];
  // "Alle Mengen in kg" above the header: the unit of quantities whose heading names none (title-unit.ts)
  const titled = withTitleUnit(grid, moved?.rec ?? first);
  if (titled.said) return [{ kind: "unclear", grid, said: titled.said, rec: { ...titled.rec, missing: [] } }];
  const rec = titled.rec;
  // a sheet named for opening balances read as receipts, or holding numbers it does not read (opening-sheet.ts)
  const opening = openingSheet(grid, rec, corrections, learned);
  if (opening) return [{ kind: "unclear", grid, said: opening.said, rec: opening.rec }];
  // a sheet named as a draft, plan, forecast or copy read as books (draft-sheet.ts)
  const draft = draftSheet(grid, rec, forced !== undefined, sheets);
  if (draft) return [{ kind: "unclear", grid, said: draft, rec: { ...rec, missing: [] } }];
  // a master list of customers or suppliers, a report of totals (not-books.ts): said, none of it booked
  const aside = notBooks(grid, rec, forced !== undefined);
  // (an error, brk25 §6: call-offs whose columns show dispatches, holding what its rows would feed)
  const kept = aside?.severity === "error" ? { ...rec, missing: [] } : { ...NOT_READ, corrected: false };
  if (aside) return [{ kind: "unclear", grid, said: aside, rec: kept }];
  const complete = rec.spec !== null && rec.missing.length === 0;
  if (forced || complete) {
    const header = rec.headerRow;
    if (header === null) return [{ kind: "table", grid, rec }];
    const spans = headerSpans(grid, header);
    return [{ kind: "table", grid: sheetLegend(grid, header, spans), rec, spans }];
  }
  const entries = settingsEntries(grid);
  const hinted = nameHints(grid.sheet.name, SETTINGS_NAME_HINTS);
  if (entries.length >= 3 || (entries.length >= 1 && hinted))
    return [{ kind: "settings", grid, entries, corrected: false }];
  // dated products and quantities of no kind its name or headings tell (unnamed-movements.ts)
  const moves = rec.spec === null && rec.hinted === null ? unnamedMovements(grid, learned) : null;
  if (moves) return [{ kind: "unclear", grid, ...moves }];
  return [{ kind: "table", grid, rec }];
}

function blockPlan(
  grid: Grid,
  headerRow: number,
  block: SideBlock,
  other: SideBlock,
  corrections: ColumnMapping[],
  learned: Learned,
): Plan {
  // each block reads the sheet's legend (blockView keeps it)
  const view = blockView(grid, headerRow, block, other);
  const cols = new Set([...block.cols, ...block.shared]);
  // a mapping of a column of this block (or an unmapping of a field, which has none)
  // (the user's kind for the sheet is the kind of the block it fits only)
  const own = corrections.filter((m) =>
    m.kind ? m.kind === block.kind : m.column === "" || cols.has(columnIndex(m.column)),
  );
  const flowing = withFlow(
    recognise(view.grid, { corrections: own, learned, kind: block.kind }),
    block,
    grid,
    headerRow,
  );
  // the unit of a group heading over the block ("Eingang (kg)") is its quantity's where that states none
  const { rec, said } = withGroupUnit(flowing, block, grid.sheet.name, headerRow);
  if (said)
    return { kind: "unclear", grid: view.grid, said, rec: { ...rec, columns: new Map(), missing: [] } };
  return { kind: "table", grid: view.grid, rec, block: view };
}

/**
 * A block's quantity headed by its side's word alone ("Eingang (t)", "Ausgang (t)", "Carico"),
 * which no receipts' or deliveries' heading names: the block's quantity where no other column
 * is, with the unit its heading states. A column read as another field stays that field.
 */
function withFlow(rec: Recognition, block: SideBlock, grid: Grid, headerRow: number): Recognition {
  const col = block.flow;
  if (col === undefined || !rec.spec || rec.columns.has("quantity")) return rec;
  if ([...rec.columns.values()].some((m) => m.col === col)) return rec;
  const header = grid.headerText(headerRow, col);
  const columns = new Map(rec.columns);
  columns.set("quantity", { col, header, unit: headerWords(header).unit, confidence: "exact" });
  return { ...rec, columns, missing: missingFields(rec.spec, columns) };
}

/**
 * Sheet `grid` with its own colour legend (colour-legend.ts), found on the whole sheet whose tables
 * have their header on row `headerRow` and their columns in `spans`: the legend's lines blank, the
 * legend kept for every table read from it.
 */
function sheetLegend(grid: Grid, headerRow: number, spans: Span[]): Grid {
  return withLegend(grid, legendOf(grid, headerRow, spans));
}

/**
 * The plans of one sheet (`plans`, as plan made them) with its own legend joined by the `shared`
 * entries of legends on sheets of their own (legend-sheet.ts) and, where it has none of its own,
 * the `borrowed` entries of other data sheets' legends (legend-borrowed.ts): one legend for every
 * table of the sheet whose legend was sought (Plan spans), so that a finding of it is said once.
 * The tables are not recognised again: a legend of other sheets blanks no line of this one, so
 * their cells and recognition stay as they are (p-legend3: planning each such sheet twice cost
 * about a tenth of a second on a book of 60,000 rows).
 */
function withAway(plans: Plan[], shared: LegendEntry[], borrowed: LegendEntry[]): Plan[] {
  const sought = plans.find((p) => p.kind === "table" && p.spans !== undefined);
  if (sought?.kind !== "table" || !sought.spans) return plans;
  const own = sought.grid.legend;
  const away = own ? shared : [...shared, ...borrowed];
  const legend = withShared(own, away, sought.spans, sought.grid.sheet.fillsUnread === true);
  if (legend === own) return plans;
  return plans.map((p) => {
    if (p.kind !== "table" || !p.spans) return p;
    const grid = new Grid(p.grid.sheet, undefined, legend);
    return { ...p, grid, ...(p.block ? { block: { ...p.block, grid } } : {}) };
  });
}

/**
 * The plans of the workbook's sheets `grids` (plan), in order. A sheet not read as data (no table
 * recognised, no settings) that holds a colour legend (legend-sheet.ts; not one the user gave a kind
 * or a column in MB Config) says nothing of itself, and its legend covers the tables of every other
 * sheet: these read it beside their own (withAway; only where there is one). A data sheet without a
 * legend of its own reads the legends of the other data sheets (legend-borrowed.ts), for the colours
 * they name. Each sheet is planned once.
 */
export function planSheets(grids: Grid[], config: MbConfig, learned: Learned): Plan[] {
  const chosen = new Set(config.mappings.map((m) => m.sheet));
  const names = new Set(grids.map((g) => g.sheet.name));
  const first = grids.map((grid) => ({ grid, plans: plan(grid, config, learned, names) }));
  const away = ({ grid, plans: [p, ...more] }: { grid: Grid; plans: Plan[] }) =>
    !chosen.has(grid.sheet.name) && more.length === 0 && p?.kind === "table" && p.rec.spec === null;
  const shared = first.flatMap((x) => (away(x) ? legendSheetEntries(x.grid) : []));
  const own = ownLegends(
    first.flatMap((x) =>
      away(x) ? [] : x.plans.map((p) => ({ sheet: x.grid.sheet.name, legend: p.grid.legend })),
    ),
  );
  return first.flatMap((x) => {
    const borrowed = borrowedFor(x.grid.sheet.name, own);
    if (away(x) || (shared.length === 0 && borrowed.length === 0)) return x.plans;
    return withAway(x.plans, shared, borrowed);
  });
}

/** The span from the first to the last of 0-based columns `cols`. */
function spanOf(cols: number[]): Span {
  return { first: Math.min(...cols), last: Math.max(...cols) };
}

/**
 * header-not-found (reason two-sides) at the header of a sheet of both sides whose blocks cannot be
 * told apart, or for which the user chose a kind (`forced`) that would read them as one table.
 */
function unclear(grid: Grid, sides: Sides, forced?: SheetKind): Finding {
  const col = sides.kind === "unclear" ? sides.col : Math.min(...sides.blocks.flatMap((b) => b.cols));
  const evidence =
    sides.kind === "unclear"
      ? sides.evidence
      : sides.blocks.map((b) => `${b.kind} in ${span(b.cols)}`).join(" and ");
  const chosen = forced ? (kindSpec(forced)?.label ?? forced) : undefined;
  return readFinding("header-not-found", "error", grid.sheet.name, cellAddress(sides.headerRow + 1, col), {
    label: "Receipts and deliveries",
    reason: sides.kind === "unclear" && sides.why === "transfer" ? "transfer-sides" : "two-sides",
    read: evidence,
    ...(chosen ? { value: chosen } : {}),
    partial: true,
  });
}

const span = (cols: readonly number[]) =>
  `${columnLetter(Math.min(...cols))}:${columnLetter(Math.max(...cols))}`;

/** The kinds the user chose for `block` in the Sheets tab: those stored with a column of its own. */
function chosenFor(block: SideBlock, byBlock: ColumnMapping[]): ColumnMapping[] {
  return byBlock.filter((m) => block.cols.includes(columnIndex(m.column)));
}

/**
 * header-not-found (reason block-kind) at the header of a sheet of both sides where the kind the
 * user chose for `block` (`chosen`, MB Config) is not the kind its headings say.
 */
function astrayKind(grid: Grid, headerRow: number, block: SideBlock, chosen: ColumnMapping[]): Plan {
  const kind = chosen.find((m) => m.kind !== block.kind)?.kind as SheetKind;
  const said = readFinding(
    "header-not-found",
    "error",
    grid.sheet.name,
    cellAddress(headerRow + 1, Math.min(...block.cols)),
    {
      label: "Receipts and deliveries",
      reason: "block-kind",
      read: span(block.cols),
      side: block.side,
      value: kindSpec(kind)?.label ?? kind,
      partial: true,
    },
  );
  return refused(grid, headerRow, said);
}

/** A sheet of both sides not read, `said` at its header: listed as a combined ledger with its header row and no column read. */
function refused(grid: Grid, headerRow: number, said: Finding): Plan {
  const rec = { ...NOT_READ, kind: "ledger" as const, spec: kindSpec("ledger") ?? null, headerRow };
  return { kind: "unclear", grid, said, rec };
}
