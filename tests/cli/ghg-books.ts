// Books of the CLI tests of GHG values and their units (ghg-pool-units, ghg-dry-mass): a receipts
// sheet with "GHG total" and "GHG unit" columns, 60 t a receipt, and one delivery per product.
import {
  books,
  D,
  delivery,
  DELIVERIES,
  receipt,
  RECEIPTS,
  type Sheets,
  type Spec,
} from "../workbook/left-out-books";

/** The receipts' header with "GHG total" and "GHG unit" in columns K and L. */
const GHG_RECEIPTS = [...RECEIPTS.slice(0, 10), "GHG total", "GHG unit", ...RECEIPTS.slice(11)];

/** A receipt of 60 t of `product` on 2025-01-08, SD `sd`, its GHG total `total` and unit `unit` as typed. */
function ghgReceipt(sd: string, product: string, total: Spec, unit: string): Spec[] {
  const r = receipt(D("2025-01-08"), sd, 60, product);
  r.splice(10, 1, total, unit);
  return r;
}

/** The left-out books' settings (with `more` rows) and certificates, `rows` under GHG_RECEIPTS, and one delivery of `delivered` t of each of `products` on 2025-02-20. */
function ghgSheets(
  rows: Spec[][],
  products: readonly string[],
  delivered: Spec,
  more: Spec[][] = [],
): Sheets {
  const base = books([]);
  return {
    Settings: [...(base.Settings as Spec[][]), ...more],
    Certificates: base.Certificates as Spec[][],
    Receipts: [GHG_RECEIPTS, ...rows],
    Deliveries: [DELIVERIES, ...products.map((product) => delivery(D("2025-02-20"), delivered, product))],
  };
}

/**
 * The sheets of a book whose receipts carry GHG values as typed: for each product, a receipt of 60 t
 * per [total, unit] (SD numbers S-<product n>-<receipt n>, dated 2025-01-08, GHG total in column K),
 * and one delivery of `delivered` t of it on 2025-02-20; "GHG pooling" set when `pooling` is given.
 */
export function ghgBook(
  products: [string, [Spec, string][]][],
  delivered: Spec,
  pooling: string | null,
): Sheets {
  const rows = products.flatMap(([product, values], i) =>
    values.map(([total, unit], j) => ghgReceipt(`S-${i + 1}-${j + 1}`, product, total, unit)),
  );
  const names = products.map(([product]) => product);
  return ghgSheets(rows, names, delivered, pooling ? [["GHG pooling", pooling]] : []);
}

/**
 * The sheets of a book with one receipt per case (60 t of its product on 2025-01-08, SD S-<n>,
 * its GHG total and unit in columns K and L as typed) and one delivery of 50 t of each product on
 * 2025-02-20 (ghg-per-mass, product-catalogue).
 */
export function ghgPerProductBook(
  cases: readonly (readonly [product: string, total: Spec, unit: string])[],
): Sheets {
  const rows = cases.map(([product, total, unit], i) => ghgReceipt(`S-${i + 1}`, product, total, unit));
  return ghgSheets(
    rows,
    cases.map(([product]) => product),
    50,
  );
}

/** What the CLI tests of GHG components read from `massbal declare --json`. */
export interface GhgReport {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { product: string; complete: boolean }[];
  declarations: { product: string; status: string; ghgTotal: string | null }[];
}

/** The eight GHG component headings, in RED II Annex V C.1's order. */
export const COMPONENT_HEADINGS = ["eec", "el", "ep", "etd", "eu", "esca", "eccs", "eccr"];
