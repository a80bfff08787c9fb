// What the columns that say which document or movement a row is make of it (row-state.ts): a
// document type column ("Belegart": a credit note or return is no movement, p-credit,
// document-kind.ts) and an ERP's movement type or debit/credit indicator ("Bewegungsart" 102,
// "Soll/Haben-Kz." H: a reversal, brk27 S2, erp-movement.ts). Pure: reads the grid only.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import { documentColumns, statusColumns } from "./status-columns";
import { documentKind, freeTextKind } from "./document-kind";
import { erpHeading, erpVerdict, type ErpColumnKind } from "./erp-movement";

/** A row refused or left out by its document: the mark and the cell (A1) that says it. */
export interface DocumentMark {
  mark: "credit" | "unconfirmed";
  cell: string;
}

/**
 * The unmapped columns of a receipts or deliveries table headed as an ERP's movement type or
 * debit/credit indicator (erp-movement.ts erpHeading); none on other kinds.
 */
export function erpColumns(grid: Grid, rec: Recognition): { col: number; kind: ErpColumnKind }[] {
  const header = rec.headerRow;
  if (header === null || (rec.kind !== "receipts" && rec.kind !== "deliveries")) return [];
  const taken = new Set([...[...rec.columns.values()].map((m) => m.col), ...statusColumns(grid, rec)]);
  const out: { col: number; kind: ErpColumnKind }[] = [];
  const width = (grid.sheet.values[header] ?? []).length;
  for (let c = 0; c < width; c++) {
    const kind = taken.has(c) ? null : erpHeading(grid.headerText(header, c));
    if (kind) out.push({ col: c, kind });
  }
  return out;
}

/** The document check of a table's rows (documentRows), and the columns it reads. */
export interface DocumentRows {
  /** for data row `r` (0-based): null where its documents let it be read, else its mark; the finding goes to `out` */
  check(r: number, out: Finding[]): DocumentMark | null;
  /** the columns (0-based) it reads: document type, ERP movement type and debit/credit indicator */
  read: readonly number[];
}

/**
 * The document check of a table's rows: for data row `r` (0-based), null where its documents let
 * it be read (an ERP reversal is read on, its quantity refused: reversal-row.ts), else its mark
 * and the finding pushed to `out`; and the columns it reads, which no other scan reads again
 * (unread-cancel.ts: a "Storno" under "Bewegungsart" is this check's reversal). `sells(r)`: the
 * row is a sale; `otherSide(r, text)`: a document of the other side of the row.
 */
export function documentRows(
  grid: Grid,
  rec: Recognition,
  sells: (r: number) => boolean,
  otherSide: (r: number, text: string) => boolean,
): DocumentRows {
  const sheet = grid.sheet.name;
  const header = rec.headerRow as number;
  const docCols = documentColumns(grid, rec);
  const erpCols = erpColumns(grid, rec);
  const side = rec.kind === "deliveries" ? "out" : "in";
  const read = [...docCols, ...erpCols].map((d) => d.col);
  const check = (r: number, out: Finding[]): DocumentMark | null => {
    for (const { col: c, free } of docCols) {
      const v = grid.value(r, c);
      const text = v === null || v === undefined ? "" : String(v);
      const kind = text.trim() === "" ? null : free ? freeTextKind(text) : documentKind(text);
      const other = kind === "movement" && otherSide(r, text);
      if (kind === null || (kind === "movement" && !other)) continue;
      const label = grid.headerText(header, c);
      const details = { label, value: String(v), read: String(r + 1) };
      const cell = cellAddress(r + 1, c);
      if (kind === "unknown" || other) {
        const reason = other ? "document-other-side" : "document-type-unknown";
        out.push(readFinding("row-unconfirmed", "error", sheet, cell, { ...details, reason, dropped: true }));
        return { mark: "unconfirmed", cell };
      }
      // a delivery's credit note or return: not booked, the delivery it belongs to stays whole
      if (sells(r)) {
        out.push(readFinding("row-credit-note", "warning", sheet, cell, { ...details, side: "out" }));
        return { mark: "credit", cell };
      }
      // a supplier's: a receipt of these books may be too large, so the balances are incomplete
      out.push(readFinding("row-credit-note", "error", sheet, cell, { ...details, dropped: true }));
      return { mark: "unconfirmed", cell };
    }
    // (brk27 S2) an ERP's movement type or debit/credit indicator
    for (const { col: c, kind } of erpCols) {
      const v = grid.value(r, c);
      const verdict = erpVerdict(kind, v, side);
      if (verdict === null || verdict === "read") continue;
      const label = grid.headerText(header, c);
      if (verdict === "reversal") {
        // read on: its quantity is refused as a reversal's (reversal-row.ts reversalRead)
        if (!grid.reversals.has(r)) grid.reversals.set(r, `${label.trim()} ${String(v).trim()}`);
        continue;
      }
      const cell = cellAddress(r + 1, c);
      const reason =
        verdict === "other-side"
          ? "document-other-side"
          : verdict === "stock-difference"
            ? "stock-difference"
            : "movement-type-unknown";
      const details = { label, value: String(v), read: String(r + 1), reason, dropped: true } as const;
      out.push(readFinding("row-unconfirmed", "error", sheet, cell, details));
      return { mark: "unconfirmed", cell };
    }
    return null;
  };
  return { check, read };
}
