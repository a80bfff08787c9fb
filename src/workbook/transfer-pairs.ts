// A sheet named for transfers that books each move as two rows, one at each site (p-xfer2):
// "Werk | Abgang | Zugang", "Standort | Ab | Zu", "Site | Out | In", "Site | Sortie | Entrée",
// "Planta | Salida | Entrada", "Locatie | Uit | In". Booked as a combined ledger, its Abgang was a
// sale to no one and its Zugang a purchase from no one; refused at its header, nothing of it was
// read. A move between two of the company's sites is a transfer (domain.md "Transfers between
// sites", ISCC PLUS multi-site credit transfer), so where a move's two rows pair exactly (the same
// date, product, quantity and unit, the same reference where the sheet numbers its moves, the same
// characteristics; one Abgang at one site, one Zugang at another) they are read as one transfer.
// A row that pairs with none, or with more than one, is refused at its quantity cell with what is
// missing: the add-in never chooses between two candidates. Exact pairing is a join on equal keys,
// so no assignment algorithm is needed.
import type { Ledger, TransferInput } from "../engine/model";
import { clean } from "../engine/normalise";
import { emptyLists } from "../engine/records";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { admit, type Built } from "./admit";
import type { Grid } from "./grid";
import { ledgerSides } from "./ledger-sides";
import { readFinding } from "./read-findings";
import { addRecord } from "./records";
import type { Recognition } from "./recognition";
import type { TableRow } from "./table-row";
import { namesReference } from "./transfer-words";

/**
 * Whether a combined ledger's reading `rec` of a sheet named for transfers can be paired: a Site
 * column, both sides (In and Out columns, or a type and a Quantity) and no other party's column
 * (a counterparty, supplier or customer).
 */
export function pairsAtSites(rec: Recognition): boolean {
  const c = rec.columns;
  if (rec.kind !== "ledger" || !c.has("site")) return false;
  if (["counterparty", "supplier", "customer"].some((f) => c.has(f))) return false;
  return (c.has("inQuantity") && c.has("outQuantity")) || (c.has("direction") && c.has("quantity"));
}

// A transfer's characteristics, taken from its rows: both rows must state the same.
const CARRIED = ["scheme", "claim", "rawMaterial", "countryOfOrigin", "wasteResidue", "annexIxPart"];

/** One side of a move as its row books it. */
interface Side {
  row: TableRow;
  side: "in" | "out";
  field: string;
  site: string;
  ref: string;
}

/**
 * The rows of one sheet whose reading `pairs` (Recognition.pairs), read and validated as a
 * combined ledger's (`add`, for readTable's emit) but booked only as the transfers their rows
 * pair into (`book`).
 */
export class SidePairs {
  private readonly held: Ledger = { ...emptyLists(), settings: {}, issued: [], usedSdNumbers: [] };
  private readonly sides: Side[] = [];
  private readonly refCol: number | null;

  constructor(
    private readonly grid: Grid,
    private readonly rec: Recognition,
  ) {
    const r = rec.headerRow ?? 0;
    const used = new Set([...rec.columns.values()].map((m) => m.col));
    const refs = Array.from({ length: grid.width(r, r + 1) }, (_, c) => c).filter(
      (c) => !used.has(c) && namesReference(grid.headerText(r, c)),
    );
    this.refCol = refs.length === 1 ? (refs[0] as number) : null;
  }

  /** Reads and validates `row` as a ledger row (its blank and unreadable cells said as any ledger's); keeps it if it books. */
  add(row: TableRow, out: Finding[]): readonly Finding[] {
    const refusals = addRecord(this.rec, row, this.held, out);
    // (kept as booked for the table: a row that pairs with none is said and left out by `book`)
    if (!row.booked) return refusals;
    const found = ledgerSides(row, this.rec.columns).sides;
    const ref =
      this.refCol === null ? "" : String(this.grid.value(row.source.row - 1, this.refCol) ?? "").trim();
    for (const s of found) this.sides.push({ row, ...s, site: String(row.values.site ?? ""), ref });
    return refusals;
  }

  /** Books each exact pair as a transfer in `ledger`; says each other row at its quantity cell, its balances incomplete. */
  book(ledger: Ledger, findings: Finding[]): void {
    const groups = new Map<string, Side[]>();
    for (const s of this.sides) {
      const k = keyOf(s);
      groups.set(k, [...(groups.get(k) ?? []), s]);
    }
    for (const group of groups.values()) {
      const outs = group.filter((s) => s.side === "out");
      const ins = group.filter((s) => s.side === "in");
      const pairs = exactPairs(outs, ins);
      if (pairs) for (const [o, i] of pairs) this.transfer(o, i, ledger, findings);
      else for (const s of group) this.refuse(s, outs, ins, ledger, findings);
    }
  }

  private transfer(o: Side, i: Side, ledger: Ledger, findings: Finding[]): void {
    const v = o.row.values;
    const cells = o.row.source.cells;
    const rec: Built = {
      source: {
        sheet: o.row.source.sheet,
        row: o.row.source.row,
        cells: { fromSite: cells.site, toSite: i.row.source.cells.site, quantity: cells[o.field] } as Record<
          string,
          string
        >,
      },
      fromSite: o.site,
      toSite: i.site,
      quantity: v[o.field],
    };
    for (const id of ["date", "product", ...CARRIED]) {
      if (v[id] === undefined) continue;
      rec[id] = v[id];
      rec.source.cells[id] = cells[id] as string;
    }
    const unit = unitOf(o);
    if (unit) [rec.unit, rec.source.cells.unit] = [unit, o.row.units[o.field]?.cell ?? cells.unit];
    const a = admit("transfer", "transfers", rec, undefined);
    if (!a.row) return void findings.push(...a.refusals);
    ledger.transfers.push(a.row as unknown as TransferInput);
  }

  private refuse(s: Side, outs: Side[], ins: Side[], ledger: Ledger, findings: Finding[]): void {
    const cell = s.row.source.cells[s.field] ?? cellAddress(s.row.source.row, 0);
    const [own, other] = s.side === "out" ? [outs, ins] : [ins, outs];
    const what =
      this.refCol === null ? "date, product and quantity" : "date, product, quantity and reference";
    // how many rows of the other side at another site could be this row's other half
    const elsewhere = other.filter((x) => siteOf(x) !== siteOf(s)).length;
    findings.push(
      readFinding("invalid-value", "error", s.row.source.sheet, cell, {
        label: this.rec.columns.get(s.field)?.header ?? s.field,
        value: String(s.row.values[s.field] ?? ""),
        reason: "transfer-unpaired",
        side: s.side,
        read: what,
        // other: no row of the other side at another site; several: more than one row could pair
        partial: elsewhere > 0 || own.length > 1,
        dropped: true,
      }),
    );
    const product = s.row.values.product;
    (ledger.incomplete ??= []).push({
      kinds: ["transfers"],
      ...(typeof product === "string" ? { products: [product] } : {}),
      sites: [s.site],
      source: { sheet: s.row.source.sheet, cell },
    });
  }
}

/**
 * The pairs of one key's rows, or null where they do not pair exactly: as many Abgang rows as
 * Zugang rows, every Abgang at one site and every Zugang at one other. Several rows of one key
 * pair in the sheet's order: any other order moves the same quantity between the same two sites.
 */
function exactPairs(outs: Side[], ins: Side[]): [Side, Side][] | null {
  if (outs.length === 0 || outs.length !== ins.length) return null;
  const from = new Set(outs.map(siteOf));
  const to = new Set(ins.map(siteOf));
  if (from.size !== 1 || to.size !== 1 || siteOf(outs[0] as Side) === siteOf(ins[0] as Side)) return null;
  return outs.map((o, n) => [o, ins[n] as Side]);
}

const siteOf = (s: Side): string => clean(s.site).toLowerCase();

/** The unit of a side's quantity: its row's unit cell, else its heading's. */
function unitOf(s: Side): string {
  const u = s.row.values.unit;
  return typeof u === "string" ? u : (s.row.units[s.field]?.unit ?? "");
}

/** A decimal as written without trailing zeros ("40.0" and "40" are one quantity). */
function canonical(q: unknown): string {
  const t = String(q ?? "");
  return t.includes(".") ? t.replace(/0+$/, "").replace(/\.$/, "") : t;
}

/** What a move's two rows must share: date, product, quantity and unit, reference, characteristics. */
function keyOf(s: Side): string {
  const v = s.row.values;
  const text = (id: string) => clean(String(v[id] ?? "")).toLowerCase();
  return JSON.stringify([
    text("date"),
    text("product"),
    canonical(v[s.field]),
    unitOf(s),
    s.ref,
    ...CARRIED.map(text),
  ]);
}
