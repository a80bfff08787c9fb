// MB Trace: each outgoing declaration line and the incoming SDs whose credit backs it.
import type { Source } from "../../engine/model";
import type { Declaration } from "../../engine/result";
import type { CellRef, OutValue } from "../../workbook/port";
import { STATUS_TEXT } from "../status-text";
import { date, link } from "./cells";
import { type GeneratedSheet, type Quantities, type ReportContext, headerRow, tableSheet } from "./layout";
import { cellAt, firstCell } from "../../engine/source-cells";

export const TRACE_HEADER = [
  "Outgoing SD",
  "Status",
  "Dispatch date",
  "Customer",
  "Product",
  "Declared quantity",
  "Unit",
  "Incoming SD",
  "Quantity drawn",
  "Incoming row",
  "Delivery row",
];

/** the cell that best stands for a source row: its quantity, else its first mapped field */
export function sourceCell(source: Source): CellRef {
  const cell = cellAt(source, "quantity") ?? firstCell(source) ?? `A${source.row}`;
  return { sheet: source.sheet, cell };
}

/**
 * One row per declaration line and incoming SD behind it. Issued declarations show what was
 * issued (read back from the register), never a recomputation; a withdrawn one shows its status.
 */
export function traceRows(declarations: Declaration[], q: Quantities): OutValue[][] {
  const rows: OutValue[][] = [];
  for (const d of declarations) {
    const lines = d.inputs.length > 0 ? d.inputs : [null];
    for (const input of lines) {
      rows.push([
        d.number,
        STATUS_TEXT[d.status],
        date(d.dispatchDate),
        d.recipient.name,
        d.product,
        q.cell(d.quantity, d.unit),
        d.unit,
        input?.sd ?? "",
        q.cell(input?.quantity, d.unit),
        input?.source.cell ? link(input.source) : null,
        d.delivery.row > 0 ? link(sourceCell(d.delivery)) : "not in the books now",
      ]);
    }
  }
  return [headerRow(TRACE_HEADER), ...rows];
}

export function traceSheet(declarations: Declaration[], q: Quantities, ctx: ReportContext): GeneratedSheet {
  return tableSheet(traceRows(declarations, q), ctx, { freezeColumns: 1, wrapAt: { 3: 30 } });
}
