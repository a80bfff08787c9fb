// Rows of one table that reading left out, whole or in part (domain.md §4: "A sheet that is
// recognised but cannot be read completely (a required column unmapped, rows left out) makes the
// balances of the products it feeds incomplete"): a row refused at one of its cells (an ambiguous
// number or date, an unsaved formula, a unit not understood, a blank required cell), the part of a
// booked row a refused value gives, and the rows below the blank or total row that ends a table
// (whole sheets: left-out-sheet.ts). Each becomes an IncompleteInput (engine/model.ts) of the
// narrowest reach the cells tell honestly: the row's products and sites, else the sheet's products.
import type { IncompleteInput } from "../engine/model";
import { type Grid, isBlank } from "./grid";
import {
  columnsOf,
  incompleteSheet,
  INCOMPLETE_KINDS,
  PRODUCT_FIELDS,
  SITE_FIELDS,
  typedBelow,
} from "./left-out-sheet";
import type { Recognition } from "./recognition";
import type { TableRow } from "./table-row";
import { isDelivery, readCell, type Column } from "./table-columns";
import { BALANCE_CELL } from "./total-words";
import { namesThroughout } from "./balance-names";

const TELLING = new Set([...PRODUCT_FIELDS, ...SITE_FIELDS, "direction"]); // what a row feeds, and its side
type Why = { reason?: string; consequence?: string }; // a refusal's details, as far as they matter here

/**
 * The fields a row can be booked without, and the records their part of it gives: a quantity of
 * its own, or a delivery's sustainable part (or the claim it asks for), without which nothing is
 * drawn from the account the delivery sold from (engine/intake/deliveries.ts).
 */
const PART_KINDS: Partial<Record<string, IncompleteInput["kinds"]>> = {
  inQuantity: ["receipts"],
  outQuantity: ["deliveries"],
  sustainableInputQuantity: ["production"],
  sustainable: ["deliveries"],
  sustainablePart: ["deliveries"],
  claim: ["deliveries"],
};
const DELIVERY_PARTS = new Set(["sustainable", "sustainablePart", "claim"]);
/** A row's sustainable part: on a receipt, unread, its credit is unknown (engine/intake/receipt-part.ts). */
const PART_FIELDS = new Set(["sustainable", "sustainablePart"]);

/** The sheets whose rows give credit that a refused SD number or claim leaves out (a ledger's in row). */
const CREDIT_SHEETS = new Set(["receipts", "ledger"]);

/**
 * The rows of one table that reading left out, each as an IncompleteInput whose source is the cell
 * of the error that says why (its finding then holds back what the row would feed). Only sheets
 * of a kind that feeds balances collect any.
 */
export class LeftOut {
  readonly inputs: IncompleteInput[] = [];
  private readonly kinds: IncompleteInput["kinds"] | undefined;
  private sheetProducts: string[] | undefined | null = null;
  private nameCols: ReadonlySet<number> | null = null;

  constructor(
    private readonly grid: Grid,
    private readonly rec: Recognition,
  ) {
    this.kinds = INCOMPLETE_KINDS[rec.kind];
  }

  /** Whether the sheet feeds balances, so that a row left out makes them incomplete. */
  get feeds(): boolean {
    return this.kinds !== undefined;
  }

  /**
   * Row `r` (0-based) was not booked; `values` are the fields read of it, `cell` the address of the
   * error that refused it. A ledger row whose type reads is one side; else it may be both. Returns
   * the products left incomplete (undefined: every product, or none where the sheet feeds none).
   */
  row(r: number, values: TableRow["values"], cell: string): string[] | undefined {
    if (!this.kinds) return undefined;
    const dir = values.direction;
    const kinds: IncompleteInput["kinds"] =
      this.rec.kind === "ledger" && (dir === "in" || dir === "out")
        ? [dir === "in" ? "receipts" : "deliveries"]
        : this.kinds;
    return this.add(r, values, cell, kinds);
  }

  /**
   * Row `r` (0-based) was refused before its cells were read (struck through, a status that leaves
   * it unconfirmed, a balance line), at `cell`: what it would feed, by its product, site and type
   * cells as they read (`cells`, the table's `columns`); a product cell that holds a balance word
   * ("Saldovortrag") names no product, so every product typed on the sheet, unless the word is the
   * name of the column's every row ("Saldo", a product named so: namesThroughout). Returns the
   * products left incomplete, as row() does.
   */
  unread(
    r: number,
    cells: readonly unknown[],
    columns: Column[],
    ledger: boolean,
    cell: string,
  ): string[] | undefined {
    if (!this.kinds) return undefined;
    const values: TableRow["values"] = {};
    for (const c of columns) {
      const id = c.field.id;
      if (!TELLING.has(id)) continue;
      const read = readCell(this.grid, r, cells, c, ledger);
      if (read.kind !== "ok") continue;
      if (typeof read.value === "string" && BALANCE_CELL.test(read.value) && !this.names().has(c.col))
        continue;
      values[id] = read.value;
    }
    return this.row(r, values, cell);
  }

  /**
   * A row refused as a possible total line (table-totals.ts), at `cell`: blank but for its
   * quantities, it may be a booking of any product typed on the sheet, at any site.
   */
  suspect(cell: string): void {
    if (!this.kinds) return;
    const products = this.allProducts();
    this.inputs.push({
      kinds: this.kinds,
      ...(products ? { products } : {}),
      source: { sheet: this.grid.sheet.name, cell },
    });
  }

  private add(
    r: number,
    values: TableRow["values"],
    cell: string,
    kinds: IncompleteInput["kinds"],
  ): string[] | undefined {
    const products = this.rowProducts(values) ?? this.allProducts();
    const sites = this.rowSites(r, values);
    this.inputs.push({
      kinds,
      ...(products ? { products } : {}),
      ...(sites ? { sites } : {}),
      source: { sheet: this.grid.sheet.name, cell },
    });
    return products;
  }

  /**
   * Row `r` (0-based) was booked without its `field`, whose cell (`cell`) could not be read: where
   * that is a quantity of its own (a combined ledger row's In or Out, a production row's
   * sustainable input) or a delivery's sustainable part or claim, the input it would give is
   * missing; so is a receipt's credit where its SD number was refused (a placeholder, a blank
   * beside a claim, a number marked cancelled) or, beside its SD number, its claim or another value
   * whose refusal costs credit (`why`, the refusal's details) could not be read: a denied claim is
   * read, and gives no credit. So refused on a transfer: the credit it moves, at both its sites.
   * Returns whether it left any input out, so that the refusal can say the balances are incomplete.
   */
  part(r: number, values: TableRow["values"], field: string, cell: string, why?: Why): boolean {
    const kinds = this.partKinds(values, field, why);
    if (kinds && this.kinds) this.add(r, values, cell, kinds);
    return kinds !== null && this.kinds !== undefined;
  }

  /** What part() leaves out for the row's `field`: the records it would give, or null for none. */
  private partKinds(values: TableRow["values"], field: string, why?: Why): IncompleteInput["kinds"] | null {
    const costs = why?.consequence === "no-credit" && why.reason !== "not-compliant";
    const credit = costs && values.sdNumber !== undefined;
    if (field === "sdNumber" || credit) {
      const gives = CREDIT_SHEETS.has(this.rec.kind) && !isDelivery(this.rec.kind, values);
      if (gives) return ["receipts"];
      if (field === "sdNumber") return null;
    }
    if (costs && this.rec.kind === "transfers") return ["transfers"];
    // a receipt's stated part unread: its credit is unknown (engine/intake/receipt-part.ts)
    if (PART_FIELDS.has(field) && CREDIT_SHEETS.has(this.rec.kind) && !isDelivery(this.rec.kind, values))
      return values.sdNumber !== undefined ? ["receipts"] : null;
    if (DELIVERY_PARTS.has(field) && !isDelivery(this.rec.kind, values)) return null;
    return PART_KINDS[why?.consequence === "output-ghg-unknown" ? "sustainableInputQuantity" : field] ?? null;
  }

  /** None of the sheet's rows is booked (said at `cell`): what they all would feed. */
  sheet(cell: string): void {
    const input = incompleteSheet(this.grid, this.rec);
    if (input) this.inputs.push({ ...input, source: { sheet: this.grid.sheet.name, cell } });
  }

  /** The rows from `r` (0-based) on are not read (below the end of the data); `cell` says so. */
  below(r: number, cell: string): void {
    if (!this.kinds) return;
    const products = typedBelow(this.grid, columnsOf(this.rec, PRODUCT_FIELDS), r, false);
    const siteCols = columnsOf(this.rec, SITE_FIELDS);
    const sites = siteCols.length > 0 ? typedBelow(this.grid, siteCols, r, true) : [""];
    this.inputs.push({
      kinds: this.kinds,
      ...(products && products.length > 0 ? { products } : {}),
      ...(sites ? { sites } : {}),
      source: { sheet: this.grid.sheet.name, cell },
    });
  }

  /** The row's products where every product cell it maps reads; else null. */
  private rowProducts(values: TableRow["values"]): string[] | null {
    const ids = PRODUCT_FIELDS.filter((id) => this.rec.columns.has(id));
    const products: string[] = [];
    for (const id of ids) {
      const v = values[id];
      // a co-product column left blank names no product
      if (id === "outputProduct2" && v === undefined) continue;
      if (typeof v !== "string" || v.trim() === "") return null;
      products.push(v.trim());
    }
    return products.length > 0 ? products : null;
  }

  /**
   * Every product typed on the sheet under its header; undefined where it maps no product column.
   * A balance word in a product cell ("Saldovortrag") names no product, unless it is the name of
   * its column's every row ("Saldo" as a production sheet's output product, namesThroughout): that
   * product's balances are fed by the sheet like any other's.
   */
  private allProducts(): string[] | undefined {
    if (this.sheetProducts === null) {
      const cols = columnsOf(this.rec, PRODUCT_FIELDS);
      const from = (this.rec.headerRow ?? -1) + 1;
      const named = cols.filter((c) => this.names().has(c));
      const typed = [
        ...(typedBelow(this.grid, cols, from, false)?.filter((p) => !BALANCE_CELL.test(p)) ?? []),
        ...(typedBelow(this.grid, named, from, false) ?? []),
      ];
      this.sheetProducts = typed.length > 0 ? [...new Set(typed)] : undefined;
    }
    return this.sheetProducts;
  }

  /** The columns whose every row holds one and the same balance word: a name (namesThroughout). */
  private names(): ReadonlySet<number> {
    this.nameCols ??=
      this.rec.headerRow === null ? new Set() : namesThroughout(this.grid, this.rec.headerRow);
    return this.nameCols;
  }

  /**
   * The row's sites: a blank site cell, or no site column, is the default site ""; a site cell
   * that could not be read leaves every site (undefined).
   */
  private rowSites(r: number, values: TableRow["values"]): string[] | undefined {
    const sites: string[] = [];
    for (const id of SITE_FIELDS) {
      const m = this.rec.columns.get(id);
      if (!m) continue;
      const v = values[id];
      if (typeof v === "string") sites.push(v.trim());
      else if (isBlank(this.grid.value(r, m.col))) sites.push("");
      else return undefined;
    }
    return sites.length > 0 ? sites : [""];
  }
}
