// Fixture workbooks, built in code and passed through a real .xlsx file (exceljs) before reading.
import type { CellValue, OutValue, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import type { Source } from "../../src/engine/model";
import { cellsOf } from "../../src/engine/source-cells";
import { RECEIPT_COLUMNS } from "../../src/books";

export interface SheetSpec {
  visibility?: SheetSnapshot["visibility"];
  /** number formats by "A1" address */
  formats?: Record<string, string>;
  merges?: string[];
}

export function sheet(name: string, values: CellValue[][], spec: SheetSpec = {}): SheetSnapshot {
  const formats: (string | null)[][] = [];
  for (const [address, fmt] of Object.entries(spec.formats ?? {})) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    (formats[row] ??= [])[col] = fmt;
  }
  for (let r = 0; r < formats.length; r++) formats[r] ??= [];
  return {
    name,
    visibility: spec.visibility ?? "visible",
    values,
    formats: formats.map((row) => Array.from(row, (f) => f ?? null)),
    merges: spec.merges ?? [],
  };
}

/** Writes the sheets to a real .xlsx, opens it again, and returns what the xlsx adapter reads. */
export async function throughXlsx(...sheets: SheetSnapshot[]): Promise<WorkbookSnapshot> {
  const written = await XlsxWorkbook.fromSnapshot({ name: "Fixture.xlsx", sheets });
  const reopened = await XlsxWorkbook.fromBuffer(await written.toBuffer(), "Fixture.xlsx");
  return reopened.readSnapshot();
}

/** Excel date serial of an ISO date (1900 system). */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** The values of generated rows (MB Config), as a sheet holds them. */
export function plain(rows: OutValue[][]): CellValue[][] {
  return rows.map((row) => row.map((v) => (v !== null && typeof v === "object" ? v.value : v)));
}

/**
 * Records with each source as the plain { sheet, row, cells } it stands for (the reader keeps the
 * cells in shapes shared by rows, engine/source-cells.ts), to compare with a literal record.
 */
export function withCellMaps<T extends { source: Source }>(records: readonly (T | undefined)[]): T[] {
  return records.map(
    (r) => r && { ...r, source: { sheet: r.source.sheet, row: r.source.row, cells: cellsOf(r.source) } },
  ) as T[];
}

/** A receipts heading that gives credit: RECEIPT_COLUMNS, then Claim, GHG total, Waste or residue, Installation start date. */
export const CREDIT_RECEIPT_HEADER = [
  ...RECEIPT_COLUMNS,
  "Claim",
  "GHG total (g CO2eq/MJ)",
  "Waste or residue",
  "Installation start date",
];

/**
 * What a receipt under CREDIT_RECEIPT_HEADER states after its quantity: used cooking oil from DE,
 * EU RED compliant, 10.5 g CO2eq/MJ, a waste, its installation started in 2012.
 */
export const CREDIT_FACTS: CellValue[] = [
  "Used cooking oil",
  "DE",
  "EU RED compliant",
  10.5,
  "yes",
  serial("2012-01-01"),
];
