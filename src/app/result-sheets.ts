// The sheets a run writes, as specs: the results sheets (MB Summary, Ledger, Findings, …) and
// the SD drafts of the declarations, each under a name of ours.
import type { Declaration, Finding } from "../engine/result";
import { columnIndex } from "../workbook/a1";
import type { CellText, WorkbookSnapshot } from "../workbook/port";
import type { RecognisedSheet } from "../workbook/types";
import { DECLARATIONS, FINDINGS, LEDGER, SUMMARY, type SheetNamer, TRACE, sdSheetName } from "./sheet-names";
import { type Overdraft, type ProductPosition } from "./positions";
import { registerRows, registerSheet } from "./sheets/declarations";
import { findingsSheet } from "./sheets/findings";
import { type GeneratedSheet, type Quantities, type ReportContext } from "./sheets/layout";
import { ledgerSheet } from "./sheets/ledger";
import { sdSheet } from "./sheets/sd";
import { summarySheet } from "./sheets/summary";
import { traceSheet } from "./sheets/trace";
import type { CheckOutcome } from "./types";

const DRAFT_SHEET = /^sd draft \d+$/i;

interface SheetSpec {
  wanted: string;
  /** builds the sheet once every finding of the run is known (naming sheets can add one) */
  build: (findings: Finding[]) => GeneratedSheet;
}

/** What the result sheets are built from. */
export interface Results {
  balances: CheckOutcome["balances"];
  ledger: CheckOutcome["ledger"];
  declarations: Declaration[];
  overdrafts: Map<string, Overdraft>;
  products: ProductPosition[];
  quantities: Quantities;
  context: ReportContext;
}

/** Where a declaration's delivery row's SD number cell is, and what it holds now; null where the sheet has no such column. */
export type RowCells = (d: Declaration) => { sheet: string; cell: string; now: unknown } | null;

/** The SD number cells of the delivery rows (of a sheet of both sides, the deliveries' block's: never the receipts'). */
export function rowCells(sheets: RecognisedSheet[], snapshot: WorkbookSnapshot): RowCells {
  const columns = new Map(
    sheets
      .filter((s) => s.kind === "deliveries" || s.kind === "ledger")
      .map((s) => [s.name, s.columns.sdNumber]),
  );
  const values = new Map(snapshot.sheets.map((s) => [s.name, s.values]));
  return (d) => {
    const column = d.delivery.row > 0 ? columns.get(d.delivery.sheet) : undefined;
    if (!column) return null;
    const now = values.get(d.delivery.sheet)?.[d.delivery.row - 1]?.[columnIndex(column)];
    return { sheet: d.delivery.sheet, cell: `${column}${d.delivery.row}`, now };
  };
}

/**
 * Each newly issued number into its delivery row's SD number cell, where the sheet has that
 * column and the cell is blank: the row carries its own number from then on. So does the number
 * of a declaration issued before that is found for a row whose cell is blank (brk19 #6: declared
 * again from the input into the same audited copy, whose register it keeps, the input's row has
 * no number yet; the copy's row keeps the one the first run wrote). Nothing else of the user's is written.
 */
export function numbersForRows(
  declarations: Declaration[],
  sheets: RecognisedSheet[],
  snapshot: WorkbookSnapshot,
): CellText[] {
  const cells = rowCells(sheets, snapshot);
  const out = new Map<string, CellText>();
  for (const d of declarations) {
    if ((d.status !== "new" && d.status !== "issued") || !d.rowSd) continue;
    const at = cells(d);
    if (!at || (at.now !== null && at.now !== undefined && at.now !== "")) continue;
    out.set(`${at.sheet}!${at.cell}`, { sheet: at.sheet, cell: at.cell, text: d.rowSd });
  }
  return [...out.values()];
}

export function resultSpecs(r: Results): SheetSpec[] {
  const ctx = r.context;
  return [
    {
      wanted: SUMMARY,
      build: () =>
        summarySheet({
          balances: r.balances,
          overdrafts: r.overdrafts,
          products: r.products,
          context: ctx,
          quantities: r.quantities,
        }),
    },
    { wanted: LEDGER, build: () => ledgerSheet(r.ledger, r.balances, r.quantities, ctx) },
    { wanted: TRACE, build: () => traceSheet(r.declarations, r.quantities, ctx) },
    { wanted: FINDINGS, build: (findings) => findingsSheet(findings, ctx) },
  ];
}

/** Every quantity the sheets show, with its unit: what sets each unit's number of decimals. */
export function* quantitiesOf(
  balances: CheckOutcome["balances"],
  ledger: CheckOutcome["ledger"],
  declarations: Declaration[],
): Generator<readonly [string, string | null]> {
  for (const b of balances) {
    for (const v of [b.opening, b.received, b.produced, b.consumed, b.delivered, b.closing])
      yield [b.unit, v];
    for (const v of [b.transferredIn, b.transferredOut]) yield [b.unit, v];
    for (const v of [b.physicalStock, b.bookPhysicalStock, b.carriedForward, b.lapsed]) yield [b.unit, v];
  }
  for (let i = 0; i < ledger.length; i++) yield [ledger.unit(i), ledger.quantity(i)];
  for (const d of declarations) yield [d.unit, d.quantity];
}

export function declarationSpecs(snapshot: WorkbookSnapshot, namer: SheetNamer, r: Results): SheetSpec[] {
  // drafts are no record: last run's go (this run prints its own); issued SD sheets stay
  for (const s of snapshot.sheets) {
    const banner = s.values[1]?.[0];
    const draft = typeof banner === "string" && banner.startsWith("DRAFT");
    if (/^sd /i.test(s.name) && (draft || DRAFT_SHEET.test(s.name))) namer.retire(s.name);
  }
  const drafts = r.declarations.filter((d) => d.status === "draft");
  return [
    {
      wanted: DECLARATIONS,
      build: () => registerSheet(registerRows(r.declarations), r.context),
    },
    ...r.declarations
      .filter((d) => d.status === "new")
      .map((d) => ({
        wanted: sdSheetName(d.number),
        build: () => sdSheet(d, false, r.context),
      })),
    // a draft takes no number: its sheet is "SD draft 1", "SD draft 2"… in the order of the books
    ...drafts.map((d, i) => ({
      wanted: `SD draft ${i + 1}`,
      build: () => sdSheet(d, true, r.context),
    })),
  ];
}
