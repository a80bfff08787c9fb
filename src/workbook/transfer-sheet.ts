// A sheet of transfers between the company's sites read as another kind (brk12 c11): headings of the
// site a move leaves and the site it reaches ("Sending plant" / "Receiving plant") read as a stock
// count took the quantity moved as the stock counted at the first site; a sheet named for
// transfers ("Umbuchung") with one Site column and Abgang / Zugang read as a combined ledger sold
// the Abgang to no one (a declaration drafted to "?") and bought the Zugang from no one. A move
// between two of the company's accounts is neither (ISCC PLUS multi-site credit transfer, rules.md
// "Transfers between sites"): such a sheet is read as transfers, or refused at its header.
import { cellAddress } from "./a1";
import { kindSpec } from "./fields";
import type { Grid } from "./grid";
import type { Learned } from "./matcher";
import { readFinding } from "./read-findings";
import { nameHints, recognise } from "./recognise";
import type { Recognition } from "./recognition";
import { pairsAtSites } from "./transfer-pairs";
import { namesBothEnds, tankEndOf, TRANSFER_NAMES } from "./transfer-words";
import type { Finding } from "../engine/result";

/** Whether a sheet's name says it holds transfers between sites ("Umbuchung", "Stock transfer", "Traslados", "Overboekingen"). */
export function namedForTransfers(sheetName: string): boolean {
  return nameHints(sheetName, TRANSFER_NAMES);
}

// The column that names the other party of a row, by kind: without one, a row booked at one site
// of a sheet named for transfers has no one it was bought from or sold to.
const PARTY: Partial<Record<string, string>> = {
  ledger: "counterparty",
  receipts: "supplier",
  deliveries: "customer",
};

/**
 * How sheet `grid`, recognised as `rec` (not chosen by the user), is read where it holds transfers:
 * - a transfers table whose ends are tanks ("Tank ab" / "Tank an"): `said` (tankReading);
 * - headings naming both ends of a move (transfer-words.ts namesBothEnds) on a table of another
 *   kind with no supplier or customer column (a stock count): `rec` is its Transfers reading
 *   (complete, or with its missing fields, which read.ts refuses at the header);
 * - a sheet named for transfers whose combined ledger reading has a Site column and both sides,
 *   and no column of the other party ("Werk | Abgang | Zugang"): that reading marked `pairs`, its
 *   rows paired into transfers (transfer-pairs.ts);
 * - any other sheet named for transfers read as a combined ledger, receipts or deliveries with no
 *   column of the other party: `said`, header-not-found (reason transfer-ledger) at its header,
 *   and nothing of it read: its Abgang would be a sale to no one, its Zugang a purchase from no one.
 * null where neither applies.
 */
export function transferReading(
  grid: Grid,
  rec: Recognition,
  learned: Learned,
): { rec: Recognition; said?: Finding } | null {
  const paired = pairedReading(grid, rec, learned);
  if (paired) return { rec: paired };
  if (!rec.spec || rec.headerRow === null) return null;
  const r = rec.headerRow;
  const heads = Array.from({ length: grid.width(r, r + 1) }, (_, c) => grid.headerText(r, c));
  if (rec.kind === "transfers") return tankReading(grid, rec, heads) ?? partyReading(grid, learned);
  const party = PARTY[rec.kind];
  // a supplier's or customer's column says the rows are bought or sold: its sending site is theirs
  const parted = !!party && rec.columns.has(party);
  if (!parted && namesBothEnds(heads)) return { rec: recognise(grid, { learned, kind: "transfers" }) };
  if (!party || parted || !namedForTransfers(grid.sheet.name)) return null;
  const read = [...rec.columns.values()]
    .filter((m) => m.header !== "")
    .map((m) => `"${m.header}"`)
    .join(", ");
  const said = readFinding("header-not-found", "error", grid.sheet.name, cellAddress(r + 1, 0), {
    label: kindSpec(rec.kind)?.label ?? rec.kind,
    reason: "transfer-ledger",
    read,
    partial: true,
  });
  return { said, rec: { ...rec, columns: new Map(), missing: [] } };
}

/**
 * (brk13 #11) A transfers table whose From site or To site is missing or read from a heading
 * that names the tank a move leaves or reaches ("Tank ab" / "Tank an", "From tank" / "To tank"): a tank is storage
 * within one site, so such moves are no transfers between sites' accounts (domain.md §4), and tank
 * names are never booked as sites. `said`: header-not-found (reason tank-moves) at its first tank
 * heading, and nothing of the sheet read; null where the sheet names no tank's end.
 */
function tankReading(
  grid: Grid,
  rec: Recognition,
  heads: string[],
): { rec: Recognition; said: Finding } | null {
  const tanks = heads.flatMap((h, col) => (tankEndOf(h) ? [{ h, col }] : []));
  // both ends read from headings of sites ("From site | To site | Tank"): a transfer between sites
  const ends = ["fromSite", "toSite"].map((f) => rec.columns.get(f));
  if (ends.every((m) => m && !tankEndOf(m.header))) return null;
  const first = tanks[0];
  if (!first || rec.headerRow === null) return null;
  const said = readFinding(
    "header-not-found",
    "error",
    grid.sheet.name,
    cellAddress(rec.headerRow + 1, first.col),
    {
      label: "Transfers",
      reason: "tank-moves",
      read: tanks.map((t) => `"${t.h}"`).join(" and "),
      partial: true,
    },
  );
  return { said, rec: { ...rec, columns: new Map(), missing: [] } };
}

/**
 * A sheet read as transfers that names a supplier, a customer or a counterparty ("Date | Customer |
 * Sending plant | Receiving plant"): its rows are bought or sold, the sites are the parties' and
 * ours, so it is read as the complete receipts, deliveries or ledger whose party column it names
 * exactly; null where none does (a transfer names no party).
 */
function partyReading(grid: Grid, learned: Learned): { rec: Recognition } | null {
  for (const [kind, party] of Object.entries(PARTY)) {
    const other = recognise(grid, { learned, kind: kind as Recognition["kind"] });
    const named = other.columns.get(party as string);
    if (named?.confidence === "exact" && other.missing.length === 0) return { rec: other };
  }
  return null;
}

/**
 * (p-xfer2) A sheet named for transfers that books each move as two rows, one at each site, with
 * a Site column, both sides and no other party ("Werk | Abgang | Zugang", "Site | Type | Quantity"),
 * whatever kind its first reading took ("Stock transfer" read as a stock count of each row): its
 * combined ledger reading, marked `pairs` (transfer-pairs.ts); null for any other sheet, and for a
 * complete transfers table (From site and To site on one row).
 */
function pairedReading(grid: Grid, rec: Recognition, learned: Learned): Recognition | null {
  if (!namedForTransfers(grid.sheet.name)) return null;
  if (rec.kind === "transfers" && rec.missing.length === 0) return null;
  const ledger = rec.kind === "ledger" ? rec : recognise(grid, { learned, kind: "ledger" });
  return ledger.spec && ledger.missing.length === 0 && pairsAtSites(ledger)
    ? { ...ledger, pairs: true }
    : null;
}
