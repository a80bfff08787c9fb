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
  const header = [...RECEIPTS.slice(0, 10), "GHG total", "GHG unit", ...RECEIPTS.slice(11)];
  const rows = products.flatMap(([product, values], i) =>
    values.map(([total, unit], j) => {
      const r = receipt(D("2025-01-08"), `S-${i + 1}-${j + 1}`, 60, product);
      r.splice(10, 1, total, unit);
      return r;
    }),
  );
  const base = books([]);
  return {
    Settings: [...(base.Settings as Spec[][]), ...(pooling ? [["GHG pooling", pooling]] : [])],
    Certificates: base.Certificates as Spec[][],
    Receipts: [header, ...rows],
    Deliveries: [DELIVERIES, ...products.map(([product]) => delivery(D("2025-02-20"), delivered, product))],
  };
}

/** What the CLI tests of GHG components read from `massbal declare --json`. */
export interface GhgReport {
  findings: { code: string; severity: string; place: string; message: string }[];
  balances: { product: string; complete: boolean }[];
  declarations: { product: string; status: string; ghgTotal: string | null }[];
}

/** The eight GHG component headings, in RED II Annex V C.1's order. */
export const COMPONENT_HEADINGS = ["eec", "el", "ep", "etd", "eu", "esca", "eccs", "eccr"];
