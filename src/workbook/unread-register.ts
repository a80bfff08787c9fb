// A certificate register the workbook keeps but that could not be read (its header was not found,
// or lacks a required column): once a register is kept, a sustainable receipt gives credit only
// when its supplier's certificate is in it and valid on the day (engine/rules/certificate-*.ts).
// Unread, that check cannot be made, so the receipts' credit is unknown, not given: the balances
// of the products they bring in are incomplete (domain.md §4, §7), never complete on a credit a
// readable register might strike. Said through Ledger.incomplete, at the register's header cell
// where header-not-found already holds back the declarations.
import type { CellRef, IncompleteInput, Ledger } from "../engine/model";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import type { Recognition } from "./recognition";

const text = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

/**
 * Where an unread certificate register is said (the cell of header-not-found), when `rec` is a
 * certificate register (recognised, or named so) not read and with rows under its header; null
 * otherwise.
 */
export function unreadRegister(grid: Grid, rec: Recognition): CellRef | null {
  if ((rec.spec?.kind ?? rec.hinted) !== "certificates") return null;
  const header = rec.spec ? rec.headerRow : null;
  const values = grid.sheet.values;
  const from = (header ?? 0) + 1;
  const rows = values.slice(from).some((row) => (row ?? []).some((v) => text(v) !== ""));
  return rows ? { sheet: grid.sheet.name, cell: cellAddress((header ?? 0) + 1, 0) } : null;
}

/**
 * The input an unread register leaves in doubt: the credit of the receipts that carry an SD number
 * (the sustainable ones, whose certificate a register is checked for), by the products and sites
 * typed in them; null when no receipt carries one (no credit depends on the register).
 */
export function registerDoubt(source: CellRef, receipts: Ledger["receipts"]): IncompleteInput | null {
  const products = new Set<string>();
  const sites = new Set<string>();
  for (const r of receipts) {
    if (text(r.sdNumber) === "") continue;
    products.add(text(r.product));
    sites.add(text(r.site));
  }
  if (products.size === 0) return null;
  // a receipt without a product still brings credit to some account: any product
  return {
    kinds: ["receipts"],
    ...(products.has("") ? {} : { products: [...products] }),
    sites: [...sites],
    source,
  };
}
