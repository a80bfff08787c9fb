// MB Summary: a title block that says whose books these are and where the figures come from,
// then the balance of every account and period, then one line per product and period for what
// belongs to all material of a product (physical stock, credit sold ahead of any account).
// Quantities carry their unit in the column header and one number of decimals per unit. Each
// account row reconciles on its own, left to right: opening + received + produced + transferred in
// − consumed − delivered − transferred out = closing, and closing − lapsed = carried forward.
import type { Balance } from "../../engine/result";
import type { OutValue } from "../../workbook/port";
import { type Overdraft, type ProductPosition, overdraftOf } from "../positions";
import { date, isNegative, title } from "./cells";
import {
  type GeneratedSheet,
  type Quantities,
  type ReportContext,
  fitColumns,
  headerRow,
  periodsCovered,
  singleUnit,
  tablePrint,
  tableRange,
  withUnit,
} from "./layout";

const RED = "#FFC7CE";

/**
 * A column of a table: its header and how a row fills it. `quantity` columns carry the unit;
 * an `optional` column is left out where it is blank on every row (no site, no Annex IX part).
 */
interface Column<T> {
  label: string;
  quantity?: boolean;
  optional?: boolean;
  cell: (row: T, q: Quantities) => OutValue;
}

interface AccountRow {
  b: Balance;
  overdraft: Overdraft | null;
}

const amount =
  (pick: (b: Balance) => string | null): Column<AccountRow>["cell"] =>
  ({ b }, q) =>
    q.cell(pick(b), b.unit);

/** The account table; a new figure of the engine is one more entry here. */
export const ACCOUNT_COLUMNS: Column<AccountRow>[] = [
  { label: "Site", optional: true, cell: ({ b }) => b.site },
  { label: "Scheme", cell: ({ b }) => b.scheme },
  { label: "Product", cell: ({ b }) => b.product },
  { label: "Raw material", optional: true, cell: ({ b }) => b.characteristics.rawMaterial },
  { label: "Country of origin", optional: true, cell: ({ b }) => b.characteristics.countryOfOrigin },
  { label: "Claim", optional: true, cell: ({ b }) => b.characteristics.claim },
  { label: "Waste/residue", optional: true, cell: ({ b }) => b.characteristics.wasteResidue },
  { label: "Annex IX part", optional: true, cell: ({ b }) => b.characteristics.annexIxPart },
  { label: "Period start", cell: ({ b }) => date(b.periodStart) },
  { label: "Period end", cell: ({ b }) => date(b.periodEnd) },
  { label: "Opening", quantity: true, cell: amount((b) => b.opening) },
  { label: "Received", quantity: true, cell: amount((b) => b.received) },
  { label: "Produced", quantity: true, cell: amount((b) => b.produced) },
  { label: "Transferred in", quantity: true, cell: amount((b) => b.transferredIn) },
  { label: "Consumed", quantity: true, cell: amount((b) => b.consumed) },
  { label: "Delivered", quantity: true, cell: amount((b) => b.delivered) },
  { label: "Transferred out", quantity: true, cell: amount((b) => b.transferredOut) },
  // a negative closing balance is the non-conformity an auditor looks for first
  {
    label: "Closing",
    quantity: true,
    cell: ({ b }, q) => q.cell(b.closing, b.unit, isNegative(b.closing) ? RED : undefined),
  },
  // closing − lapsed = carried forward, read left to right
  { label: "Lapsed", quantity: true, cell: amount((b) => b.lapsed) },
  { label: "Carried forward", quantity: true, cell: amount((b) => b.carriedForward) },
  { label: "First overdraft", cell: ({ overdraft }) => date(overdraft?.date) },
  {
    label: "Balance at first overdraft",
    quantity: true,
    cell: ({ b, overdraft }, q) => (overdraft ? q.cell(overdraft.amount, b.unit, RED) : null),
  },
];

/** The product table: physical stock is one figure for all material of a product at a site. */
export const PRODUCT_COLUMNS: Column<ProductPosition>[] = [
  { label: "Site", optional: true, cell: (p) => p.site },
  { label: "Product", cell: (p) => p.product },
  { label: "Period start", cell: (p) => date(p.periodStart) },
  { label: "Period end", cell: (p) => date(p.periodEnd) },
  { label: "Physical stock counted", quantity: true, cell: (p, q) => q.cell(p.physicalStock, p.unit) },
  { label: "Book physical stock", quantity: true, cell: (p, q) => q.cell(p.bookPhysicalStock, p.unit) },
  { label: "Sold ahead of credit, first on", cell: (p) => date(p.soldAhead?.date) },
  {
    label: "Sold ahead of credit, balance then",
    quantity: true,
    cell: (p, q) => (p.soldAhead ? q.cell(p.soldAhead.amount, p.unit, RED) : null),
  },
];

export const SUMMARY_TITLE = "Mass balance summary";
export const ACCOUNTS_TITLE = "Balances by account and period";
export const PRODUCTS_TITLE = "Physical stock and credit sold ahead, by product and period";

/** Header and rows of a table; a Unit column follows `unitAfter` where units are mixed. */
function table<T extends { unit: string } | AccountRow>(
  columns: Column<T>[],
  rows: T[],
  q: Quantities,
  unitAfter: string,
): { header: string[]; body: OutValue[][] } {
  const unitOf = (r: T) => ("b" in r ? r.b.unit : r.unit);
  const unit = singleUnit(rows.map(unitOf));
  const blank = (v: OutValue) => v === null || v === "" || (typeof v === "object" && (v.value ?? "") === "");
  columns = columns.filter((c) => !c.optional || rows.some((r) => !blank(c.cell(r, q))));
  const at = columns.findIndex((c) => c.label === unitAfter) + 1;
  const header = columns.map((c) => (c.quantity ? withUnit(c.label, unit) : c.label));
  if (!unit) header.splice(at, 0, "Unit");
  const body = rows.map((r) => {
    const cells = columns.map((c) => c.cell(r, q));
    if (!unit) cells.splice(at, 0, unitOf(r));
    return cells;
  });
  return { header, body };
}

export interface SummaryInput {
  balances: Balance[];
  overdrafts: Map<string, Overdraft>;
  products: ProductPosition[];
  context: ReportContext;
  quantities: Quantities;
}

export function summarySheet(input: SummaryInput): GeneratedSheet {
  const { balances, overdrafts, products, context: ctx, quantities: q } = input;
  const facts: [string, string][] = [
    ["Company", ctx.company || "Not given (add it on your settings sheet or in the pane's Settings)"],
    ["Own certificate", ctx.ownCertificate || "Not given"],
    ["Scheme", ctx.scheme],
    ["Periods covered", periodsCovered(ctx.periods)],
    ["Source workbook", ctx.workbook],
    ["Checked on", `${ctx.runAt} (local time)`],
    ["Product version", ctx.product],
  ];
  const rows: OutValue[][] = [[title(SUMMARY_TITLE)], ...facts.map(([k, v]) => [title(k), v]), []];
  const titleRows = rows.length;

  const accounts = table(
    ACCOUNT_COLUMNS,
    balances.map((b) => ({ b, overdraft: overdraftOf(overdrafts, b) })),
    q,
    "Period end",
  );
  rows.push([title(ACCOUNTS_TITLE)], headerRow(accounts.header));
  const headerAt = rows.length; // 1-based row of the account table's header
  rows.push(...(accounts.body.length ? accounts.body : [["No sustainable material was found to balance."]]));

  if (products.length > 0) {
    const stock = table(PRODUCT_COLUMNS, products, q, "Period end");
    rows.push([], [title(PRODUCTS_TITLE)], headerRow(stock.header), ...stock.body);
  }

  // the title block's values may run over the empty cells beside them; its labels must fit
  const fitted = fitColumns(rows, { skipRows: (r) => r < titleRows || rows[r]?.length === 1 });
  const widths = fitted.columnWidths ?? [];
  widths[0] = Math.max(widths[0] ?? 0, ...facts.map(([k]) => k.length + 2));
  return {
    rows,
    options: {
      ...fitted,
      columnWidths: widths,
      freezeRows: headerAt,
      // up to Product: which account a row is stays in view while scrolling right
      freezeColumns: accounts.header.indexOf("Product") + 1,
      autoFilter: tableRange(headerAt, accounts.header.length, accounts.body.length),
      print: tablePrint(ctx, headerAt),
      tabColor: "#2F5597",
    },
  };
}
