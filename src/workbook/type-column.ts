// (p-ledgerdir) A column of purchase and sale words under a heading the add-in does not know
// ("Clase", "Art des Vorgangs", "Kz."): the values say it is a journal's type column, each row's
// side. Read as a one-sided sheet, a purchase would become a delivery to its supplier (its SD
// counted as a declaration issued outside the add-in) or a sale a receipt without SD: a meaning
// changed silently (first law). So where a receipts or deliveries reading leaves such a column
// unread and it holds a word of the side that sheet does not book, the header row is read as a
// combined ledger with that column as its type, asked (uncertain, with a note that says why).
// Pure: reads the grid only.
import { direction } from "./direction-words";
import { KINDS, type KindSpec } from "./fields";
import { type Grid, isBlank } from "./grid";
import { type HeaderCell, type Learned, learnedKey, lexicalHits } from "./matcher";
import type { ColumnMatch } from "./recognition";

/** Rows below the header looked at: a journal's type shows in its first rows. */
const SAMPLE = 200;
/** The share of a column's filled cells that must be type words. */
const SHARE = 0.8;

const LEDGER = KINDS.find((k) => k.kind === "ledger") as KindSpec;

/** The reading of one header row as one kind (recognise.ts readRow). */
export type ReadRow = (
  spec: KindSpec,
  cells: HeaderCell[],
  learned: Learned,
) => { columns: Map<string, ColumnMatch>; score: number; distinctive: number };

/**
 * The cell of header row `row` over a column no field of the `columns` read holds, whose filled
 * cells (of the first SAMPLE rows, at least two) are mostly type words (direction-words.ts) and
 * include one of the side a sheet of `kind` does not book (a sale on receipts, a purchase on
 * deliveries). Null on any other kind, or where no column is such.
 */
export function typeColumn(
  grid: Grid,
  kind: string,
  row: number,
  cells: HeaderCell[],
  columns: Map<string, ColumnMatch>,
): { cell: HeaderCell; words: string[] } | null {
  const other = kind === "receipts" ? "out" : kind === "deliveries" ? "in" : null;
  if (!other) return null;
  const used = new Set([...columns.values()].map((m) => m.col));
  const end = Math.min(grid.rowCount, row + 1 + SAMPLE);
  for (const cell of cells) {
    if (used.has(cell.col)) continue;
    let filled = 0;
    let typed = 0;
    const words = new Map<"in" | "out", string>();
    for (let r = row + 1; r < end; r++) {
      const v = grid.value(r, cell.col);
      if (isBlank(v)) continue;
      filled++;
      // a word, not a sign: "-" and "+" are a type's short forms, but also a blank's or a date's ("2023-08")
      const side = typeof v === "string" && /\p{L}{2}/u.test(v) ? direction(v) : null;
      if (!side) continue;
      typed++;
      if (!words.has(side)) words.set(side, String(v).trim());
    }
    if (filled >= 2 && typed >= SHARE * filled && words.has(other))
      return { cell, words: [...words.values()] };
  }
  return null;
}

/**
 * Header row `row` read as a combined ledger with `typed` as its type column (readRow), where that
 * reading is complete: its columns, the type asked (uncertain) with a note naming its words, and
 * its score as recognise.ts weighs a candidate. Null where the ledger's reading lacks a field it needs.
 */
export function asLedger(
  typed: { cell: HeaderCell; words: string[] },
  cells: HeaderCell[],
  learned: Learned | undefined,
  readRow: ReadRow,
  missing: (spec: KindSpec, columns: Map<string, unknown>) => string[],
): { spec: KindSpec; columns: Map<string, ColumnMatch>; score: number } | null {
  const known: Learned = new Map(learned ?? []);
  known.set(learnedKey(typed.cell.own), "direction");
  const read = readRow(LEDGER, cells, known);
  const type = read.columns.get("direction");
  if (type?.col !== typed.cell.col || missing(LEDGER, read.columns).length > 0) return null;
  // (brk27 N2) a heading that names a type exactly ("Postenart", "Buchungsart"): read with confidence
  const named = lexicalHits(LEDGER, typed.cell.own).some(
    (h) => h.exact && h.score >= 1 && LEDGER.fields[h.field]?.id === "direction",
  );
  if (named) read.columns.set("direction", { ...type, confidence: "exact" });
  if (named) return { spec: LEDGER, columns: read.columns, score: read.score + 2 * read.distinctive };
  const words = typed.words.map((w) => `"${w}"`).join(" and ");
  read.columns.set("direction", {
    ...type,
    confidence: "uncertain",
    note: `the column headed "${typed.cell.own}" holds purchase and sale words (${words}), so it is read as each row's type (in or out)`,
  });
  return { spec: LEDGER, columns: read.columns, score: read.score + 2 * read.distinctive };
}
