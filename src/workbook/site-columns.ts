// A sheet with a column headed Site (Standort, Werk, Plant …) and another headed by a kind of
// place that may be a site (Terminal, Depot, Warehouse). Alone, such a place is read as the Site:
// a terminal may be a certified site of its own. Beside a Site column, the Site column is the
// site (the accounts are kept by what the book itself calls its site, whichever column comes
// first), and the other is not read; where it names another place than the Site on some row, it
// is not left out silently: a warning at its heading says which column keeps the accounts and
// how to choose the other (design.md "Reading staff's spreadsheets", first law).
import { textKey } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { SITE_PLACES, STORAGE } from "./storage-words";
import type { KindSpec } from "./fields";
import { type Grid, isBlank } from "./grid";
import { headerWords } from "./header-words";
import { type HeaderCell, type Learned, lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { readFinding } from "./read-findings";
import type { ColumnMatch, Recognition } from "./recognition";

const PLACES = new Set(SITE_PLACES);

/** Whether a heading names a kind of place that may be a site ("Terminal", "Depot Name"). */
export function isPlace(header: string): boolean {
  return headerWords(header).tokens.some((w) => PLACES.has(w));
}

/**
 * The Site of a header row read by recognition, moved from a place heading ("Terminal") to a
 * column headed as the site itself ("Site", "Standort") where the row has one not taken by another
 * field. Changes `columns` in place; a column the user mapped or the add-in remembers stays.
 */
export function preferSite(
  spec: KindSpec,
  cells: readonly HeaderCell[],
  columns: Map<string, ColumnMatch>,
  learned: Learned | undefined,
): void {
  const site = columns.get("site");
  if (!site || site.confidence === "remembered" || !isPlace(site.header)) return;
  const used = new Set([...columns.values()].map((m) => m.col));
  for (const c of cells) {
    if (used.has(c.col) || isPlace(c.own)) continue;
    const best = lexicalHits(spec, c.own, learned)[0];
    if (!best || best.score < MATCH_THRESHOLD || spec.fields[best.field]?.id !== "site") continue;
    columns.set("site", { col: c.col, header: c.own, unit: null, confidence: site.confidence });
    return;
  }
}

/**
 * A warning at the heading of the first unread place column ("Terminal") beside the Site column
 * that names another place than the Site on some row, quoting that row's two places; null where
 * there is none, or every such row names the Site's own place (or leaves one blank).
 */
export function otherPlaceColumn(grid: Grid, rec: Recognition): Finding | null {
  const site = rec.columns.get("site");
  const row = rec.headerRow;
  if (!site || row === null) return null;
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  const width = grid.width(row, row + 1);
  for (let c = 0; c < width; c++) {
    const header = grid.headerText(row, c);
    if (used.has(c) || !header || !isPlace(header)) continue;
    for (let r = row + 1; r < grid.rowCount; r++) {
      const place = grid.value(r, c);
      const own = grid.value(r, site.col);
      if (isBlank(place) || isBlank(own) || textKey(String(place)) === textKey(String(own))) continue;
      return readFinding("mapping-uncertain", "warning", grid.sheet.name, cellAddress(row + 1, c), {
        label: "Site",
        value: header,
        read: `"${String(place).trim()}" beside "${String(own).trim()}" in "${site.header}", row ${r + 1}`,
        missing: site.header,
        reason: "site-place",
      });
    }
  }
  return null;
}

// --- storage places beside no Site (p-rows2) ---
const STORAGE_WORDS = new Set(STORAGE.filter((w) => !w.includes(" ")));

/** Whether a heading names a storage place ("Lagerort", "Storage location", "Opslaglocatie"). */
function isStorage(header: string): boolean {
  return headerWords(header).tokens.some((w) => STORAGE_WORDS.has(w));
}

/**
 * A place name rather than a tank's number: no digit, and not a storage word with a letter
 * ("Hamburg", not "Tank 4", "T7" or "Silo B"): tanks of one site share its account.
 */
function isPlaceName(text: string): boolean {
  return !/\d/.test(text) && !isStorage(text);
}

/**
 * An error at the heading of the first unread storage column ("Lagerort", "Storage location") on
 * a sheet with no Site column, where it names two or more different places by name ("Hamburg",
 * "Rotterdam"): if they are sites, the balances of both are booked into one account, a changed
 * meaning (first law), so the add-in does not read on as if there were one site; the finding
 * quotes two of them and says to map the column as Site, or, where these are storage places of
 * one site, to add a Site column naming it. The rows are still booked into one account, but its
 * balances are incomplete (consequence `storage-balances-incomplete`; storage-doubt.ts). Null where the
 * sheet reads a Site, or no storage column names two places.
 */
export function storagePlaces(grid: Grid, rec: Recognition): Finding | null {
  const two = storageColumns(grid, rec).find((s) => s.places.length >= 2);
  if (!two || rec.headerRow === null) return null;
  return readFinding("mapping-uncertain", "error", grid.sheet.name, two.cell, {
    label: "Site",
    value: two.header,
    read: two.places.map((p) => `"${p}"`).join(" and "),
    reason: "storage-places",
    consequence: "storage-balances-incomplete",
  });
}

/** An unread storage column of a sheet with no Site column, and the places it names (see below). */
export interface StorageColumn {
  /** A1 address of its heading ("H1"). */
  cell: string;
  /** Its heading as typed ("Lagerort"). */
  header: string;
  /** The first one or two different place names it holds, as typed and trimmed ("Hamburg"). */
  places: string[];
}

/**
 * The unread storage columns ("Lagerort", "Storage location") of a sheet with no Site column that
 * name at least one place by name (isPlaceName: not "Tank 4"), left to right, each with its first
 * one or two different places (compared by textKey). Empty where the sheet reads a Site.
 */
export function storageColumns(grid: Grid, rec: Recognition): StorageColumn[] {
  const row = rec.headerRow;
  if (row === null || rec.columns.has("site")) return [];
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  const width = grid.width(row, row + 1);
  const out: StorageColumn[] = [];
  for (let c = 0; c < width; c++) {
    const header = grid.headerText(row, c);
    if (used.has(c) || !header || !isStorage(header)) continue;
    const places = new Map<string, string>();
    for (let r = row + 1; r < grid.rowCount && places.size < 2; r++) {
      const v = grid.value(r, c);
      if (isBlank(v) || typeof v !== "string" || !isPlaceName(v)) continue;
      if (!places.has(textKey(v))) places.set(textKey(v), v.trim());
    }
    if (places.size > 0) out.push({ cell: cellAddress(row + 1, c), header, places: [...places.values()] });
  }
  return out;
}

// --- end storage places beside no Site
