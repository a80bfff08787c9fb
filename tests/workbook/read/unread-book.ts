// Shared by the tests of cells in columns the reader does not read (unread-cancel, unread-not-done):
// a receipts or deliveries sheet of two rows with one more column, written by exceljs and read.
import ExcelJS from "exceljs";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

export type Cell = string | number | Date | null;
export const day = (d: number) => new Date(Date.UTC(2025, 0, d));

const KINDS = {
  receipts: {
    name: "Receipts",
    header: ["Date", "Product", "Quantity (t)", "Supplier", "SD number"],
    row: (i: number): Cell[] => [day(i + 2), "UCO", 10 * (i + 1), `Supplier ${i}`, `SD-25-${i}`],
  },
  deliveries: {
    name: "Sales",
    header: ["Date", "Product", "Quantity (t)", "Customer"],
    row: (i: number): Cell[] => [day(i + 2), "UCO", 10 * (i + 1), "Raffinerie Nord AG"],
  },
} as const;
export type Kind = keyof typeof KINDS;

/**
 * The kind's sheet with one more column headed `heading` (null: none), `gap` blank columns before
 * it, its cell on the first row `cell` and on the second blank; written by exceljs and read.
 */
export async function read(kind: Kind, heading: string | null, cell: Cell, gap = 0) {
  const k = KINDS[kind];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(k.name);
  const pad: Cell[] = Array.from({ length: gap }, () => null);
  ws.addRow([...k.header, ...pad, heading]);
  ws.addRow([...k.row(0), ...pad, cell]);
  ws.addRow([...k.row(1), ...pad, null]);
  const snapshot = await (
    await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
  ).readSnapshot();
  const { ledger, findings } = readWorkbook(snapshot);
  const booked = kind === "receipts" ? ledger.receipts.length : ledger.deliveries.length;
  const at = `${k.name}!${String.fromCharCode(65 + k.header.length + gap)}2`;
  return { booked, findings, at };
}

export const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`, (f.details as { reason?: string }).reason]);

export const BOTH: Kind[] = ["receipts", "deliveries"];

/** [kind, heading, gap, text, reason] for both kinds, each heading (with its gap and reason) and each text. */
export function casesOf(
  headings: readonly (readonly [string | null, number, string])[],
  texts: readonly Cell[],
) {
  return BOTH.flatMap((kind) =>
    headings.flatMap(([h, gap, reason]) => texts.map((t) => [kind, h, gap, t, reason] as const)),
  );
}

/** Reads the book of `cell` under `heading` and expects its first row refused at that cell for `reason`, the second booked. */
export async function expectRefused(
  kind: Kind,
  heading: string | null,
  gap: number,
  cell: Cell,
  reason: string,
) {
  const { booked, findings, at } = await read(kind, heading, cell, gap);
  expect(booked).toBe(1);
  expect(marks(findings)).toEqual([["error", "row-unconfirmed", at, reason]]);
}
