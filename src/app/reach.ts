// What an error found while reading the workbook holds back (domain.md §8, blocking by reach). The
// engine places findings on rows it was given; a row the reading left out never reaches it, so its
// product and site are read here from the row's own cells. A finding whose row says nothing
// usable keeps no reach, and the engine then holds back every declaration.
import type { Finding, Reach } from "../engine/result";
import { columnIndex, tryParseCell } from "../workbook/a1";
import type { WorkbookSnapshot } from "../workbook/port";
import type { ReadResult, RecognisedSheet } from "../workbook/types";

/**
 * The fields that tell which product a row of a kind moves, and where; `also`: a field that names
 * a product where it is filled (a production row's co-product).
 */
const PRODUCT_FIELDS: Record<string, { product: string[]; site: string[]; also?: string }> = {
  receipts: { product: ["product"], site: ["site"] },
  deliveries: { product: ["product"], site: ["site"] },
  ledger: { product: ["product"], site: ["site"] },
  stock: { product: ["product"], site: ["site"] },
  production: { product: ["inputProduct", "outputProduct"], site: ["site"], also: "outputProduct2" },
  transfers: { product: ["product"], site: ["fromSite", "toSite"] },
};

function text(v: unknown): string {
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
}

function reachOfRow(sheet: RecognisedSheet, values: readonly unknown[], row: number): Reach | undefined {
  const fields = PRODUCT_FIELDS[sheet.kind];
  if (!fields || sheet.headerRow === null || row <= sheet.headerRow) return undefined;
  const at = (field: string) => {
    const col = sheet.columns[field];
    return col ? text(values[columnIndex(col)]) : "";
  };
  const products = fields.product.map(at).filter((p) => p !== "");
  if (products.length < fields.product.length) return undefined;
  const also = fields.also ? at(fields.also) : "";
  if (also !== "") products.push(also);
  const sites = fields.site.map(at);
  const reach: Reach = { products: products.flatMap((product) => sites.map((site) => ({ site, product }))) };
  if (sheet.kind === "deliveries" || sheet.kind === "ledger") reach.deliveries = [{ sheet: sheet.name, row }];
  return reach;
}

/** The read findings, errors on rows of the books given the product and site they concern. */
export function withReadReach(read: ReadResult, snapshot: WorkbookSnapshot): Finding[] {
  // a sheet of both sides is listed once per block: the block that holds the finding's column
  const blocks = new Map<string, RecognisedSheet[]>();
  for (const s of read.sheets) blocks.set(s.name, [...(blocks.get(s.name) ?? []), s]);
  const sheetOf = (name: string, col: number) =>
    blocks.get(name)?.find((s) => !s.block || inBlock(s.block, col)) ?? blocks.get(name)?.[0];
  const values = new Map(snapshot.sheets.map((s) => [s.name, s.values]));
  return read.findings.map((f) => {
    if (f.severity !== "error" || f.reach || !f.sheet || !f.cell) return f;
    const at = tryParseCell(f.cell.replace(/\$/g, ""));
    if (!at) return f;
    const { row } = at;
    const sheet = sheetOf(f.sheet, at.col);
    const rowValues = values.get(f.sheet)?.[row - 1];
    const reach = sheet && rowValues ? reachOfRow(sheet, rowValues, row) : undefined;
    return reach ? { ...f, reach } : f;
  });
}

/** Whether 0-based column `col` lies in block `range` ("A:G"). */
function inBlock(range: string, col: number): boolean {
  const [from, to] = range.split(":").map(columnIndex) as [number, number];
  return col >= from && col <= to;
}
